#include "render/figures.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "layout/fonts.h"
#include "util/files.h"
#include "util/text.h"

namespace sterk {
namespace {

const double kW = 842, kH = 595;  // A4 landscape in pt
const double kPngScale = 2;       // 144 dpi
const char* kFamily = "Atkinson Hyperlegible";

struct Rgb { double r, g, b; };
const Rgb kPalette[] = {{0.12, 0.47, 0.71}, {0.85, 0.37, 0.01}, {0.17, 0.63, 0.17}, {0.84, 0.15, 0.16},
                        {0.58, 0.40, 0.74}, {0.55, 0.34, 0.29}, {0.89, 0.47, 0.76}, {0.35, 0.35, 0.35},
                        {0.60, 0.60, 0.05}, {0.09, 0.65, 0.70}, {0.30, 0.20, 0.60}, {0.70, 0.45, 0.10}};
Rgb colour(size_t i) { return kPalette[i % (sizeof kPalette / sizeof kPalette[0])]; }

using Draw = std::function<void(cairo_t*)>;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

enum Align { left, centre, right };

void text(cairo_t* cr, const std::string& s, double x, double y, double size, Align align = left,
          bool bold = false, double max_width = 0) {
  PangoLayout* layout = pango_layout_new(text_context());
  PangoFontDescription* fd = pango_font_description_new();
  pango_font_description_set_family(fd, kFamily);
  pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
  pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, fd);
  if (max_width > 0) {
    pango_layout_set_width(layout, static_cast<int>(max_width * PANGO_SCALE));
    pango_layout_set_alignment(layout, align == centre ? PANGO_ALIGN_CENTER : align == right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  }
  pango_layout_set_text(layout, s.c_str(), -1);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  double width = max_width > 0 ? max_width : w / double(PANGO_SCALE);
  double dx = align == centre ? -width / 2 : align == right ? -width : 0;
  cairo_move_to(cr, x + dx, y - h / double(PANGO_SCALE) / 2);
  pango_cairo_show_layout(cr, layout);
  pango_font_description_free(fd);
  g_object_unref(layout);
}

void title(cairo_t* cr, const std::string& t, const std::string& sub) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  text(cr, t, 40, 34, 18, left, true);
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  if (!sub.empty()) text(cr, sub, 40, 56, 11);
}

/// Maps data coordinates into a box, same scale on both axes when `square`.
struct Frame {
  double x0, y0, x1, y1;       // data range
  double left, top, w, h;      // box on the page
  double px(double x) const { return left + (x - x0) / (x1 - x0) * w; }
  double py(double y) const { return top + h - (y - y0) / (y1 - y0) * h; }
};

Frame map_frame(const Analysis& a) {
  double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
  for (const auto& s : a.statements) x0 = std::min(x0, s.x), x1 = std::max(x1, s.x), y0 = std::min(y0, s.y), y1 = std::max(y1, s.y);
  double pad = 0.08 * std::max(x1 - x0, y1 - y0);
  x0 -= pad, x1 += pad, y0 -= pad, y1 += pad;
  double bw = kW - 80, bh = kH - 110;
  double scale = std::min(bw / (x1 - x0), bh / (y1 - y0));
  double w = (x1 - x0) * scale, h = (y1 - y0) * scale;
  return {x0, y0, x1, y1, 40 + (bw - w) / 2, 80 + (bh - h) / 2, w, h};
}

std::vector<std::pair<double, double>> hull(std::vector<std::pair<double, double>> p) {
  std::sort(p.begin(), p.end());
  p.erase(std::unique(p.begin(), p.end()), p.end());
  if (p.size() < 3) return p;
  std::vector<std::pair<double, double>> h(2 * p.size());
  auto cross = [](auto o, auto a, auto b) { return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first); };
  size_t k = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (size_t i = p.size() - 1, t = k + 1; i > 0; --i) {
    while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
    h[k++] = p[i - 1];
  }
  h.resize(k - 1);
  return h;
}

