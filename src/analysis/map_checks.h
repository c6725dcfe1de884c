#pragma once
// Degenerate sort data and maps (SPEC §13): statements that no sorter put with any
// other, groups of statements never combined, points on top of each other.
#include <Eigen/Dense>
#include <vector>

namespace sterk {

/// Indices of statements that no sorter put in one pile with any other statement
/// (from the total similarity T, whose diagonal is ignored). Non-metric MDS has
/// nothing to place them by: left in, they pull the rest of the map onto one point.
std::vector<int> never_sorted_together(const Eigen::MatrixXd& t);

/// Groups of statements linked by "some sorter put them together", transitively;
/// returns the number of groups and each statement's group (0-based).
int sorted_together_groups(const Eigen::MatrixXd& t, std::vector<int>* group);

/// Number of points that lie within `eps` of another point (map units).
int coinciding_points(const Eigen::MatrixXd& X, double eps);

/// Positions for `count` statements drawn apart from the map X (RMS radius 1): a row
/// below it, spread over its width.
Eigen::MatrixXd positions_apart(const Eigen::MatrixXd& X, int count);

}  // namespace sterk
