// The same finding at the same place is said once (a template element on every card);
// findings that differ in any of file, line, column, code or message are all kept,
// also after sort() has moved them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/diagnostic.h"

using namespace sterk;

namespace {

std::vector<std::string> listed(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& i : d.items())
    out.push_back(i.where.file.str() + ":" + std::to_string(i.where.line) + ":" + std::to_string(i.where.column) +
                  " " + i.code + " " + i.message);
  return out;
}

}  // namespace

TEST_CASE("a finding said twice at the same place is kept once, any other difference keeps both", "[rules]") {
  Diagnostics d;
  d.warning({"cards/b.yaml", 3, 5}, "code/x", "te lang");
  d.warning({"cards/b.yaml", 3, 5}, "code/x", "te lang");   // the same: dropped
  d.error({"cards/b.yaml", 3, 5}, "code/x", "te lang");     // only the severity differs: dropped
  d.warning({"cards/b.yaml", 3, 6}, "code/x", "te lang");   // column
  d.warning({"cards/b.yaml", 4, 5}, "code/x", "te lang");   // line
  d.warning({"cards/a.yaml", 3, 5}, "code/x", "te lang");   // file
  d.warning({"cards/b.yaml", 3, 5}, "code/y", "te lang");   // code
  d.warning({"cards/b.yaml", 3, 5}, "code/x", "te kort");   // message
  // What a key string joined with ':' could not tell apart.
  d.warning({"cards/b.yaml", 3, 5}, "code/x:te", "lang");
  CHECK(d.warning_count() == 7);
  CHECK(d.error_count() == 0);
  CHECK(listed(d) == std::vector<std::string>{
                         "cards/b.yaml:3:5 code/x te lang", "cards/b.yaml:3:6 code/x te lang",
                         "cards/b.yaml:4:5 code/x te lang", "cards/a.yaml:3:5 code/x te lang",
                         "cards/b.yaml:3:5 code/y te lang", "cards/b.yaml:3:5 code/x te kort",
                         "cards/b.yaml:3:5 code/x:te lang"});

  d.sort();
  const std::vector<std::string> sorted = listed(d);
  CHECK(sorted.front() == "cards/a.yaml:3:5 code/x te lang");
  // After sorting, the filter still knows every finding, wherever it moved to.
  d.warning({"cards/a.yaml", 3, 5}, "code/x", "te lang");
  d.warning({"cards/b.yaml", 4, 5}, "code/x", "te lang");
  d.warning({"cards/b.yaml", 3, 5}, "code/x", "te kort");
  CHECK(listed(d) == sorted);
  d.warning({"cards/b.yaml", 9, 1}, "code/x", "nieuw");
  CHECK(d.warning_count() == 8);

  // append() keeps the other list's findings, and drops those this list has.
  Diagnostics other;
  other.warning({"cards/b.yaml", 9, 1}, "code/x", "nieuw");
  other.error({"cards/c.yaml", 1, 1}, "code/z", "fout");
  d.append(other);
  CHECK(d.warning_count() == 8);
  CHECK(d.error_count() == 1);
  CHECK(d.items().back().message == "fout");
}
