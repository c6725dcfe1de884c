#pragma once
// Step 1 of the method (SPEC §3): total similarity and dissimilarity.
#include <Eigen/Dense>
#include <vector>

namespace sterk {

/// One sort as piles of statement indices (0-based). Statements in no pile are
/// piles of their own and add nothing.
using SortPiles = std::vector<std::vector<int>>;

/// T(i,j) = number of sorts with i and j in one pile; T(i,i) = number of sorts.
Eigen::MatrixXd total_similarity(int n, const std::vector<SortPiles>& sorts);

/// δ = S − T with S the number of sorts; zero diagonal.
Eigen::MatrixXd dissimilarity(const Eigen::MatrixXd& similarity, int sorts);

}  // namespace sterk
