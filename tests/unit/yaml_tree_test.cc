#include <catch2/catch.hpp>

#include "load/yaml_tree.h"

using namespace sterk;

TEST_CASE("values keep the line and column they were written at", "[load]") {
  Diagnostics d;
  YamlNode root;
  std::string src =
      "deck:\n"
      "  id: jongeren\n"
      "  title: \"Sterk in Werk\"\n"
      "text: |\n"
      "  Eerste zin.\n"
      "  Tweede zin hier.\n";
  REQUIRE(parse_yaml("x.yaml", src, &root, &d));
  const YamlNode* id = root.find("deck")->find("id");
  CHECK(id->text.at.line == 2);
  CHECK(id->text.at.column == 7);
  const YamlNode* title = root.find("deck")->find("title");
  CHECK(title->text.at.column == 11);  // after the quote
  const YamlNode* text = root.find("text");
  CHECK(text->text.value == "Eerste zin.\nTweede zin hier.\n");
  // "hier" is on the second line of the block, column 3 + 12.
  size_t off = text->text.value.find("hier");
  Location at = text->text.locate(off);
  CHECK(at.line == 6);
  CHECK(at.column == 14);
}

TEST_CASE("columns count characters, not bytes", "[load]") {
  Diagnostics d;
  YamlNode root;
  REQUIRE(parse_yaml("x.yaml", "a: café één\n", &root, &d));
  const LocatedText& t = root.find("a")->text;
  Location at = t.locate(t.value.find("één"));
  CHECK(at.column == 9);
}

TEST_CASE("a key given twice is an error that names the first", "[load]") {
  Diagnostics d;
  YamlNode root;
  CHECK_FALSE(parse_yaml("x.yaml", "id: a\ntitle: b\nid: c\n", &root, &d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message == "'id' is given twice; the first is at line 1");
  CHECK(d.items()[0].where.line == 3);
  CHECK(d.items()[0].code == "yaml/duplicate-key");
}

TEST_CASE("tabs, invalid UTF-8 and syntax errors are located", "[load]") {
  Diagnostics d;
  YamlNode root;
  CHECK_FALSE(parse_yaml("x.yaml", "deck:\n\tid: a\n", &root, &d));
  CHECK(d.items().back().message == "a tab is used for indentation; YAML needs spaces");
  CHECK(d.items().back().where.line == 2);

  CHECK_FALSE(parse_yaml("x.yaml", "a: ok\nb: caf\xe9\n", &root, &d));
  CHECK(d.items().back().code == "yaml/encoding");
  CHECK(d.items().back().where.line == 2);
  CHECK(d.items().back().where.column == 7);

  CHECK_FALSE(parse_yaml("x.yaml", "a: [1, 2\nb: 3\n", &root, &d));
  CHECK(d.items().back().code == "yaml/syntax");
}

TEST_CASE("absurd nesting is refused before it can exhaust the stack", "[load]") {
  Diagnostics d;
  YamlNode root;
  std::string deep(100000, '[');
  CHECK_FALSE(parse_yaml("x.yaml", deep, &root, &d));
  CHECK(d.items().back().code == "yaml/too-deep");
}

TEST_CASE("extends merges maps and named elements", "[load]") {
  Diagnostics d;
  YamlNode base, child;
  REQUIRE(parse_yaml("base.yaml",
                     "fonts: {body: {size: 12pt, min: 10pt}}\n"
                     "side: [{name: a, x: 1}, {name: b, x: 2}]\n",
                     &base, &d));
  REQUIRE(parse_yaml("child.yaml",
                     "fonts: {body: {size: 16pt}}\n"
                     "side: [{name: b, x: 5}, {name: c, x: 6}]\n",
                     &child, &d));
  merge_yaml(&base, child);
  const YamlNode* body = base.find("fonts")->find("body");
  CHECK(body->find("size")->text.value == "16pt");
  CHECK(body->find("min")->text.value == "10pt");
  CHECK(body->find("size")->at.file == "child.yaml");
  const YamlNode* side = base.find("side");
  REQUIRE(side->items.size() == 3);
  CHECK(side->items[1].find("x")->text.value == "5");
  CHECK(side->items[2].find("name")->text.value == "c");
}