void cluster_shapes(cairo_t* cr, const Analysis& a, const Frame& f, const std::function<void(size_t)>& style) {
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    std::vector<std::pair<double, double>> pts;
    for (int id : a.clusters[c].statements)
      if (const StatementResult* s = a.find_statement(id)) pts.push_back({f.px(s->x), f.py(s->y)});
    auto h = hull(pts);
    if (h.empty()) continue;
    if (h.size() < 3) {
      cairo_arc(cr, h[0].first, h[0].second, 8, 0, 2 * M_PI);
    } else {
      cairo_move_to(cr, h[0].first, h[0].second);
      for (const auto& q : h) cairo_line_to(cr, q.first, q.second);
      cairo_close_path(cr);
    }
    style(c);
  }
}

void cluster_labels(cairo_t* cr, const Analysis& a, const Frame& f, const std::function<std::string(size_t)>& extra) {
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    double cx = 0, cy = 0;
    int n = 0;
    for (int id : a.clusters[c].statements)
      if (const StatementResult* s = a.find_statement(id)) cx += s->x, cy += s->y, ++n;
    if (!n) continue;
    cairo_set_source_rgb(cr, 0, 0, 0);
    text(cr, a.clusters[c].label + extra(c), f.px(cx / n), f.py(cy / n), 10, centre, true, 130);
  }
}

size_t cluster_index(const Analysis& a, const std::string& id) {
  for (size_t c = 0; c < a.clusters.size(); ++c)
    if (a.clusters[c].id == id) return c;
  return 0;
}

double mean_of(const std::vector<RatingMeans>& r, const std::string& rating, const std::string& group, bool* ok) {
  for (const auto& m : r)
    if (m.rating == rating)
      if (const double* v = m.find(group)) {
        *ok = true;
        return *v;
      }
  *ok = false;
  return 0;
}

void point_map(cairo_t* cr, const Analysis& a, bool coloured) {
  Frame f = map_frame(a);
  title(cr, coloured ? "Cluster map" : "Point map",
        a.title + " — " + std::to_string(a.statement_count) + " statements, stress-1 " + format_number(a.mds.stress, 3));
  if (coloured)
    cluster_shapes(cr, a, f, [&](size_t c) {
      Rgb k = colour(c);
      cairo_set_source_rgba(cr, k.r, k.g, k.b, 0.12);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, k.r, k.g, k.b);
      cairo_set_line_width(cr, 1.2);
      cairo_stroke(cr);
    });
  for (const auto& s : a.statements) {
    Rgb k = coloured ? colour(cluster_index(a, s.cluster)) : Rgb{0, 0, 0};
    cairo_set_source_rgb(cr, k.r, k.g, k.b);
    cairo_arc(cr, f.px(s.x), f.py(s.y), 2.5, 0, 2 * M_PI);
    cairo_fill(cr);
    if (a.statements.size() <= 200) text(cr, std::to_string(s.id), f.px(s.x) + 3.5, f.py(s.y) - 5, 7);
  }
  if (coloured) cluster_labels(cr, a, f, [](size_t) { return std::string(); });
}

void rating_map(cairo_t* cr, const Analysis& a, const std::string& rating) {
  Frame f = map_frame(a);
  title(cr, "Cluster rating map: " + rating, "darker = higher mean rating (overall); the number is the cluster mean");
  double lo = 1e300, hi = -1e300;
  for (const auto& c : a.clusters) {
    bool ok = false;
    double v = mean_of(c.ratings, rating, "overall", &ok);
    if (ok) lo = std::min(lo, v), hi = std::max(hi, v);
  }
  cluster_shapes(cr, a, f, [&](size_t c) {
    bool ok = false;
    double v = mean_of(a.clusters[c].ratings, rating, "overall", &ok);
    double t = ok && hi > lo ? (v - lo) / (hi - lo) : 0.5;
    cairo_set_source_rgb(cr, 0.92 - 0.6 * t, 0.94 - 0.5 * t, 0.98 - 0.3 * t);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.3);
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
  });
  cluster_labels(cr, a, f, [&](size_t c) {
    bool ok = false;
    double v = mean_of(a.clusters[c].ratings, rating, "overall", &ok);
    return ok ? " (" + format_number(v, 2) + ")" : std::string();
  });
}

