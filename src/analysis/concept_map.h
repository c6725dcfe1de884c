#pragma once
// The whole concept-mapping analysis (SPEC §3) from a loaded Study to an Analysis:
// similarity, non-metric MDS, Ward clusters cut at K, cluster names by anchor,
// bridging, ratings, go-zones, pattern matches and a suggested K. No I/O.
#include <Eigen/Dense>
#include <functional>
#include <string>

#include "model/analysis.h"
#include "model/diagnostic.h"
#include "model/study.h"

namespace sterk {

struct AnalyzeOptions {
  /// Short progress lines for large studies; may be empty.
  std::function<void(const std::string&)> progress;
  int random_starts = -1;  ///< -1: chosen by the number of statements
};

/// Runs the analysis. Problems (too few statements or sorts, names that do not fit
/// the clusters, ratings without spread) become diagnostics; returns false when
/// there were errors. `input_digest` and `tool_version` are left for the caller.
bool analyze_study(const Study& study, const AnalyzeOptions& options, Analysis* out,
                   Diagnostics* diags);

/// Mean silhouette width of a labelling (labels 1..k) of the points of X.
double mean_silhouette(const Eigen::MatrixXd& X, const std::vector<int>& labels, int k);

/// Bridging per point: the mean map distance to the statements it was sorted with,
/// weighted by how often (T), rescaled to [0, 1] over all points.
std::vector<double> bridging_index(const Eigen::MatrixXd& similarity, const Eigen::MatrixXd& X);

/// Pearson r; false when fewer than two pairs or one side has no spread.
bool pearson(const std::vector<double>& a, const std::vector<double>& b, double* r);

}  // namespace sterk
