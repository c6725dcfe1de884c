// The chart figures: go-zone plots, pattern-match ladder graphs and the dendrogram.
#include <algorithm>
#include <cmath>

#include "render/figure_list.h"

namespace sterk {
namespace {

using fig::Box;

size_t cluster_index(const Analysis& a, const std::string& id) {
  for (size_t c = 0; c < a.clusters.size(); ++c)
    if (a.clusters[c].id == id) return c;
  return 0;
}

double pearson_r(const std::vector<double>& x, const std::vector<double>& y, bool* ok) {
  size_t n = x.size();
  double mx = 0, my = 0;
  for (size_t i = 0; i < n; ++i) mx += x[i], my += y[i];
  if (n) mx /= n, my /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < n; ++i)
    sxy += (x[i] - mx) * (y[i] - my), sxx += (x[i] - mx) * (x[i] - mx), syy += (y[i] - my) * (y[i] - my);
  *ok = n > 1 && sxx > 1e-12 && syy > 1e-12;
  return *ok ? sxy / std::sqrt(sxx * syy) : 0;
}

void dashed(cairo_t* cr, bool on) {
  static const double dash[] = {4, 3};
  cairo_set_dash(cr, dash, on ? 2 : 0, 0);
}

/// Spreads labels of height h wanted at y (sorted by y) so that none overlap, within [top, bottom].
std::vector<double> spread(std::vector<double> want, double h, double top, double bottom) {
  std::vector<size_t> order(want.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return want[a] < want[b]; });
  std::vector<double> y(want.size());
  double last = top - h;
  for (size_t i : order) y[i] = last = std::max(want[i], last + h);
  double over = last - bottom;
  for (auto it = order.rbegin(); it != order.rend() && over > 0; ++it) {
    y[*it] -= over;
    auto next = std::next(it);
    if (next != order.rend()) over = y[*next] + h - y[*it];
    else over = 0;
  }
  return y;
}

}  // namespace

