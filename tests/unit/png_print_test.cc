// PNGs for card printers (MakePlayingCards-style): 300 dpi with the bleed, and the
// chunks that tell print software the size (pHYs) and the colour space (sRGB).
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>

#include "render/png_output.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {
const char* kDeck =
    "deck: {id: w, title: Sterk in Werk, audience: werkgever, template: professional}\n"
    "cards:\n"
    "  - {id: W-1, cluster: werk, title: Werk, text: Bespreek samen welke taken passen., pictogram: briefcase}\n";

uint32_t be32(const std::string& s, size_t at) {
  return (uint32_t(uint8_t(s[at])) << 24) | (uint32_t(uint8_t(s[at + 1])) << 16) | (uint32_t(uint8_t(s[at + 2])) << 8) |
         uint32_t(uint8_t(s[at + 3]));
}

struct Chunk {
  std::string type, data;
  bool crc_ok = false;
};

std::vector<Chunk> chunks(const std::string& png) {
  std::vector<Chunk> out;
  REQUIRE(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  for (size_t at = 8; at + 12 <= png.size();) {
    uint32_t n = be32(png, at);
    REQUIRE(at + 12 + n <= png.size());
    Chunk c{png.substr(at + 4, 4), png.substr(at + 8, n)};
    c.crc_ok = be32(png, at + 8 + n) == png_crc(png.substr(at + 4, 4 + n));
    out.push_back(c);
    at += 12 + n;
  }
  return out;
}
}  // namespace

TEST_CASE("the PNG chunk checksum is CRC-32", "[png]") {
  CHECK(png_crc("IEND") == 0xAE426082u);  // the bytes every PNG ends with
  CHECK(png_crc("123456789") == 0xCBF43926u);  // the CRC-32 check value
}

TEST_CASE("output.png: bleed and 300 dpi for card printers, with pHYs and sRGB", "[png][publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  p.write("sterk.yaml", "output:\n  png:\n    bleed: true\n    dpi: 300\n");
  std::string log;
  REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output png 2>&1", &log) == 0);
  std::string png = p.read("out/w/png/W-1-front.png");
  std::vector<Chunk> cs = chunks(png);
  REQUIRE(cs.size() > 5);
  CHECK(cs[0].type == "IHDR");
  // 105 + 2 × 3 mm = 111 mm at 300 dpi = 1311.02 px; 154 mm = 1818.90 px.
  CHECK(be32(cs[0].data, 0) == 1311);
  CHECK(be32(cs[0].data, 4) == 1819);
  CHECK(cs[1].type == "sRGB");
  CHECK(cs[1].data == std::string(1, '\0'));  // perceptual
  CHECK(cs[2].type == "gAMA");
  CHECK(be32(cs[2].data, 0) == 45455);
  CHECK(cs[3].type == "pHYs");
  CHECK(be32(cs[3].data, 0) == 11811);  // 300 / 0.0254 pixels per metre
  CHECK(be32(cs[3].data, 4) == 11811);
  CHECK(cs[3].data[8] == 1);
  for (const Chunk& c : cs) {
    INFO(c.type);
    CHECK(c.crc_ok);
  }
  std::string file;
  test::run("file " + p.path("out/w/png/W-1-front.png"), &file);
  CHECK(file.find("PNG image data, 1311 x 1819") != std::string::npos);
  // The divider (first card, full-bleed colour) is coloured to its very last pixel row.
  cairo_surface_t* s = cairo_image_surface_create_from_png(p.path("out/w/png/divider-werk-front.png").c_str());
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    s = nullptr;
    std::string list;
    test::run("ls " + p.path("out/w/png"), &list);
    FAIL("no divider PNG in: " << list);
  }
  int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
  const unsigned char* px = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);
  auto pixel = [&](int x, int y) { return *reinterpret_cast<const uint32_t*>(px + y * stride + 4 * x) & 0xffffff; };
  for (int x : {0, w / 2, w - 1})
    for (int y : {0, h - 1}) {
      uint32_t v = pixel(x, y), inside = pixel(x, y == 0 ? 3 : h - 4);
      INFO(x << "," << y << ": " << std::hex << v << " inside " << inside);
      CHECK(v != 0xffffff);  // not paper white
      CHECK(v == inside);    // the same colour as further in: no dark or light edge
    }
  cairo_surface_destroy(s);
}

TEST_CASE("PNGs without bleed are cut at the trim and still carry their resolution", "[png][publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output png 2>&1", &log) == 0);
  std::vector<Chunk> cs = chunks(p.read("out/w/png/W-1-front.png"));
  CHECK(be32(cs[0].data, 0) == 620);  // 105 mm at 150 dpi
  CHECK(be32(cs[0].data, 4) == 874);
  CHECK(cs[3].type == "pHYs");
  CHECK(be32(cs[3].data, 0) == 5906);  // 150 dpi
  std::vector<Chunk> overview = chunks(p.read("out/w/png/overview.png"));
  CHECK(be32(overview[3].data, 0) == 1575);  // 40 dpi
}
