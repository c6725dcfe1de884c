#include "render/figure_kit.h"

#include <pango/pangocairo.h>

#include <cmath>
#include <cstdio>
#include <memory>

#include "layout/fonts.h"
#include "util/text.h"

namespace sterk::fig {
namespace {

const char* kFamily = "Atkinson Hyperlegible";

struct LayoutFree {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
struct FontFree {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutFree>;

Layout make_layout(const std::string& s, double size, bool bold, double max_width, Align align) {
  Layout layout(pango_layout_new(text_context()));
  std::unique_ptr<PangoFontDescription, FontFree> fd(pango_font_description_new());
  pango_font_description_set_family(fd.get(), kFamily);
  pango_font_description_set_absolute_size(fd.get(), size * PANGO_SCALE);
  pango_font_description_set_weight(fd.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout.get(), fd.get());
  if (max_width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(max_width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), align == centre  ? PANGO_ALIGN_CENTER
                                             : align == right ? PANGO_ALIGN_RIGHT
                                                              : PANGO_ALIGN_LEFT);
  }
  pango_layout_set_text(layout.get(), s.c_str(), -1);
  return layout;
}

/// Ink-tight width (logical extents of the lines), height of the layout.
TextSize size_of(PangoLayout* layout) {
  PangoRectangle ink, logical;
  pango_layout_get_pixel_extents(layout, &ink, &logical);
  return {static_cast<double>(logical.width), static_cast<double>(logical.height)};
}

}  // namespace

Rgb colour(size_t i) {
  static const Rgb palette[] = {{0.00, 0.45, 0.70}, {0.90, 0.50, 0.00}, {0.00, 0.62, 0.45}, {0.80, 0.20, 0.35},
                                {0.45, 0.30, 0.65}, {0.55, 0.35, 0.20}, {0.80, 0.47, 0.65}, {0.35, 0.35, 0.35},
                                {0.60, 0.60, 0.00}, {0.10, 0.65, 0.80}, {0.30, 0.20, 0.60}, {0.70, 0.45, 0.10}};
  return palette[i % (sizeof palette / sizeof palette[0])];
}

void set(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

std::string Lang::num(double v, int decimals) const {
  std::string s = format_number(v, decimals);
  if (s == "-0") s = "0";
  if (dutch)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

std::string Lang::fixed(double v, int decimals) const {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);  // no "-0,00"
  if (dutch)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

TextSize measure(const std::string& s, double size, bool bold, double max_width) {
  Layout l = make_layout(s, size, bold, max_width, left);
  TextSize t = size_of(l.get());
  return t;
}

Box text(cairo_t* cr, const std::string& s, double x, double y, double size, Align align, bool bold,
         double max_width) {
  Layout l = make_layout(s, size, bold, max_width, align);
  TextSize t = size_of(l.get());
  double box_w = max_width > 0 ? max_width : t.w;
  double x0 = align == centre ? x - box_w / 2 : align == right ? x - box_w : x;
  cairo_move_to(cr, x0, y - t.h / 2);
  pango_cairo_show_layout(cr, l.get());
  double ink_x0 = max_width > 0 ? (align == centre ? x - t.w / 2 : align == right ? x - t.w : x) : x0;
  return {ink_x0, y - t.h / 2, ink_x0 + t.w, y + t.h / 2};
}

void text_up(cairo_t* cr, const std::string& s, double x, double y, double size, bool bold, double max_width) {
  Layout l = make_layout(s, size, bold, max_width, centre);
  TextSize t = size_of(l.get());
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_rotate(cr, -M_PI / 2);
  double box_w = max_width > 0 ? max_width : t.w;
  cairo_move_to(cr, -box_w / 2, -t.h / 2);
  pango_cairo_show_layout(cr, l.get());
  cairo_restore(cr);
}

void title(cairo_t* cr, const std::string& t, const std::string& sub) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  text(cr, t, 40, 30, 17, left, true, kPageW - 80);
  cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
  if (!sub.empty()) text(cr, sub, 40, 52, 10, left, false, kPageW - 80);
}

std::vector<double> ticks(double lo, double hi, int target) {
  std::vector<double> out;
  if (!(hi > lo)) return {lo};
  double raw = (hi - lo) / std::max(1, target);
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * mag >= raw) {
      step = m * mag;
      break;
    }
  for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step)
    out.push_back(std::fabs(v) < step * 1e-9 ? 0 : v);
  return out;
}

bool LabelPlacer::free(const Box& b) const {
  if (!b.inside(bounds_)) return false;
  for (const auto& t : taken_)
    if (b.overlaps(t)) return false;
  return true;
}

Box LabelPlacer::first_free(const std::vector<Box>& candidates) {
  for (const auto& c : candidates)
    if (free(c)) {
      taken_.push_back(c);
      return c;
    }
  ++overlaps_;
  taken_.push_back(candidates.front());
  return candidates.front();
}

Box LabelPlacer::place(double x, double y, double w, double h, bool* far) {
  for (double gap : {2.5, 9.0, 16.0, 24.0}) {
    const double dx[] = {1, -1, 0, 0, 1, -1, 1, -1}, dy[] = {0, 0, -1, 1, -1, -1, 1, 1};
    for (int k = 0; k < 8; ++k) {
      double cx = x + dx[k] * (gap + w / 2 + (dx[k] != 0 && dy[k] != 0 ? -w / 4 : 0));
      double cy = y + dy[k] * (gap + h / 2);
      if (dx[k] != 0 && dy[k] == 0) cx = x + dx[k] * (gap + 1 + w / 2);
      Box b{cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
      if (free(b)) {
        taken_.push_back(b);
        *far = gap > 3;
        return b;
      }
    }
  }
  ++overlaps_;
  Box b{x + 3, y - h / 2, x + 3 + w, y + h / 2};
  taken_.push_back(b);
  *far = false;
  return b;
}

}  // namespace sterk::fig