/// Scatter of the two go-zone ratings; `cluster` < 0 for all statements.
void go_zone(cairo_t* cr, const Analysis& a, int cluster) {
  const std::string& rx = a.go_zone_ratings[0];
  const std::string& ry = a.go_zone_ratings.size() > 1 ? a.go_zone_ratings[1] : a.go_zone_ratings[0];
  std::vector<const StatementResult*> pts;
  for (const auto& s : a.statements)
    if (cluster < 0 || s.cluster == a.clusters[cluster].id) pts.push_back(&s);
  double mx = 0, my = 0, x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
  int n = 0;
  for (auto* s : pts) {
    bool okx = false, oky = false;
    double x = mean_of(s->ratings, rx, "overall", &okx), y = mean_of(s->ratings, ry, "overall", &oky);
    if (!okx || !oky) continue;
    mx += x, my += y, ++n;
    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  title(cr, "Go-zone" + (cluster < 0 ? std::string(" (all statements)") : ": " + a.clusters[cluster].label),
        rx + " (across) against " + ry + " (up); lines at the " + (cluster < 0 ? "overall" : "cluster") +
            " means; the go-zone is top right");
  if (n == 0) return;
  mx /= n, my /= n;
  double px = std::max(0.05, 0.08 * (x1 - x0)), py = std::max(0.05, 0.08 * (y1 - y0));
  Frame f{x0 - px, y0 - py, x1 + px, y1 + py, 80, 80, kW - 130, kH - 130};
  cairo_set_source_rgb(cr, 0.9, 0.97, 0.9);
  cairo_rectangle(cr, f.px(mx), f.top, f.left + f.w - f.px(mx), f.py(my) - f.top);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1);
  cairo_rectangle(cr, f.left, f.top, f.w, f.h);
  cairo_move_to(cr, f.px(mx), f.top);
  cairo_line_to(cr, f.px(mx), f.top + f.h);
  cairo_move_to(cr, f.left, f.py(my));
  cairo_line_to(cr, f.left + f.w, f.py(my));
  cairo_stroke(cr);
  text(cr, format_number(f.x0, 2), f.left, f.top + f.h + 12, 9, left);
  text(cr, format_number(f.x1, 2), f.left + f.w, f.top + f.h + 12, 9, right);
  text(cr, format_number(f.y0, 2), f.left - 4, f.top + f.h, 9, right);
  text(cr, format_number(f.y1, 2), f.left - 4, f.top, 9, right);
  for (auto* s : pts) {
    bool okx = false, oky = false;
    double x = mean_of(s->ratings, rx, "overall", &okx), y = mean_of(s->ratings, ry, "overall", &oky);
    if (!okx || !oky) continue;
    Rgb k = colour(cluster_index(a, s->cluster));
    cairo_set_source_rgb(cr, k.r, k.g, k.b);
    cairo_arc(cr, f.px(x), f.py(y), 2.8, 0, 2 * M_PI);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    text(cr, std::to_string(s->id), f.px(x) + 4, f.py(y) - 5, 7);
  }
}

