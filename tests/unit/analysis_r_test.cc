// Compares with R when it is installed (Debian: r-base-core, r-cran-mass):
// stress no worse than MASS::isoMDS from a classical start, and Ward merges equal to
// hclust(dist(X), "ward.D2") on the same coordinates. ctest runs it through tests/needs.sh r.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "analysis/mds.h"
#include "analysis/prng.h"
#include "analysis/similarity.h"
#include "analysis/ward.h"
#include "test_project.h"

using namespace sterk;

namespace {
bool have_r() {
  std::string out;
  return test::run("Rscript -e 'suppressMessages(library(MASS))' 2>/dev/null", &out) == 0;
}

/// δ of a generated study: n statements in 8 themes, 40 sorters with noise.
Eigen::MatrixXd generated_delta(int n, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<double> tx(n), ty(n);
  for (int i = 0; i < n; ++i) {
    double a = 2 * 3.14159265358979 * (i % 8) / 8;
    tx[i] = std::cos(a) + 0.7 * (rng.uniform() - 0.5);
    ty[i] = std::sin(a) + 0.7 * (rng.uniform() - 0.5);
  }
  std::vector<SortPiles> sorts;
  for (int s = 0; s < 40; ++s) {
    int piles = 5 + static_cast<int>(rng.uniform() * 8);
    std::vector<double> cx(piles), cy(piles);
    for (int p = 0; p < piles; ++p) cx[p] = 2.6 * rng.uniform() - 1.3, cy[p] = 2.6 * rng.uniform() - 1.3;
    SortPiles sort(piles);
    for (int i = 0; i < n; ++i) {
      double vx = tx[i] + 0.8 * (rng.uniform() - 0.5), vy = ty[i] + 0.8 * (rng.uniform() - 0.5);
      int best = 0;
      for (int p = 1; p < piles; ++p)
        if (std::hypot(cx[p] - vx, cy[p] - vy) < std::hypot(cx[best] - vx, cy[best] - vy)) best = p;
      sort[best].push_back(i);
    }
    sorts.push_back(sort);
  }
  return dissimilarity(total_similarity(n, sorts), 40);
}

void write_matrix(const std::string& path, const Eigen::MatrixXd& m) {
  std::ofstream f(path);
  f.precision(17);
  for (int i = 0; i < m.rows(); ++i) {
    for (int j = 0; j < m.cols(); ++j) f << (j ? " " : "") << m(i, j);
    f << "\n";
  }
}
}  // namespace

TEST_CASE("R: stress no worse than isoMDS, Ward merges equal to hclust ward.D2", "[analysis][r][needs][needs-r]") {
  // ctest runs this through tests/needs.sh r: skipped without R, a failure with CI=true.
  REQUIRE(have_r());
  test::TempProject p(false);
  for (uint64_t seed : {1, 2, 3}) {
    Eigen::MatrixXd delta = generated_delta(100, seed);
    NonMetricResult ours = nonmetric_mds(delta);
    Eigen::MatrixXd X = normalize_configuration(ours.X).unaryExpr([](double v) {
      return std::round(v * 1e6) / 1e6;
    });
    write_matrix(p.path("delta.txt"), delta);
    write_matrix(p.path("x.txt"), X);
    std::string out;
    p.write("compare.R",
            "suppressMessages(library(MASS))\n"
            "d <- as.dist(as.matrix(read.table('" + p.path("delta.txt") + "')))\n"
            "r <- isoMDS(d, cmdscale(d, 2), trace = FALSE)\n"
            "cat(sprintf('%.8f\\n', r$stress / 100))\n"
            "x <- as.matrix(read.table('" + p.path("x.txt") + "'))\n"
            "h <- hclust(dist(x), 'ward.D2')\n"
            "for (i in 1:nrow(h$merge)) cat(h$merge[i, 1], h$merge[i, 2], sprintf('%.9f', h$height[i]), '\\n')\n");
    REQUIRE(test::run("Rscript " + p.path("compare.R"), &out) == 0);
    std::istringstream in(out);
    double r_stress = 0;
    in >> r_stress;
    INFO("seed " << seed << ": ours " << stress1(delta, X) << ", R isoMDS " << r_stress);
    CHECK(stress1(delta, X) <= r_stress + 1e-6);
    std::vector<MergeStep> merges = ward_d2(X);
    for (const auto& m : merges) {
      int a = 0, b = 0;
      double h = 0;
      in >> a >> b >> h;
      CHECK(m.a == a);
      CHECK(m.b == b);
      CHECK(m.height == Approx(h).epsilon(1e-7));
    }
  }
}