void draw_go_zone(cairo_t* cr, const FigureContext& ctx, const std::string& group, int cluster) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  const std::string& rx = a.go_zone_ratings[0];
  const std::string& ry = a.go_zone_ratings.size() > 1 ? a.go_zone_ratings[1] : a.go_zone_ratings[0];
  struct Pt { const StatementResult* s; double x, y; };
  std::vector<Pt> pts;
  std::vector<double> xs, ys;
  for (const auto& s : a.statements) {
    if (cluster >= 0 && s.cluster != a.clusters[cluster].id) continue;
    double x, y;
    if (FigureContext::mean(s.ratings, rx, group, &x) && FigureContext::mean(s.ratings, ry, group, &y))
      pts.push_back({&s, x, y}), xs.push_back(x), ys.push_back(y);
  }
  auto it = ctx.raters.find(group);
  std::string who = ctx.group_label(group) + " (n = " + std::to_string(it == ctx.raters.end() ? 0 : it->second) + ")";
  fig::title(cr, "Go-zone: " + (cluster < 0 ? L.t("all statements", "alle uitspraken") : a.clusters[cluster].label) +
                     " — " + who,
             ctx.rating_label(rx) + L.t(" (across) against ", " (horizontaal) tegen ") + ctx.rating_label(ry) +
                 L.t(" (up), statement means; lines at the mean of the ", " (verticaal), gemiddelden per uitspraak; "
                                                                            "lijnen op het gemiddelde van de ") +
                 (cluster < 0 ? L.t("statements", "uitspraken") : L.t("cluster", "cluster")));
  if (pts.empty()) return;
  double mx = 0, my = 0;
  for (const auto& p : pts) mx += p.x, my += p.y;
  mx /= pts.size(), my /= pts.size();
  bool r_ok = false;
  double r = pearson_r(xs, ys, &r_ok);
  double x0 = *std::min_element(xs.begin(), xs.end()), x1 = *std::max_element(xs.begin(), xs.end());
  double y0 = *std::min_element(ys.begin(), ys.end()), y1 = *std::max_element(ys.begin(), ys.end());
  double px_ = std::max(0.05, 0.08 * (x1 - x0)), py_ = std::max(0.05, 0.08 * (y1 - y0));
  x0 -= px_, x1 += px_, y0 -= py_, y1 += py_;
  const double left = 86, top = 84, w = fig::kPageW - left - 40, h = fig::kPageH - top - 70;
  auto X = [&](double v) { return left + (v - x0) / (x1 - x0) * w; };
  auto Y = [&](double v) { return top + h - (v - y0) / (y1 - y0) * h; };
  // Go-zone quadrant, frame, ticks.
  cairo_set_source_rgb(cr, 0.90, 0.97, 0.90);
  cairo_rectangle(cr, X(mx), top, left + w - X(mx), Y(my) - top);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.8);
  cairo_rectangle(cr, left, top, w, h);
  cairo_stroke(cr);
  for (double t : fig::ticks(x0, x1)) {
    cairo_move_to(cr, X(t), top + h), cairo_line_to(cr, X(t), top + h + 4);
    cairo_stroke(cr);
    fig::text(cr, L.num(t, 2), X(t), top + h + 12, 8.5, fig::centre);
  }
  for (double t : fig::ticks(y0, y1)) {
    cairo_move_to(cr, left - 4, Y(t)), cairo_line_to(cr, left, Y(t));
    cairo_stroke(cr);
    fig::text(cr, L.num(t, 2), left - 6, Y(t), 8.5, fig::right);
  }
  fig::text(cr, ctx.rating_label(rx) + L.t(" (mean)", " (gemiddelde)"), left + w / 2, top + h + 30, 10, fig::centre, true);
  fig::text_up(cr, ctx.rating_label(ry) + L.t(" (mean)", " (gemiddelde)"), left - 52, top + h / 2, 10, true);
  // Mean lines with their values.
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  dashed(cr, true);
  cairo_move_to(cr, X(mx), top), cairo_line_to(cr, X(mx), top + h);
  cairo_move_to(cr, left, Y(my)), cairo_line_to(cr, left + w, Y(my));
  cairo_stroke(cr);
  dashed(cr, false);
  fig::LabelPlacer placer({left + 1, top + 1, left + w - 1, top + h - 1});
  Box mean_x = fig::text(cr, L.t("mean ", "gemiddelde ") + L.fixed(mx, 2), X(mx) + 3, top + 8, 8, fig::left);
  Box mean_y = fig::text(cr, L.t("mean ", "gemiddelde ") + L.fixed(my, 2), left + w - 3, Y(my) - 7, 8, fig::right);
  placer.block(mean_x), placer.block(mean_y);
  placer.block({X(mx) - 1, top, X(mx) + 1, top + h});  // no number on a mean line
  placer.block({left, Y(my) - 1, left + w, Y(my) + 1});
  // Quadrant names in the corners.
  std::string hx = ctx.rating_label(rx), hy = ctx.rating_label(ry);
  struct Q { std::string s; double x, y; fig::Align al; };
  std::vector<Q> quads = {
      {L.t("Go-zone: high on both", "Go-zone: op beide hoog"), left + w - 6, top + 22, fig::right},
      {L.t("low on both", "op beide laag"), left + 6, top + h - 10, fig::left},
      {hy + L.t(" high, ", " hoog, ") + hx + L.t(" low", " laag"), left + 6, top + 22, fig::left},
      {hx + L.t(" high, ", " hoog, ") + hy + L.t(" low", " laag"), left + w - 6, top + h - 10, fig::right}};
  for (size_t q = 0; q < quads.size(); ++q) {
    if (q == 0) cairo_set_source_rgb(cr, 0.1, 0.45, 0.1);
    else cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    placer.block(fig::text(cr, quads[q].s, quads[q].x, quads[q].y, 9, quads[q].al, q == 0));
  }
  for (const auto& p : pts) placer.block({X(p.x) - 3, Y(p.y) - 3, X(p.x) + 3, Y(p.y) + 3});
  for (const auto& p : pts) {
    fig::set(cr, fig::colour(cluster_index(a, p.s->cluster)));
    cairo_arc(cr, X(p.x), Y(p.y), 2.8, 0, 2 * M_PI);
    cairo_fill(cr);
  }
  for (const auto& p : pts) {
    std::string n = std::to_string(p.s->id);
    fig::TextSize ts = fig::measure(n, 7);
    bool far = false;
    Box b = placer.place(X(p.x), Y(p.y), ts.w, ts.h, &far);
    if (far) {
      cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
      cairo_set_line_width(cr, 0.4);
      cairo_move_to(cr, X(p.x), Y(p.y));
      cairo_line_to(cr, std::clamp(X(p.x), b.x0, b.x1), std::clamp(Y(p.y), b.y0, b.y1));
      cairo_stroke(cr);
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    fig::text(cr, n, b.x0, (b.y0 + b.y1) / 2, 7);
  }
  ctx.overlaps += placer.overlaps();
  cairo_set_source_rgb(cr, 0, 0, 0);
  fig::text(cr, "r = " + (r_ok ? L.fixed(r, 2) : std::string("–")) + " (Pearson, " + std::to_string(pts.size()) + " " +
                    L.t("statements", "uitspraken") + ")",
            left + w, top + h + 30, 9, fig::right);
}

