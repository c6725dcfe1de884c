#pragma once
// The check context a project gets from sterk's own lists and dictionaries (the
// difficult words, idioms, hyphenation and the nl + en spellers), for unit tests
// of the text checks. `extra_words` are added to the speller, as a project's word list is.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "check/check.h"
#include "check/rules.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "check/word_lists.h"

namespace sterk::test {

inline CheckContext shipped_check_context(const std::vector<std::string>& extra_words = {}) {
  CheckContext ctx;
  Diagnostics d;
  parse_difficult_words(shipped_difficult_words(), "list", &ctx.words, &d);
  parse_idioms(shipped_idioms(), "idioms", &ctx.words.idioms, &d);
  auto syl = std::make_shared<Syllables>();
  auto sp = std::make_shared<Speller>();
  std::string err;
  REQUIRE(syl->load(&err));
  REQUIRE(sp->load(&err));
  REQUIRE(sp->load_english(&err));
  for (const auto& w : extra_words) sp->add(w);
  ctx.syllables = syl;
  ctx.speller = sp;
  return ctx;
}

/// What the text checks of rule set `set` find in one line of card text (card 'c',
/// the text at cards/c.yaml:5:7).
inline std::vector<Diagnostic> text_findings(const std::string& text, const std::string& set,
                                             const CheckContext& ctx) {
  Card card;
  card.id.value = "c";
  card.text.value = text;
  card.text.at = {"cards/c.yaml", 5, 7};
  card.text.line_starts = {card.text.at};
  Diagnostics found;
  check_card_text(card, rule_set(set), ctx, &found);
  return found.items();
}

}  // namespace sterk::test
