#include "analysis/stress.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace sterk {

void pool_adjacent_violators(const double* y, size_t n, double* out, std::vector<double>* sums,
                             std::vector<size_t>* counts) {
  sums->clear();
  counts->clear();
  for (size_t k = 0; k < n; ++k) {
    sums->push_back(y[k]);
    counts->push_back(1);
    while (sums->size() > 1) {
      size_t last = sums->size() - 1;
      // Compare means without dividing: a/b > c/d  <=>  a*d > c*b (counts > 0).
      if ((*sums)[last - 1] * (*counts)[last] <= (*sums)[last] * (*counts)[last - 1]) break;
      (*sums)[last - 1] += (*sums)[last];
      (*counts)[last - 1] += (*counts)[last];
      sums->pop_back();
      counts->pop_back();
    }
  }
  size_t k = 0;
  for (size_t b = 0; b < sums->size(); ++b) {
    double mean = (*sums)[b] / static_cast<double>((*counts)[b]);
    for (size_t c = 0; c < (*counts)[b]; ++c) out[k++] = mean;
  }
}

StressModel::StressModel(const Eigen::MatrixXd& delta) : n_(static_cast<int>(delta.rows())) {
  size_t pairs = static_cast<size_t>(n_) * (n_ - 1) / 2;
  std::vector<double> dl;
  dl.reserve(pairs);
  for (int i = 0; i < n_; ++i)
    for (int j = i + 1; j < n_; ++j) {
      dl.push_back(delta(i, j));
    }
  // Order pairs by δ once. Sorting data gives few distinct δ (0..S), so sort the
  // distinct values and bucket the pairs: O(pairs) instead of a comparison sort.
  // The distinct values are found with a hash table (sorting all pairs' values
  // took longer than the rest of this constructor), then ranked.
  std::unordered_map<double, uint32_t> rank;
  std::vector<uint32_t> bucket(pairs);
  for (size_t p = 0; p < pairs; ++p) {
    auto it = rank.emplace(dl[p], static_cast<uint32_t>(rank.size())).first;
    bucket[p] = it->second;  // first-seen number for now
  }
  std::vector<double> values;
  values.reserve(rank.size());
  for (const auto& [v, first_seen] : rank) values.push_back(v);
  std::sort(values.begin(), values.end());
  std::vector<uint32_t> by_first_seen(values.size());
  for (size_t r = 0; r < values.size(); ++r) by_first_seen[rank[values[r]]] = static_cast<uint32_t>(r);
  std::vector<size_t> start(values.size() + 1, 0);
  for (size_t p = 0; p < pairs; ++p) {
    bucket[p] = by_first_seen[bucket[p]];
    start[bucket[p] + 1]++;
  }
  for (size_t b = 0; b < values.size(); ++b) start[b + 1] += start[b];
  order_.resize(pairs);
  std::vector<size_t> fill(start.begin(), start.end() - 1);
  for (size_t p = 0; p < pairs; ++p) order_[fill[bucket[p]]++] = static_cast<uint32_t>(p);
  block_starts_.assign(start.begin(), start.end() - 1);
  block_starts_.push_back(pairs);
  d_.resize(pairs);
  dhat_.resize(pairs);
  y_.resize(pairs);
  fit_.resize(pairs);
}

double StressModel::evaluate(const Eigen::MatrixXd& X) {
  const double* x = X.col(0).data();
  const double* y = X.col(1).data();
  // Pairs are numbered row by row (i < j), so plain nested loops visit them in order.
  double* d = d_.data();
  for (int i = 0; i < n_; ++i) {
    const double xi = x[i], yi = y[i];
    for (int j = i + 1; j < n_; ++j) {
      double dx = xi - x[j], dy = yi - y[j];
      *d++ = std::sqrt(dx * dx + dy * dy);
    }
  }
  for (size_t k = 0; k < order_.size(); ++k) y_[k] = d_[order_[k]];
  for (size_t b = 0; b + 1 < block_starts_.size(); ++b) sort_block(block_starts_[b], block_starts_[b + 1]);
  pool_adjacent_violators(y_.data(), y_.size(), fit_.data(), &sums_, &counts_);
  raw_ = 0;
  norm_ = 0;
  for (size_t k = 0; k < order_.size(); ++k) {
    dhat_[order_[k]] = fit_[k];
    double e = y_[k] - fit_[k];
    raw_ += e * e;
    norm_ += y_[k] * y_[k];
  }
  stress_ = norm_ > 0 ? std::sqrt(raw_ / norm_) : 0.0;
  return stress_;
}

