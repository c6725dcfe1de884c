#include "cli/analysis_changes.h"

#include <map>

#include "load/deck_loader.h"
#include "load/project_loader.h"

namespace sterk {
namespace {

std::string name(const std::string& cluster) { return cluster.empty() ? "(no cluster)" : "'" + cluster + "'"; }

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
                       "statement " + std::to_string(m.id) + " was in " + name(m.from) + " and is now in " +
                           name(m.to) + ", so card " + card.id.value +
                           " holds a statement outside its cluster; move it to a card of " + name(m.to) +
                           " or choose other anchors");
      }
    }
  }
}

std::string describe_moves(const std::vector<MovedStatement>& moved, size_t max) {
  std::string out;
  for (size_t i = 0; i < moved.size() && i < max; ++i)
    out += (i ? ", " : "") + std::to_string(moved[i].id) + " (" + (moved[i].from.empty() ? "-" : moved[i].from) +
           " → " + (moved[i].to.empty() ? "-" : moved[i].to) + ")";
  if (moved.size() > max) out += ", … (" + std::to_string(moved.size() - max) + " more)";
  return out;
}

}  // namespace sterk
