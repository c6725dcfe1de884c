#include "analysis/ward.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace sterk {
namespace {

// Index of (i, j), i < j, 0-based, in the packed upper triangle (R's ioffst).
inline size_t offset(size_t n, size_t i, size_t j) { return j + i * n - (i + 1) * (i + 2) / 2; }

}  // namespace

std::vector<MergeStep> ward_d2(const Eigen::MatrixXd& X) {
  const size_t n = static_cast<size_t>(X.rows());
  std::vector<MergeStep> merges;
  if (n < 2) return merges;
  const double inf = std::numeric_limits<double>::max();
  std::vector<double> diss(n * (n - 1) / 2);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) {
      // As R: dist() takes the square root, ward.D2 squares it again.
      double s = 0;
      for (Eigen::Index c = 0; c < X.cols(); ++c) {
        double dev = X(i, c) - X(j, c);
        s += dev * dev;
      }
      double d = std::sqrt(s);
      diss[offset(n, i, j)] = d * d;
    }
  std::vector<char> flag(n, 1);
  std::vector<double> membr(n, 1.0), disnn(n, inf);
  std::vector<size_t> nn(n, 0);
  std::vector<size_t> ia, ib;
  std::vector<double> crit;
  for (size_t i = 0; i + 1 < n; ++i) {
    double dmin = inf;
    size_t jm = i + 1;
    for (size_t j = i + 1; j < n; ++j)
      if (dmin > diss[offset(n, i, j)]) {
        dmin = diss[offset(n, i, j)];
        jm = j;
      }
    nn[i] = jm;
    disnn[i] = dmin;
  }
  for (size_t ncl = n; ncl > 1;) {
    double dmin = inf;
    size_t im = 0, jm = 0;
    for (size_t i = 0; i + 1 < n; ++i)
      if (flag[i] && disnn[i] < dmin) {
        dmin = disnn[i];
        im = i;
        jm = nn[i];
      }
    --ncl;
    size_t i2 = std::min(im, jm), j2 = std::max(im, jm);
    ia.push_back(i2);
    ib.push_back(j2);
    crit.push_back(std::sqrt(dmin));
    flag[j2] = 0;
    dmin = inf;
    size_t jj = 0;
    double xx = diss[offset(n, i2, j2)];
    for (size_t k = 0; k < n; ++k) {
      if (!flag[k] || k == i2) continue;
      size_t ind1 = i2 < k ? offset(n, i2, k) : offset(n, k, i2);
      size_t ind2 = j2 < k ? offset(n, j2, k) : offset(n, k, j2);
      // Lance–Williams update for Ward on squared distances.
      diss[ind1] = ((membr[i2] + membr[k]) * diss[ind1] + (membr[j2] + membr[k]) * diss[ind2] -
                    membr[k] * xx) /
                   (membr[i2] + membr[j2] + membr[k]);
      if (i2 < k) {
        if (diss[ind1] < dmin) {
          dmin = diss[ind1];
          jj = k;
        }
      } else if (diss[ind1] < disnn[k]) {
        disnn[k] = diss[ind1];
        nn[k] = i2;
      }
    }
    membr[i2] += membr[j2];
    disnn[i2] = dmin;
    nn[i2] = jj;
    for (size_t i = 0; i + 1 < n; ++i) {
      if (!flag[i] || (nn[i] != i2 && nn[i] != j2)) continue;
      double best = inf;
      size_t bj = jj;
      for (size_t j = i + 1; j < n; ++j)
        if (flag[j] && diss[offset(n, i, j)] < best) {
          best = diss[offset(n, i, j)];
          bj = j;
        }
      nn[i] = bj;
      disnn[i] = best;
    }
  }
  // R's hcass2: name clusters by the merge step that made them; singletons negative.
  const size_t steps = n - 1;
  std::vector<long> a(steps), b(steps);
  for (size_t s = 0; s < steps; ++s) {
    a[s] = static_cast<long>(ia[s]) + 1;
    b[s] = static_cast<long>(ib[s]) + 1;
  }
  std::vector<long> iia(a), iib(b);
  for (size_t s = 0; s + 1 < steps; ++s) {
    long k = std::min(a[s], b[s]);
    for (size_t t = s + 1; t < steps; ++t) {
      if (a[t] == k) iia[t] = -static_cast<long>(s + 1);
      if (b[t] == k) iib[t] = -static_cast<long>(s + 1);
    }
  }
  for (size_t s = 0; s < steps; ++s) {
    iia[s] = -iia[s];
    iib[s] = -iib[s];
    if (iia[s] > 0 && iib[s] < 0) std::swap(iia[s], iib[s]);
    if (iia[s] > 0 && iib[s] > 0 && iia[s] > iib[s]) std::swap(iia[s], iib[s]);
    merges.push_back({static_cast<int>(iia[s]), static_cast<int>(iib[s]), crit[s]});
  }
  return merges;
}

std::vector<int> cut_tree(const std::vector<MergeStep>& merges, int n, int k) {
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // The representative point of the cluster made at each step.
  std::vector<int> rep(merges.size(), 0);
  int steps = std::max(0, std::min(n - k, static_cast<int>(merges.size())));
  for (int s = 0; s < static_cast<int>(merges.size()); ++s) {
    auto point = [&](int m) { return m < 0 ? -m - 1 : rep[m - 1]; };
    int pa = point(merges[s].a), pb = point(merges[s].b);
    rep[s] = pa;
    if (s < steps) parent[find(pb)] = find(pa);
  }
  std::vector<int> label(n, 0), number(n, 0);
  int next = 0;
  for (int i = 0; i < n; ++i) {
    int r = find(i);
    if (number[r] == 0) number[r] = ++next;
    label[i] = number[r];
  }
  return label;
}

std::vector<int> leaf_order(const std::vector<MergeStep>& merges, int n) {
  std::vector<int> order;
  if (n == 1) order.push_back(0);
  if (merges.empty()) return order;
  std::vector<int> stack = {static_cast<int>(merges.size())};
  while (!stack.empty()) {
    int m = stack.back();
    stack.pop_back();
    if (m < 0) {
      order.push_back(-m - 1);
      continue;
    }
    stack.push_back(merges[m - 1].b);
    stack.push_back(merges[m - 1].a);
  }
  return order;
}

}  // namespace sterk
