#include "analysis/mds.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>

#include "analysis/prng.h"

namespace sterk {
namespace {

/// Pool adjacent violators over y[0..n), writing the fit to out.
void pava(const double* y, size_t n, double* out, std::vector<double>* sums,
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

/// Stress-1 of a configuration for fixed dissimilarities. The order of the pairs by
/// δ is computed once; inside each block of tied δ the pairs are re-sorted by the
/// current distance (primary approach), starting from the last order, which is
/// nearly sorted after the first iterations.
class StressModel {
 public:
  explicit StressModel(const Eigen::MatrixXd& delta) : n_(static_cast<int>(delta.rows())) {
    size_t pairs = static_cast<size_t>(n_) * (n_ - 1) / 2;
    std::vector<double> dl;
    dl.reserve(pairs);
    for (int i = 0; i < n_; ++i)
      for (int j = i + 1; j < n_; ++j) {
        dl.push_back(delta(i, j));
      }
    // Order pairs by δ once. Sorting data gives few distinct δ (0..S), so sort the
    // distinct values and bucket the pairs: O(pairs) instead of a comparison sort.
    std::vector<double> values(dl);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<size_t> start(values.size() + 1, 0);
    std::vector<uint32_t> bucket(pairs);
    for (size_t p = 0; p < pairs; ++p) {
      bucket[p] = static_cast<uint32_t>(std::lower_bound(values.begin(), values.end(), dl[p]) - values.begin());
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

  size_t pairs() const { return d_.size(); }

  double evaluate(const Eigen::MatrixXd& X) {
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
    pava(y_.data(), y_.size(), fit_.data(), &sums_, &counts_);
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

  /// Gradient of stress-1 at the configuration last evaluated.
  void gradient(const Eigen::MatrixXd& X, Eigen::MatrixXd* g) const {
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
  void sort_block(size_t begin, size_t end) {
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
  void radix_sort(size_t begin, size_t end) {
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

  int n_;
  std::vector<uint32_t> order_;
  std::vector<size_t> block_starts_;
  std::vector<double> d_, dhat_, y_, fit_, sums_;
  std::vector<size_t> counts_;
  std::vector<uint32_t> keys_, tmp_keys_, tmp_order_;
  double raw_ = 0, norm_ = 0, stress_ = 0;
};

Eigen::MatrixXd double_centred(const Eigen::MatrixXd& delta) {
  Eigen::MatrixXd b = delta.cwiseProduct(delta);
  Eigen::VectorXd row = b.rowwise().mean();
  double all = row.mean();
  for (Eigen::Index j = 0; j < b.cols(); ++j)
    for (Eigen::Index i = 0; i < b.rows(); ++i) b(i, j) = -0.5 * (b(i, j) - row(i) - row(j) + all);
  return b;
}

/// Leading eigenpairs of a symmetric matrix by Lanczos with full re-orthogonalisation.
void lanczos_top(const Eigen::MatrixXd& b, int dims, Eigen::VectorXd* values, Eigen::MatrixXd* vectors) {
  const int n = static_cast<int>(b.rows());
  const int m = std::min(n, 90);
  Eigen::MatrixXd v(n, m);
  Eigen::VectorXd alpha(m), beta(m);
  SplitMix64 rng(7);
  Eigen::VectorXd q(n);
  for (int i = 0; i < n; ++i) q(i) = rng.uniform() - 0.5;
  q.array() -= q.mean();
  q.normalize();
  int steps = 0;
  for (int k = 0; k < m; ++k) {
    v.col(k) = q;
    Eigen::VectorXd w = b * q;
    alpha(k) = q.dot(w);
    // Full re-orthogonalisation, twice, keeps the basis orthogonal in floating point.
    for (int pass = 0; pass < 2; ++pass) w -= v.leftCols(k + 1) * (v.leftCols(k + 1).transpose() * w);
    beta(k) = w.norm();
    steps = k + 1;
    if (beta(k) < 1e-10 * std::max(1.0, std::abs(alpha(k)))) break;
    q = w / beta(k);
  }
  Eigen::MatrixXd t = Eigen::MatrixXd::Zero(steps, steps);
  for (int k = 0; k < steps; ++k) {
    t(k, k) = alpha(k);
    if (k + 1 < steps) t(k, k + 1) = t(k + 1, k) = beta(k);
  }
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(t);
  values->resize(dims);
  vectors->resize(n, dims);
  for (int d = 0; d < dims; ++d) {
    int idx = steps - 1 - d;
    if (idx < 0) {
      (*values)(d) = 0;
      vectors->col(d).setZero();
      continue;
    }
    (*values)(d) = es.eigenvalues()(idx);
    vectors->col(d) = v.leftCols(steps) * es.eigenvectors().col(idx);
  }
}

Eigen::MatrixXd centred_unit(const Eigen::MatrixXd& X) {
  Eigen::MatrixXd c = X.rowwise() - X.colwise().mean();
  double rms = std::sqrt(c.squaredNorm() / std::max<Eigen::Index>(1, c.rows()));
  if (rms > 0) c /= rms;
  return c;
}

}  // namespace

std::vector<double> isotonic_regression(const std::vector<double>& y) {
  std::vector<double> out(y.size()), sums;
  std::vector<size_t> counts;
  pava(y.data(), y.size(), out.data(), &sums, &counts);
  return out;
}

Eigen::MatrixXd classical_mds(const Eigen::MatrixXd& delta, int dims) {
  const int n = static_cast<int>(delta.rows());
  Eigen::MatrixXd X = Eigen::MatrixXd::Zero(n, dims);
  if (n < 2) return X;
  Eigen::MatrixXd b = double_centred(delta);
  Eigen::VectorXd values;
  Eigen::MatrixXd vectors;
  if (n <= 400) {
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(b);
    values.resize(dims);
    vectors.resize(n, dims);
    for (int d = 0; d < dims; ++d) {
      int idx = n - 1 - d;
      values(d) = idx >= 0 ? es.eigenvalues()(idx) : 0;
      vectors.col(d) = idx >= 0 ? Eigen::VectorXd(es.eigenvectors().col(idx)) : Eigen::VectorXd::Zero(n);
    }
  } else {
    lanczos_top(b, dims, &values, &vectors);
  }
  for (int d = 0; d < dims; ++d)
    if (values(d) > 1e-12) X.col(d) = vectors.col(d) * std::sqrt(values(d));
  return X;
}

double stress1(const Eigen::MatrixXd& delta, const Eigen::MatrixXd& X) {
  StressModel model(delta);
  return model.evaluate(X);
}

NonMetricResult nonmetric_mds_from(const Eigen::MatrixXd& delta, const Eigen::MatrixXd& start,
                                   const NonMetricOptions& opt) {
  NonMetricResult r;
  StressModel model(delta);
  Eigen::MatrixXd X = centred_unit(start), g, trial;
  r.X = X;
  if (model.pairs() == 0) return r;
  double s = model.evaluate(X);
  model.gradient(X, &g);
  double alpha = 0.2;
  int slow = 0;
  const double n = static_cast<double>(X.rows());
  int it = 0;
  for (; it < opt.max_iterations && s > 1e-10; ++it) {
    double gnorm = std::sqrt(g.squaredNorm() / n), xnorm = std::sqrt(X.squaredNorm() / n);
    if (gnorm < 1e-14 || xnorm <= 0) break;
    trial = X - (alpha * xnorm / gnorm) * g;
    double st = model.evaluate(trial);
    if (st < s) {
      slow = (s - st) < opt.tolerance * s ? slow + 1 : 0;
      X.swap(trial);
      s = st;
      model.gradient(X, &g);
      alpha = std::min(alpha * 1.4, 2.0);
      if (slow >= 10) {
        ++it;
        break;
      }
    } else {
      alpha *= 0.35;
      if (alpha < 1e-9) {
        ++it;
        break;
      }
    }
  }
  r.X = X;
  r.stress = s;
  r.iterations = it;
  return r;
}

NonMetricResult nonmetric_mds(const Eigen::MatrixXd& delta, const NonMetricOptions& opt) {
  const int n = static_cast<int>(delta.rows());
  int randoms = opt.random_starts;
  if (randoms < 0) randoms = n <= 100 ? 9 : n <= 200 ? 5 : n <= 400 ? 3 : n <= 700 ? 1 : 0;
  SplitMix64 rng(opt.seed);
  NonMetricResult best;
  bool have = false;
  for (int k = 0; k <= randoms; ++k) {
    Eigen::MatrixXd start(n, 2);
    if (k == 0) {
      start = classical_mds(delta, 2);
    } else {
      for (int i = 0; i < n; ++i)
        for (int c = 0; c < 2; ++c) start(i, c) = 2 * rng.uniform() - 1;
    }
    // A flat classical start (everything on a line or a point) cannot move off it.
    if (start.col(1).squaredNorm() == 0 || start.col(0).squaredNorm() == 0) {
      SplitMix64 jitter(opt.seed + 99 + k);
      for (int i = 0; i < n; ++i)
        for (int c = 0; c < 2; ++c) start(i, c) += 1e-3 * (2 * jitter.uniform() - 1);
    }
    NonMetricResult r = nonmetric_mds_from(delta, start, opt);
    std::string name = k == 0 ? "classical" : "random-" + std::to_string(k);
    if (k == 0) best.classical_stress = r.stress;
    if (opt.progress) {
      char line[120];
      std::snprintf(line, sizeof line, "MDS start %d/%d (%s): stress %.4f after %d iterations", k + 1,
                    randoms + 1, name.c_str(), r.stress, r.iterations);
      opt.progress(line);
    }
    if (!have || r.stress < best.stress) {
      double cs = best.classical_stress;
      best = r;
      best.classical_stress = cs;
      best.best_start = name;
      have = true;
    }
  }
  best.starts = randoms + 1;
  return best;
}

Eigen::MatrixXd normalize_configuration(const Eigen::MatrixXd& X) {
  Eigen::MatrixXd c = X.rowwise() - X.colwise().mean();
  Eigen::Matrix2d cov = c.transpose() * c;
  Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> es(cov);
  Eigen::Matrix2d axes;
  axes.col(0) = es.eigenvectors().col(1);  // largest spread first
  axes.col(1) = es.eigenvectors().col(0);
  c = c * axes;
  for (int d = 0; d < 2; ++d)
    if (c.col(d).array().cube().sum() < 0) c.col(d) *= -1;
  double rms = std::sqrt(c.squaredNorm() / std::max<Eigen::Index>(1, c.rows()));
  if (rms > 0) c /= rms;
  return c;
}

}  // namespace sterk