/// Ladder graph: cluster means of side a (left) and b (right) on their own scales.
void ladder(cairo_t* cr, const Analysis& a, const PatternMatch& p) {
  bool groups = !p.rating.empty();
  auto value = [&](const ClusterResult& c, bool left_side, bool* ok) {
    return groups ? mean_of(c.ratings, p.rating, left_side ? p.a : p.b, ok)
                  : mean_of(c.ratings, left_side ? p.a : p.b, p.group, ok);
  };
  title(cr, "Pattern match: " + (groups ? p.a + " / " + p.b + " on " + p.rating : p.a + " / " + p.b + " (" + p.group + ")"),
        std::string("Pearson r of cluster means = ") + (p.defined ? format_number(p.r, 2) : "not defined"));
  double lo[2] = {1e300, 1e300}, hi[2] = {-1e300, -1e300};
  for (const auto& c : a.clusters)
    for (int s = 0; s < 2; ++s) {
      bool ok = false;
      double v = value(c, s == 0, &ok);
      if (ok) lo[s] = std::min(lo[s], v), hi[s] = std::max(hi[s], v);
    }
  double xl = 300, xr = kW - 300, top = 100, bottom = kH - 60;
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1.5);
  cairo_move_to(cr, xl, top), cairo_line_to(cr, xl, bottom);
  cairo_move_to(cr, xr, top), cairo_line_to(cr, xr, bottom);
  cairo_stroke(cr);
  text(cr, p.a, xl, top - 16, 11, centre, true);
  text(cr, p.b, xr, top - 16, 11, centre, true);
  for (int s = 0; s < 2; ++s)
    if (hi[s] >= lo[s]) {
      text(cr, format_number(hi[s], 2), s ? xr + 6 : xl - 6, top, 9, s ? left : right);
      text(cr, format_number(lo[s], 2), s ? xr + 6 : xl - 6, bottom, 9, s ? left : right);
    }
  auto yy = [&](int s, double v) { return hi[s] > lo[s] ? bottom - (v - lo[s]) / (hi[s] - lo[s]) * (bottom - top) : (top + bottom) / 2; };
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    bool oka = false, okb = false;
    double va = value(a.clusters[c], true, &oka), vb = value(a.clusters[c], false, &okb);
    if (!oka || !okb) continue;
    Rgb k = colour(c);
    cairo_set_source_rgb(cr, k.r, k.g, k.b);
    cairo_set_line_width(cr, 1.5);
    cairo_move_to(cr, xl, yy(0, va));
    cairo_line_to(cr, xr, yy(1, vb));
    cairo_stroke(cr);
    text(cr, a.clusters[c].label + " " + format_number(va, 2), xl - 40, yy(0, va), 9, right, false);
    text(cr, format_number(vb, 2) + " " + a.clusters[c].label, xr + 40, yy(1, vb), 9, left, false);
  }
}

void dendrogram(cairo_t* cr, const Analysis& a) {
  title(cr, "Dendrogram", "Ward (ward.D2) merges of the map; colours show the " + std::to_string(a.cluster_count) + " clusters");
  int n = static_cast<int>(a.statements.size());
  if (a.merge_tree.empty() || n < 2) return;
  std::vector<int> order;
  std::vector<int> stack = {static_cast<int>(a.merge_tree.size())};
  while (!stack.empty()) {
    int m = stack.back();
    stack.pop_back();
    if (m < 0) order.push_back(-m - 1);
    else stack.push_back(a.merge_tree[m - 1].b), stack.push_back(a.merge_tree[m - 1].a);
  }
  std::vector<double> pos(n, 0);
  for (size_t k = 0; k < order.size(); ++k) pos[order[k]] = k;
  double hmax = a.merge_tree.back().height > 0 ? a.merge_tree.back().height : 1;
  double left = 50, width = kW - 90, top = 80, bottom = kH - 50;
  auto px = [&](double p) { return left + (p + 0.5) / n * width; };
  auto py = [&](double h) { return bottom - h / hmax * (bottom - top); };
  std::vector<double> mx(a.merge_tree.size()), mh(a.merge_tree.size());
  cairo_set_line_width(cr, n > 300 ? 0.3 : 0.8);
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  for (size_t s = 0; s < a.merge_tree.size(); ++s) {
    auto at = [&](int m, double* x, double* h) {
      if (m < 0) *x = px(pos[-m - 1]), *h = 0;
      else *x = mx[m - 1], *h = mh[m - 1];
    };
    double xa, ha, xb, hb;
    at(a.merge_tree[s].a, &xa, &ha);
    at(a.merge_tree[s].b, &xb, &hb);
    double h = a.merge_tree[s].height;
    cairo_move_to(cr, xa, py(ha));
    cairo_line_to(cr, xa, py(h));
    cairo_line_to(cr, xb, py(h));
    cairo_line_to(cr, xb, py(hb));
    cairo_stroke(cr);
    mx[s] = (xa + xb) / 2, mh[s] = h;
  }
  for (int i = 0; i < n; ++i) {
    Rgb k = colour(cluster_index(a, a.statements[i].cluster));
    cairo_set_source_rgb(cr, k.r, k.g, k.b);
    cairo_rectangle(cr, px(pos[i]) - width / n / 2, bottom + 2, width / n, 8);
    cairo_fill(cr);
    if (n <= 120) {
      cairo_set_source_rgb(cr, 0, 0, 0);
      text(cr, std::to_string(a.statements[i].id), px(pos[i]), bottom + 18, 6, centre);
    }
  }
}

