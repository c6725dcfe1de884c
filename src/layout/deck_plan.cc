#include "layout/deck_plan.h"

namespace sterk {

std::string audience_label(const std::string& a) {
  if (a == "jongere") return "jongeren";
  if (a == "werkgever") return "werkgevers";
  if (a == "jobcoach") return "jobcoaches";
  if (a == "steunsysteem") return "thuis";
  return a;
}

DeckContext deck_context(const Project& project, const Deck& deck, const Template& tpl,
                         const std::vector<ClusterLabel>& clusters, const std::string& study_title) {
  DeckContext ctx;
  ctx.project = &project;
  ctx.deck = &deck;
  ctx.tpl = &tpl;
  ctx.clusters = clusters;
  ctx.study_title = study_title;
  return ctx;
}

std::vector<PlannedCard> plan_deck(const DeckContext& ctx) {
  std::vector<PlannedCard> plan;
  const Deck& deck = *ctx.deck;
  const bool by_theme = !deck.themes.empty();
  auto cluster_of = [&](const std::string& id, PlannedCard* p) {
    p->cluster_count = static_cast<int>(by_theme ? deck.themes.size() : ctx.clusters.size());
    if (by_theme) {
      for (size_t i = 0; i < deck.themes.size(); ++i)
        if (deck.themes[i].id.value == id) {
          p->cluster_index = static_cast<int>(i);
          p->cluster_label = deck.themes[i].label.value;
          return;
        }
    } else {
      for (size_t i = 0; i < ctx.clusters.size(); ++i)
        if (ctx.clusters[i].id == id) {
          const ClusterLabel& c = ctx.clusters[i];
          auto own = c.audience_labels.find(deck.audience.value);
          p->cluster_index = static_cast<int>(i);
          p->cluster_label = own != c.audience_labels.end() ? own->second : c.label;
          return;
        }
    }
    p->cluster_label = id;
  };
  // The section a card belongs to: its theme in a deck with themes, else its cluster.
  auto section = [&](const Card& c) -> const LocatedText& { return by_theme ? c.theme : c.cluster; };
  // Whether `card` starts a section (gets a divider before it), `current` being the
  // section so far; moves `current` on.
  auto starts_section = [&](const Card& card, std::string* current) {
    const LocatedText& sec = section(card);
    bool starts = card.kind == CardKind::content && !sec.empty() && sec.value != *current;
    if (card.kind == CardKind::divider) *current = sec.value;
    if (card.kind == CardKind::content && !sec.empty()) *current = sec.value;
    return starts;
  };
  // Counted first, so the plan is made without doubling (a vector that doubles holds
  // the old and the new array at once).
  size_t expected = 0;
  std::string current_cluster;
  for (const Card& card : deck.cards) {
    if (starts_section(card, &current_cluster) && ctx.tpl->dividers) ++expected;
    expected += card.copies > 0 ? static_cast<size_t>(card.copies) : 0;
  }
  plan.reserve(expected);
  current_cluster.clear();
  for (const Card& card : deck.cards) {
    PlannedCard p;
    p.card = &card;
    const LocatedText& sec = section(card);
    cluster_of(sec.value, &p);
    const bool starts_cluster = starts_section(card, &current_cluster);
    if (starts_cluster && ctx.tpl->dividers) {
      auto divider = std::make_shared<Card>();
      divider->kind = CardKind::divider;
      divider->generated = true;
      divider->id.value = "divider-" + sec.value;
      divider->id.at = card.at;
      divider->cluster = card.cluster;
      divider->theme = card.theme;
      divider->title.value = p.cluster_label;
      divider->title.at = sec.at;
      divider->at = card.at;
      PlannedCard d;
      d.card = divider.get();
      d.divider = std::move(divider);
      d.cluster_index = p.cluster_index;
      d.cluster_count = p.cluster_count;
      d.cluster_label = p.cluster_label;
      plan.push_back(d);
    }
    for (int c = 0; c < card.copies; ++c) plan.push_back(p);
  }
  for (size_t i = 0; i < plan.size(); ++i) {
    plan[i].number = static_cast<int>(i) + 1;
    plan[i].count = static_cast<int>(plan.size());
  }
  return plan;
}

}  // namespace sterk
