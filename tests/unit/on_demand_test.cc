// OnDemand (model/on_demand.h): a card's quote is a pointer until written. Reading an
// unwritten one gives an empty quote; a copied card owns its own quote.
#include <catch2/catch.hpp>

#include "model/deck.h"

using sterk::Card;

TEST_CASE("on demand: an unwritten quote reads empty, a copy is its own", "[model][on-demand]") {
  Card a;
  CHECK_FALSE(a.quote.written());
  CHECK(a.quote->empty());
  CHECK(a.quote->text.value.empty());
  CHECK(a.quote->at.line == 0);

  a.quote.edit().text.value = "Kijk eerst naar mij.";
  a.quote.edit().source.value = "voorbeeld";
  CHECK(a.quote.written());
  CHECK(a.quote->text.value == "Kijk eerst naar mij.");
  CHECK(a.quote->is_example());

  Card b = a;  // a divider or a preview copies cards
  b.quote.edit().text.value = "Vraag het mij.";
  CHECK(a.quote->text.value == "Kijk eerst naar mij.");
  CHECK(b.quote->text.value == "Vraag het mij.");

  Card c;
  c = b;
  b.quote.edit().source.value = "Anouk, trainer";
  CHECK(c.quote->source.value == "voorbeeld");

  Card d = std::move(c);
  CHECK(d.quote->text.value == "Vraag het mij.");
  // The empty value shared by unwritten quotes stays empty.
  Card e;
  CHECK(e.quote->text.value.empty());
}
