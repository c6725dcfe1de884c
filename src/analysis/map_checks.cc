#include "analysis/map_checks.h"

#include <algorithm>
#include <numeric>

namespace sterk {

std::vector<int> never_sorted_together(const Eigen::MatrixXd& t) {
  std::vector<int> out;
  for (Eigen::Index i = 0; i < t.rows(); ++i) {
    bool alone = true;
    for (Eigen::Index j = 0; j < t.cols() && alone; ++j)
      if (j != i && t(i, j) > 0) alone = false;
    if (alone) out.push_back(static_cast<int>(i));
  }
  return out;
}

int sorted_together_groups(const Eigen::MatrixXd& t, std::vector<int>* group) {
  const int n = static_cast<int>(t.rows());
  group->assign(n, -1);
  int groups = 0;
  std::vector<int> stack;
  for (int s = 0; s < n; ++s) {
    if ((*group)[s] >= 0) continue;
    (*group)[s] = groups;
    stack.push_back(s);
    while (!stack.empty()) {
      int i = stack.back();
      stack.pop_back();
      for (int j = 0; j < n; ++j)
        if (j != i && (*group)[j] < 0 && t(i, j) > 0) (*group)[j] = groups, stack.push_back(j);
    }
    ++groups;
  }
  return groups;
}

int coinciding_points(const Eigen::MatrixXd& X, double eps) {
  const Eigen::Index n = X.rows();
  // Sorted by x, so only neighbours within eps in x are compared.
  std::vector<Eigen::Index> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return X(a, 0) < X(b, 0); });
  std::vector<bool> hit(n, false);
  for (Eigen::Index a = 0; a < n; ++a)
    for (Eigen::Index b = a + 1; b < n && X(order[b], 0) - X(order[a], 0) <= eps; ++b)
      if ((X.row(order[a]) - X.row(order[b])).norm() <= eps) hit[order[a]] = hit[order[b]] = true;
  return static_cast<int>(std::count(hit.begin(), hit.end(), true));
}

Eigen::MatrixXd positions_apart(const Eigen::MatrixXd& X, int count) {
  Eigen::MatrixXd out(count, 2);
  double x0 = X.rows() ? X.col(0).minCoeff() : -1, x1 = X.rows() ? X.col(0).maxCoeff() : 1;
  double y0 = X.rows() ? X.col(1).minCoeff() : -1;
  for (int i = 0; i < count; ++i) {
    out(i, 0) = count == 1 ? (x0 + x1) / 2 : x0 + (x1 - x0) * i / (count - 1);
    out(i, 1) = y0 - 0.5;
  }
  return out;
}

}  // namespace sterk
