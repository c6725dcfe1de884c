#include "analysis/mds.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "analysis/prng.h"
#include "analysis/stress.h"
#include "util/messages.h"

namespace sterk {
namespace {
// "%.4f": the progress lines show a fixed number of decimals.
std::string fixed_decimals(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}
}  // namespace
namespace {

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
  pool_adjacent_violators(y.data(), y.size(), out.data(), &sums, &counts);
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
  StressModel model(delta);  // see analysis/stress.h
  return model.evaluate(X);
}

NonMetricResult nonmetric_mds_from(const Eigen::MatrixXd& delta, const Eigen::MatrixXd& start,
                                   const NonMetricOptions& opt) {
  StressModel model(delta);
  return nonmetric_mds_from(model, start, opt);
}

NonMetricResult nonmetric_mds_from(StressModel& model, const Eigen::MatrixXd& start,
                                   const NonMetricOptions& opt) {
  NonMetricResult r;
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
    // Large maps take seconds per iteration: say that the work goes on.
    if (opt.progress && X.rows() > 1000 && it > 0 && it % 20 == 0) {
      opt.progress(tr("MDS iteration {}: stress {}", it, fixed_decimals(s, 4)));
    }
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
  StressModel model(delta);
  return nonmetric_mds(delta, model, opt);
}

NonMetricResult nonmetric_mds(const Eigen::MatrixXd& delta, StressModel& model, const NonMetricOptions& opt) {
  const int n = static_cast<int>(delta.rows());
  int randoms = opt.random_starts;
  if (randoms < 0) randoms = n <= 100 ? 9 : n <= 200 ? 5 : n <= 400 ? 3 : n <= 700 ? 1 : 0;
  SplitMix64 rng(opt.seed);
  NonMetricResult best;
  std::vector<MdsStart> runs;
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
    NonMetricResult r = nonmetric_mds_from(model, start, opt);
    std::string name = k == 0 ? "classical" : "random-" + std::to_string(k);
    if (k == 0) best.classical_stress = r.stress;
    if (opt.progress) {
      opt.progress(tr("MDS start {}/{} ({}): stress {} after {} iterations", k + 1, randoms + 1, name,
                      fixed_decimals(r.stress, 4), r.iterations));
    }
    runs.push_back({name, r.stress, r.iterations, r.X});
    if (!have || r.stress < best.stress) {
      double cs = best.classical_stress;
      best = r;
      best.classical_stress = cs;
      best.best_start = name;
      have = true;
    }
  }
  best.starts = randoms + 1;
  best.runs = std::move(runs);
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
