// References: what a card names must exist in the analysis, and its statements
// must belong to its cluster.
#include "check/check.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

void check_card_references(const Card& card, const StudyFacts& study, Diagnostics* found) {
  if (!study.present) return;
  const StudyFacts::Cluster* cluster = nullptr;
  if (!card.cluster.empty()) {
    cluster = study.find_cluster(card.cluster.value);
    if (!cluster) {
      std::vector<std::string> ids;
      for (const auto& c : study.clusters) ids.push_back(c.id);
      std::string hint = did_you_mean(card.cluster.value, ids);
      found->error(card.cluster.at, "references/unknown-cluster",
                   hint.empty() ? tr("cluster '{}' is not in the analysis; the clusters are: {}", card.cluster.value,
                                     join(ids, ", "))
                                : tr("cluster '{}' is not in the analysis; did you mean '{}'?", card.cluster.value, hint));
    }
  }
  for (const auto& s : card.statements) {
    auto it = study.statement_cluster.find(s.id);
    if (it == study.statement_cluster.end()) {
      found->error(s.at, "references/unknown-statement",
                   tr("statement {} is not in the study", s.id));
    } else if (cluster && it->second != cluster->id) {
      found->error(s.at, "references/statement-outside-cluster",
                   tr("statement {} belongs to cluster '{}', not to this card's cluster '{}'", s.id, it->second,
                      cluster->id));
    }
  }
}

}  // namespace sterk
