#pragma once
// The analysis figures as a list of drawings, so that `--figures` writes each as a
// PDF and PNG file and `--report` draws the same ones onto its pages.
#include <map>
#include <string>
#include <vector>

#include "model/analysis.h"
#include "model/study.h"
#include "render/figure_kit.h"

namespace sterk {

/// What every figure needs: the analysis, the study's labels and language, the
/// number of raters per group.
struct FigureContext {
  FigureContext(const Analysis& analysis, const Study& study);
  const Analysis& a;
  const Study& study;
  fig::Lang lang;
  std::map<std::string, int> raters;  ///< "overall" and each group → raters
  /// Labels that could not be placed free of other labels and points, over all
  /// figures drawn with this context (the tests want 0).
  mutable int overlaps = 0;

  std::string group_label(const std::string& id) const;   ///< "overall" → "Alle deelnemers"
  std::string rating_label(const std::string& id) const;
  std::vector<std::string> group_keys() const;            ///< "overall", then the groups
  /// Mean of `rating` for `group` in a statement's or cluster's ratings.
  static bool mean(const std::vector<RatingMeans>& r, const std::string& rating, const std::string& group, double* v);
};

struct Figure {
  std::string name;   ///< file stem: cluster-map, go-zone-jongere, …
  std::string title;  ///< as on the figure, for the report's list
  fig::Draw draw;     ///< draws one A4-landscape page (842 × 595 pt)
};

/// Every figure of SPEC §3 and §13 in report order: point map, cluster map, cluster
/// rating maps (per rating, overall and per group), go-zones (overall, per group,
/// per cluster), ladder graphs, dendrogram.
std::vector<Figure> analysis_figures(const FigureContext& ctx);

// The drawings, one file each (render/figures_map.cc, render/figures_charts.cc).
void draw_point_map(cairo_t* cr, const FigureContext& ctx, bool clusters);
void draw_rating_map(cairo_t* cr, const FigureContext& ctx, const std::string& rating, const std::string& group);
void draw_go_zone(cairo_t* cr, const FigureContext& ctx, const std::string& group, int cluster);
void draw_ladder(cairo_t* cr, const FigureContext& ctx, const PatternMatch& p);
void draw_dendrogram(cairo_t* cr, const FigureContext& ctx);

}  // namespace sterk
