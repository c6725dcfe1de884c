// References: what a card names must exist in the analysis, and its statements
// must belong to its cluster.
#include "check/check.h"
#include "util/text.h"

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
                   "cluster '" + card.cluster.value + "' is not in the analysis" +
                       (hint.empty() ? "; the clusters are: " + join(ids, ", ")
                                     : "; did you mean '" + hint + "'?"));
    }
  }
  for (const auto& s : card.statements) {
    auto it = study.statement_cluster.find(s.id);
    if (it == study.statement_cluster.end()) {
      found->error(s.at, "references/unknown-statement",
                   "statement " + std::to_string(s.id) + " is not in the study");
    } else if (cluster && it->second != cluster->id) {
      found->error(s.at, "references/statement-outside-cluster",
                   "statement " + std::to_string(s.id) + " belongs to cluster '" + it->second +
                       "', not to this card's cluster '" + cluster->id + "'");
    }
  }
}

}  // namespace sterk
