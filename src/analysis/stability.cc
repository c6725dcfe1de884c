#include "analysis/stability.h"

#include <cmath>
#include <map>

#include "analysis/ward.h"

namespace sterk {
namespace {

double pairs(double n) { return n * (n - 1) / 2; }

std::vector<int> clusters_of(const Eigen::MatrixXd& X, int k) {
  Eigen::MatrixXd m = normalize_configuration(X);
  return cut_tree(ward_d2(m), static_cast<int>(m.rows()), k);
}

}  // namespace

double adjusted_rand_index(const std::vector<int>& a, const std::vector<int>& b) {
  const size_t n = std::min(a.size(), b.size());
  std::map<std::pair<int, int>, double> cell;
  std::map<int, double> row, col;
  for (size_t i = 0; i < n; ++i) cell[{a[i], b[i]}] += 1, row[a[i]] += 1, col[b[i]] += 1;
  double index = 0, sum_a = 0, sum_b = 0;
  for (const auto& [ab, c] : cell) index += pairs(c);
  for (const auto& [r, c] : row) sum_a += pairs(c);
  for (const auto& [r, c] : col) sum_b += pairs(c);
  double total = pairs(static_cast<double>(n));
  if (total <= 0) return 1;
  double expected = sum_a * sum_b / total, most = (sum_a + sum_b) / 2;
  if (std::fabs(most - expected) < 1e-12) return 1;
  return (index - expected) / (most - expected);
}

std::vector<MdsStartInfo> compare_starts(const std::vector<MdsStart>& runs, const std::string& kept, int k) {
  std::vector<MdsStartInfo> out;
  std::vector<int> reference;
  for (const auto& r : runs)
    if (r.name == kept) reference = clusters_of(r.X, k);
  for (const auto& r : runs) {
    MdsStartInfo info{r.name, r.stress, r.iterations, 1};
    if (r.name != kept && !reference.empty()) info.ari = adjusted_rand_index(reference, clusters_of(r.X, k));
    out.push_back(info);
  }
  return out;
}

}  // namespace sterk
