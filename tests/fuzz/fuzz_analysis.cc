// libFuzzer target: the concept-mapping analysis (similarity, MDS, Ward, bridging,
// ratings, pattern matches) on small arbitrary sort data built from the input bytes:
//   byte 0: statements (2..24)   byte 1: K (1..statements)   byte 2: groups (1..3)
//   then per sorter: one byte per statement, its pile (0..7; 7 = left unsorted),
//   and one rating byte per statement (0 = not rated, else 1..5 after % 5 + 1).
// Degenerate data (everyone in one pile, all ratings equal, one sorter, K = N) must
// give diagnostics or finite numbers, never a crash, NaN or an endless loop.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/concept_map.h"
#include "fuzz_common.h"

namespace {
void check_finite(double v, const char* what) {
  if (!std::isfinite(v)) sterk::fuzz::fail(what);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sterk;
  if (size < 3) return 0;
  const int n = 2 + data[0] % 23;
  const int k = 1 + data[1] % n;  // the study loader refuses K > statements
  const int groups = 1 + data[2] % 3;
  Study study;
  study.dir = "study";
  study.title = "fuzz";
  study.cluster_count = k;
  for (int g = 0; g < groups; ++g) study.groups.push_back({"g" + std::to_string(g), "G", {}});
  study.ratings.push_back({"belang", "Belang", 1, 5, {}});
  study.ratings.push_back({"haalbaar", "Haalbaar", 1, 5, {}});
  for (int i = 0; i < n; ++i) study.statements.push_back({(i + 1) * 3, "s", {"statements.csv", i + 2, 1}});
  size_t pos = 3;
  for (int p = 0; pos + 2 * n <= size && p < 40; ++p) {
    std::string id = "p" + std::to_string(p);
    study.participants.push_back({id, "g" + std::to_string(p % groups), {}});
    Sort sort;
    sort.participant = id;
    std::vector<std::vector<int>> piles(7);
    for (int i = 0; i < n; ++i) {
      int pile = data[pos + i] % 8;
      if (pile < 7) piles[pile].push_back(study.statements[i].id);
    }
    for (int q = 0; q < 7; ++q)
      if (!piles[q].empty()) {
        sort.pile_labels.push_back(std::to_string(q));
        sort.piles.push_back(piles[q]);
      }
    if (!sort.piles.empty()) study.sorts.push_back(sort);
    for (int i = 0; i < n; ++i) {
      uint8_t b = data[pos + n + i];
      Rating r;
      r.participant = id;
      r.statement = study.statements[i].id;
      r.values = {b ? double(b % 5 + 1) : 0.0, b ? double((b / 5) % 5 + 1) : 0.0};
      r.rated = {b != 0, b != 0 && b % 3 != 0};
      study.ratings_given.push_back(r);
    }
    pos += 2 * n;
  }
  AnalyzeOptions options;
  options.random_starts = 1;
  Analysis out;
  Diagnostics diags;
  bool ok = analyze_study(study, options, &out, &diags);
  if (!ok && !diags.has_errors()) fuzz::fail("analyze_study failed without an error diagnostic");
  if (!ok) return 0;
  check_finite(out.mds.stress, "stress is not a number");
  if (out.statements.size() != static_cast<size_t>(n)) fuzz::fail("a statement is missing from the result");
  for (const auto& s : out.statements) {
    check_finite(s.x, "x is not a number");
    check_finite(s.y, "y is not a number");
    check_finite(s.bridging, "bridging is not a number");
    if (s.bridging < -1e-9 || s.bridging > 1 + 1e-9) fuzz::fail("bridging outside [0, 1]");
    if (!out.find_cluster(s.cluster)) fuzz::fail("a statement's cluster is not in the cluster list");
    for (const auto& r : s.ratings)
      for (const auto& [g, v] : r.by_group) check_finite(v, "a rating mean is not a number");
  }
  for (const auto& c : out.clusters) {
    check_finite(c.bridging, "cluster bridging is not a number");
    for (const auto& r : c.ratings)
      for (const auto& [g, v] : r.by_group) check_finite(v, "a cluster rating mean is not a number");
  }
  for (const auto& m : out.pattern_match)
    if (m.defined) check_finite(m.r, "a defined pattern match r is not a number");
  for (const auto& m : out.merge_tree) check_finite(m.height, "a merge height is not a number");
  return 0;
}
