// The map figures: point map, cluster map (hulls, names outside the points, legend)
// and the cluster rating map in layers (as Concept Systems draws it).
#include <algorithm>
#include <cmath>

#include "render/figure_list.h"

namespace sterk {
namespace {

using fig::Box;

struct MapFrame {
  double x0, y0, x1, y1;       // data range
  double left, top, w, h;      // box on the page
  double px(double x) const { return left + (x - x0) / (x1 - x0) * w; }
  double py(double y) const { return top + h - (y - y0) / (y1 - y0) * h; }
  Box page() const { return {left - 30, top - 8, left + w + 30, top + h + 8}; }
};

/// Same scale on both axes, room around the points for the cluster names.
MapFrame map_frame(const Analysis& a, double right_edge) {
  double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
  for (const auto& s : a.statements)
    x0 = std::min(x0, s.x), x1 = std::max(x1, s.x), y0 = std::min(y0, s.y), y1 = std::max(y1, s.y);
  double pad = 0.2 * std::max(x1 - x0, y1 - y0);
  x0 -= pad, x1 += pad, y0 -= pad, y1 += pad;
  double bx = 40, by = 72, bw = right_edge - bx, bh = fig::kPageH - by - 24;
  double scale = std::min(bw / (x1 - x0), bh / (y1 - y0));
  double w = (x1 - x0) * scale, h = (y1 - y0) * scale;
  return {x0, y0, x1, y1, bx + (bw - w) / 2, by + (bh - h) / 2, w, h};
}

using Pt = std::pair<double, double>;

std::vector<Pt> hull(std::vector<Pt> p) {
  std::sort(p.begin(), p.end());
  p.erase(std::unique(p.begin(), p.end()), p.end());
  if (p.size() < 3) return p;
  std::vector<Pt> h(2 * p.size());
  auto cross = [](Pt o, Pt a, Pt b) { return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first); };
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

std::vector<Pt> cluster_points(const Analysis& a, const MapFrame& f, size_t c) {
  std::vector<Pt> pts;
  for (int id : a.clusters[c].statements)
    if (const StatementResult* s = a.find_statement(id)) pts.push_back({f.px(s->x), f.py(s->y)});
  return pts;
}

void hull_path(cairo_t* cr, const std::vector<Pt>& h, double dx, double dy) {
  if (h.size() < 3) {
    double cx = 0, cy = 0;
    for (const auto& q : h) cx += q.first, cy += q.second;
    cx /= h.size(), cy /= h.size();
    double r = h.size() == 2 ? std::hypot(h[0].first - h[1].first, h[0].second - h[1].second) / 2 + 7 : 7;
    cairo_new_sub_path(cr);
    cairo_arc(cr, cx + dx, cy + dy, r, 0, 2 * M_PI);
    return;
  }
  cairo_move_to(cr, h[0].first + dx, h[0].second + dy);
  for (const auto& q : h) cairo_line_to(cr, q.first + dx, q.second + dy);
  cairo_close_path(cr);
}

Box point_box(double x, double y, double r) { return {x - r, y - r, x + r, y + r}; }

/// Cluster names beside their cluster, outward from the centre of the map, on no point.
void place_cluster_names(cairo_t* cr, const FigureContext& ctx, const MapFrame& f, fig::LabelPlacer* placer,
                         const std::vector<std::string>& names, double lift) {
  const Analysis& a = ctx.a;
  double mx = f.left + f.w / 2, my = f.top + f.h / 2;
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    auto pts = cluster_points(a, f, c);
    if (pts.empty()) continue;
    double cx = 0, cy = 0;
    for (const auto& q : pts) cx += q.first, cy += q.second;
    cx /= pts.size(), cy /= pts.size();
    double dx = cx - mx, dy = cy - my, len = std::hypot(dx, dy);
    if (len < 1) dx = 0, dy = -1, len = 1;
    dx /= len, dy /= len;
    fig::TextSize ts = fig::measure(names[c], 8.5, true, 110);
    std::vector<Box> candidates;
    for (double turn : {0.0, 0.35, -0.35, 0.7, -0.7, 1.05, -1.05, 1.57, -1.57, 2.4, -2.4, 3.14}) {
      double ux = dx * std::cos(turn) - dy * std::sin(turn), uy = dx * std::sin(turn) + dy * std::cos(turn);
      double extent = 0;
      for (const auto& q : pts) extent = std::max(extent, (q.first - cx) * ux + (q.second - cy) * uy);
      double half = std::fabs(ux) * ts.w / 2 + std::fabs(uy) * ts.h / 2;
      for (double t = extent + 5; t < extent + 120; t += 5) {
        double lx = cx + ux * (t + half), ly = cy + uy * (t + half) - lift;
        candidates.push_back({lx - ts.w / 2, ly - ts.h / 2, lx + ts.w / 2, ly + ts.h / 2});
      }
    }
    Box b = placer->first_free(candidates);
    double lx = (b.x0 + b.x1) / 2, ly = (b.y0 + b.y1) / 2;
    // A thin line back to the cluster when the name had to move away from it.
    double nearest = 1e9;
    Pt to{cx, cy};
    for (const auto& q : pts)
      if (double d = std::hypot(q.first - lx, q.second - ly); d < nearest) nearest = d, to = q;
    if (nearest > std::max(ts.w, ts.h) / 2 + 14) {
      fig::set(cr, fig::colour(c));
      cairo_set_line_width(cr, 0.6);
      double ex = std::clamp(to.first, b.x0, b.x1), ey = std::clamp(to.second, b.y0, b.y1);
      cairo_move_to(cr, ex, ey);
      cairo_line_to(cr, to.first, to.second - lift);
      cairo_stroke(cr);
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    fig::text(cr, names[c], lx, ly, 8.5, fig::centre, true, 110);
  }
}

void place_statement_numbers(cairo_t* cr, const Analysis& a, const MapFrame& f, fig::LabelPlacer* placer) {
  if (a.statements.size() > 200) return;  // numbers would cover the map; the tables list them
  for (const auto& s : a.statements) {
    std::string n = std::to_string(s.id);
    fig::TextSize ts = fig::measure(n, 6.5);
    double x = f.px(s.x), y = f.py(s.y);
    bool far = false;
    Box b = placer->place(x, y, ts.w, ts.h, &far);
    if (far) {
      cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);
      cairo_set_line_width(cr, 0.4);
      cairo_move_to(cr, x, y);
      cairo_line_to(cr, std::clamp(x, b.x0, b.x1), std::clamp(y, b.y0, b.y1));
      cairo_stroke(cr);
    }
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    fig::text(cr, n, b.x0, (b.y0 + b.y1) / 2, 6.5);
  }
}

void legend_entry(cairo_t* cr, double x, double* y, fig::Rgb c, const std::string& label, bool hollow = false) {
  fig::set(cr, c);
  if (hollow) {
    cairo_set_line_width(cr, 1);
    cairo_arc(cr, x + 5, *y, 3, 0, 2 * M_PI);
    cairo_stroke(cr);
  } else {
    cairo_rectangle(cr, x, *y - 5, 10, 10);
    cairo_fill(cr);
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  Box b = fig::text(cr, label, x + 16, *y, 8.5, fig::left, false, 150);
  *y += std::max(14.0, b.y1 - b.y0 + 4);
}

std::string stress_line(const FigureContext& ctx) {
  const Analysis& a = ctx.a;
  return a.title + " — " + std::to_string(a.statement_count) + " " + ctx.lang.t("statements", "uitspraken") + ", " +
         std::to_string(a.sorter_count) + " " + ctx.lang.t("sorts", "sorteringen") + ", stress-1 " +
         ctx.lang.fixed(a.mds.stress, 3);
}

}  // namespace

void draw_point_map(cairo_t* cr, const FigureContext& ctx, bool clusters) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  const double legend_x = fig::kPageW - 210;
  MapFrame f = map_frame(a, clusters || !a.mds.left_out.empty() ? legend_x - 10 : fig::kPageW - 40);
  fig::title(cr, clusters ? L.t("Cluster map", "Clusterkaart") : L.t("Point map", "Puntenkaart"), stress_line(ctx));
  fig::LabelPlacer placer(f.page());
  if (clusters)
    for (size_t c = 0; c < a.clusters.size(); ++c) {
      fig::Rgb k = fig::colour(c);
      hull_path(cr, hull(cluster_points(a, f, c)), 0, 0);
      cairo_set_source_rgba(cr, k.r, k.g, k.b, 0.13);
      cairo_fill_preserve(cr);
      fig::set(cr, k);
      cairo_set_line_width(cr, 1.1);
      cairo_stroke(cr);
    }
  for (size_t i = 0; i < a.statements.size(); ++i) {
    const StatementResult& s = a.statements[i];
    double x = f.px(s.x), y = f.py(s.y);
    placer.block(point_box(x, y, 3.2));
    if (s.cluster.empty()) {
      cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
      cairo_set_line_width(cr, 0.9);
      cairo_arc(cr, x, y, 2.6, 0, 2 * M_PI);
      cairo_stroke(cr);
      continue;
    }
    size_t c = 0;
    for (size_t k = 0; k < a.clusters.size(); ++k)
      if (a.clusters[k].id == s.cluster) c = k;
    if (clusters) fig::set(cr, fig::colour(c));
    else cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_arc(cr, x, y, 2.6, 0, 2 * M_PI);
    cairo_fill(cr);
  }
  if (clusters) {
    std::vector<std::string> names;
    for (const auto& c : a.clusters) names.push_back(c.label);
    place_cluster_names(cr, ctx, f, &placer, names, 0);
  }
  place_statement_numbers(cr, a, f, &placer);
  ctx.overlaps += placer.overlaps();
  double y = 84;
  if (clusters) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    fig::text(cr, L.t("Clusters (statements)", "Clusters (uitspraken)"), legend_x, 74, 9.5, fig::left, true);
    for (size_t c = 0; c < a.clusters.size(); ++c)
      legend_entry(cr, legend_x, &y, fig::colour(c),
                   a.clusters[c].label + " (" + std::to_string(a.clusters[c].statements.size()) + ")");
  }
  if (!a.mds.left_out.empty())
    legend_entry(cr, legend_x, &y, {0.4, 0.4, 0.4},
                 L.t("never sorted with another statement: not on the map (below it) and in no cluster",
                     "nooit met een andere uitspraak gesorteerd: niet op de kaart (eronder) en in geen cluster"),
                 true);
}

