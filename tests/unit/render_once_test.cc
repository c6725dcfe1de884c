// Parse once, shape once: pictures are embedded once per PDF, text is shaped by
// layout and drawn from the frame without shaping again (issue 14 items 1 and 3,
// issue 15 item 4).
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <catch2/catch.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>

#include "layout/fonts.h"
#include "layout/shaped_text.h"
#include "layout/text_fit.h"
#include "render/draw.h"
#include "render/picture_cache.h"
#include "test_project.h"

using namespace sterk;

namespace {

// A 600 × 300 pixel RGB logo (no alpha, so it is one image in the PDF, not an
// image and a soft mask): 381 dpi in a 40 × 20 mm box.
void write_logo(const std::string& path) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 600, 300);
  unsigned char* px = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < 300; ++y)
    for (int x = 0; x < 600; ++x) {
      unsigned char* p = px + y * stride + 4 * x;
      p[0] = static_cast<unsigned char>((x * 7 + y * 3) % 256);
      p[1] = static_cast<unsigned char>((x ^ y) % 256);
      p[2] = static_cast<unsigned char>((x * y) % 251);
    }
  cairo_surface_mark_dirty(s);
  REQUIRE(cairo_surface_write_to_png(s, path.c_str()) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(s);
}

std::string deck(int cards) {
  std::string d = "deck: {id: logo, title: Logo, audience: werkgever, template: TEMPLATE}\ncards:\n";
  for (int i = 1; i <= cards; ++i)
    d += "  - {id: L-" + std::to_string(i) + ", cluster: werk, title: Kaart " + std::to_string(i) +
         ", text: Vraag wat helpt., pictogram: " + (i % 2 ? "briefcase" : "users") + "}\n";
  return d;
}

// The same deck twice: with a logo on the back of every card, and without.
struct LogoDecks {
  test::TempProject with, without;
  explicit LogoDecks(int cards) {
    write_logo(with.path("templates/logo.png"));
    with.write("templates/logo.yaml",
               "extends: professional\nname: logo\ncards:\n  content:\n    back:\n"
               "      - {name: logo, type: image, file: logo.png, box: [0, 110mm, 40mm, 20mm]}\n");
    without.write("templates/nologo.yaml",
                  "extends: professional\nname: nologo\ncards:\n  content:\n    back:\n"
                  "      - {name: label, type: text, text: '{card.title}', font: small, box: [0, 110mm, 40mm, 20mm]}\n");
    std::string d = deck(cards);
    with.write("cards/logo.yaml", std::string(d).replace(d.find("TEMPLATE"), 8, "logo"));
    without.write("cards/logo.yaml", std::string(d).replace(d.find("TEMPLATE"), 8, "nologo"));
  }
};

int build(const test::TempProject& p, const std::string& outputs, std::string* log) {
  return test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output " + outputs, log);
}

std::string image_list(const std::string& pdf) {
  std::string out;
  test::run("pdfimages -list " + pdf + " | tail -n +3 | awk '{print $3, $4, $5}'", &out);
  return out;
}

long file_size(const std::string& path) {
  std::string out;
  test::run("stat -c %s " + path, &out);
  return std::atol(out.c_str());
}

}  // namespace

TEST_CASE("a logo on every card of a 1000-card deck is embedded once", "[render][slow]") {
  LogoDecks p(1000);
  std::string log;
  REQUIRE(build(p.with, "print,sheets", &log) == 0);
  INFO(log);
  REQUIRE(build(p.without, "print", &log) == 0);
  // pdfimages lists every image use per page; one object number means one image.
  std::string pdf = p.with.path("out/logo/logo-print.pdf");
  std::string out;
  test::run("pdfimages -list " + pdf + " | tail -n +3 | awk '{print $11}' | sort -u", &out);
  CHECK(out == std::to_string(std::atoi(out.c_str())) + "\n");  // one object number
  test::run("pdfimages -list " + pdf + " | tail -n +3 | wc -l", &out);
  CHECK(out == "1000\n");  // ... used on 1000 pages
  CHECK(image_list(pdf).rfind("image 600 300", 0) == 0);
  long grown = file_size(pdf) - file_size(p.without.path("out/logo/logo-print.pdf"));
  INFO("with logo - without: " << grown << " bytes");
  CHECK(grown < 1024 * 1024);
  // The office sheets too: one image, however many sheets.
  test::run("pdfimages -list " + p.with.path("out/logo/logo-sheets-a4.pdf") +
                " | tail -n +3 | awk '{print $11}' | sort -u | wc -l",
            &out);
  CHECK(out == "1\n");
}

TEST_CASE("each pictogram is one form XObject however many cards show it", "[render]") {
  test::TempProject p;
  p.write("cards/logo.yaml", std::string(deck(40)).replace(deck(40).find("TEMPLATE"), 8, "professional"));
  std::string log;
  REQUIRE(build(p, "print", &log) == 0);
  QPDF pdf;
  pdf.processFile(p.path("out/logo/logo-print.pdf").c_str());
  std::set<QPDFObjGen> forms;
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages())
    for (auto& [name, xobject] : page.getPageImages()) (void)name, (void)xobject;
  for (auto& obj : pdf.getAllObjects())
    if (obj.isStream() && obj.getDict().getKey("/Subtype").isNameAndEquals("/Form")) forms.insert(obj.getObjGen());
  // briefcase and users in the band of 40 content cards (the template has no
  // other pictogram on them).
  CHECK(forms.size() == 2);
}

