#pragma once
// A module's three documents laid out: the guide (A4), the handout (A4, or A5 pages
// for a booklet) and the evaluation form. One function for `sterk check` (which
// looks at the text as laid out: missing glyphs) and `sterk build` (which writes it).
#include <string>
#include <vector>

#include "layout/deck_plan.h"
#include "layout/flow.h"
#include "model/deck.h"
#include "model/module.h"
#include "model/template.h"

namespace sterk {

struct ModuleDocuments {
  FlowResult guide, handout, evaluation;
  bool booklet = false;  ///< the handout's pages are A5, for output.modules.booklet: a5
};

/// Lays out `module`; its card thumbnails come from `decks` with their templates.
ModuleDocuments lay_out_module(const Project& project, const std::vector<Deck>& decks,
                               const std::map<std::string, Template>& templates, const Module& module,
                               const std::vector<ClusterLabel>& clusters, const std::string& study_title);

/// What a reader would see wrong in the laid-out text: characters the font has no
/// glyph for (preflight/missing-glyph), at the module text they came from.
void module_layout_problems(const ModuleDocuments& docs, Diagnostics* diags);

}  // namespace sterk
