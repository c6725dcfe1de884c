// sterk read YAML with yaml-cpp 0.7 until it moved to libyaml's event parser (faster,
// see docs/performance.md "YAML on libyaml"). tests/unit/yaml_cpp_trees.json holds what
// yaml-cpp's reader made of 95 inputs — awkward ones (empty values at the end of a file,
// a byte-order mark, CR, NEL, U+2028, control characters, aliases inside their own
// anchor), values YAML 1.1 and 1.2 disagree on (yes, 0o17, ~, dates), and mutated
// templates and cases that once made the two readers differ — written by the yaml-cpp
// reader before it was removed. The libyaml reader must make the same tree: every
// kind, value, location, line start and anchor, and the same findings. Syntax errors
// are worded by the parser and not compared here (tests/cases and yaml_reason_test).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "load/yaml_tree.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

std::string where(const Location& l) { return std::to_string(l.line) + ":" + std::to_string(l.column); }

void describe(const LocatedText& t, std::ostringstream& o) {
  o << "'" << t.value << "'@" << where(t.at) << " starts[";
  for (const auto& l : t.line_starts) o << where(l) << " ";
  o << "] anchors[";
  for (const auto& [off, l] : t.anchors) o << off << "=" << where(l) << " ";
  o << "]";
}

void describe(const YamlNode& n, int depth, std::ostringstream& o) {
  std::string pad(2 * depth, ' ');
  o << pad << yaml_kind_name(n.kind) << " @" << where(n.at);
  if (n.is_scalar()) {
    o << " ";
    describe(n.text, o);
  }
  o << "\n";
  for (const auto& item : n.items) describe(item, depth + 1, o);
  for (const auto& [key, value] : n.entries) {
    o << pad << " key ";
    describe(key, o);
    o << "\n";
    describe(value, depth + 1, o);
  }
}

// The reader's result as the JSON file writes it.
std::string read(const std::string& source) {
  std::ostringstream o;
  YamlNode root;
  Diagnostics d;
  bool ok = parse_yaml("x.yaml", source, &root, &d);
  for (const auto& x : d.items())
    if (x.code == "yaml/syntax" && x.message.rfind("invalid YAML", 0) == 0) return "syntax error";
  o << "ok " << ok << "\n";
  for (const auto& x : d.items()) o << where(x.where) << " " << x.code << " " << x.message << "\n";
  describe(root, 0, o);
  std::string s = o.str();
  return s.size() > 20000 ? s.substr(0, 20000) : s;  // as written: an alias repeating itself is cut
}

}  // namespace

TEST_CASE("the libyaml reader makes yaml-cpp's trees and findings", "[load][yaml]") {
  std::string text, err;
  REQUIRE(read_file(test::repo_dir() + "/tests/unit/yaml_cpp_trees.json", &text, &err));
  auto cases = nlohmann::json::parse(text);
  REQUIRE(cases.size() == 95);
  for (const auto& c : cases) {
    const std::string yaml = c["yaml"];
    INFO(yaml.substr(0, 300));
    if (c.contains("now")) {
      // One of the three inputs libyaml reads differently, each for the reason given.
      INFO(c["why"].get<std::string>());
      CHECK(read(yaml) == c["now"].get<std::string>());
      CHECK(c["now"] != c["tree"]);
    } else {
      CHECK(read(yaml) == c["tree"].get<std::string>());
    }
  }
}