void draw_ladder(cairo_t* cr, const FigureContext& ctx, const PatternMatch& p) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  bool groups = !p.rating.empty();
  auto value = [&](const ClusterResult& c, bool left_side, double* v) {
    return groups ? FigureContext::mean(c.ratings, p.rating, left_side ? p.a : p.b, v)
                  : FigureContext::mean(c.ratings, left_side ? p.a : p.b, p.group, v);
  };
  // One scale for every ladder: all cluster means, every rating and group.
  double lo = 1e300, hi = -1e300;
  for (const auto& c : a.clusters)
    for (const auto& r : c.ratings)
      for (const auto& [g, v] : r.by_group) lo = std::min(lo, v), hi = std::max(hi, v);
  if (!(hi > lo)) lo -= 0.5, hi += 0.5;
  std::vector<double> tk = fig::ticks(lo, hi, 6);
  double step = tk.size() > 1 ? tk[1] - tk[0] : 0.5;
  lo = std::floor(lo / step) * step, hi = std::ceil(hi / step) * step;
  tk = fig::ticks(lo, hi, 6);
  auto n_of = [&](const std::string& g) {
    auto it = ctx.raters.find(g);
    return std::string(" (n = ") + std::to_string(it == ctx.raters.end() ? 0 : it->second) + ")";
  };
  std::string left_name = groups ? ctx.group_label(p.a) + n_of(p.a) : ctx.rating_label(p.a);
  std::string right_name = groups ? ctx.group_label(p.b) + n_of(p.b) : ctx.rating_label(p.b);
  fig::title(cr, L.t("Pattern match: ", "Patroonvergelijking: ") +
                     (groups ? ctx.rating_label(p.rating) + " — " + ctx.group_label(p.a) + L.t(" and ", " en ") +
                                   ctx.group_label(p.b)
                             : ctx.rating_label(p.a) + L.t(" and ", " en ") + ctx.rating_label(p.b) + " — " +
                                   ctx.group_label(p.group) + n_of(p.group)),
             L.t("cluster means on one scale for every ladder; Pearson r = ",
                 "clustergemiddelden, voor elke ladder op dezelfde schaal; Pearson r = ") +
                 (p.defined ? L.fixed(p.r, 2) : L.t("not defined", "niet bepaald")));
  const double xl = 300, xr = fig::kPageW - 300, top = 96, bottom = fig::kPageH - 40;
  auto Y = [&](double v) { return bottom - (v - lo) / (hi - lo) * (bottom - top); };
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1.4);
  cairo_move_to(cr, xl, top), cairo_line_to(cr, xl, bottom);
  cairo_move_to(cr, xr, top), cairo_line_to(cr, xr, bottom);
  cairo_stroke(cr);
  fig::text(cr, left_name, xl, top - 16, 10.5, fig::centre, true, 260);
  fig::text(cr, right_name, xr, top - 16, 10.5, fig::centre, true, 260);
  std::vector<size_t> shown;
  std::vector<double> va, vb;
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    double x, y;
    if (value(a.clusters[c], true, &x) && value(a.clusters[c], false, &y)) shown.push_back(c), va.push_back(x), vb.push_back(y);
  }
  std::vector<double> want_l, want_r;
  for (size_t k = 0; k < shown.size(); ++k) want_l.push_back(Y(va[k])), want_r.push_back(Y(vb[k]));
  const double row = 12;
  std::vector<double> yl = spread(want_l, row, top, bottom), yr = spread(want_r, row, top, bottom);
  for (size_t k = 0; k < shown.size(); ++k) {
    size_t c = shown[k];
    fig::set(cr, fig::colour(c));
    cairo_set_line_width(cr, 1.6);
    cairo_move_to(cr, xl, Y(va[k])), cairo_line_to(cr, xr, Y(vb[k]));
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, xl, Y(va[k])), cairo_line_to(cr, xl - 12, yl[k]);
    cairo_move_to(cr, xr, Y(vb[k])), cairo_line_to(cr, xr + 12, yr[k]);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    fig::text(cr, a.clusters[c].label + "  " + L.fixed(va[k], 2), xl - 15, yl[k], 8.5, fig::right);
    fig::text(cr, L.fixed(vb[k], 2) + "  " + a.clusters[c].label, xr + 15, yr[k], 8.5, fig::left);
  }
  // Ticks last, on a white ground, so that the rungs do not hide them.
  cairo_set_line_width(cr, 0.8);
  for (double t : tk) {
    for (bool left_side : {true, false}) {
      std::string v = L.num(t, 2);
      fig::TextSize ts = fig::measure(v, 8);
      double x = left_side ? xl + 7 : xr - 7 - ts.w;
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_rectangle(cr, x - 1.5, Y(t) - ts.h / 2, ts.w + 3, ts.h);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
      fig::text(cr, v, x, Y(t), 8, fig::left);
    }
    cairo_move_to(cr, xl, Y(t)), cairo_line_to(cr, xl + 4, Y(t));
    cairo_move_to(cr, xr - 4, Y(t)), cairo_line_to(cr, xr, Y(t));
    cairo_stroke(cr);
  }
}

