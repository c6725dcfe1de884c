#pragma once
// A deck of cards as written in cards/<deck>.yaml (SPEC §4). Plain data; every
// value a person wrote keeps its location for diagnostics.
#include <deque>
#include <string>
#include <vector>

#include "model/on_demand.h"
#include "model/text.h"

namespace sterk {

/// The four audiences have fixed ids (SPEC §1).
const std::vector<std::string>& audience_ids();

enum class CardKind { content, cover, instruction, divider, about };
const char* card_kind_name(CardKind k);
const std::vector<std::string>& card_kind_names();

struct StatementRef {
  int id = 0;
  Location at;
};

struct Allow {
  LocatedText rule;
  LocatedText reason;
  Location at;
};

/// A quote on a card (a tip from someone with lived experience). `source` says
/// who said it; the word "voorbeeld" marks an invented example (docs/content.md).
struct Quote {
  LocatedText text;
  LocatedText source;
  Location at;
  bool empty() const { return text.empty(); }
  bool is_example() const;
};

/// Where a fact on a card (a rule, a scheme, a phone number) was checked.
struct FactSource {
  LocatedText name;
  LocatedText url;
  LocatedText checked;  ///< YYYY-MM
  Location at;
};

/// A section of a workshop deck, defined in the deck itself (`themes:`).
struct Theme {
  LocatedText id;
  LocatedText label;
  Location at;
};

struct Card {
  LocatedText id;
  CardKind kind = CardKind::content;
  Location kind_at;
  LocatedText cluster;  ///< cluster id from analysis.yaml; may be empty
  LocatedText theme;    ///< theme id from the deck's `themes:`; may be empty
  std::vector<StatementRef> statements;
  Location statements_at;
  LocatedText title;
  LocatedText text;
  std::vector<LocatedText> tips;
  LocatedText question;
  LocatedText pictogram;
  LocatedText pictogram_alt;
  OnDemand<Quote> quote;  ///< most cards have none: read as an empty Quote then
  std::vector<FactSource> sources;
  int copies = 1;
  std::vector<Allow> allow;
  Location at;          ///< the card's entry in the list
  bool generated = false;  ///< a divider made by the template, not written by a person

  bool allows(const std::string& rule) const;
};

enum class DeckKind { study, workshop };

struct Deck {
  std::string file;  ///< cards/<stem>.yaml, as given to the loader
  LocatedText id;
  LocatedText title;
  LocatedText subtitle;
  LocatedText audience;
  LocatedText template_name;
  LocatedText language;
  LocatedText edition;
  LocatedText status;  ///< "concept" (a draft) or "definitief"; empty = definitief
  DeckKind kind = DeckKind::study;
  std::vector<Theme> themes;  ///< workshop decks: their own sections, in order
  /// A deque, not a vector: a deck is read card by card without knowing how many
  /// follow, and a vector of 10 000 cards (1 KiB each) doubling held the old and the
  /// new array at once, a third of the build's peak memory. Cards never move.
  std::deque<Card> cards;
  Location at;

  /// A draft edition: `status: concept`, or an edition ending in "-concept".
  bool is_draft() const;
  const Theme* find_theme(const std::string& id) const;
};

}  // namespace sterk
