#include "check/preflight.h"

#include "layout/card_layout.h"
#include "layout/template_files.h"

namespace sterk {

void preflight_deck(const Workspace& ws, const Deck& deck, const std::vector<ClusterLabel>& clusters,
                    const std::string& study_title,
                    const std::function<void(const PlannedCard&, const Diagnostics&)>& found) {
  auto tpl = ws.templates.find(deck.template_name.value);
  if (tpl == ws.templates.end()) return;
  DeckContext ctx = deck_context(ws.project, deck, tpl->second, clusters, study_title);
  TemplateFiles files;  // each pictogram and image looked at once for the deck
  ctx.files = &files;
  for (const PlannedCard& pc : plan_deck(ctx)) {
    Diagnostics d;
    layout_side(ctx, pc, "front", &d);
    layout_side(ctx, pc, "back", &d);
    found(pc, d);
  }
}

void preflight_decks(const Workspace& ws, const std::vector<const Deck*>& decks,
                     const std::vector<ClusterLabel>& clusters, const std::string& study_title,
                     Diagnostics* diags) {
  for (const Deck* deck : decks)
    preflight_deck(ws, *deck, clusters, study_title,
                   [&](const PlannedCard&, const Diagnostics& d) { diags->append(d); });
}

}  // namespace sterk
