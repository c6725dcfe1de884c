// sterk preview: reference images with a tolerance, plus what a designer notices
// (guides, both sides, unknown ids, template strictness). STERK_REBASE=1 (make rebase)
// rewrites the reference images in tests/reference/ from the current output.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>

#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

const char* kTemplate = R"(name: tiny
card: {width: 60mm, height: 40mm, bleed: 3mm, safe: 4mm, radius: 3mm}
fonts:
  title: {family: Atkinson Hyperlegible, weight: bold, size: 12pt, min: 9pt, line_spacing: 1.2}
  body: {family: Atkinson Hyperlegible, size: 8pt, min: 7pt, line_spacing: 1.3}
colours:
  ink: "#1a1a1a"
  paper: "#ffffff"
  audience: {werkgever: "#1d4e89"}
dividers: false
cards:
  content:
    front:
      - {name: band, type: rect, box: [0, 0, 100%, 12mm], area: trim, bleed: true, fill: audience}
      - {name: title, type: text, text: "{card.title}", font: title, colour: paper, box: [0, 0, 70%, 6mm]}
      - {name: pictogram, type: pictogram, pictogram: "{card.pictogram}", colour: paper, box: [75%, 0, 25%, 6mm], align: right}
      - {name: body, type: text, text: "{card.text}", font: body, box: [0, 10mm, 100%, 18mm]}
    back:
      - {name: tips, type: list, items: card.tips, font: body, box: [0, 0, 100%, 100%]}
)";

const char* kDeck = R"(deck: {id: w, title: Proef, audience: werkgever, template: tiny, kind: workshop}
cards:
  - id: W-1
    cluster: werk
    title: Werk dat past
    text: Bespreek samen welke taken passen.
    tips: [Begin klein., Vraag wat helpt.]
    pictogram: briefcase
)";

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> argb;  // 4 bytes a pixel, as cairo stores them
};

bool load_png(const std::string& path, Image* img) {
  cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return false;
  }
  cairo_surface_t* argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(s),
                                                     cairo_image_surface_get_height(s));
  cairo_t* cr = cairo_create(argb);
  cairo_set_source_surface(cr, s, 0, 0);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_flush(argb);
  img->width = cairo_image_surface_get_width(argb);
  img->height = cairo_image_surface_get_height(argb);
  int stride = cairo_image_surface_get_stride(argb);
  const unsigned char* data = cairo_image_surface_get_data(argb);
  img->argb.clear();
  for (int y = 0; y < img->height; ++y)
    img->argb.insert(img->argb.end(), data + y * stride, data + y * stride + img->width * 4);
  cairo_surface_destroy(argb);
  cairo_surface_destroy(s);
  return true;
}

// Renders with `args`, then compares with tests/reference/<name>.png.
void check_reference(const test::TempProject& p, const std::string& args, const std::string& name) {
  std::string out, png = p.path("out/" + name + ".png");
  int code = test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " " + args + " -o " + png, &out);
  INFO(out);
  REQUIRE(code == 0);
  std::string reference = test::repo_dir() + "/tests/reference/" + name + ".png";
  if (const char* rebase = std::getenv("STERK_REBASE"); rebase && *rebase == '1') {
    std::string bytes, err;
    REQUIRE(read_file(png, &bytes, &err));
    REQUIRE(write_file_atomic(reference, bytes, &err));
  }
  // The same comparison and tolerance as tests/reference/run.sh; a mismatch leaves the
  // new image and a difference image in build/reference/.
  std::string keep = std::string(STERK_BUILD_DIR) + "/reference";
  std::string report;
  test::run("mkdir -p '" + keep + "' && cp '" + png + "' '" + keep + "/" + name + ".png'", &report);
  int code2 = test::run(std::string(STERK_IMAGE_DIFF) + " '" + keep + "/" + name + ".png' '" + reference + "' '" + keep +
                            "/" + name + "-diff.png' 48 0.5",
                        &report);
  INFO(report);
  CHECK(code2 == 0);
}

}  // namespace

