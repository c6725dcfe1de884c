// The translation helper (util/messages) and the language sterk chooses (cli/language).
#include <catch2/catch.hpp>

#include "test_project.h"
#include "util/messages.h"

using namespace sterk;

namespace {
// Puts the language back to English for the other tests, whatever a test did.
struct EnglishAfter {
  ~EnglishAfter() { set_language(Language::en); }
};
}  // namespace

TEST_CASE("format_message fills {} in order and leaves the rest", "[messages]") {
  CHECK(format_message("unknown key '{}' in {}", {"tekst", "a card"}) == "unknown key 'tekst' in a card");
  CHECK(format_message("{} of {}", {"3"}) == "3 of {}");
  CHECK(format_message("no placeholders", {"x"}) == "no placeholders");
  CHECK(format_message("{", {"x"}) == "{");
  CHECK(tr("{} cards, {} mm", 240, 63.5) == "240 cards, 63.5 mm");
}

TEST_CASE("tr gives the Dutch catalogue text when the language is Dutch", "[messages]") {
  EnglishAfter restore;
  REQUIRE(set_language(Language::en));
  CHECK(tr("unknown command '{}'", "chekc") == "unknown command 'chekc'");
  CHECK(trn("{} deck", "{} decks", 1, 1) == "1 deck");
  CHECK(trn("{} deck", "{} decks", 6, 6) == "6 decks");
  // Works on a machine with no nl_NL locale (CI): the catalogue is build/locale/nl/...
  REQUIRE(set_language(Language::nl));
  CHECK(language() == Language::nl);
  CHECK(tr("unknown command '{}'", "chekc") == "onbekende opdracht 'chekc'");
  // A message the catalogue does not know stays English rather than disappearing.
  CHECK(tr("not in the catalogue {}", 1) == "not in the catalogue 1");
  REQUIRE(set_language(Language::en));
  CHECK(tr("unknown command '{}'", "chekc") == "unknown command 'chekc'");
}

TEST_CASE("parse_language knows nl and en only", "[messages]") {
  Language l = Language::en;
  CHECK(parse_language("nl", &l));
  CHECK(l == Language::nl);
  CHECK(parse_language("en", &l));
  CHECK(l == Language::en);
  CHECK_FALSE(parse_language("NL", &l));
  CHECK_FALSE(parse_language("fr", &l));
  CHECK_FALSE(parse_language("", &l));
}

TEST_CASE("the language follows --lang, STERK_LANG, project.language, then LANG", "[messages][cli]") {
  test::TempProject p;
  std::string out;
  const std::string sterk = std::string("env -u STERK_LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES ") + STERK_BINARY;
  const std::string outside = "cd /tmp && LANG=C.UTF-8 ";
  // Outside a project (no sterk.yaml): LANG decides, English unless it is nl*.
  CHECK(test::run(outside + sterk + " chekc", &out) == 2);
  CHECK(out == "sterk: unknown command 'chekc'; did you mean 'check'?\n"
               "hint: run 'sterk --help' for the list of commands\n");
  CHECK(test::run("cd /tmp && LANG=nl_NL.UTF-8 " + sterk + " chekc", &out) == 2);
  CHECK(out == "sterk: onbekende opdracht 'chekc'; bedoel je 'check'?\n"
               "tip: 'sterk --help' toont alle opdrachten\n");
  // A sterk.yaml without project.language: Dutch, whatever LANG says.
  p.write("sterk.yaml", "project:\n  name: Test\n");
  const std::string inside = "cd '" + p.root() + "' && LANG=C.UTF-8 ";
  CHECK(test::run(inside + sterk + " chekc", &out) == 2);
  CHECK(out.rfind("sterk: onbekende opdracht 'chekc'", 0) == 0);
  // -C points at the project from elsewhere.
  CHECK(test::run(outside + sterk + " chekc -C '" + p.root() + "'", &out) == 2);
  CHECK(out.rfind("sterk: onbekende opdracht", 0) == 0);
  // project.language: en wins over LANG=nl.
  p.write("sterk.yaml", "project:\n  language: en\n");
  CHECK(test::run("cd '" + p.root() + "' && LANG=nl_NL.UTF-8 " + sterk + " chekc", &out) == 2);
  CHECK(out.rfind("sterk: unknown command 'chekc'", 0) == 0);
  // STERK_LANG wins over the project, --lang over both (anywhere on the line).
  CHECK(test::run(inside + "STERK_LANG=nl " + STERK_BINARY + " chekc", &out) == 2);
  CHECK(out.rfind("sterk: onbekende opdracht", 0) == 0);
  CHECK(test::run(inside + "STERK_LANG=en " + STERK_BINARY + " chekc --lang nl", &out) == 2);
  CHECK(out.rfind("sterk: onbekende opdracht", 0) == 0);
  CHECK(test::run(inside + "STERK_LANG=nl " + STERK_BINARY + " --lang=en chekc", &out) == 2);
  CHECK(out.rfind("sterk: unknown command", 0) == 0);
  // A wrong choice is a usage error that says what is allowed.
  CHECK(test::run(outside + sterk + " --lang fr check", &out) == 2);
  CHECK(out == "sterk: --lang must be nl (Dutch) or en (English), not 'fr'\n");
  CHECK(test::run(outside + "LANG=nl_NL.UTF-8 STERK_LANG=de " + sterk.substr(0, 0) + STERK_BINARY + " check", &out) == 2);
  CHECK(out == "sterk: STERK_LANG moet nl (Nederlands) of en (Engels) zijn, niet 'de'\n");
}
