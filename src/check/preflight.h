#pragma once
// Preflight: lays out every card with the same code that renders, without
// drawing, so a check can never disagree with the PDF.
#include <functional>
#include <vector>

#include "layout/deck_plan.h"
#include "load/project_loader.h"

namespace sterk {

/// Lays out both sides of every printed card of `deck` and calls `found` once
/// per card with what its layout reported. Fonts must be registered first
/// (register_project_fonts). Does nothing when the deck's template is missing.
void preflight_deck(const Workspace& ws, const Deck& deck, const std::vector<ClusterLabel>& clusters,
                    const std::string& study_title,
                    const std::function<void(const PlannedCard&, const Diagnostics&)>& found);

/// Every deck, all findings into *diags (no `allow:` applied).
void preflight_decks(const Workspace& ws, const std::vector<const Deck*>& decks,
                     const std::vector<ClusterLabel>& clusters, const std::string& study_title,
                     Diagnostics* diags);

}  // namespace sterk
