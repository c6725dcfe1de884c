#pragma once
// The result of `sterk analyze` as written to study/analysis.yaml and read back
// by the check and render stages: plain data, std only. Field meanings are in
// docs/analysis.md.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sterk {

/// Means of one rating: "overall" first, then one entry per group in study order.
/// A group that did not rate a statement has no entry.
struct RatingMeans {
  std::string rating;
  std::vector<std::pair<std::string, double>> by_group;
  const double* find(const std::string& group) const {
    for (const auto& [g, v] : by_group)
      if (g == group) return &v;
    return nullptr;
  }
};

/// Go-zone flags: "overall" first, then per group. A statement is in the go-zone
/// when its means on both go-zone ratings are above the mean of all statements
/// (`go_zone`) or of the statements in its cluster (`go_zone_in_cluster`).
using GoZone = std::vector<std::pair<std::string, bool>>;

struct StatementResult {
  int id = 0;
  double x = 0, y = 0;  ///< map coordinates, centred, principal axes, RMS radius 1
  std::string cluster;  ///< cluster id; "" for a statement left out of the map
  double bridging = 0;  ///< 0 = anchor … 1 = bridge
  std::vector<RatingMeans> ratings;
  GoZone go_zone;
  GoZone go_zone_in_cluster;
};

struct ClusterResult {
  std::string id, label;
  int anchor = 0;               ///< the anchor statement that named it (0 = unnamed)
  std::vector<int> statements;  ///< statement ids, in statements.csv order
  double bridging = 0;          ///< mean bridging of its statements
  std::vector<RatingMeans> ratings;  ///< mean of the statement means
  std::map<std::string, std::string> labels;  ///< audience id → label for that audience
};

/// One agglomeration step in R's hclust `merge` convention: a negative number -i is
/// statement number i (1-based, statements.csv order), a positive number k is the
/// cluster formed at step k.
struct MergeStep {
  int a = 0, b = 0;
  double height = 0;
};

/// Pearson r of cluster means: between two groups on one rating (`rating` set,
/// `a`/`b` groups), or between two ratings for one group (`a`/`b` ratings,
/// `group` set). `defined` is false when one side has no spread.
struct PatternMatch {
  std::string rating;  ///< "" for a rating-vs-rating match
  std::string group;   ///< "" for a group-vs-group match
  std::string a, b;
  double r = 0;
  bool defined = false;
};

/// One MDS start as reported: its stress and how far its clusters (Ward, cut at K)
/// agree with those of the kept start (adjusted Rand index, 1 = the same clusters).
struct MdsStartInfo {
  std::string start;  ///< "classical" or "random-N"
  double stress = 0;
  int iterations = 0;
  double ari = 1;
};

struct MdsInfo {
  double stress = 0;    ///< Kruskal stress-1, a fraction
  int starts = 0;       ///< configurations tried
  int iterations = 0;   ///< iterations of the start that was kept
  std::string best_start;  ///< "classical" or "random-N"
  double classical_stress = 0;  ///< stress-1 of the classical start after iterating
  std::vector<MdsStartInfo> runs;  ///< every start, in the order tried
  std::vector<int> left_out;       ///< statements never sorted with another: not on the map, in no cluster
};

struct SuggestedK {
  int k = 0;
  std::string method = "silhouette";
  std::vector<std::pair<int, double>> scores;  ///< K → mean silhouette
  std::vector<std::pair<int, double>> heights; ///< K → merge height at which K clusters become K − 1
};

struct Analysis {
  std::string tool_version;
  std::string input_digest;  ///< "sha256:…" of the study input files
  /// Each study input file's "sha256:…" (or "missing"), so a stale analysis can name
  /// the file that changed. Empty in analysis files written before it was kept.
  std::map<std::string, std::string> input_files;
  std::string title;
  int statement_count = 0;
  int participant_count = 0;
  int sorter_count = 0;          ///< sorts used
  int excluded_sorter_count = 0; ///< sorts left out
  int rater_count = 0;
  int cluster_count = 0;
  std::vector<std::string> groups;   ///< group ids, study order
  std::vector<std::string> ratings;  ///< rating ids, study order
  std::vector<std::string> go_zone_ratings;  ///< the two (or one) ratings the go-zone uses
  MdsInfo mds;
  SuggestedK suggested_k;
  std::vector<ClusterResult> clusters;
  std::vector<StatementResult> statements;  ///< statements.csv order
  std::vector<PatternMatch> pattern_match;
  std::vector<MergeStep> merge_tree;

  const ClusterResult* find_cluster(const std::string& id) const {
    for (const auto& c : clusters)
      if (c.id == id) return &c;
    return nullptr;
  }
  const StatementResult* find_statement(int id) const {
    for (const auto& s : statements)
      if (s.id == id) return &s;
    return nullptr;
  }
};

}  // namespace sterk
