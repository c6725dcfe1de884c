#include <catch2/catch.hpp>

#include <cmath>

#include "analysis/ward.h"

using namespace sterk;

TEST_CASE("Ward ward.D2 merges a small point set as computed by hand", "[analysis]") {
  // Points on a line at 0, 1, 3, 7. Squared Ward distances by Lance–Williams:
  // {1,2} at 1; {1,2}+3 at (2·9 + 2·4 − 1)/3 = 25/3; then +4 at (3·169/3 + 2·16 − 25/3)/4.
  Eigen::MatrixXd X(4, 2);
  X << 0, 0, 1, 0, 3, 0, 7, 0;
  std::vector<MergeStep> m = ward_d2(X);
  REQUIRE(m.size() == 3);
  CHECK(m[0].a == -1);
  CHECK(m[0].b == -2);
  CHECK(m[0].height == Approx(1));
  CHECK(m[1].a == -3);
  CHECK(m[1].b == 1);
  CHECK(m[1].height == Approx(std::sqrt(25.0 / 3)));
  CHECK(m[2].a == -4);
  CHECK(m[2].b == 2);
  CHECK(m[2].height == Approx(std::sqrt((169.0 + 32 - 25.0 / 3) / 4)));
  CHECK(cut_tree(m, 4, 2) == std::vector<int>{1, 1, 1, 2});
  CHECK(cut_tree(m, 4, 3) == std::vector<int>{1, 1, 2, 3});
  CHECK(leaf_order(m, 4) == std::vector<int>{3, 2, 0, 1});
}

TEST_CASE("Ward: two clusters merge with each other in R's convention, ties lowest first", "[analysis]") {
  // Two pairs at equal distance 1: R takes the pair with the lowest index first.
  Eigen::MatrixXd X(4, 2);
  X << 10, 0, 0, 0, 11, 0, 1, 0;
  std::vector<MergeStep> m = ward_d2(X);
  REQUIRE(m.size() == 3);
  CHECK((m[0].a == -1 && m[0].b == -3));
  CHECK((m[1].a == -2 && m[1].b == -4));
  CHECK((m[2].a == 1 && m[2].b == 2));
  CHECK(m[2].height == Approx(std::sqrt(2.0 * 2 * 2 / 4 * 100)));
  CHECK(cut_tree(m, 4, 2) == std::vector<int>{1, 2, 1, 2});
}
