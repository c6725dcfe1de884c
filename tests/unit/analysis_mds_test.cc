#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

#include "analysis/mds.h"
#include "analysis/prng.h"

using namespace sterk;

namespace {
Eigen::MatrixXd distances(const Eigen::MatrixXd& X) {
  Eigen::MatrixXd d(X.rows(), X.rows());
  for (int i = 0; i < X.rows(); ++i)
    for (int j = 0; j < X.rows(); ++j) d(i, j) = (X.row(i) - X.row(j)).norm();
  return d;
}

Eigen::MatrixXd random_points(int n, uint64_t seed) {
  SplitMix64 rng(seed);
  Eigen::MatrixXd X(n, 2);
  for (int i = 0; i < n; ++i) X(i, 0) = rng.uniform() * 10, X(i, 1) = rng.uniform() * 4;
  return X;
}

// Brute-force isotonic regression: every split into consecutive blocks whose means
// do not decrease; the fit with the least squared error.
std::vector<double> isotonic_brute_force(const std::vector<double>& y) {
  size_t n = y.size();
  std::vector<double> best;
  double best_sse = 1e300;
  for (unsigned mask = 0; mask < (1u << (n - 1)); ++mask) {
    std::vector<double> fit(n);
    double prev = -1e300, sse = 0;
    bool ok = true;
    size_t start = 0;
    for (size_t k = 0; k < n && ok; ++k) {
      if (k == n - 1 || (mask >> k) & 1) {
        double sum = 0;
        for (size_t t = start; t <= k; ++t) sum += y[t];
        double mean = sum / (k - start + 1);
        if (mean < prev - 1e-12) ok = false;
        prev = mean;
        for (size_t t = start; t <= k; ++t) fit[t] = mean, sse += (y[t] - mean) * (y[t] - mean);
        start = k + 1;
      }
    }
    if (ok && sse < best_sse) best_sse = sse, best = fit;
  }
  return best;
}
}  // namespace

TEST_CASE("classical MDS recovers a configuration from its distances", "[analysis]") {
  Eigen::MatrixXd X = random_points(7, 3);
  Eigen::MatrixXd Y = classical_mds(distances(X), 2);
  CHECK((distances(Y) - distances(X)).cwiseAbs().maxCoeff() < 1e-9);
}

TEST_CASE("classical MDS by Lanczos (above 400 points) recovers distances too", "[analysis]") {
  Eigen::MatrixXd X = random_points(450, 11);
  Eigen::MatrixXd Y = classical_mds(distances(X), 2);
  CHECK((distances(Y) - distances(X)).cwiseAbs().maxCoeff() < 1e-6);
}

TEST_CASE("isotonic regression matches a brute-force reference", "[analysis]") {
  SplitMix64 rng(5);
  for (int trial = 0; trial < 200; ++trial) {
    size_t n = 1 + trial % 8;
    std::vector<double> y(n);
    for (auto& v : y) v = std::floor(rng.uniform() * 6);  // ties on purpose
    std::vector<double> fast = isotonic_regression(y), slow = isotonic_brute_force(y);
    REQUIRE(fast.size() == slow.size());
    for (size_t k = 0; k < n; ++k) CHECK(fast[k] == Approx(slow[k]).margin(1e-12));
  }
  CHECK(isotonic_regression({1, 3, 2, 4}) == std::vector<double>{1, 2.5, 2.5, 4});
}

TEST_CASE("a perfect configuration has stress 0, also with tied dissimilarities", "[analysis]") {
  Eigen::MatrixXd X = random_points(12, 9);
  Eigen::MatrixXd d = distances(X);
  // Any monotone transformation; rounding makes ties, which the primary approach allows.
  Eigen::MatrixXd delta = d.unaryExpr([](double v) { return std::floor(v * v); });
  CHECK(stress1(delta, X) == Approx(0).margin(1e-12));
  CHECK(stress1(d, X) == Approx(0).margin(1e-12));
}

TEST_CASE("non-metric MDS finds a near-perfect map and is deterministic", "[analysis]") {
  Eigen::MatrixXd X = random_points(15, 21);
  Eigen::MatrixXd delta = distances(X).unaryExpr([](double v) { return std::exp(v / 3); });
  NonMetricResult a = nonmetric_mds(delta), b = nonmetric_mds(delta);
  CHECK(a.stress < 0.01);
  CHECK(a.starts == 10);
  CHECK(a.X == b.X);
  CHECK(a.stress == b.stress);
  CHECK(a.stress == Approx(stress1(delta, a.X)).margin(1e-12));
}

TEST_CASE("the map is normalised: centred, principal axes, RMS radius 1", "[analysis]") {
  Eigen::MatrixXd X = random_points(10, 4);
  Eigen::MatrixXd Y = normalize_configuration(X);
  CHECK(Y.col(0).mean() == Approx(0).margin(1e-12));
  CHECK(Y.col(1).mean() == Approx(0).margin(1e-12));
  CHECK(Y.col(0).dot(Y.col(1)) == Approx(0).margin(1e-9));
  CHECK(std::sqrt(Y.squaredNorm() / Y.rows()) == Approx(1));
  CHECK((distances(Y) / distances(Y)(0, 1) - distances(X) / distances(X)(0, 1)).cwiseAbs().maxCoeff() < 1e-9);
}
