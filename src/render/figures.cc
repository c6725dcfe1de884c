#include "render/figures.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>
#include <set>

#include "layout/fonts.h"
#include "render/figure_list.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

const double kPngScale = 2;  // 144 dpi

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceFree {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextFree {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceFree>;
using Context = std::unique_ptr<cairo_t, ContextFree>;

bool emit(const std::string& dir, const Figure& f, std::vector<std::string>* written, std::string* err) {
  std::string pdf, png;
  {
    Surface ps(cairo_pdf_surface_create_for_stream(append, &pdf, fig::kPageW, fig::kPageH));
    cairo_pdf_surface_set_metadata(ps.get(), CAIRO_PDF_METADATA_TITLE, f.title.c_str());
    cairo_pdf_surface_set_metadata(ps.get(), CAIRO_PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00Z");
    {
      Context cr(cairo_create(ps.get()));
      f.draw(cr.get());
    }
    cairo_surface_finish(ps.get());
    if (cairo_status_t st = cairo_surface_status(ps.get()); st != CAIRO_STATUS_SUCCESS) {
      *err = tr("cannot draw '{}': {}", f.name, cairo_status_to_string(st));
      return false;
    }
  }
  {
    Surface is(cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(fig::kPageW * kPngScale),
                                          static_cast<int>(fig::kPageH * kPngScale)));
    Context cr(cairo_create(is.get()));
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    cairo_scale(cr.get(), kPngScale, kPngScale);
    f.draw(cr.get());
    cairo_surface_write_to_png_stream(is.get(), append, &png);
  }
  for (const auto& [ext, data] : {std::pair<std::string, std::string*>{".pdf", &pdf}, {".png", &png}}) {
    std::string path = path_join(dir, f.name + ext);
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

FigureContext::FigureContext(const Analysis& analysis, const Study& st) : a(analysis), study(st) {
  lang.dutch = st.language.rfind("en", 0) != 0;
  std::map<std::string, std::string> group_of;
  for (const auto& p : st.participants) group_of[p.id] = p.group;
  std::set<std::string> all;
  std::map<std::string, std::set<std::string>> by_group;
  for (const auto& r : st.ratings_given) {
    all.insert(r.participant);
    if (auto it = group_of.find(r.participant); it != group_of.end()) by_group[it->second].insert(r.participant);
  }
  raters["overall"] = static_cast<int>(all.size());
  for (const auto& g : st.groups) raters[g.id] = static_cast<int>(by_group[g.id].size());
}

std::string FigureContext::group_label(const std::string& id) const {
  if (id == "overall") return lang.t("All participants", "Alle deelnemers");
  for (const auto& g : study.groups)
    if (g.id == id) return g.label;
  return id;
}

std::string FigureContext::rating_label(const std::string& id) const {
  for (const auto& r : study.ratings)
    if (r.id == id) return r.label;
  return id;
}

std::vector<std::string> FigureContext::group_keys() const {
  std::vector<std::string> keys = {"overall"};
  for (const auto& g : a.groups) keys.push_back(g);
  return keys;
}

bool FigureContext::mean(const std::vector<RatingMeans>& r, const std::string& rating, const std::string& group,
                         double* v) {
  for (const auto& m : r)
    if (m.rating == rating)
      if (const double* x = m.find(group)) {
        *v = *x;
        return true;
      }
  return false;
}

std::vector<Figure> analysis_figures(const FigureContext& ctx) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  std::vector<Figure> out;
  const FigureContext* c = &ctx;
  out.push_back({"point-map", L.t("Point map", "Puntenkaart"), [c](cairo_t* cr) { draw_point_map(cr, *c, false); }});
  out.push_back({"cluster-map", L.t("Cluster map", "Clusterkaart"), [c](cairo_t* cr) { draw_point_map(cr, *c, true); }});
  for (const auto& r : a.ratings)
    for (const auto& g : ctx.group_keys())
      out.push_back({"cluster-rating-map-" + file_part(r) + (g == "overall" ? "" : "-" + file_part(g)),
                     L.t("Cluster rating map: ", "Clusterkaart met scores: ") + ctx.rating_label(r) + " — " +
                         ctx.group_label(g),
                     [c, r, g](cairo_t* cr) { draw_rating_map(cr, *c, r, g); }});
  if (!a.go_zone_ratings.empty()) {
    for (const auto& g : ctx.group_keys())
      out.push_back({g == "overall" ? "go-zone" : "go-zone-" + file_part(g), "Go-zone: " + ctx.group_label(g),
                     [c, g](cairo_t* cr) { draw_go_zone(cr, *c, g, -1); }});
    for (size_t k = 0; k < a.clusters.size(); ++k)
      out.push_back({"go-zone-cluster-" + file_part(a.clusters[k].id), "Go-zone: " + a.clusters[k].label,
                     [c, k](cairo_t* cr) { draw_go_zone(cr, *c, "overall", static_cast<int>(k)); }});
  }
  for (const auto& p : a.pattern_match) {
    std::string name = p.rating.empty() ? "ladder-" + file_part(p.a) + "-" + file_part(p.b) + "-" + file_part(p.group)
                                        : "ladder-" + file_part(p.rating) + "-" + file_part(p.a) + "-" + file_part(p.b);
    std::string t = L.t("Pattern match: ", "Patroonvergelijking: ") +
                    (p.rating.empty() ? ctx.rating_label(p.a) + " / " + ctx.rating_label(p.b) + " — " + ctx.group_label(p.group)
                                      : ctx.rating_label(p.rating) + " — " + ctx.group_label(p.a) + " / " + ctx.group_label(p.b));
    out.push_back({name, t, [c, p](cairo_t* cr) { draw_ladder(cr, *c, p); }});
  }
  out.push_back({"dendrogram", "Dendrogram", [c](cairo_t* cr) { draw_dendrogram(cr, *c); }});
  return out;
}

bool draw_figures(const Analysis& a, const Study& study, const std::string& fonts_dir, const std::string& out_dir,
                  std::vector<std::string>* written, std::string* err, int* overlaps) {
  if (!register_project_fonts(fonts_dir, err)) return false;
  if (!make_dirs(out_dir, err)) return false;
  FigureContext ctx(a, study);
  for (const auto& f : analysis_figures(ctx))
    if (!emit(out_dir, f, written, err)) return false;
  if (overlaps) *overlaps = ctx.overlaps / 2;  // each figure is drawn twice: PDF and PNG
  return true;
}

}  // namespace sterk
