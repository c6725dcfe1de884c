// Coverage: every study deck speaks about every cluster, and every go-zone
// statement reaches the audience it matters to.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "check/check.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

std::map<std::string, int> content_cards_per_cluster(const Deck& deck) {
  std::map<std::string, int> n;
  for (const Card& c : deck.cards)
    if (c.kind == CardKind::content && !c.cluster.empty()) ++n[c.cluster.value];
  return n;
}

}  // namespace

void check_coverage(const Workspace& ws, const std::vector<const Deck*>& decks, const StudyFacts& study,
                    Diagnostics* diags) {
  if (!study.present) return;
  for (const Deck* deck : decks) {
    if (deck->kind != DeckKind::study) continue;
    // A deck that could not be read is already reported; "every cluster is missing"
    // would only bury that error.
    if (deck->id.empty() || deck->audience.empty()) continue;
    std::map<std::string, int> n = content_cards_per_cluster(*deck);
    for (const auto& c : study.clusters)
      if (!n.count(c.id))
        diags->error(deck->id.at, "coverage/missing-cluster",
                     tr("the deck has no content card for cluster '{}' ({}); a study deck covers every cluster", c.id,
                        c.label));
  }
  // Go-zone statements per audience, used by any deck of that audience.
  std::map<std::string, const Deck*> first_deck;
  for (const Deck* deck : decks) {
    auto& f = first_deck[deck->audience.value];
    if (!f || (f->kind != DeckKind::study && deck->kind == DeckKind::study)) f = deck;
  }
  for (const auto& [audience, deck] : first_deck) {
    if (audience.empty()) continue;
    std::set<int> used;
    for (const Deck& d : ws.decks)
      if (d.audience.value == audience)
        for (const Card& c : d.cards)
          for (const auto& s : c.statements) used.insert(s.id);
    for (const auto& [id, groups] : study.go_zone) {
      bool overall = groups.count("overall") > 0, own = groups.count(audience) > 0;
      if ((!overall && !own) || used.count(id)) continue;
      // The number alone sends the reader to statements.csv; the words say which idea is missing.
      std::string quote;
      if (auto t = study.statement_text.find(id); t != study.statement_text.end() && !t->second.empty()) {
        std::string text = t->second;
        if (utf8_length(text) > 80) text = text.substr(0, utf8_offset(text, 79)) + "…";
        quote = " (\u201c" + text + "\u201d)";
      }
      diags->warning(deck->id.at, "coverage/go-zone-statement",
                     own ? tr("statement {}{} is in the go-zone for {} but no card for {} uses it; add it to a card's "
                              "statements", id, quote, audience, audience)
                         : tr("statement {}{} is in the go-zone overall but no card for {} uses it; add it to a card's "
                              "statements", id, quote, audience));
    }
  }
}

std::string coverage_table(const std::vector<const Deck*>& decks, const StudyFacts& study) {
  std::vector<std::string> header = {"cluster"};
  for (const Deck* d : decks) header.push_back(d->id.value);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::map<std::string, int>> counts;
  for (const Deck* d : decks) counts.push_back(content_cards_per_cluster(*d));
  std::vector<std::string> ids;
  for (const auto& c : study.clusters) ids.push_back(c.id);
  // Clusters the cards name that the analysis does not know still get a row.
  for (const auto& n : counts)
    for (const auto& [id, k] : n)
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  for (const auto& id : ids) {
    std::vector<std::string> row = {id};
    for (size_t i = 0; i < decks.size(); ++i) {
      auto it = counts[i].find(id);
      int k = it == counts[i].end() ? 0 : it->second;
      bool study_deck = decks[i]->kind == DeckKind::study;
      row.push_back(k > 0 ? std::to_string(k) : study_deck ? "0 !" : "-");
    }
    rows.push_back(row);
  }
  std::ostringstream out;
  out << text_table(header, rows);
  out << "content cards per cluster; '0 !' = a study deck misses the cluster, '-' = none in a workshop deck\n";
  return out.str();
}

}  // namespace sterk
