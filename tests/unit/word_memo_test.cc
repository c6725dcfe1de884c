// The text checks remember answers per word (check/word_memo.h) and look the list of
// difficult words up by first word: the findings must be exactly those of asking
// afresh and walking the whole list.
#include <catch2/catch.hpp>

#include "check/check.h"
#include "check/word_memo.h"
#include "shipped_check_context.h"

using namespace sterk;

namespace {

std::vector<std::string> messages(const std::string& text, const CheckContext& ctx, const std::string& set) {
  std::vector<std::string> out;
  for (const auto& d : test::text_findings(text, set, ctx))
    out.push_back(std::to_string(d.where.column) + " " + d.code + ": " + d.message);
  return out;
}

}  // namespace

TEST_CASE("a remembered answer is worked out once per word and forgotten on clear", "[check][memo]") {
  WordMemo<int> memo;
  int asked = 0;
  auto length = [&](std::string_view w) {
    ++asked;
    return static_cast<int>(w.size());
  };
  CHECK(memo.get("werk", length) == 4);
  CHECK(memo.get("werkgever", length) == 9);
  CHECK(memo.get("werk", length) == 4);
  CHECK(asked == 2);
  memo.clear();
  CHECK(memo.get("werk", length) == 4);
  CHECK(asked == 3);
}

TEST_CASE("a text checked again, from remembered answers, gets the same findings", "[check][memo]") {
  CheckContext ctx = test::shipped_check_context();
  // Spelling, names, suggestions, uncommon and English words, syllables (the score),
  // numbers in words and a figurative expression, each word asked twice.
  const std::string text =
      "Wrek samen met Qwerblaas aan een deadline. Je krijgt vijfentwintig taken en dat zit je niet lekker. "
      "Wrek samen met Qwerblaas aan een deadline. Het sollicitatiegesprek ging over de arbeidsovereenkomst.";
  std::vector<std::string> first = messages(text, ctx, "easy-read");
  REQUIRE(first.size() >= 8);
  CHECK(messages(text, ctx, "easy-read") == first);
  // The same checks with nothing remembered yet give the same.
  CheckContext fresh = test::shipped_check_context();
  CHECK(messages(text, fresh, "easy-read") == first);
  CHECK(messages(text, fresh, "plain") == messages(text, test::shipped_check_context(), "plain"));
}

TEST_CASE("entries of the list of difficult words that start at the same word are reported in list order",
          "[check][memo]") {
  for (bool phrase_first : {true, false}) {
    CheckContext ctx = test::shipped_check_context();
    ctx.words = {};
    Diagnostics d;
    const std::string phrase = "in het kader van = bij\n", two = "in het = binnen\n";
    parse_difficult_words("[woorden]\n" + (phrase_first ? phrase + two : two + phrase) +
                              "[afkortingen]\nWW = de werkloosheidswet\nww = de werkloosheidswet (klein geschreven)\n",
                          "own.txt", &ctx.words, &d);
    REQUIRE(d.items().empty());
    std::vector<std::string> found;
    for (const std::string& m : messages("In het kader van je WW en je ww vraag je hulp.", ctx, "easy-read"))
      if (m.find("difficult-word") != std::string::npos || m.find("abbreviation") != std::string::npos)
        found.push_back(m);
    std::vector<std::string> in_order = {
        "7 easy-read/difficult-word: 'In het kader van' is a difficult word; try: bij",
        "7 easy-read/difficult-word: 'In het' is a difficult word; try: binnen"};
    if (!phrase_first) std::swap(in_order[0], in_order[1]);
    in_order.push_back("27 easy-read/abbreviation: 'WW' is an abbreviation; write it out: de werkloosheidswet");
    // The entry in small letters matches a word in any case; it comes later in the list.
    in_order.push_back(
        "27 easy-read/abbreviation: 'WW' is an abbreviation; write it out: de werkloosheidswet (klein geschreven)");
    in_order.push_back(
        "36 easy-read/abbreviation: 'ww' is an abbreviation; write it out: de werkloosheidswet (klein geschreven)");
    CHECK(found == in_order);
  }
}