TEST_CASE("the picture cache reads a file once per look and records once per size", "[render]") {
  std::string pictos = test::repo_dir() + "/templates/pictograms/";
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 200);
  cairo_t* cr = cairo_create(s);
  PictureCache cache;
  FrameItem item;
  item.kind = FrameItem::pictogram;
  item.file = pictos + "briefcase.svg";
  item.colour = {0.1, 0.3, 0.5};
  item.content = {10, 10, 50, 50};
  std::string err;
  for (int i = 0; i < 5; ++i) REQUIRE(cache.draw(cr, item, &err));
  CHECK(cache.files_parsed() == 1);
  CHECK(cache.surfaces() == 1);
  item.content = {10, 10, 80, 80};  // another size: recorded again from the same parse
  REQUIRE(cache.draw(cr, item, &err));
  CHECK(cache.files_parsed() == 1);
  CHECK(cache.surfaces() == 2);
  item.colour = {1, 1, 1};  // another colour: another recoloured parse
  REQUIRE(cache.draw(cr, item, &err));
  CHECK(cache.files_parsed() == 2);
  item.file = pictos + "does-not-exist.svg";
  CHECK_FALSE(cache.draw(cr, item, &err));
  CHECK(err.find("does-not-exist.svg") != std::string::npos);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
}

TEST_CASE("a pictogram drawn from the cache looks like one drawn directly", "[render]") {
  // The recorded surface replays the same vectors: at most antialiasing of edge
  // pixels may differ from drawing with librsvg straight onto the image.
  FrameItem item;
  item.kind = FrameItem::pictogram;
  item.file = test::repo_dir() + "/templates/pictograms/briefcase.svg";
  item.colour = {0, 0, 0};
  item.content = {20, 20, 160, 160};
  auto paint = [&](bool cached) {
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 200);
    cairo_t* cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    std::string err;
    if (cached) {
      PictureCache cache;
      REQUIRE(cache.draw(cr, item, &err));
    } else {
      std::string svg;
      REQUIRE(test::run("sed s/currentColor/#000000/g " + item.file, &svg) == 0);
      GError* e = nullptr;
      RsvgHandle* h = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &e);
      REQUIRE(h);
      RsvgRectangle vp{20, 20, 160, 160};
      REQUIRE(rsvg_handle_render_document(h, cr, &vp, nullptr));
      g_object_unref(h);
    }
    cairo_destroy(cr);
    cairo_surface_flush(s);
    return s;
  };
  cairo_surface_t* a = paint(true);
  cairo_surface_t* b = paint(false);
  const unsigned char *pa = cairo_image_surface_get_data(a), *pb = cairo_image_surface_get_data(b);
  int stride = cairo_image_surface_get_stride(a), dark = 0, differ = 0;
  for (int y = 0; y < 200; ++y)
    for (int x = 0; x < 200; ++x) {
      int va = pa[y * stride + 4 * x], vb = pb[y * stride + 4 * x];
      dark += va < 128;
      differ += std::abs(va - vb) > 64;
    }
  CHECK(dark > 2000);  // the briefcase is there
  CHECK(differ == 0);  // and in the same place, edge for edge
  cairo_surface_destroy(a);
  cairo_surface_destroy(b);
}

TEST_CASE("layout shapes text once and the frame carries the lines", "[layout]") {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
  FontStyle style;
  style.size_pt = 14;
  style.min_pt = 11;
  style.line_spacing = 1.4;
  FitResult r = fit_text({"Zoek werk dat past bij wat je leuk vindt en goed kunt."}, style, "left", "", 150, 200);
  REQUIRE(r.fits);
  REQUIRE(r.shaped.size() == 1);
  const ShapedText& t = *r.shaped[0];
  REQUIRE(t.lines().size() == static_cast<size_t>(r.measures[0].lines));
  CHECK(t.lines().size() >= 3);
  // Lines follow each other at the line height, with their glyph runs attached.
  for (size_t i = 0; i < t.lines().size(); ++i) {
    const auto& line = t.lines()[i];
    CHECK(line.top == Approx(i * 14 * 1.4).margin(0.01));
    CHECK(line.runs != nullptr);
    CHECK(line.runs->runs != nullptr);
    CHECK(line.width <= 150 + 0.5);
  }
  std::string joined;
  for (const auto& line : t.lines()) joined += t.text().substr(line.start_byte, line.length_bytes);
  CHECK(joined == "Zoek werk dat past bij wat je leuk vindt en goed kunt.");
  // Drawing does not lay the text out again (Pango's serial counts every change).
  guint serial = pango_layout_get_serial(t.pango());
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 200);
  cairo_t* cr = cairo_create(s);
  draw_shaped_text(cr, t, 10, 10);
  draw_shaped_text(cr, t, 10, 10);
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  CHECK(pango_layout_get_serial(t.pango()) == serial);
}
