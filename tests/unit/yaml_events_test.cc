// The YAML reader builds its tree from libyaml's parser events (no node graph of
// the whole file, so a deck of 10 000 cards is not held twice). It must make exactly
// the tree and the findings the node-graph reader makes: every location a
// diagnostic points at, every limit, the order of the messages. Compared here on
// every YAML file of the repository and on the awkward cases.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/stat.h>

#include <sstream>

#include "load/yaml_tree.h"
#include "test_project.h"
#include "util/files.h"
#include "yaml_describe.h"

using namespace sterk;

namespace {

std::string read_both_ways(const std::string& file, const std::string& source, std::string* graph) {
  std::ostringstream events_out, graph_out;
  YamlNode a, b;
  Diagnostics da, db;
  bool ok_a = parse_yaml(file, source, &a, &da);
  bool ok_b = parse_yaml_with_node_graph(file, source, &b, &db);
  events_out << "ok " << ok_a << "\n";
  graph_out << "ok " << ok_b << "\n";
  const test::TreeText as_text(test::FileNames::shown);
  as_text.findings(da, events_out);
  as_text.findings(db, graph_out);
  as_text.tree(a, 0, events_out);
  as_text.tree(b, 0, graph_out);
  *graph = graph_out.str();
  return events_out.str();
}

void yaml_files(const std::string& dir, std::vector<std::string>* out) {
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == ".." || name == "out" || name == "build") continue;
    std::string path = dir + "/" + name;
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) yaml_files(path, out);
    else if (S_ISREG(st.st_mode) && name.size() > 5 && name.substr(name.size() - 5) == ".yaml") out->push_back(path);
  }
  closedir(d);
}

}  // namespace

TEST_CASE("the event reader gives the node-graph reader's tree for every YAML file here", "[load]") {
  std::vector<std::string> files;
  for (const char* dir : {"cards", "templates", "study", "modules", "tests/cases"})
    yaml_files(test::repo_dir() + "/" + dir, &files);
  files.push_back(test::repo_dir() + "/sterk.yaml");
  REQUIRE(files.size() > 100);  // the shipped decks, templates and every test case
  for (const auto& f : files) {
    std::string source, err;
    REQUIRE(read_file(f, &source, &err));
    std::string graph;
    INFO(f);
    CHECK(read_both_ways(f, source, &graph) == graph);
  }
}

TEST_CASE("the event reader gives the node-graph reader's findings on awkward YAML", "[load]") {
  const std::string long_value(70 * 1024, 'x');
  std::string deep;
  for (int i = 0; i < 60; ++i) deep += std::string(2 * i, ' ') + "k:\n";
  const char* cases[] = {
      "",
      "# only a comment\n",
      "---\n",
      "~\n",
      "just a value\n",
      "a: 1\na: 2\nb: 3\n",
      "a:\n  x: 1\n  x: [1, 2]\nb: {c: 1, c: 2}\na: {d: 1}\n",
      "[a, b]: 1\nc: 2\n",
      "? {a: 1}\n: {value: [1, 2, 3]}\nd: 4\n",
      "~: 1\n'': 2\n",
      "a: 1\na: 2\nb: [unclosed\n",
      "list:\n  - 1\n  - {a: 1, a: 2}\n  - - x\n    - y\n  -\n",
      "folded: >\n  een twee\n  drie\n\n  vier\nlit: |\n  a\n   b\n",
      "q: \"een\\ttwee \\\n  drie \\u00e9\"\ns: 'it''s'\n",
      "multi: een\n  twee\n  drie\n",
      "flow: {a: [1, {b: 2}], c: }\n",
      "tagged: !thing value\nbin: !!str 12\n",
      "anchored: &a {x: 1}\nother: 2\n",
      "with alias: &a [1, 2]\nagain: *a\n",
  };
  std::vector<std::string> sources(std::begin(cases), std::end(cases));
  sources.push_back("big: " + long_value + "\nsmall: 1\n");
  sources.push_back("items:\n  - " + long_value + "\n  - ok\n");
  sources.push_back(deep);
  for (const auto& src : sources) {
    std::string graph;
    INFO(src.substr(0, 200));
    CHECK(read_both_ways("x.yaml", src, &graph) == graph);
  }
}

TEST_CASE("a key given twice keeps the last value where the first was", "[load]") {
  YamlNode root;
  Diagnostics d;
  CHECK_FALSE(parse_yaml("x.yaml", "a: 1\nb: 2\na: 3\n", &root, &d));
  REQUIRE(root.entries.size() == 2);
  CHECK(root.entries[0].first.value == "a");
  CHECK(root.entries[0].second.text.value == "3");
  CHECK(root.entries[0].first.at.line == 3);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message == "'a' is given twice; the first is at line 1");
  CHECK(d.items()[0].where.line == 3);
}
