#include <catch2/catch.hpp>

#include "load/deck_loader.h"
#include "load/project_loader.h"
#include "load/template_loader.h"
#include "test_project.h"

using namespace sterk;

namespace {
std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& i : d.items())
    out.push_back(std::to_string(i.where.line) + ":" + std::to_string(i.where.column) + " " +
                  severity_name(i.severity) + " " + i.message);
  return out;
}

bool read(const std::string& yaml, Deck* deck, Diagnostics* d) {
  YamlNode root;
  if (!parse_yaml("cards/x.yaml", yaml, &root, d)) return false;
  return read_deck(root, "cards/x.yaml", deck, d);
}
}  // namespace

TEST_CASE("a valid deck loads with its cards", "[load]") {
  Deck deck;
  Diagnostics d;
  REQUIRE(read("deck: {id: j, title: T, audience: jongere, template: easy-read}\n"
               "cards:\n"
               "  - id: J-1\n"
               "    cluster: werk\n"
               "    statements: [12, 31]\n"
               "    title: Werk\n"
               "    text: Tekst.\n"
               "    tips: [Een tip.]\n",
               &deck, &d));
  CHECK(d.items().empty());
  REQUIRE(deck.cards.size() == 1);
  CHECK(deck.cards[0].statements.size() == 2);
  CHECK(deck.cards[0].statements[1].id == 31);
  CHECK(deck.kind == DeckKind::study);
  CHECK(deck.language.value == "nl");
}

TEST_CASE("deck errors name the place and what was expected", "[load]") {
  Deck deck;
  Diagnostics d;
  CHECK_FALSE(read("deck: {id: j, title: T, audience: jongeren, template: easy-read}\n"
                   "cards:\n"
                   "  - id: J-1\n"
                   "    cluster: werk\n"
                   "    titel: Werk\n"
                   "    statements: [twaalf]\n"
                   "    copies: two\n"
                   "  - id: J-1\n"
                   "    cluster: werk\n"
                   "    title: Nog een\n",
                   &deck, &d));
  CHECK(messages(d) == std::vector<std::string>{
                           "1:35 error 'jongeren' is not a known audience; did you mean 'jongere'?",
                           "6:18 error a statement is referred to by its number (a positive whole number), not 'twaalf'",
                           "7:13 error 'copies' in card 'J-1' must be a whole number, not 'two'",
                           "5:5 error 'titel' is not a key of card 'J-1', so its value would be lost; did you mean 'title'?",
                           "8:9 error card id 'J-1' is used twice; the first is at line 3",
                       });
}

TEST_CASE("a deck without its required keys lists every missing one", "[load]") {
  Deck deck;
  Diagnostics d;
  CHECK_FALSE(read("deck: {id: j}\ncards: []\n", &deck, &d));
  CHECK(messages(d) == std::vector<std::string>{
                           "1:7 error 'deck' needs the key 'title'",
                           "1:7 error 'deck' needs the key 'audience'",
                           "1:7 error 'deck' needs the key 'template'",
                           "2:8 warning the deck has no cards",
                       });
}

