// The baseline for `make bench`: a bare Cairo + Pango + librsvg program that
// draws the same cards as the benchmark deck (band, title, body, tips, question,
// pictogram, front and back pages) straight into a PDF — no YAML, no templates,
// no text fitting, no checks, no PDF finishing. sterk's build is compared against it.
// Like sterk, it parses each pictogram once and draws it from one recording
// surface (the fair floor: a program that re-parsed the SVG on every card would
// flatter sterk).
//
// usage: bare_cairo CARDS.TSV FONTS_DIR PICTOGRAM_DIR OUT.PDF
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

static void text(cairo_t* cr, PangoContext* ctx, const std::string& s, double x, double y, double w,
                 double size, bool bold) {
  PangoLayout* l = pango_layout_new(ctx);
  PangoFontDescription* fd = pango_font_description_from_string("Atkinson Hyperlegible");
  pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(l, fd);
  pango_layout_set_width(l, static_cast<int>(w * PANGO_SCALE));
  pango_layout_set_wrap(l, PANGO_WRAP_WORD);
  pango_layout_set_text(l, s.c_str(), -1);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, l);
  pango_font_description_free(fd);
  g_object_unref(l);
}

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: bare_cairo CARDS.TSV FONTS_DIR PICTOGRAM_DIR OUT.PDF\n";
    return 2;
  }
  FcConfig* config = FcConfigCreate();
  FcConfigAppFontAddDir(config, reinterpret_cast<const FcChar8*>(argv[2]));
  FcConfigSetCurrent(config);
  PangoFontMap* fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fm), config);
  PangoContext* ctx = pango_font_map_create_context(fm);
  pango_cairo_context_set_resolution(ctx, 72);

  const double mm = 72 / 25.4, W = 111 * mm, H = 154 * mm, m = 9 * mm;
  cairo_surface_t* s = cairo_pdf_surface_create(argv[4], W, H);
  cairo_t* cr = cairo_create(s);
  // One recording surface per pictogram, parsed and drawn the first time a card needs it.
  const double picto = 18 * mm;
  std::map<std::string, cairo_surface_t*> pictograms;
  auto pictogram = [&](const std::string& name) {
    auto it = pictograms.find(name);
    if (it != pictograms.end()) return it->second;
    cairo_rectangle_t extents{0, 0, picto, picto};
    cairo_surface_t* rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    std::string svg = std::string(argv[3]) + "/" + name + ".svg";
    if (RsvgHandle* h = rsvg_handle_new_from_file(svg.c_str(), nullptr)) {
      cairo_t* rc = cairo_create(rec);
      RsvgRectangle vp{0, 0, picto, picto};
      rsvg_handle_render_document(h, rc, &vp, nullptr);
      cairo_destroy(rc);
      g_object_unref(h);
    }
    return pictograms[name] = rec;
  };
  std::ifstream in(argv[1]);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() < 6) continue;
    // front
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.1, 0.3, 0.5);
    cairo_rectangle(cr, 0, 0, W, 33 * mm);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    text(cr, ctx, f[0], m, 14 * mm, 70 * mm, 19, true);
    cairo_save(cr);
    cairo_translate(cr, W - m - picto, m);
    cairo_set_source_surface(cr, pictogram(f[5]), 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, ctx, f[1], m, 37 * mm, W - 2 * m, 12.5, false);
    cairo_set_source_rgb(cr, 0.95, 0.94, 0.9);
    cairo_rectangle(cr, 6 * mm, 111 * mm, W - 12 * mm, 28 * mm);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, ctx, f[4], m, 118 * mm, W - 2 * m, 12.5, true);
    cairo_show_page(cr);
    // back
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text(cr, ctx, "Tips", m, 17 * mm, W - 2 * m, 19, true);
    text(cr, ctx, "• " + f[2], m, 29 * mm, W - 2 * m, 12.5, false);
    text(cr, ctx, "• " + f[3], m, 45 * mm, W - 2 * m, 12.5, false);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  for (auto& p : pictograms) cairo_surface_destroy(p.second);
  return 0;
}
