#include "cli/analysis_changes.h"

#include <map>

#include "load/deck_loader.h"
#include "load/project_loader.h"
#include "util/messages.h"

namespace sterk {
namespace {

std::string name(const std::string& cluster) { return cluster.empty() ? tr("(no cluster)") : "'" + cluster + "'"; }

}  // namespace

std::vector<MovedStatement> moved_statements(const Analysis& previous, const Analysis& now) {
  std::vector<MovedStatement> out;
  for (const auto& s : now.statements)
    if (const StatementResult* old = previous.find_statement(s.id); old && old->cluster != s.cluster)
      out.push_back({s.id, old->cluster, s.cluster});
  return out;
}

void warn_cards_of_moved(const Project& project, const std::vector<MovedStatement>& moved, Diagnostics* diags) {
  if (moved.empty()) return;
  std::map<int, const MovedStatement*> by_id;
  for (const auto& m : moved) by_id[m.id] = &m;
  for (const auto& file : deck_files(project)) {
    Deck deck;
    Diagnostics ignored;
    if (!load_deck(file, &deck, &ignored)) continue;
    for (const auto& card : deck.cards) {
      if (card.cluster.empty()) continue;
      for (const auto& ref : card.statements) {
        auto it = by_id.find(ref.id);
        if (it == by_id.end() || it->second->from != card.cluster.value) continue;
        const MovedStatement& m = *it->second;
        diags->warning(ref.at, "analysis/statement-moved",
                       tr("statement {} was in {} and is now in {}, so card {} holds a statement outside its "
                          "cluster; move it to a card of {} or choose other anchors",
                          m.id, name(m.from), name(m.to), card.id.value, name(m.to)));
      }
    }
  }
}

std::string describe_moves(const std::vector<MovedStatement>& moved, size_t max) {
  std::string out;
  for (size_t i = 0; i < moved.size() && i < max; ++i)
    out += (i ? ", " : "") + std::to_string(moved[i].id) + " (" + (moved[i].from.empty() ? "-" : moved[i].from) +
           " → " + (moved[i].to.empty() ? "-" : moved[i].to) + ")";
  if (moved.size() > max) out += ", … " + tr("({} more)", moved.size() - max);
  return out;
}

}  // namespace sterk
