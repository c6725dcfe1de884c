#include "analysis/similarity.h"

namespace sterk {

Eigen::MatrixXd total_similarity(int n, const std::vector<SortPiles>& sorts) {
  Eigen::MatrixXd t = Eigen::MatrixXd::Zero(n, n);
  for (const auto& sort : sorts)
    for (const auto& pile : sort)
      for (size_t a = 0; a < pile.size(); ++a)
        for (size_t b = a + 1; b < pile.size(); ++b) {
          t(pile[a], pile[b]) += 1;
          t(pile[b], pile[a]) += 1;
        }
  for (int i = 0; i < n; ++i) t(i, i) = static_cast<double>(sorts.size());
  return t;
}

Eigen::MatrixXd dissimilarity(const Eigen::MatrixXd& similarity, int sorts) {
  Eigen::MatrixXd d = Eigen::MatrixXd::Constant(similarity.rows(), similarity.cols(), sorts) - similarity;
  d.diagonal().setZero();
  return d;
}

}  // namespace sterk