void draw_dendrogram(cairo_t* cr, const FigureContext& ctx) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  const auto& m = a.merge_tree;
  fig::title(cr, L.t("Dendrogram", "Dendrogram"),
             L.t("Ward (ward.D2) merges of the map, cut at K = ", "Ward-samenvoegingen (ward.D2) op de kaart, afgekapt bij K = ") +
                 std::to_string(a.cluster_count) +
                 (a.mds.left_out.empty() ? std::string()
                                         : L.t("; statements left out of the map are not in it",
                                               "; uitspraken die niet op de kaart staan ontbreken")));
  if (m.empty()) return;
  std::vector<int> order;  // statement indices, leaf order
  std::vector<int> stack = {static_cast<int>(m.size())};
  while (!stack.empty()) {
    int s = stack.back();
    stack.pop_back();
    if (s < 0) order.push_back(-s - 1);
    else stack.push_back(m[s - 1].b), stack.push_back(m[s - 1].a);
  }
  const int leaves = static_cast<int>(order.size());
  std::vector<double> pos(a.statements.size(), 0);
  for (int k = 0; k < leaves; ++k) pos[order[k]] = k;
  double hmax = 0;
  for (const auto& s : m) hmax = std::max(hmax, s.height);
  if (hmax <= 0) hmax = 1;
  std::vector<double> tk = fig::ticks(0, hmax, 6);
  double top_h = std::max(hmax, tk.back());
  const double left = 70, width = fig::kPageW - left - 30, top = 80, bottom = fig::kPageH - 140;
  auto X = [&](double p) { return left + (p + 0.5) / leaves * width; };
  auto Y = [&](double h) { return bottom - h / top_h * (bottom - top); };
  // Height axis.
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, left - 8, Y(0)), cairo_line_to(cr, left - 8, Y(top_h));
  cairo_stroke(cr);
  for (double t : tk) {
    cairo_move_to(cr, left - 12, Y(t)), cairo_line_to(cr, left - 8, Y(t));
    cairo_stroke(cr);
    fig::text(cr, L.num(t, 2), left - 14, Y(t), 8, fig::right);
  }
  fig::text_up(cr, L.t("height (Ward)", "hoogte (Ward)"), 18, (top + bottom) / 2, 10, true);
  std::vector<double> mx(m.size()), mh(m.size());
  cairo_set_line_width(cr, leaves > 300 ? 0.3 : 0.8);
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  for (size_t s = 0; s < m.size(); ++s) {
    auto at = [&](int k, double* x, double* h) {
      if (k < 0) *x = X(pos[-k - 1]), *h = 0;
      else *x = mx[k - 1], *h = mh[k - 1];
    };
    double xa, ha, xb, hb;
    at(m[s].a, &xa, &ha);
    at(m[s].b, &xb, &hb);
    cairo_move_to(cr, xa, Y(ha)), cairo_line_to(cr, xa, Y(m[s].height));
    cairo_line_to(cr, xb, Y(m[s].height)), cairo_line_to(cr, xb, Y(hb));
    cairo_stroke(cr);
    mx[s] = (xa + xb) / 2, mh[s] = m[s].height;
  }
  // The cut: between the merge that leaves K clusters and the next one.
  std::vector<double> heights;
  for (const auto& s : m) heights.push_back(s.height);
  std::sort(heights.begin(), heights.end());
  int k = a.cluster_count;
  if (k >= 2 && k <= leaves) {
    double below = heights[leaves - k - 1 < 0 ? 0 : leaves - k - 1], above = heights[leaves - k];
    double cut = leaves - k - 1 < 0 ? above / 2 : (below + above) / 2;
    cairo_set_source_rgb(cr, 0.8, 0.1, 0.1);
    dashed(cr, true);
    cairo_move_to(cr, left, Y(cut)), cairo_line_to(cr, left + width, Y(cut));
    cairo_stroke(cr);
    dashed(cr, false);
    // On a white ground, so the tree's lines do not run through the words.
    std::string label = L.t("cut at K = ", "afkappunt bij K = ") + std::to_string(k) + " (" + L.t("height ", "hoogte ") +
                        L.fixed(cut, 2) + ")";
    fig::TextSize ts = fig::measure(label, 8.5);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, left + width - ts.w - 4, Y(cut) - 8 - ts.h / 2 - 1, ts.w + 4, ts.h + 2);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.8, 0.1, 0.1);
    fig::text(cr, label, left + width - 2, Y(cut) - 8, 8.5, fig::right);
  }
  // Leaf numbers, the cluster bar and the cluster names under their leaves.
  const double bar = bottom + (leaves <= 120 ? 24 : 4);
  for (int q = 0; q < leaves; ++q) {
    const StatementResult& s = a.statements[order[q]];
    size_t c = cluster_index(a, s.cluster);
    fig::set(cr, fig::colour(c));
    cairo_rectangle(cr, X(q) - width / leaves / 2, bar, width / leaves, 8);
    cairo_fill(cr);
    if (leaves <= 120) {
      cairo_set_source_rgb(cr, 0, 0, 0);
      fig::text_up(cr, std::to_string(s.id), X(q), bottom + 12, 5.5);
    }
  }
  for (size_t c = 0; c < a.clusters.size(); ++c) {
    double from = 1e9, to = -1e9;
    for (int q = 0; q < leaves; ++q)
      if (a.statements[order[q]].cluster == a.clusters[c].id) from = std::min(from, X(q)), to = std::max(to, X(q));
    if (from > to) continue;
    double span = to - from + width / leaves - 8;  // a gap between neighbouring names
    fig::TextSize ts = fig::measure(a.clusters[c].label, 7.5, true, span);
    fig::set(cr, fig::colour(c));
    if (ts.h <= 30) {
      fig::text(cr, a.clusters[c].label, (from + to) / 2, bar + 14 + ts.h / 2, 7.5, fig::centre, true, span);
    } else {
      fig::TextSize one = fig::measure(a.clusters[c].label, 7.5, true, 96);
      fig::text_up(cr, a.clusters[c].label, (from + to) / 2, bar + 12 + std::min(one.w, 96.0) / 2, 7.5, true,
                   one.w > 95 ? 96 : 0);
    }
  }
}

}  // namespace sterk
