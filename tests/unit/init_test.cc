// sterk init: a new project checks and builds clean as it is.
#include <catch2/catch.hpp>

#include "test_project.h"
#include "util/files.h"

using namespace sterk;

TEST_CASE("sterk init makes a project that checks and builds clean", "[init]") {
  test::TempProject p(false);
  const std::string dir = p.path("nieuw");
  std::string out;
  int code = test::run(std::string(STERK_BINARY) + " init " + dir, &out);
  INFO(out);
  REQUIRE(code == 0);
  for (const char* f : {"sterk.yaml", "cards/jongeren.yaml", "study/study.yaml", "study/statements.csv",
                        "study/participants.csv", "study/sorts.csv", "study/ratings.csv", "study/analysis.yaml",
                        "templates/base.yaml", "templates/easy-read.yaml", "templates/professional.yaml",
                        "templates/pictograms/briefcase.svg", "templates/pictograms/LICENSE",
                        "fonts/AtkinsonHyperlegible-Regular.ttf", "fonts/OFL.txt"})
    CHECK(file_exists(path_join(dir, f)));

  code = test::run(std::string(STERK_BINARY) + " check -C " + dir, &out);
  INFO(out);
  CHECK(code == 0);
  CHECK(out == "1 deck, 4 cards, 0 errors, 0 warnings\n");  // the summary line, nothing else

  code = test::run(std::string(STERK_BINARY) + " build -C " + dir, &out);
  INFO(out);
  CHECK(code == 0);
  CHECK(file_exists(path_join(dir, "out/jongeren/jongeren-print.pdf")));
}

TEST_CASE("sterk init refuses a folder that is not empty", "[init]") {
  test::TempProject p(false);
  p.write("iets.txt", "al bezet\n");
  std::string out;
  int code = test::run(std::string(STERK_BINARY) + " init " + p.root(), &out);
  CHECK(code == 2);
  CHECK(out.find("sterk init: the folder '" + p.root() +
                 "' is not empty; sterk init only writes into a new or empty folder") != std::string::npos);
  CHECK_FALSE(file_exists(p.path("sterk.yaml")));
}