TEST_CASE("preview with guides matches the reference image", "[preview][reference]") {
  test::TempProject p;
  p.write("templates/tiny.yaml", kTemplate);
  p.write("cards/w.yaml", kDeck);
  check_reference(p, "W-1 --guides --dpi 100", "preview-guides");
  check_reference(p, "W-1 --side both --dpi 100", "preview-both");
}

TEST_CASE("guides show the bleed and without them the image is the trimmed card", "[preview]") {
  test::TempProject p;
  p.write("templates/tiny.yaml", kTemplate);
  p.write("cards/w.yaml", kDeck);
  std::string out;
  REQUIRE(test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-1 --dpi 72", &out) == 0);
  REQUIRE(test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-1 --dpi 72 --guides -o " +
                        p.path("g.png"), &out) == 0);
  Image plain, guides;
  // The default name is out/preview/<card>-<side>.png.
  REQUIRE(load_png(p.path("out/preview/W-1-front.png"), &plain));
  REQUIRE(load_png(p.path("g.png"), &guides));
  // 60 x 40 mm trimmed, 66 x 46 mm with the bleed, at 72 dpi (1 px = 1 pt).
  CHECK(plain.width == int(std::ceil(60 * 72 / 25.4)));
  CHECK(plain.height == int(std::ceil(40 * 72 / 25.4)));
  CHECK(guides.width == int(std::ceil(66 * 72 / 25.4)));
  CHECK(guides.height == int(std::ceil(46 * 72 / 25.4)));
  // Both sides side by side, with a gap between them.
  REQUIRE(test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-1 --dpi 72 --side both", &out) == 0);
  Image both;
  REQUIRE(load_png(p.path("out/preview/W-1-both.png"), &both));
  CHECK(both.width == int(std::ceil(2 * 60 * 72 / 25.4 + 18)));
}

TEST_CASE("an unknown card id is a usage error with a suggestion", "[preview]") {
  test::TempProject p;
  p.write("templates/tiny.yaml", kTemplate);
  p.write("cards/w.yaml", kDeck);
  std::string out;
  int code = test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-2", &out);
  CHECK(code == 2);
  CHECK(out.find("sterk preview: there is no card 'W-2'; did you mean 'W-1'?") != std::string::npos);
  code = test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-1 --side sideways", &out);
  CHECK(code == 2);
}

TEST_CASE("a font family that is not in fonts/ is a located template error", "[preview][template]") {
  test::TempProject p;
  std::string tpl = kTemplate;
  tpl.replace(tpl.find("Atkinson Hyperlegible, weight: bold"), 21, "Comic Sans MS");
  p.write("templates/tiny.yaml", tpl);
  p.write("cards/w.yaml", kDeck);
  std::string out;
  int code = test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-1", &out);
  CHECK(code == 1);
  CHECK(out.find("templates/tiny.yaml:4:19: error: font 'title' uses the family 'Comic Sans MS', which is not "
                 "in fonts/ (there: Atkinson Hyperlegible); add its font files to fonts/ or use another family "
                 "[template/font-missing]") != std::string::npos);
}

TEST_CASE("a box outside the card is reported once at the element", "[preview][template]") {
  test::TempProject p;
  std::string tpl = kTemplate;
  tpl.replace(tpl.find("box: [0, 10mm, 100%, 18mm]"), 26, "box: [0, 10mm, 100%, 48mm]");
  p.write("templates/tiny.yaml", tpl);
  p.write("cards/w.yaml", kDeck);
  std::string out;
  int code = test::run(std::string(STERK_BINARY) + " preview -C " + p.root() + " W-1", &out);
  CHECK(code == 1);
  const std::string message = "templates/tiny.yaml:17:72: error: the box of element 'body' lies outside the card "
                              "[template/box-outside]";
  size_t at = out.find(message);
  CHECK(at != std::string::npos);
  CHECK(out.find(message, at + 1) == std::string::npos);
}