void StressModel::gradient(const Eigen::MatrixXd& X, Eigen::MatrixXd* g) const {
  g->setZero(X.rows(), 2);
  if (stress_ <= 0 || norm_ <= 0) return;
  const double* x = X.col(0).data();
  const double* y = X.col(1).data();
  double* gx = g->col(0).data();
  double* gy = g->col(1).data();
  double s2 = stress_ * stress_;
  double scale = 1.0 / (stress_ * norm_);
  size_t p = 0;
  for (int i = 0; i < n_; ++i) {
    double sx = 0, sy = 0;
    const double xi = x[i], yi = y[i];
    for (int j = i + 1; j < n_; ++j, ++p) {
      double d = d_[p];
      if (d <= 0) continue;
      double w = scale * (d - dhat_[p] - s2 * d) / d;
      double dx = w * (xi - x[j]), dy = w * (yi - y[j]);
      sx += dx;
      sy += dy;
      gx[j] -= dx;
      gy[j] -= dy;
    }
    gx[i] += sx;
    gy[i] += sy;
  }
}

// Sorts y_[begin, end) and order_ alongside by distance (ties by pair index),
// by insertion from the last order; when that needs too many moves, by a
// contiguous sort of (distance, pair) keys.
void StressModel::sort_block(size_t begin, size_t end) {
  size_t budget = (end - begin) + 64, moves = 0;
  for (size_t k = begin + 1; k < end && moves <= budget; ++k) {
    double v = y_[k];
    uint32_t o = order_[k];
    size_t m = k;
    while (m > begin && (v < y_[m - 1] || (v == y_[m - 1] && o < order_[m - 1]))) {
      y_[m] = y_[m - 1];
      order_[m] = order_[m - 1];
      --m;
      ++moves;
    }
    y_[m] = v;
    order_[m] = o;
  }
  if (moves <= budget) return;
  radix_sort(begin, end);
}

// LSD radix sort of the block by the bits of the distance as a float (monotone for
// non-negative values); stable, so equal floats keep the previous order.
void StressModel::radix_sort(size_t begin, size_t end) {
  const size_t m = end - begin;
  keys_.resize(m);
  tmp_keys_.resize(m);
  tmp_order_.resize(m);
  uint32_t* key = keys_.data();
  uint32_t* ord = order_.data() + begin;
  for (size_t k = 0; k < m; ++k) {
    float f = static_cast<float>(y_[begin + k]);
    std::memcpy(&key[k], &f, sizeof f);
  }
  uint32_t* src_k = key;
  uint32_t* src_o = ord;
  uint32_t* dst_k = tmp_keys_.data();
  uint32_t* dst_o = tmp_order_.data();
  size_t count[2048];
  for (int shift : {0, 11, 22}) {
    std::fill(count, count + 2048, 0);
    for (size_t k = 0; k < m; ++k) count[(src_k[k] >> shift) & 2047]++;
    size_t sum = 0;
    for (size_t& c : count) {
      size_t t = c;
      c = sum;
      sum += t;
    }
    for (size_t k = 0; k < m; ++k) {
      size_t at = count[(src_k[k] >> shift) & 2047]++;
      dst_k[at] = src_k[k];
      dst_o[at] = src_o[k];
    }
    std::swap(src_k, dst_k);
    std::swap(src_o, dst_o);
  }
  // Three passes: the result is in the temporaries.
  std::memcpy(ord, src_o, m * sizeof(uint32_t));
  for (size_t k = 0; k < m; ++k) y_[begin + k] = d_[ord[k]];
}

}  // namespace sterk
