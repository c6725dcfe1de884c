#pragma once
// Preflight: lays out every card with the same code that renders, without
// drawing, so a check can never disagree with the PDF.
#include <vector>

#include "layout/deck_plan.h"
#include "load/project_loader.h"

namespace sterk {

/// Lays out both sides of every card of `decks`; problems go to *diags.
/// Fonts must be registered first (register_project_fonts).
void preflight_decks(const Workspace& ws, const std::vector<const Deck*>& decks,
                     const std::vector<ClusterLabel>& clusters, const std::string& study_title,
                     Diagnostics* diags);

}  // namespace sterk