TEST_CASE("allow without a reason is an error", "[load]") {
  Deck deck;
  Diagnostics d;
  CHECK_FALSE(read("deck: {id: j, title: T, audience: jongere, template: easy-read}\n"
                   "cards:\n"
                   "  - id: J-1\n"
                   "    cluster: werk\n"
                   "    title: Werk\n"
                   "    allow: [{rule: easy-read/sentence-length}]\n",
                   &deck, &d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message ==
        "accepting rule 'easy-read/sentence-length' needs a reason: say why it is fine on this card");
}

TEST_CASE("an unknown template is an error at the deck's template key", "[load]") {
  test::TempProject p;
  p.write("cards/a.yaml", "deck: {id: a, title: A, audience: werkgever, template: profesional}\ncards: []\n");
  Workspace ws;
  Diagnostics d;
  CHECK_FALSE(load_workspace(p.root(), &ws, &d));
  bool found = false;
  for (const auto& i : d.items())
    if (i.code == "load/unknown-template") {
      found = true;
      CHECK(i.message == "there is no template 'profesional' in " + p.root() +
                             "/templates; did you mean 'professional'?");
      CHECK(i.where.line == 1);
      CHECK(i.where.column == 56);
    }
  CHECK(found);
}

TEST_CASE("card ids must be unique across decks", "[load]") {
  test::TempProject p;
  p.write("cards/a.yaml", "deck: {id: a, title: A, audience: werkgever, template: professional}\n"
                          "cards: [{id: X-1, cluster: c, title: T}]\n");
  p.write("cards/b.yaml", "deck: {id: b, title: B, audience: jobcoach, template: professional}\n"
                          "cards: [{id: X-1, cluster: c, title: T}]\n");
  Workspace ws;
  Diagnostics d;
  CHECK_FALSE(load_workspace(p.root(), &ws, &d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message == "card id 'X-1' is also used in " + p.root() + "/cards/a.yaml:2");
}

TEST_CASE("the shipped templates load without findings", "[load]") {
  Diagnostics d;
  for (const char* name : {"base", "easy-read", "professional"}) {
    Template t;
    CHECK(load_template(test::repo_dir() + "/templates", name, {}, &t, &d));
  }
  CHECK(d.items().empty());
  Template er;
  load_template(test::repo_dir() + "/templates", "easy-read", {}, &er, &d);
  CHECK(er.rules == "easy-read");
  CHECK(er.fonts.at("body").size_pt >= 14);
  CHECK(er.fonts.at("body").min_pt >= 14);
  CHECK(er.fonts.at("body").line_spacing >= 1.4);
  CHECK(er.fonts.at("title").family == "Atkinson Hyperlegible");  // inherited from base
  CHECK(er.width_mm == Approx(105));
  CHECK(er.height_mm == Approx(148));
  CHECK(er.chain.size() == 2);
}

TEST_CASE("template mistakes are located", "[load]") {
  test::TempProject p(false);
  p.write("templates/t.yaml",
          "colours: {ink: \"#000\", paper: white}\n"
          "fonts: {body: {size: 12, min: 10pt}}\n"
          "cards:\n"
          "  content:\n"
          "    front:\n"
          "      - {name: t, type: txt, box: [0, 0, 100%, 10mm]}\n"
          "      - {name: u, type: text, text: x, font: bdy, box: [0, 0, 100]}\n");
  Template t;
  Diagnostics d;
  CHECK_FALSE(load_template(p.path("templates"), "t", {}, &t, &d));
  d.sort();
  CHECK(messages(d) == std::vector<std::string>{
                           "1:31 error 'paper' must be a colour like \"#1a5fb4\" (in quotes), not 'white'",
                           "2:22 error 'size' of font 'body' must be a size like 14pt",
                           "6:25 error 'txt' is not a known type; did you mean 'text'?",
                           "7:46 error element 'u' uses font 'bdy', which the template does not define; did you mean 'body'?",
                           "7:56 error 'box' of element 'u' must be [x, y, width, height], e.g. [0mm, 10%, 100%, 20mm]",
                       });
}

TEST_CASE("lengths take mm, pt and percent", "[load]") {
  Length l;
  std::string err;
  REQUIRE(parse_length("25.4mm", &l, &err));
  CHECK(l.to_pt(0) == Approx(72));
  REQUIRE(parse_length("10 pt", &l, &err));
  CHECK(l.to_pt(0) == Approx(10));
  REQUIRE(parse_length("50%", &l, &err));
  CHECK(l.to_pt(300) == Approx(150));
  REQUIRE(parse_length("0", &l, &err));
  CHECK(l.to_pt(100) == 0);
  CHECK_FALSE(parse_length("12", &l, &err));
  CHECK(err == "'12' has no known unit; use mm, pt or %");
  CHECK_FALSE(parse_length("mm", &l, &err));
  CHECK(err == "'mm' is not a length; write it like 12mm, 10pt or 50%");
}

TEST_CASE("a key a template overrides is reported in the file that set it", "[load]") {
  test::TempProject p;
  p.write("templates/child.yaml",
          "extends: easy-read\n"
          "cards:\n"
          "  content:\n"
          "    front:\n"
          "      - {name: body, font: tekst}\n");
  Template t;
  Diagnostics d;
  CHECK_FALSE(load_template(p.path("templates"), "child", {}, &t, &d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.file == p.path("templates") + "/child.yaml");
  CHECK(d.items()[0].where.line == 5);
  CHECK(d.items()[0].where.column == 28);
  CHECK(d.items()[0].message ==
        "element 'body' uses font 'tekst', which the template does not define");
}
