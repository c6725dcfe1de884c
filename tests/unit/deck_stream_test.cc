// load_deck makes each card while the file is parsed and drops that card's tree
// (the memory of a 10 000-card build, docs/performance.md). It must give exactly
// what reading the whole tree first gives: the same cards, locations and findings.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "load/deck_loader.h"
#include "load/yaml_tree.h"

using namespace sterk;

namespace {

std::string dump(const Deck& deck, const Diagnostics& d, bool ok) {
  std::ostringstream o;
  o << "ok=" << ok << " cards=" << deck.cards.size() << "\n";
  auto at = [&](const Location& l) { o << l.file.str() << ":" << l.line << ":" << l.column << " "; };
  for (const Card& c : deck.cards) {
    for (const LocatedText* t : {&c.id, &c.cluster, &c.theme, &c.title, &c.text, &c.question}) {
      o << "[" << t->value << "] ";
      at(t->at);
      for (size_t off : {size_t{0}, t->value.size() / 2, t->value.size()}) at(t->locate(off));
    }
    for (const auto& tip : c.tips) at(tip.locate(tip.value.size() / 2));
    o << "\n";
  }
  Diagnostics sorted = d;
  sorted.sort();
  for (const auto& i : sorted.items()) {
    at(i.where);
    o << severity_name(i.severity) << " " << i.code << " " << i.message << "\n";
  }
  return o.str();
}

std::string both_ways(const std::string& yaml, std::string* streamed) {
  std::string path = (std::filesystem::temp_directory_path() / "sterk-deck-stream-test.yaml").string();
  { std::ofstream(path) << yaml; }
  Deck a;
  Diagnostics da;
  bool ok_a = load_deck(path, &a, &da);
  *streamed = dump(a, da, ok_a);
  Deck b;
  Diagnostics db;
  YamlNode root;
  bool ok_b = load_yaml_file(path, &root, &db) && read_deck(root, path, &b, &db);
  std::remove(path.c_str());
  return dump(b, db, ok_b);
}

const char* kHeader = "deck: {id: j, title: T, audience: jongere, template: easy-read}\n";

}  // namespace

TEST_CASE("a deck read card by card is the deck read from its whole tree", "[load][memory]") {
  std::vector<std::string> inputs = {
      std::string(kHeader) + "cards:\n  - id: J-1\n    cluster: werk\n    title: Werk\n    text: Tekst. #1 staat hier\n"
                             "    tips:\n      - Een tip die doorloopt.\n        Tweede zin hier.\n",
      std::string(kHeader) + "cards:\n  - id: J-1\n    title: Zonder cluster\n  - id: J-1\n    cluster: a\n    title: Dubbel\n",
      // themes after the cards: the theme check needs them, the stream has not seen them yet
      "cards:\n  - id: W-1\n    theme: stap-1\n    title: A\n  - id: W-2\n    theme: stap-3\n    title: B\n"
      "deck: {id: w, title: W, audience: jongere, template: easy-read, kind: workshop,\n"
      "       themes: [{id: stap-1, label: Een}, {id: stap-2, label: Twee}]}\n",
      std::string(kHeader) + "cards:\n  - id: J-1\n    cluster: werk\n    title: |\n      Twee\n      regels\n"
                             "    text: >\n      Gevouwen\n      tekst.\n    question: \"Met \\\" escape?\"\n",
      std::string(kHeader) + "cards:\n  - id: J-1\n    cluster: werk\n    title: A\n    title: B\n",  // duplicate key
      std::string(kHeader) + "cards:\n  - id: J-1\n    cluster: werk\n    title: A\n  - [kapot\n",    // syntax error
      std::string(kHeader) + "cards:\n  - &kaart {id: J-1, cluster: werk, title: A}\n  - *kaart\n",     // alias
      std::string(kHeader) + "cards: []\n",
      std::string(kHeader) + "cards: {id: J-1}\n",
      std::string(kHeader) + "cards:\n  - gewoon tekst\n  -\n  - id: J-2\n    cluster: werk\n    title: " +
          std::string(70000, 'a') + "\n",
  };
  for (const auto& yaml : inputs) {
    INFO(yaml.substr(0, 200));
    std::string streamed;
    std::string whole = both_ways(yaml, &streamed);
    CHECK(streamed == whole);
  }
  // The comparison sees what a card holds: the first input's findings and positions.
  std::string streamed;
  both_ways(inputs[0], &streamed);
  CHECK(streamed.find("yaml/comment-in-text") != std::string::npos);
  CHECK(streamed.find("yaml/merged-lines") != std::string::npos);
  both_ways(inputs[2], &streamed);
  CHECK(streamed.find("theme 'stap-3' is not in this deck's 'themes:'") != std::string::npos);
}

TEST_CASE("a file name is shared by every location in it", "[load][memory]") {
  Location a{std::string("cards/jongeren.yaml"), 1, 2};
  Location b{"cards/jongeren.yaml", 3, 4};
  CHECK(a.file == b.file);
  CHECK(&a.file.str() == &b.file.str());  // one copy of the name
  CHECK(a.file == std::string("cards/jongeren.yaml"));
  CHECK(a.file != Location{"cards/werkgevers.yaml", 1, 1}.file);
  CHECK(Location{}.file.empty());
  CHECK(Location{}.file.str().empty());
  CHECK(Location{"", 1, 1}.file == Location{}.file);
  CHECK(a.file + ":1" == "cards/jongeren.yaml:1");
  CHECK(FileName("a.yaml") < FileName("b.yaml"));
}

TEST_CASE("the file name asked for last is remembered, never confused with another", "[load][memory]") {
  // FileName answers a repeat of the previous name without looking it up: a name that
  // differs only at its end, or is a prefix of the last one, must get its own copy.
  FileName a("cards/x.yaml"), b("cards/x.yaml"), c("cards/x.yml"), d("cards/x.yaml2"), e("cards/x.yaml");
  CHECK(&a.str() == &b.str());
  CHECK(c.str() == "cards/x.yml");
  CHECK(d.str() == "cards/x.yaml2");
  CHECK(&e.str() == &a.str());
  CHECK(a != c);
  CHECK(a != d);
  // Another thread (the dictionaries load on one) remembers its own last name and
  // still shares the one interned copy.
  const std::string* there = nullptr;
  std::string other;
  std::thread t([&] {
    FileName x("cards/y.yaml"), y("cards/x.yaml");
    other = x.str();
    there = &y.str();
  });
  t.join();
  CHECK(other == "cards/y.yaml");
  CHECK(there == &a.str());
  CHECK(FileName("cards/y.yaml").str() == "cards/y.yaml");
}