bool emit(const std::string& dir, const std::string& name, const Draw& draw, std::vector<std::string>* written,
          std::string* err) {
  std::string pdf;
  cairo_surface_t* ps = cairo_pdf_surface_create_for_stream(append, &pdf, kW, kH);
  cairo_pdf_surface_set_metadata(ps, CAIRO_PDF_METADATA_TITLE, name.c_str());
  cairo_pdf_surface_set_metadata(ps, CAIRO_PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00Z");
  cairo_t* cr = cairo_create(ps);
  draw(cr);
  cairo_destroy(cr);
  cairo_surface_finish(ps);
  cairo_status_t st = cairo_surface_status(ps);
  cairo_surface_destroy(ps);
  std::string png;
  cairo_surface_t* is = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(kW * kPngScale), static_cast<int>(kH * kPngScale));
  cr = cairo_create(is);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, kPngScale, kPngScale);
  draw(cr);
  cairo_destroy(cr);
  cairo_surface_write_to_png_stream(is, append, &png);
  cairo_surface_destroy(is);
  if (st != CAIRO_STATUS_SUCCESS) {
    *err = "cannot draw '" + name + "': " + cairo_status_to_string(st);
    return false;
  }
  for (const auto& [ext, data] : {std::pair<std::string, std::string*>{".pdf", &pdf}, {".png", &png}}) {
    std::string path = path_join(dir, name + ext);
    if (!write_file_atomic(path, *data, err)) return false;
    written->push_back(path);
  }
  return true;
}

std::string file_part(const std::string& s) {
  std::string out;
  for (unsigned char c : s) out += std::isalnum(c) || c == '-' || c == '_' ? static_cast<char>(c) : '-';
  return out;
}

}  // namespace

bool draw_figures(const Analysis& a, const Study&, const std::string& fonts_dir, const std::string& out_dir,
                  std::vector<std::string>* written, std::string* err) {
  if (!register_project_fonts(fonts_dir, err)) return false;
  if (!make_dirs(out_dir, err)) return false;
  bool ok = emit(out_dir, "point-map", [&](cairo_t* cr) { point_map(cr, a, false); }, written, err) &&
            emit(out_dir, "cluster-map", [&](cairo_t* cr) { point_map(cr, a, true); }, written, err) &&
            emit(out_dir, "dendrogram", [&](cairo_t* cr) { dendrogram(cr, a); }, written, err);
  for (const auto& r : a.ratings)
    ok = ok && emit(out_dir, "cluster-rating-map-" + file_part(r), [&](cairo_t* cr) { rating_map(cr, a, r); }, written, err);
  if (!a.go_zone_ratings.empty()) {
    ok = ok && emit(out_dir, "go-zone", [&](cairo_t* cr) { go_zone(cr, a, -1); }, written, err);
    for (size_t c = 0; c < a.clusters.size(); ++c)
      ok = ok && emit(out_dir, "go-zone-" + file_part(a.clusters[c].id),
                      [&](cairo_t* cr) { go_zone(cr, a, static_cast<int>(c)); }, written, err);
  }
  for (const auto& p : a.pattern_match) {
    std::string name = p.rating.empty() ? "ladder-" + file_part(p.a) + "-" + file_part(p.b) + "-" + file_part(p.group)
                                        : "ladder-" + file_part(p.rating) + "-" + file_part(p.a) + "-" + file_part(p.b);
    ok = ok && emit(out_dir, name, [&](cairo_t* cr) { ladder(cr, a, p); }, written, err);
  }
  return ok;
}

}  // namespace sterk
