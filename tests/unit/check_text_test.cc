// The text side of `sterk check`: sentences, words, markup, syllables, word
// lists, and that a word inside any YAML scalar style is located exactly.
#include <catch2/catch.hpp>

#include "check/check.h"
#include "util/sentences.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "check/word_lists.h"
#include "load/yaml_tree.h"
#include "util/text.h"

using namespace sterk;

namespace {
std::vector<int> lengths(const std::string& text, const std::set<std::string>& dotted = {}) {
  std::vector<int> n;
  for (const auto& s : split_sentences(text, dotted)) n.push_back(static_cast<int>(s.words.size()));
  return n;
}
}  // namespace

TEST_CASE("sentences end at . ! ? and at a line break before a capital", "[check]") {
  CHECK(lengths("Wat vind jij leuk? Zoek werk dat past.") == std::vector<int>{4, 4});
  CHECK(lengths("Wat vind jij leuk\nZoek werk") == std::vector<int>{4, 2});
  CHECK(lengths("Als je iets niet weet,\nvraag het dan.") == std::vector<int>{8});
  CHECK(lengths("Lees **dit**. Dan dat!") == std::vector<int>{2, 2});
  CHECK(lengths("Bel bijv. je coach.", {"bijv"}) == std::vector<int>{4});
  CHECK(lengths("Bel bijv. je coach.") == std::vector<int>{2, 2});
  CHECK(lengths("Mail naar info@sterk.nl of kijk op www.sterk.nl vandaag.") == std::vector<int>{6});
}

TEST_CASE("words keep hyphens, apostrophes and inner dots, with their offsets", "[check]") {
  auto s = split_sentences("Zo’n e-mail, o.a. auto's.", {"o.a"});
  REQUIRE(s.size() == 1);
  REQUIRE(s[0].words.size() == 4);
  CHECK(s[0].words[0].text == "Zo'n");
  CHECK(s[0].words[1].text == "e-mail");
  CHECK(s[0].words[1].begin == 7);
  CHECK(s[0].words[2].text == "o.a");
  CHECK(s[0].words[3].text == "auto's");
}

TEST_CASE("capitals, letters and lower case work on accented letters", "[check]") {
  CHECK(all_caps("UWV"));
  CHECK(all_caps("ÉÉN"));
  CHECK_FALSE(all_caps("A4"));
  CHECK_FALSE(all_caps("Werk"));
  CHECK(letter_count("één") == 3);
  CHECK(lower("ÉÉN Werk") == "één werk");
}

TEST_CASE("italics and underline are found, bold is not", "[check]") {
  auto m = find_bad_markup("**vet** en *schuin* en _onder_ en <i>x</i> en <U>y</U> en 5 * 3");
  REQUIRE(m.size() == 4);
  CHECK(m[0].written == "*");
  CHECK(m[0].offset == 11);
  CHECK(m[1].underline);
  CHECK(m[2].written == "<i>");
  CHECK(m[3].underline);
  CHECK(find_bad_markup("een bestand_naam en **vet**").empty());
}

TEST_CASE("syllables come from the Dutch hyphenation patterns", "[check]") {
  Syllables syl;
  std::string err;
  REQUIRE(syl.load(&err));
  CHECK(syl.count("werk") == 1);
  CHECK(syl.count("werkgever") == 3);
  CHECK(syl.count("ervaringsdeskundige") == 7);
  CHECK(syl.count("organisatie") == 5);
  CHECK(syl.count("e-mail") == 2);
  CHECK(syl.count("één") == 1);
  CHECK(vowel_groups("werkgever") == 3);
  CHECK(vowel_groups("mooie") == 1);  // a rough fallback: one group of vowels
}

TEST_CASE("spelling uses hunspell nl (UTF-8) and the project words", "[check]") {
  Speller sp;
  std::string err;
  REQUIRE(sp.load(&err));
  CHECK(sp.correct("werkgever"));
  CHECK(sp.correct("Zoek"));
  CHECK(sp.correct("één"));
  CHECK(sp.correct("zo'n"));
  CHECK_FALSE(sp.correct("wrek"));
  CHECK(sp.suggest("wrek").front() == "werk");
  CHECK_FALSE(sp.correct("Qwerblaas"));
  sp.add("Qwerblaas");
  CHECK(sp.correct("Qwerblaas"));
  CHECK(sp.correct("LVB-jongere"));
}

TEST_CASE("the shipped word list reads without warnings and a project list adds and removes", "[check]") {
  WordLists lists;
  Diagnostics d;
  parse_difficult_words(shipped_difficult_words(), "shipped", &lists, &d);
  CHECK(d.items().empty());
  CHECK(lists.abbreviations.count("UWV"));
  CHECK(lists.dotted.count("bijv"));
  size_t n = lists.difficult.size();
  parse_difficult_words("[woorden]\ncoach = begeleider\n-echter\nzonder gelijkteken\n", "own.txt", &lists, &d);
  CHECK(lists.difficult.size() == n);  // one added, one removed
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.line == 4);
  CHECK(d.items()[0].code == "check/word-list");
}

TEST_CASE("a word inside any scalar style is located at its line and column", "[check]") {
  const std::string src =
      "a: Een twee. Drie vier.\n"        // plain
      "b: \"Een \\\"twee\\\". Drie.\"\n"  // double quoted with escapes
      "c: 'Een ''twee''. Drie.'\n"       // single quoted
      "d: Een twee.\n"
      "  Drie vier.\n"                   // plain over two lines
      "e: >\n"
      "  Een twee.\n"
      "  Drie vier.\n"                   // folded
      "f: |\n"
      "  Een twee.\n"
      "    Drie vier.\n";                // literal, more indented
  YamlNode root;
  Diagnostics d;
  REQUIRE(parse_yaml("x.yaml", src, &root, &d));
  auto where = [&](const char* key) {
    const LocatedText& t = root.find(key)->text;
    Location l = t.locate(t.value.find("Drie"));
    return std::to_string(l.line) + ":" + std::to_string(l.column);
  };
  CHECK(where("a") == "1:14");
  CHECK(where("b") == "2:19");
  CHECK(where("c") == "3:19");
  CHECK(where("d") == "5:3");
  CHECK(where("e") == "8:3");
  CHECK(where("f") == "11:5");
}

TEST_CASE("rule sets: easy-read and plain thresholds", "[check]") {
  CHECK(rule_set("easy-read").max_sentence_words == 10);
  CHECK(rule_set("easy-read").min_flesch == 70);
  CHECK(rule_set("plain").max_sentence_words == 15);
  CHECK(rule_set("plain").min_flesch == 55);
  CHECK(rule_set("iets anders").name == "plain");
}

TEST_CASE("split keeps empty parts, so a word's parts and a list's items stay in place", "[check]") {
  CHECK(split("werk-fit", '-') == std::vector<std::string>{"werk", "fit"});
  CHECK(split("a,,b,", ',') == std::vector<std::string>{"a", "", "b", ""});
  CHECK(split("", ':') == std::vector<std::string>{""});
  CHECK(split_lines("een\ntwee") == std::vector<std::string>{"een", "twee"});
}
