#pragma once
// Step 3 of the method: Ward's hierarchical clustering on the map (Ward 1963), the
// same merges and heights as R's hclust(dist(X), "ward.D2").
#include <Eigen/Dense>
#include <vector>

#include "model/analysis.h"

namespace sterk {

/// All n−1 merges in R's `merge` convention (see MergeStep), heights as R's
/// ward.D2. Follows R's Fortran hclust step by step, so ties are broken the same
/// way: the pair with the smallest dissimilarity, the lowest first index winning.
std::vector<MergeStep> ward_d2(const Eigen::MatrixXd& X);

/// Cluster number (1..k) of each point after cutting the tree into k clusters,
/// numbered in order of first appearance as R's cutree does.
std::vector<int> cut_tree(const std::vector<MergeStep>& merges, int n, int k);

/// Leaf order of the dendrogram (0-based point indices), as R's hclust `order`.
std::vector<int> leaf_order(const std::vector<MergeStep>& merges, int n);

}  // namespace sterk
