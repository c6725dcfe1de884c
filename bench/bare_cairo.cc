// The baseline for `make bench`: a bare Cairo + Pango + librsvg program that draws
// the same pages as `sterk build --output print` of the benchmark deck with the
// professional template: a divider before each cluster's first card, and for every
// card the same boxes and texts at the same fonts, sizes, line spacing, positions and
// alignment (front: cluster band, cluster label, title, pictogram, body, card number;
// back: band, "Tips", the tips as a list, question box with its label, question,
// footer). What it leaves out is what sterk adds: YAML, templates, placeholders,
// fitting (it draws at the sizes sterk ends up with), checks, recolouring, and
// finishing the PDF. Like sterk, it parses each pictogram once and draws it from one
// recording surface (a program that re-parsed the SVG on every card would flatter
// sterk). Pages are checked by eye against sterk's (docs/performance.md).
//
// usage: bare_cairo CARDS.TSV FONTS_DIR PICTOGRAM_DIR OUT.PDF
//   CARDS.TSV: title, text, tip 1, tip 2, question, pictogram, card id, cluster (bench/gen_deck.py)
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {
const double mm = 72 / 25.4;
const double W = 111 * mm, H = 154 * mm;  // 105 × 148 mm card with 3 mm bleed
const double S = 9 * mm;                   // the safe area starts 3 mm bleed + 6 mm in

struct Font {
  bool bold;
  double size, spacing;
};
const Font kTitle{true, 19, 1.2}, kDisplay{true, 30, 1.15}, kBody{false, 14, 1.4}, kQuestion{true, 14, 1.35},
    kLabel{true, 9, 1.2}, kSmall{false, 8, 1.2};
enum Align { left, right, center };
enum VAlign { top, middle, bottom };

void rgb(cairo_t* cr, unsigned hex) {
  cairo_set_source_rgb(cr, (hex >> 16) / 255.0, ((hex >> 8) & 255) / 255.0, (hex & 255) / 255.0);
}
const unsigned kInk = 0x1a1a1a, kPaper = 0xffffff, kTint = 0xf2efe6, kMuted = 0x4d4d4d;
// The benchmark deck has no analysis, so sterk colours its bands with the audience's colour.
const unsigned kAudience = 0x1d4e89;

PangoLayout* make(PangoContext* ctx, const std::string& s, double w, const Font& f, Align a, double indent) {
  PangoLayout* l = pango_layout_new(ctx);
  PangoFontDescription* fd = pango_font_description_from_string("Atkinson Hyperlegible");
  pango_font_description_set_absolute_size(fd, f.size * PANGO_SCALE);
  if (f.bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(l, fd);
  pango_font_description_free(fd);
  pango_layout_set_width(l, static_cast<int>(w * PANGO_SCALE));
  pango_layout_set_wrap(l, PANGO_WRAP_WORD);
  pango_layout_set_alignment(l, a == center ? PANGO_ALIGN_CENTER : a == right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (indent > 0) {
    pango_layout_set_indent(l, -static_cast<int>(indent * PANGO_SCALE));
    PangoTabArray* tabs = pango_tab_array_new_with_positions(1, FALSE, PANGO_TAB_LEFT,
                                                             static_cast<int>(indent * PANGO_SCALE));
    pango_layout_set_tabs(l, tabs);
    pango_tab_array_free(tabs);
  }
  PangoAttrList* attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute(static_cast<int>(f.size * f.spacing * PANGO_SCALE)));
  pango_layout_set_attributes(l, attrs);
  pango_attr_list_unref(attrs);
  pango_layout_set_text(l, s.c_str(), -1);
  return l;
}

// Text in a box of the safe area (mm), aligned as the template says.
void text(cairo_t* cr, PangoContext* ctx, const std::string& s, double x, double y, double w, double h,
          const Font& f, unsigned colour, Align a = left, VAlign v = top) {
  PangoLayout* l = make(ctx, s, w * mm, f, a, 0);
  PangoRectangle r;
  pango_layout_get_extents(l, nullptr, &r);
  double th = r.height / double(PANGO_SCALE), dy = 0;
  if (v == middle) dy = std::max(0.0, (h * mm - th) / 2);
  if (v == bottom) dy = std::max(0.0, h * mm - th);
  rgb(cr, colour);
  cairo_move_to(cr, S + x * mm, S + y * mm + dy);
  pango_cairo_show_layout(cr, l);
  g_object_unref(l);
}

// A bulleted list: one paragraph per item, hanging indent, 0.35 em between items.
void list(cairo_t* cr, PangoContext* ctx, const std::vector<std::string>& items, double x, double y, double w,
          const Font& f) {
  double top = S + y * mm;
  rgb(cr, kInk);
  for (const auto& item : items) {
    PangoLayout* l = make(ctx, "•\t" + item, w * mm, f, left, std::ceil(f.size * 1.1));
    PangoRectangle r;
    pango_layout_get_extents(l, nullptr, &r);
    cairo_move_to(cr, S + x * mm, top);
    pango_cairo_show_layout(cr, l);
    top += r.height / double(PANGO_SCALE) + 0.35 * f.size;
    g_object_unref(l);
  }
}

// A rectangle of the trim area (mm); with bleed it runs out to the page edge.
void band(cairo_t* cr, double x, double y, double w, double h, unsigned colour, bool bleed) {
  rgb(cr, colour);
  double x0 = 3 * mm + x * mm, y0 = 3 * mm + y * mm, x1 = x0 + w * mm, y1 = y0 + h * mm;
  if (bleed) {
    if (x <= 0) x0 = 0;
    if (y <= 0) y0 = 0;
    if (x + w >= 105) x1 = W;
    if (y + h >= 148) y1 = H;
  }
  cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill(cr);
}

void rounded(cairo_t* cr, double x, double y, double w, double h, double rad, unsigned colour) {
  double x0 = 3 * mm + x * mm, y0 = 3 * mm + y * mm, ww = w * mm, hh = h * mm, r = rad * mm;
  cairo_new_sub_path(cr);
  cairo_arc(cr, x0 + ww - r, y0 + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x0 + ww - r, y0 + hh - r, r, 0, M_PI / 2);
  cairo_arc(cr, x0 + r, y0 + hh - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x0 + r, y0 + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
  rgb(cr, colour);
  cairo_fill(cr);
}
}  // namespace

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

  std::vector<std::vector<std::string>> cards;
  std::vector<std::string> clusters;  // in order of first use
  std::ifstream in(argv[1]);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() < 8) continue;
    if (clusters.empty() || clusters.back() != f[7]) clusters.push_back(f[7]);
    cards.push_back(f);
  }
  const std::string count = std::to_string(cards.size() + clusters.size());

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
  int number = 0, cluster = -1;
  std::string current;
  for (const auto& f : cards) {
    if (f[7] != current) {  // divider before the cluster's first card
      current = f[7];
      ++cluster;
      ++number;
      unsigned c = kAudience;
      band(cr, 0, 0, 105, 148, c, true);
      text(cr, ctx, "Thema " + std::to_string(cluster + 1), 0, 4, 93, 8, kLabel, kPaper);
      text(cr, ctx, current, 0, 40, 93, 60, kDisplay, kPaper, left, middle);
      cairo_show_page(cr);
      band(cr, 0, 0, 105, 10, c, true);
      text(cr, ctx, "Thema " + std::to_string(cluster + 1) + " van " + std::to_string(clusters.size()), 0, 50, 93, 8,
           kLabel, kMuted, center);
      text(cr, ctx, current, 0, 60, 93, 30, kTitle, kInk, center);
      text(cr, ctx, "Benchmark", 0, 128, 93, 8, kSmall, kMuted, left, bottom);
      cairo_show_page(cr);
    }
    ++number;
    unsigned c = kAudience;
    // front
    band(cr, 0, 0, 105, 30, c, true);
    text(cr, ctx, f[7], 0, 0, 70, 7, kLabel, kPaper);
    cairo_save(cr);
    cairo_translate(cr, S + 93 * mm - picto, S);
    cairo_set_source_surface(cr, pictogram(f[5]), 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    text(cr, ctx, f[0], 0, 7, 70, 17, kTitle, kPaper, left, bottom);
    text(cr, ctx, f[1], 0, 30, 93, 96, kBody, kInk);
    text(cr, ctx, std::to_string(number) + "/" + count, 60, 130, 33, 6, kSmall, kMuted, right, bottom);
    cairo_show_page(cr);
    // back
    band(cr, 0, 0, 105, 10, c, true);
    text(cr, ctx, "Tips", 0, 8, 93, 11, kTitle, kInk);
    list(cr, ctx, {f[2], f[3]}, 0, 21, 93, kBody);
    rounded(cr, 6, 96, 93, 40, 3, kTint);
    text(cr, ctx, "Om over te praten", 4, 93, 85, 6, kLabel, kMuted);
    text(cr, ctx, f[4], 4, 99, 85, 26, kQuestion, kInk, left, middle);
    text(cr, ctx, f[6] + " · " + f[7], 0, 130, 93, 6, kSmall, kMuted, left, bottom);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_destroy(s);
  for (auto& p : pictograms) cairo_surface_destroy(p.second);
  return 0;
}
