// LineStarts keeps one line start in place and more on the heap; TextAnchors is one
// pointer until set. Both must behave as the std::vectors they replaced: same
// entries in the same order through copies, moves and growth, and locate() the same.
#include <catch2/catch.hpp>

#include <climits>
#include <string>
#include <vector>

#include "model/text.h"

using namespace sterk;

namespace {

std::vector<std::string> listed(const LineStarts& s) {
  std::vector<std::string> out;
  for (const auto& l : s) out.push_back(l.file.str() + ":" + std::to_string(l.line) + ":" + std::to_string(l.column));
  return out;
}

}  // namespace

TEST_CASE("line starts hold any number of locations, copied and moved as a list", "[load]") {
  LineStarts s;
  CHECK(s.empty());
  CHECK(s.size() == 0);
  CHECK(listed(s).empty());

  std::vector<std::string> expected;
  for (int i = 1; i <= 9; ++i) {
    const std::string file = i % 2 ? "cards/a.yaml" : "cards/b.yaml";
    s.push_back({file, i * 10, i});
    expected.push_back(file + ":" + std::to_string(i * 10) + ":" + std::to_string(i));
    REQUIRE(s.size() == static_cast<size_t>(i));
    CHECK(listed(s) == expected);
    CHECK(s.front().line == 10);
    CHECK(s.back().line == i * 10);
    CHECK(s[static_cast<size_t>(i - 1)].column == i);

    LineStarts copy = s;
    CHECK(listed(copy) == expected);
    LineStarts assigned;
    assigned.push_back({"x.yaml", 1, 1});
    assigned = copy;
    CHECK(listed(assigned) == expected);
    LineStarts moved = std::move(copy);
    CHECK(listed(moved) == expected);
    CHECK(copy.empty());  // NOLINT: a moved-from list is empty
    assigned = std::move(moved);
    CHECK(listed(assigned) == expected);
  }
  s.clear();
  CHECK(s.empty());

  // Lines that are the list's own marks are held too (on the heap).
  LineStarts odd = {Location{"f", INT_MIN, 3}};
  CHECK(odd.size() == 1);
  CHECK(odd.front().line == INT_MIN);
  CHECK(odd.front().column == 3);
  odd.push_back({"f", INT_MIN + 1, 4});
  CHECK(listed(odd) == std::vector<std::string>{"f:" + std::to_string(INT_MIN) + ":3",
                                                "f:" + std::to_string(INT_MIN + 1) + ":4"});

  LineStarts one = {Location{"cards/a.yaml", 4, 7}};
  CHECK(listed(one) == std::vector<std::string>{"cards/a.yaml:4:7"});
}

TEST_CASE("a text is located through its line starts or its anchors as before", "[load]") {
  LocatedText t;
  t.value = "Eerste regel\nTweede";
  t.at = {"cards/a.yaml", 5, 9};
  t.line_starts = {Location{"cards/a.yaml", 5, 9}, Location{"cards/a.yaml", 6, 9}};
  CHECK(t.locate(0).line == 5);
  CHECK(t.locate(7).column == 16);
  CHECK(t.locate(13).line == 6);
  CHECK(t.locate(15).column == 11);

  LocatedText copy = t;
  copy.anchors = std::vector<TextAnchors::Anchor>{{0, {"cards/a.yaml", 5, 9}}, {6, {"cards/a.yaml", 6, 3}}};
  CHECK(copy.anchors.size() == 2);
  CHECK(copy.locate(8).line == 6);
  CHECK(copy.locate(8).column == 5);
  LocatedText again = copy;
  CHECK(again.locate(8).column == 5);
  CHECK(t.anchors.empty());
  copy.anchors = std::vector<TextAnchors::Anchor>{};
  CHECK(copy.anchors.empty());
  CHECK(copy.locate(15).column == 11);
}
