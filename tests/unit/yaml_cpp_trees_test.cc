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
#include "yaml_describe.h"

using namespace sterk;

namespace {

// The reader's result as the JSON file writes it.
std::string read(const std::string& source) {
  std::ostringstream o;
  YamlNode root;
  Diagnostics d;
  bool ok = parse_yaml("x.yaml", source, &root, &d);
  for (const auto& x : d.items())
    if (x.code == "yaml/syntax" && x.message.rfind("invalid YAML", 0) == 0) return "syntax error";
  o << "ok " << ok << "\n";
  const test::TreeText as_text(test::FileNames::left_out);
  as_text.findings(d, o);
  as_text.tree(root, 0, o);
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
