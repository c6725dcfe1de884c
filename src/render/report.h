#pragma once
// `sterk analyze --report FILE.pdf` (SPEC §13): the analysis written up for
// researchers in the study's language: the study, the method, stress with its
// interpretation, the stability of the starts, the cluster replay for choosing K,
// every cluster with its statements (bridging, N/mean/SD per group per rating),
// go-zone lists, pattern matches and all figures.
#include <string>

#include "analysis/rating_stats.h"
#include "model/analysis.h"
#include "model/study.h"

namespace sterk {

struct ReportOptions {
  std::string fonts_dir;  ///< the project's fonts/
  std::string date;       ///< YYYY-MM-DD for the PDF (sterk.yaml output.date)
  std::string version;    ///< sterk's version, named in the method
};

/// Writes the report to `path` (whole or not at all). False and *err on failure.
bool write_analysis_report(const Analysis& a, const Study& study, const RatingStats& stats,
                           const ReportOptions& options, const std::string& path, std::string* err);

/// The merges from K + 5 clusters down to K − 3, each side named after the clusters
/// of the analysis it holds: "Passend werk + Solliciteren en starten". One line per
/// step: {from K, to K, side a, side b, height}. Exposed for the tests.
struct ReplayStep {
  int from = 0;
  std::string a, b;
  double height = 0;
};
std::vector<ReplayStep> cluster_replay(const Analysis& a, bool dutch);

}  // namespace sterk
