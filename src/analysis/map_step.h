#pragma once
// Steps 2 and 3 of the method with their safeguards (SPEC §3, §13): statements never
// sorted with another are left out and drawn apart, the MDS runs on the rest from
// several starts, the starts are compared, a degenerate map is named, Ward clusters
// are cut at K.
#include <Eigen/Dense>
#include <functional>
#include <string>

#include "model/analysis.h"
#include "model/diagnostic.h"
#include "model/study.h"

namespace sterk {

struct StudyMap {
  Eigen::MatrixXd X;            ///< n × 2, rounded as written; left-out statements drawn apart
  std::vector<int> mapped;      ///< indices of the statements on the map
  std::vector<int> left_out;    ///< indices of the statements left out
  std::vector<int> labels;      ///< cluster number 1..K per statement, 0 when left out
  std::vector<MergeStep> merges;  ///< Ward on the mapped statements, leaves as statement numbers
  MdsInfo mds;
  SuggestedK suggested_k;
};

/// Maps the statements of `study` from the total similarity `t` and the number of
/// sorts used. Problems become diagnostics; false on an error (K too large, too few
/// statements left to map).
bool map_study(const Study& study, const Eigen::MatrixXd& t, int sorters, int random_starts,
               const std::function<void(const std::string&)>& progress, StudyMap* out, Diagnostics* diags);

}  // namespace sterk
