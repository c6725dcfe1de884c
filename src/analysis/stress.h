#pragma once
// Kruskal stress-1 for fixed dissimilarities, primary approach to ties (Kruskal 1964):
// the part of non-metric MDS that runs on every iteration.
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

namespace sterk {

/// Least-squares monotone (non-decreasing) fit to y[0..n), unit weights (pool
/// adjacent violators), written to out. sums and counts are scratch space.
void pool_adjacent_violators(const double* y, size_t n, double* out, std::vector<double>* sums,
                             std::vector<size_t>* counts);

/// Stress-1 of configurations for one δ. The order of the pairs by δ is computed once,
/// when the model is made; inside each block of tied δ the pairs are re-sorted by the
/// current distance, starting from the last order, which is nearly sorted after the
/// first iterations. One model serves every start of an MDS run and the final stress.
class StressModel {
 public:
  explicit StressModel(const Eigen::MatrixXd& delta);

  size_t pairs() const { return d_.size(); }

  /// Stress-1 of the n × 2 configuration X; remembers what gradient() needs.
  double evaluate(const Eigen::MatrixXd& X);

  /// Gradient of stress-1 at the configuration last evaluated.
  void gradient(const Eigen::MatrixXd& X, Eigen::MatrixXd* g) const;

 private:
  void sort_block(size_t begin, size_t end);
  void radix_sort(size_t begin, size_t end);

  int n_;
  std::vector<uint32_t> order_;
  std::vector<size_t> block_starts_;
  std::vector<double> d_, dhat_, y_, fit_, sums_;
  std::vector<size_t> counts_;
  std::vector<uint32_t> keys_, tmp_keys_, tmp_order_;
  double raw_ = 0, norm_ = 0, stress_ = 0;
};

}  // namespace sterk
