#pragma once
// Step 2 of the method: classical (Torgerson) MDS and Kruskal's non-metric MDS
// (Kruskal 1964) with the primary approach to ties and stress-1.
#include <Eigen/Dense>
#include <functional>
#include <string>
#include <vector>

namespace sterk {

class StressModel;  // analysis/stress.h

/// Torgerson scaling: the `dims` leading eigenvectors of −½ J δ² J, scaled by the
/// square roots of their eigenvalues (a non-positive eigenvalue gives a zero column).
/// Exact eigen-decomposition up to 400 points, Lanczos iteration above.
Eigen::MatrixXd classical_mds(const Eigen::MatrixXd& delta, int dims = 2);

/// Least-squares monotone (non-decreasing) fit to y, unit weights (pool adjacent
/// violators).
std::vector<double> isotonic_regression(const std::vector<double>& y);

/// Kruskal stress-1 of configuration X for dissimilarities δ, primary approach to
/// ties (tied δ may get any order of fitted distances).
double stress1(const Eigen::MatrixXd& delta, const Eigen::MatrixXd& X);

struct NonMetricOptions {
  int max_iterations = 500;
  double tolerance = 1e-7;  ///< stop when stress improves by less than this (relative) over 10 iterations
  int random_starts = -1;   ///< -1: chosen by the number of points
  uint64_t seed = 20240101;
  /// Called with short progress lines ("start 2/5: stress 0.2134"); may be empty.
  std::function<void(const std::string&)> progress;
};

/// One start of a non-metric MDS run, kept so that the starts can be compared.
struct MdsStart {
  std::string name;  ///< "classical" or "random-K"
  double stress = 0;
  int iterations = 0;
  Eigen::MatrixXd X;  ///< final configuration of this start
};

struct NonMetricResult {
  Eigen::MatrixXd X;  ///< n × 2
  double stress = 0;  ///< stress-1, a fraction
  int iterations = 0;
  int starts = 0;
  std::string best_start;  ///< "classical" or "random-K"
  double classical_stress = 0;  ///< final stress of the classical start
  std::vector<MdsStart> runs;   ///< every start, in the order tried (filled by nonmetric_mds)
};

/// Iterates from one start: gradient descent on stress-1 with Kruskal's step
/// control. Returns the final configuration, stress and iteration count.
NonMetricResult nonmetric_mds_from(const Eigen::MatrixXd& delta, const Eigen::MatrixXd& start,
                                   const NonMetricOptions& opt);
/// The same with a stress model made for δ earlier (making one sorts all pairs).
NonMetricResult nonmetric_mds_from(StressModel& model, const Eigen::MatrixXd& start,
                                   const NonMetricOptions& opt);

/// The classical start plus seeded random starts; the lowest stress is kept (the
/// earliest start on a tie). Deterministic for the same δ and options.
NonMetricResult nonmetric_mds(const Eigen::MatrixXd& delta, const NonMetricOptions& opt = {});
/// The same, every start on one stress model made for δ, which the caller can go on
/// using (for the stress of the final, rounded map).
NonMetricResult nonmetric_mds(const Eigen::MatrixXd& delta, StressModel& model, const NonMetricOptions& opt);

/// Centres X, turns it to its principal axes, flips each axis so that its third
/// moment is not negative and scales it to root-mean-square radius 1.
Eigen::MatrixXd normalize_configuration(const Eigen::MatrixXd& X);

}  // namespace sterk
