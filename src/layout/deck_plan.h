#pragma once
// The printed order of a deck: the cards as written, with a divider generated
// before each cluster's first content card when the template asks for it, and
// every card numbered. Everything a placeholder can show is resolved here.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/deck.h"
#include "model/project.h"
#include "model/template.h"

namespace sterk {

class FitCache;
class TemplateFiles;

struct ClusterLabel {
  std::string id;
  std::string label;
  std::vector<int> statements;
  /// Audience id → the label in that audience's words (study.yaml `labels:`).
  std::map<std::string, std::string> audience_labels;
};

struct PlannedCard {
  /// The card in the deck, not a copy: a plan of 10 000 cards held the deck twice.
  /// A plan lives no longer than its deck. Generated dividers (generated = true) are
  /// in no deck; `divider` keeps them.
  const Card* card = nullptr;
  std::shared_ptr<const Card> divider;
  int number = 0;          ///< 1-based position in the printed deck
  int count = 0;           ///< number of printed cards in the deck
  int cluster_index = -1;  ///< position of the card's cluster (or theme) in its list, -1 = none
  int cluster_count = 0;   ///< clusters in the analysis, or themes in a workshop deck
  std::string cluster_label;
};

/// Everything layout needs to know about one deck.
struct DeckContext {
  const Project* project = nullptr;
  const Deck* deck = nullptr;
  const Template* tpl = nullptr;
  std::vector<ClusterLabel> clusters;  ///< analysis order
  std::string study_title;
  /// Optional: fit results shared by the cards of this deck (layout/text_fit.h).
  /// Whoever lays out a whole deck owns one; a pointer because the context is
  /// passed as const while the cache fills.
  FitCache* fits = nullptr;
  /// Optional, the same way: what is known about the pictograms and images the
  /// cards name (layout/template_files.h). Without it every card looks again.
  TemplateFiles* files = nullptr;
};

/// The one place a deck's context is put together (build, check, preview, watch):
/// what {deck.…}, {cluster.…}, {study.title} and {project.…} show comes from here.
DeckContext deck_context(const Project& project, const Deck& deck, const Template& tpl,
                         const std::vector<ClusterLabel>& clusters, const std::string& study_title);

std::vector<PlannedCard> plan_deck(const DeckContext& ctx);

/// Dutch label of an audience for card text, e.g. "jongeren".
std::string audience_label(const std::string& audience);

}  // namespace sterk
