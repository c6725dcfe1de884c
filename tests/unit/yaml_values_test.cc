// What a value means does not depend on the YAML parser: sterk reads every scalar as
// text and decides itself what `yes`, `0o17` or a date is. Only a plain `~`, `null`,
// `Null`, `NULL` or nothing is "nothing" (as it was with yaml-cpp, a YAML 1.2 parser);
// libyaml is a YAML 1.1 parser, and these are the values the two versions disagree on.
// The expected texts were checked against the yaml-cpp reader before it was removed.
#include <catch2/catch.hpp>

#include "load/yaml_tree.h"

using namespace sterk;

namespace {
YamlNode parsed(const std::string& src, Diagnostics* d = nullptr) {
  Diagnostics local;
  YamlNode root;
  parse_yaml("x.yaml", src, &root, d ? d : &local);
  return root;
}
}  // namespace

TEST_CASE("YAML 1.1 booleans, octals, dates and numbers stay the text written", "[load][yaml]") {
  YamlNode root = parsed(
      "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: True\n"
      "g: 0o17\nh: 017\ni: 0x1F\nj: 1:30\nk: 1_000\nl: +12\nm: 1e3\nn: .inf\no: .NaN\n"
      "p: 2026-12-01\nq: 2001-12-14t21:59:43.10-05:00\nr: <<\ns: =\n");
  const std::pair<const char*, const char*> want[] = {
      {"a", "yes"},  {"b", "No"},    {"c", "on"},         {"d", "OFF"},       {"e", "y"},
      {"f", "True"}, {"g", "0o17"},  {"h", "017"},        {"i", "0x1F"},      {"j", "1:30"},
      {"k", "1_000"}, {"l", "+12"},  {"m", "1e3"},        {"n", ".inf"},      {"o", ".NaN"},
      {"p", "2026-12-01"}, {"q", "2001-12-14t21:59:43.10-05:00"}, {"r", "<<"}, {"s", "="}};
  for (const auto& [key, text] : want) {
    INFO(key);
    const YamlNode* v = root.find(key);
    REQUIRE(v);
    CHECK(v->kind == YamlNode::scalar);
    CHECK(v->text.value == text);
  }
  // `yes:` as a key is the word, not a boolean.
  YamlNode keys = parsed("yes: 1\nno: 2\n");
  CHECK(keys.keys() == std::vector<std::string>{"yes", "no"});
}

TEST_CASE("only a plain ~, null, Null, NULL or nothing is nothing", "[load][yaml]") {
  YamlNode root = parsed(
      "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: 'null'\nh: \"~\"\ni: !!str null\nj: !!str\nk: ''\n");
  for (const char* key : {"a", "b", "c", "d", "e"}) {
    INFO(key);
    REQUIRE(root.find(key));
    CHECK(root.find(key)->kind == YamlNode::null);
  }
  const std::pair<const char*, const char*> text[] = {
      {"f", "nULL"}, {"g", "null"}, {"h", "~"}, {"i", "null"}, {"j", ""}, {"k", ""}};
  for (const auto& [key, value] : text) {
    INFO(key);
    REQUIRE(root.find(key));
    CHECK(root.find(key)->kind == YamlNode::scalar);
    CHECK(root.find(key)->text.value == value);
  }
  // A value left out is placed where the next thing starts (the next key, or the end).
  CHECK(root.find("e")->at.line == 6);
  CHECK(root.find("e")->at.column == 1);
  YamlNode end = parsed("a: 1\nb:");
  CHECK(end.find("b")->at.line == 2);
  CHECK(end.find("b")->at.column == 1);
}

TEST_CASE("characters YAML 1.1 reads as line breaks or refuses stay in the text", "[load][yaml]") {
  // NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR, a vertical tab and a lone carriage
  // return, as they come from a word processor or an old Mac: text, as before.
  Diagnostics d;
  YamlNode root = parsed(
      "a: een\xC2\x85twee\nb: drie\xE2\x80\xA8vier\nc: \"vijf\xE2\x80\xA9zes\"\nd: zeven\x0b"
      "acht\ne: negen\rtien\nf: elf\n",
      &d);
  CHECK(d.items().empty());
  CHECK(root.find("a")->text.value == "een\xC2\x85twee");
  CHECK(root.find("b")->text.value == "drie\xE2\x80\xA8vier");
  CHECK(root.find("c")->text.value == "vijf\xE2\x80\xA9zes");
  CHECK(root.find("d")->text.value == "zeven\x0b" "acht");
  CHECK(root.find("e")->text.value == "negen\rtien");
  // The lines after them are counted as the editor shows them.
  CHECK(root.find("f")->at.line == 6);
  CHECK(root.find("f")->at.column == 4);
}

TEST_CASE("a byte-order mark is not counted as a column", "[load][yaml]") {
  YamlNode root = parsed("\xEF\xBB\xBF" "a: 1\nb: twee\n");
  CHECK(root.find("a")->at.column == 4);
  CHECK(root.entries[0].first.at.column == 1);
  CHECK(root.find("b")->at.line == 2);
}

TEST_CASE("text after a complete file is a syntax error, not dropped", "[load][yaml]") {
  // yaml-cpp stopped reading after the first complete value and lost the rest.
  Diagnostics d;
  YamlNode root;
  CHECK_FALSE(parse_yaml("x.yaml", "just text\n# a comment\ndeck: x\n", &root, &d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "yaml/syntax");
  CHECK(d.items()[0].where.line == 3);
  // A second document (after ---) is still ignored, as before.
  Diagnostics d2;
  YamlNode two;
  CHECK(parse_yaml("x.yaml", "a: 1\n---\nb: [\n", &two, &d2));
  CHECK(two.keys() == std::vector<std::string>{"a"});
}

TEST_CASE("aliases are expanded and limited as before", "[load][yaml]") {
  Diagnostics d;
  YamlNode root = parsed("k: &v hallo\nlist: [*v, *v]\n", &d);
  CHECK(d.items().empty());
  REQUIRE(root.find("list")->items.size() == 2);
  CHECK(root.find("list")->items[1].text.value == "hallo");
  CHECK(root.find("list")->items[1].at.line == 1);  // where the anchored value is written
  // An alias inside its own anchor repeats it without end: the depth limit stops it.
  Diagnostics self;
  YamlNode loop;
  CHECK_FALSE(parse_yaml("x.yaml", "a: &x [1, *x]\n", &loop, &self));
  REQUIRE_FALSE(self.items().empty());
  CHECK(self.items()[0].code == "yaml/too-deep");
  CHECK(self.items()[0].message == "nesting is deeper than 64 levels");
  // Billion laughs: counted as expanded, stopped at the budget, reported once.
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'h'; ++c)
    bomb += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) +
            ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" +
            char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
  Diagnostics big;
  YamlNode laughs;
  CHECK_FALSE(parse_yaml("x.yaml", bomb, &laughs, &big));
  REQUIRE(big.items().size() == 1);
  CHECK(big.items()[0].code == "yaml/too-big");
  // An alias without its anchor.
  Diagnostics none;
  YamlNode nowhere;
  CHECK_FALSE(parse_yaml("x.yaml", "a: 1\nb: *nergens\n", &nowhere, &none));
  REQUIRE(none.items().size() == 1);
  CHECK(none.items()[0].message == "invalid YAML: the referenced anchor is not defined");
  CHECK(none.items()[0].where.line == 2);
  CHECK(none.items()[0].where.column == 4);
}
