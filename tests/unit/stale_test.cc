#include <catch2/catch.hpp>

#include "test_project.h"

using namespace sterk;

TEST_CASE("an analysis is stale when a study file changes, appears or goes missing", "[check]") {
  test::TempProject p;
  std::string out;
  // sterk.yaml too: the jongere deck's QR codes need its web.base_url.
  REQUIRE(test::run("cp -r '" + test::repo_dir() + "/study' '" + test::repo_dir() + "/cards' '" + test::repo_dir() +
                        "/sterk.yaml' '" + p.root() + "/'",
                    &out) == 0);
  const std::string check = std::string(STERK_BINARY) + " check -C " + p.root();
  CHECK(test::run(check, &out) == 0);

  REQUIRE(test::run("mv " + p.path("study/study.yaml") + " " + p.path("study.yaml.away"), &out) == 0);
  CHECK(test::run(check, &out) == 1);
  CHECK(out.find("[references/stale-analysis]") != std::string::npos);

  // Handed on with only analysis.yaml (no raw data): nothing to compare, so not stale.
  REQUIRE(test::run("cd " + p.path("study") + " && rm *.csv", &out) == 0);
  CHECK(test::run(check, &out) == 0);
}

TEST_CASE("a folder where a deck file should be is named as such", "[check]") {
  test::TempProject p;
  std::string out;
  REQUIRE(test::run("mkdir -p " + p.path("cards/map.yaml"), &out) == 0);
  CHECK(test::run(std::string(STERK_BINARY) + " check -C " + p.root(), &out) == 1);
  CHECK(out.find("cannot read '" + p.root() + "/cards/map.yaml': it is a folder, not a file") != std::string::npos);
}
