#include "layout/module_document.h"

#include <map>
#include <set>

#include "layout/card_layout.h"
#include "layout/module_blocks.h"
#include "util/messages.h"

namespace sterk {
namespace {

// The fronts of the cards a module uses, laid out exactly as in their decks.
std::map<std::string, ModuleCard> module_cards(const Project& project, const std::vector<Deck>& decks,
                                               const std::map<std::string, Template>& templates, const Module& m,
                                               const std::vector<ClusterLabel>& clusters,
                                               const std::string& study_title) {
  std::set<std::string> wanted;
  for (const auto& s : m.sessions)
    for (const auto& a : s.activities)
      for (const auto& c : a.cards) wanted.insert(c.value);
  std::map<std::string, ModuleCard> out;
  for (const auto& deck_id : m.decks) {
    for (const Deck& deck : decks) {
      if (deck.id.value != deck_id.value) continue;
      auto tpl = templates.find(deck.template_name.value);
      if (tpl == templates.end()) continue;
      DeckContext ctx;
      ctx.project = &project;
      ctx.deck = &deck;
      ctx.tpl = &tpl->second;
      ctx.clusters = clusters;
      ctx.study_title = study_title;
      for (const PlannedCard& pc : plan_deck(ctx)) {
        if (!wanted.count(pc.card.id.value) || out.count(pc.card.id.value)) continue;
        Diagnostics ignore;  // the deck's own checks report what layout finds on its cards
        auto front = std::make_shared<Frame>(layout_side(ctx, pc, "front", &ignore));
        out[pc.card.id.value] = {front, pc.card.title.value};
      }
    }
  }
  return out;
}

}  // namespace

ModuleDocuments lay_out_module(const Project& project, const std::vector<Deck>& decks,
                               const std::map<std::string, Template>& templates, const Module& m,
                               const std::vector<ClusterLabel>& clusters, const std::string& study_title) {
  ModuleContext ctx;
  ctx.module = &m;
  ctx.cards = module_cards(project, decks, templates, m, clusters, study_title);
  for (const auto& c : clusters) ctx.cluster_labels[c.id] = c.label;
  ctx.project_name = project.name;
  const std::string id = m.id.value;
  ModuleDocuments d;
  PageStyle a4 = a4_page();
  a4.running_head = m.title.value;
  d.guide = flow_document(guide_blocks(ctx), a4, id);
  d.booklet = project.module_booklet == "a5";
  PageStyle hs = d.booklet ? a5_page() : a4_page();
  hs.running_head = m.title.value;
  d.handout = flow_document(handout_blocks(ctx), hs, id);
  PageStyle es = a4_page();
  es.first_decorated_page = 1 << 20;  // a form: no running head, no page number
  d.evaluation = flow_document(evaluation_blocks(ctx), es, id);
  return d;
}

void module_layout_problems(const ModuleDocuments& docs, Diagnostics* diags) {
  std::set<std::pair<std::string, int>> reported;  // one message per text, not per page it is on
  for (const FlowResult* r : {&docs.guide, &docs.handout, &docs.evaluation})
    for (const Frame& page : r->pages)
      for (const FrameItem& it : page.items) {
        if (it.kind != FrameItem::text_box || !it.shaped || it.shaped->unknown_glyphs() == 0) continue;
        if (!reported.insert({it.source.file, it.source.line * 1000 + it.source.column}).second) continue;
        diags->error(it.source, "preflight/missing-glyph",
                     trn("font '{}' has no glyph for {} character in this text; use other characters",
                         "font '{}' has no glyph for {} characters in this text; use other characters",
                         it.shaped->unknown_glyphs(), it.text.family, it.shaped->unknown_glyphs()));
      }
}

}  // namespace sterk
