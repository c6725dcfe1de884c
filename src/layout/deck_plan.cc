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
  auto cluster_of = [&](const std::string& id, PlannedCard* p) {
    for (size_t i = 0; i < ctx.clusters.size(); ++i)
      if (ctx.clusters[i].id == id) {
        p->cluster_index = static_cast<int>(i);
        p->cluster_label = ctx.clusters[i].label;
        return;
      }
    p->cluster_label = id;
  };
  std::string current_cluster;
  for (const Card& card : ctx.deck->cards) {
    PlannedCard p;
    p.card = card;
    cluster_of(card.cluster.value, &p);
    bool starts_cluster = card.kind == CardKind::content && !card.cluster.empty() &&
                          card.cluster.value != current_cluster;
    if (card.kind == CardKind::divider) current_cluster = card.cluster.value;
    if (starts_cluster && ctx.tpl->dividers) {
      PlannedCard d;
      d.card.kind = CardKind::divider;
      d.card.generated = true;
      d.card.id.value = "divider-" + card.cluster.value;
      d.card.id.at = card.at;
      d.card.cluster = card.cluster;
      d.card.title.value = p.cluster_label;
      d.card.title.at = card.cluster.at;
      d.card.at = card.at;
      d.cluster_index = p.cluster_index;
      d.cluster_label = p.cluster_label;
      plan.push_back(d);
    }
    if (card.kind == CardKind::content && !card.cluster.empty()) current_cluster = card.cluster.value;
    for (int c = 0; c < card.copies; ++c) plan.push_back(p);
  }
  for (size_t i = 0; i < plan.size(); ++i) {
    plan[i].number = static_cast<int>(i) + 1;
    plan[i].count = static_cast<int>(plan.size());
  }
  return plan;
}

}  // namespace sterk
