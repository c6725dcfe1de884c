// The text checks' short cuts for speed (docs/performance.md, "CPU per card, fifth
// session") must find exactly what the long way finds.
#include <catch2/catch.hpp>

#include "check/check.h"
#include "util/sentences.h"
#include "shipped_check_context.h"

using namespace sterk;

namespace {
Card card_saying(const std::string& title, const std::string& text) {
  Card card;
  card.id.value = "speed";
  card.title.value = title;
  card.title.at = {"cards/speed.yaml", 2, 12};
  card.title.line_starts = {card.title.at};
  card.text.value = text;
  card.text.at = {"cards/speed.yaml", 3, 11};
  card.text.line_starts = {card.text.at};
  return card;
}

std::string said(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items())
    out += x.where.file + ":" + std::to_string(x.where.line) + ":" + std::to_string(x.where.column) + " " + x.code +
           " " + x.message + "\n";
  return out;
}
}  // namespace

TEST_CASE("the deck's index of difficult words finds what a card's own index finds", "[check]") {
  CheckContext ctx = test::shipped_check_context({});
  Card card = card_saying("Sollicitatie bij het UWV",
                          "In het kader van je re-integratie maak je een afspraak. Dat is bijv. handig. "
                          "Vraag om een reiskostenvergoeding.");
  RuleSet rules = rule_set("easy-read");
  Diagnostics alone, with_index;
  check_card_text(card, rules, ctx, &alone);
  auto index = index_difficult_words(ctx.words);
  check_card_text(card, rules, ctx, &with_index, nullptr, index.get());
  CHECK(said(alone) == said(with_index));
  CHECK(said(alone).find("easy-read/difficult-word") != std::string::npos);
  CHECK(said(alone).find("easy-read/abbreviation") != std::string::npos);

  // A list that grew after the index was made is not read through the old index: the
  // new entry is found.
  DifficultEntry extra;
  extra.written = "afspraak";
  extra.words = {"afspraak"};
  extra.suggestion = "plan";
  ctx.words.difficult.push_back(extra);
  Diagnostics grown;
  check_card_text(card, rules, ctx, &grown, nullptr, index.get());
  CHECK(said(grown).find("'afspraak' is a difficult word; try: plan") != std::string::npos);
}

TEST_CASE("card limits count the title's words and the text's sentences as the text checks split them",
          "[check]") {
  CheckContext ctx = test::shipped_check_context({});
  RuleSet rules = rule_set("easy-read");
  rules.max_title_words = 3;
  rules.max_sentences = 2;
  // "bijv." does not end a sentence; "o.a." neither: two sentences, not three or four.
  Diagnostics two;
  check_card_text(card_saying("Werk en rust", "Neem bijv. een pauze. Praat o.a. met je baas."), rules, ctx, &two);
  CHECK(said(two).find("easy-read/too-many-sentences") == std::string::npos);
  CHECK(said(two).find("easy-read/title-length") == std::string::npos);
  Diagnostics three;
  check_card_text(card_saying("Werk en veel rust", "Neem een pauze. Praat met je baas. Rust uit."), rules, ctx,
                  &three);
  CHECK(said(three).find("cards/speed.yaml:3:11 easy-read/too-many-sentences the text has 3 sentences") !=
        std::string::npos);
  CHECK(said(three).find("cards/speed.yaml:2:12 easy-read/title-length the title has 4 words") !=
        std::string::npos);
}

TEST_CASE("words are copied whole unless a typographic apostrophe needs replacing", "[check]") {
  // Bytes of other letters (é is C3 A9, ẞ is E1 BA 9E) are kept as written; only U+2019
  // (E2 80 99) becomes ', wherever it is in the word.
  auto s = split_sentences("Zo\xE2\x80\x99n caf\xC3\xA9\xE2\x80\x99s \xC3\xA9\xC3\xA9n-twee \xE1\xBA\x9E" "a.", {});
  REQUIRE(s.size() == 1);
  REQUIRE(s[0].words.size() == 4);
  CHECK(s[0].words[0].text == "Zo'n");
  CHECK(s[0].words[1].text == "caf\xC3\xA9's");
  CHECK(s[0].words[2].text == "\xC3\xA9\xC3\xA9n-twee");
  CHECK(s[0].words[3].text == "\xE1\xBA\x9E" "a");
  CHECK(s[0].words[1].begin == 7);
  CHECK(s[0].words[1].end == 16);
}
