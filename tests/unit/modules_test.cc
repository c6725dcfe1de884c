// Training modules end to end: the shipped modules check clean and build; the
// booklet is in saddle-stitch order; the PDFs embed their fonts, repeat byte for
// byte (their look: tests/reference/run.sh modules, the reference images of a
// guide page and a handout page);
// nothing is written when a module has an error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "render/pages_pdf.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

std::string sterk_cmd(const test::TempProject& p, const std::string& args) {
  return std::string(STERK_BINARY) + " " + args + " -C " + p.root() + " 2>&1";
}

// A project with the repository's cards, study and modules.
void copy_project(const test::TempProject& p) {
  std::string out;
  const std::string repo = test::repo_dir();
  REQUIRE(test::run("cp -r '" + repo + "/cards' '" + repo + "/study' '" + repo + "/modules' '" + repo +
                        "/sterk.yaml' '" + p.root() + "/'",
                    &out) == 0);
}

int pdf_pages(const std::string& pdf) {
  std::string out;
  REQUIRE(test::run("pdfinfo '" + pdf + "' 2>&1", &out) == 0);
  size_t at = out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::atoi(out.c_str() + at + 6);
}

}  // namespace

TEST_CASE("booklet sides are in saddle-stitch order", "[modules][booklet]") {
  // 8 pages on two sheets: outer sheet 8|1 and 2|7, inner sheet 6|3 and 4|5 (1-based).
  std::vector<std::pair<int, int>> eight = {{7, 0}, {1, 6}, {5, 2}, {3, 4}};
  CHECK(booklet_sides(8) == eight);
  // 6 pages: padded to 8 with two blank pages at the end of the booklet.
  std::vector<std::pair<int, int>> six = {{-1, 0}, {1, -1}, {5, 2}, {3, 4}};
  CHECK(booklet_sides(6) == six);
  // For any length: each page once, and folded the two halves of a side face each
  // other (their numbers add up to the padded count - 1).
  for (int n = 1; n <= 40; ++n) {
    auto sides = booklet_sides(n);
    int padded = (n + 3) / 4 * 4;
    REQUIRE(static_cast<int>(sides.size()) == padded / 2);
    std::vector<int> seen(padded, 0);
    for (auto [l, r] : sides) {
      int left = l < 0 ? -1 : l, right = r < 0 ? -1 : r;
      int lp = left >= 0 ? left : -1, rp = right >= 0 ? right : -1;
      if (lp >= 0) ++seen[lp];
      if (rp >= 0) ++seen[rp];
    }
    for (int i = 0; i < n; ++i) CHECK(seen[i] == 1);
    for (size_t s = 0; s < sides.size(); ++s) {
      // Reconstruct blank page numbers: a side's pair always sums to padded - 1.
      int a = sides[s].first, b = sides[s].second;
      if (a >= 0 && b >= 0) CHECK(a + b == padded - 1);
      // Fronts have the even page on the right, backs on the left.
      if (s % 2 == 0 && b >= 0) CHECK(b % 2 == 0);
      if (s % 2 == 1 && a >= 0) CHECK(a % 2 == 1);
    }
  }
}

TEST_CASE("the shipped modules check clean and build with embedded fonts, repeatably", "[modules]") {
  test::TempProject p;
  copy_project(p);
  std::string out;
  int code = test::run(sterk_cmd(p, "check"), &out);
  INFO(out);
  REQUIRE(code == 0);
  CHECK(out.find("modules/") == std::string::npos);  // no warnings about the modules either
  const char* ids[] = {"module-jobcoach", "module-werkgever", "module-steunsysteem", "draaiboek-sollicitatiegesprek",
                       "draaiboek-begeleiden"};
  std::string modules_args;
  for (const char* id : ids) modules_args += std::string(" --module ") + id;
  REQUIRE(test::run(sterk_cmd(p, "build" + modules_args + " --out " + p.path("a")), &out) == 0);
  REQUIRE(test::run(sterk_cmd(p, "build" + modules_args + " --out " + p.path("b")), &out) == 0);
  CHECK(!file_exists(p.path("a/jongeren")));  // --module alone builds no deck
  for (const char* id : ids) {
    INFO(id);
    for (const char* what : {"gids", "deelnemers", "evaluatie"}) {
      std::string rel = std::string("modules/") + id + "/" + id + "-" + what + ".pdf";
      std::string a, b, err;
      REQUIRE(read_file(p.path("a/" + rel), &a, &err));
      REQUIRE(read_file(p.path("b/" + rel), &b, &err));
      CHECK(a == b);
      std::string fonts;
      REQUIRE(test::run("pdffonts '" + p.path("a/" + rel) + "'", &fonts) == 0);
      CHECK(fonts.find("Atkinson") != std::string::npos);
      // Every font line ends "yes yes yes|no …": the emb column must say yes.
      CHECK(fonts.find(" no  ") == std::string::npos);
    }
    // Card thumbnails are the cards' own frames drawn as vectors: no raster image at all.
    std::string images;
    REQUIRE(test::run("pdfimages -list '" + p.path(std::string("a/modules/") + id + "/" + id + "-gids.pdf") + "'",
                      &images) == 0);
    CHECK(std::count(images.begin(), images.end(), '\n') == 2);  // the two header lines only
    CHECK(pdf_pages(p.path(std::string("a/modules/") + id + "/" + id + "-evaluatie.pdf")) == 1);
    CHECK(pdf_pages(p.path(std::string("a/modules/") + id + "/" + id + "-gids.pdf")) >= 5);
    std::string manifest, err;
    REQUIRE(read_file(p.path(std::string("a/modules/") + id + "/manifest.json"), &manifest, &err));
    CHECK(manifest.find(std::string("\"module\": \"") + id + "\"") != std::string::npos);
    CHECK(manifest.find(std::string(id) + "-gids.pdf") != std::string::npos);
  }
}

