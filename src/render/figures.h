#pragma once
// `sterk analyze --figures DIR`: the concept-mapping figures as PDF and PNG,
// drawn with Cairo and Pango in the project's fonts, A4 landscape.
#include <string>
#include <vector>

#include "model/analysis.h"
#include "model/study.h"

namespace sterk {

/// Draws point map, cluster map, cluster rating maps (per rating, overall and per
/// group), go-zone plots (overall, per group, per cluster), pattern-match ladder
/// graphs and the dendrogram into `out_dir`, each as NAME.pdf and NAME.png, every file
/// written atomically, in the study's language. `fonts_dir` is the project's fonts/
/// folder. *overlaps (when given) counts labels that could not be placed free of
/// other labels and points. Returns false and fills *err when a font or file fails.
bool draw_figures(const Analysis& analysis, const Study& study, const std::string& fonts_dir,
                  const std::string& out_dir, std::vector<std::string>* written, std::string* err,
                  int* overlaps = nullptr);

}  // namespace sterk
