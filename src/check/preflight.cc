#include "check/preflight.h"

#include "layout/card_layout.h"

namespace sterk {

void preflight_decks(const Workspace& ws, const std::vector<const Deck*>& decks,
                     const std::vector<ClusterLabel>& clusters, const std::string& study_title,
                     Diagnostics* diags) {
  for (const Deck* deck : decks) {
    auto tpl = ws.templates.find(deck->template_name.value);
    if (tpl == ws.templates.end()) continue;
    DeckContext ctx;
    ctx.project = &ws.project;
    ctx.deck = deck;
    ctx.tpl = &tpl->second;
    ctx.clusters = clusters;
    ctx.study_title = study_title;
    for (const PlannedCard& pc : plan_deck(ctx)) {
      layout_side(ctx, pc, "front", diags);
      layout_side(ctx, pc, "back", diags);
    }
  }
}

}  // namespace sterk
