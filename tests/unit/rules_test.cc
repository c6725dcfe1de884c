#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "check/rules.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

TEST_CASE("every rule code appears once in the table", "[rules]") {
  std::set<std::string> seen;
  for (const auto& r : rules()) {
    INFO(r.code);
    CHECK(seen.insert(r.code).second);
    CHECK(std::string(r.description).size() > 10);
  }
}

TEST_CASE("every code the program can report is listed by 'sterk rules'", "[rules]") {
  // Scans the sources for diagnostic codes such as "study/duplicate-sort", so a new
  // code cannot ship without a row (and docs/rules.md is generated from that table).
  std::string files;
  test::run("find '" + test::repo_dir() + "/src' -name '*.cc'", &files);
  std::regex code("\"((?:yaml|load|template|layout|preflight|references|coverage|easy-read|check|study|"
                  "analysis|rcmap)/[a-z0-9-]*[a-z0-9])\"");
  size_t start = 0, count = 0;
  while (start < files.size()) {
    size_t nl = files.find('\n', start);
    std::string path = files.substr(start, nl - start), text, err;
    start = nl == std::string::npos ? files.size() : nl + 1;
    if (path.empty() || !read_file(path, &text, &err)) continue;
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
      ++count;
      INFO(path << ": " << (*it)[1]);
      CHECK(find_rule((*it)[1]) != nullptr);
    }
  }
  CHECK(count > 50);
}
