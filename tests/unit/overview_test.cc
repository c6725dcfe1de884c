// The PNG overview of a big deck is split into sheets of 120 cards (6 × 20), so a
// deck of 787 cards no longer passes Cairo's 32 767-pixel limit.
#include <catch2/catch.hpp>

#include <cstdio>

#include "layout/media.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

TEST_CASE("a deck of more than 120 cards gets overview-1.png, overview-2.png, …", "[publish][png]") {
  test::TempProject p;
  std::string out;
  REQUIRE(test::run("cp -r '" + test::repo_dir() + "/tests/cases/bad/_base/.' '" + p.root() + "/'", &out) == 0);
  std::string deck =
      "deck: {id: deck, title: Groot, audience: werkgever, template: professional, edition: '1', kind: workshop}\n"
      "cards:\n";
  for (int i = 1; i <= 121; ++i) deck += "  - {id: W-" + std::to_string(i) + ", title: Kaart " + std::to_string(i) + "}\n";
  p.write("cards/deck.yaml", deck);
  REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --output png --dpi 36", &out) == 0);
  CHECK(!file_exists(p.path("out/deck/png/overview.png")));
  // A6 at 40 dpi: 105 mm → 165 px, 148 mm → 233 px; 16 px around and between cards.
  int w = 0, h = 0;
  std::string problem;
  REQUIRE(read_png_size(p.path("out/deck/png/overview-1.png"), &w, &h, &problem));
  CHECK(w == 6 * (165 + 16) + 16);
  CHECK(h == 20 * (233 + 16) + 16);
  REQUIRE(read_png_size(p.path("out/deck/png/overview-2.png"), &w, &h, &problem));
  CHECK(w == 165 + 2 * 16);
  CHECK(h == 233 + 2 * 16);
  CHECK(!file_exists(p.path("out/deck/png/overview-3.png")));
}