TEST_CASE("a5 booklet: the handout is imposed on A4 landscape sides", "[modules][booklet]") {
  test::TempProject p;
  copy_project(p);
  std::string yaml, err;
  REQUIRE(read_file(p.path("sterk.yaml"), &yaml, &err));
  std::string out;
  size_t at = yaml.find("booklet: a4");
  REQUIRE(at != std::string::npos);  // the shipped sterk.yaml names the choice
  p.write("sterk.yaml", yaml.replace(at, 11, "booklet: a5"));
  int code = test::run(sterk_cmd(p, "build --module module-jobcoach"), &out);
  INFO(out);
  REQUIRE(code == 0);
  size_t d = out.find("handout ");
  REQUIRE(d != std::string::npos);
  int a5_pages = std::atoi(out.c_str() + d + 8);
  REQUIRE(a5_pages > 0);
  std::string pdf = p.path("out/modules/module-jobcoach/module-jobcoach-deelnemers.pdf");
  CHECK(pdf_pages(pdf) == (a5_pages + 3) / 4 * 2);
  std::string info;
  REQUIRE(test::run("pdfinfo '" + pdf + "'", &info) == 0);
  CHECK(info.find("841.89 x 595.276 pts (A4)") != std::string::npos);
  // The viewer is asked to print double-sided, flipping on the short edge.
  std::string prefs;
  REQUIRE(test::run("qpdf --qdf --object-streams=disable '" + pdf + "' -", &prefs) == 0);
  CHECK(prefs.find("/DuplexFlipShortEdge") != std::string::npos);
}

TEST_CASE("a module with an error: nothing is written and the old output stays", "[modules]") {
  test::TempProject p;
  copy_project(p);
  std::string out;
  REQUIRE(test::run(sterk_cmd(p, "build --module module-werkgever"), &out) == 0);
  std::string before, err;
  REQUIRE(read_file(p.path("out/modules/module-werkgever/module-werkgever-gids.pdf"), &before, &err));
  std::string yaml;
  REQUIRE(read_file(p.path("modules/module-werkgever.yaml"), &yaml, &err));
  size_t at = yaml.find("cards: [W-werk-01");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 17, "cards: [W-werk-99");
  // The guide would change too: a new title.
  yaml.replace(yaml.find("title: Sterk in Werk voor werkgevers"), 35, "title: Sterk in Werk voor bazen     ");
  p.write("modules/module-werkgever.yaml", yaml);
  CHECK(test::run(sterk_cmd(p, "build"), &out) == 1);
  INFO(out);
  CHECK(out.find("there is no card 'W-werk-99'") != std::string::npos);
  std::string after;
  REQUIRE(read_file(p.path("out/modules/module-werkgever/module-werkgever-gids.pdf"), &after, &err));
  CHECK(after == before);
  CHECK(!file_exists(p.path("out/jongeren")));
  std::string ls;
  test::run("ls -a '" + p.path("out/modules") + "'", &ls);
  CHECK(ls.find(".staging") == std::string::npos);
}

TEST_CASE("the audience filter selects that audience's modules and its bundle holds them", "[modules]") {
  test::TempProject p;
  copy_project(p);
  std::string out;
  int code = test::run(sterk_cmd(p, "build --audience werkgever --output print --bundle"), &out);
  INFO(out);
  REQUIRE(code == 0);
  CHECK(file_exists(p.path("out/modules/module-werkgever/module-werkgever-gids.pdf")));
  CHECK(file_exists(p.path("out/modules/draaiboek-begeleiden/draaiboek-begeleiden-gids.pdf")));
  CHECK(!file_exists(p.path("out/modules/module-jobcoach")));  // another audience
  std::string list;
  REQUIRE(test::run("unzip -l '" + p.path("out/sets/werkgever.zip") + "'", &list) == 0);
  for (const char* f : {"modules/module-werkgever/module-werkgever-gids.pdf",
                        "modules/module-werkgever/module-werkgever-deelnemers.pdf",
                        "modules/module-werkgever/module-werkgever-evaluatie.pdf",
                        "modules/draaiboek-sollicitatiegesprek/manifest.json", "werkgevers/werkgevers-print.pdf"})
    CHECK(list.find(f) != std::string::npos);
  CHECK(list.find("module-jobcoach") == std::string::npos);
  std::string readme;
  REQUIRE(test::run("unzip -p '" + p.path("out/sets/werkgever.zip") + "' README.txt", &readme) == 0);
  CHECK(readme.find("module-werkgever-gids.pdf        handleiding voor de trainers") != std::string::npos);
}