void draw_rating_map(cairo_t* cr, const FigureContext& ctx, const std::string& rating, const std::string& group) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  const double legend_x = fig::kPageW - 210;
  const int kLayers = 5;
  MapFrame f = map_frame(a, legend_x - 10);
  auto it = ctx.raters.find(group);
  fig::title(cr, L.t("Cluster rating map: ", "Clusterkaart met scores: ") + ctx.rating_label(rating) + " — " +
                     ctx.group_label(group) + " (n = " + std::to_string(it == ctx.raters.end() ? 0 : it->second) + ")",
             L.t("more layers = higher cluster mean (mean of its statement means)",
                 "meer lagen = hoger clustergemiddelde (gemiddelde van de uitspraakgemiddelden)"));
  double lo = 1e300, hi = -1e300;
  std::vector<double> value(a.clusters.size(), NAN);
  for (size_t c = 0; c < a.clusters.size(); ++c)
    if (double v; FigureContext::mean(a.clusters[c].ratings, rating, group, &v))
      value[c] = v, lo = std::min(lo, v), hi = std::max(hi, v);
  auto layers = [&](double v) {
    if (std::isnan(v)) return 0;
    if (!(hi > lo)) return 1;
    return std::clamp(1 + static_cast<int>(std::floor((v - lo) / (hi - lo) * kLayers)), 1, kLayers);
  };
  fig::LabelPlacer placer(f.page());
  const double step = 3.2;
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    auto pts = cluster_points(a, f, c);
    auto h = hull(pts);
    int n = layers(value[c]);
    for (int l = 0; l < std::max(1, n); ++l) {
      double t = n > 0 ? (l + 1.0) / kLayers : 0;
      hull_path(cr, h, l * step, -l * step);
      cairo_set_source_rgb(cr, 0.93 - 0.55 * t, 0.95 - 0.45 * t, 0.99 - 0.25 * t);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0.15, 0.2, 0.35);
      cairo_set_line_width(cr, 0.7);
      cairo_stroke(cr);
    }
    for (const auto& q : pts)
      for (int l = 0; l < std::max(1, n); ++l) placer.block(point_box(q.first + l * step, q.second - l * step, 3));
  }
  std::vector<std::string> names;
  for (size_t c = 0; c < a.clusters.size(); ++c)
    names.push_back(a.clusters[c].label + "\n" + (std::isnan(value[c]) ? std::string("–") : L.fixed(value[c], 2)));
  place_cluster_names(cr, ctx, f, &placer, names, 0);
  ctx.overlaps += placer.overlaps();
  // Legend: what each number of layers stands for.
  cairo_set_source_rgb(cr, 0, 0, 0);
  fig::text(cr, L.t("Layers: cluster mean", "Lagen: clustergemiddelde"), legend_x, 74, 9.5, fig::left, true);
  double y = 96;
  for (int l = kLayers; l >= 1; --l) {
    for (int k = 0; k < l; ++k) {
      double t = (k + 1.0) / kLayers;
      cairo_rectangle(cr, legend_x + k * 2.5, y - 5 - k * 2.5, 14, 9);
      cairo_set_source_rgb(cr, 0.93 - 0.55 * t, 0.95 - 0.45 * t, 0.99 - 0.25 * t);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0.15, 0.2, 0.35);
      cairo_set_line_width(cr, 0.6);
      cairo_stroke(cr);
    }
    double from = lo + (hi - lo) * (l - 1) / kLayers, to = lo + (hi - lo) * l / kLayers;
    cairo_set_source_rgb(cr, 0, 0, 0);
    fig::text(cr, std::to_string(l) + ": " + L.fixed(from, 2) + " – " + L.fixed(to, 2), legend_x + 34, y, 8.5);
    y += 24;
  }
}

}  // namespace sterk
