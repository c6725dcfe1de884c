#pragma once
// `sterk check` and the first stage of `sterk build`: every rule of the rule
// table (check/rules.h) in one pass over the selected decks. Text rules point
// at the sentence or word inside the YAML value; preflight comes from the same
// layout code that renders; a card's `allow:` accepts a named rule for it.
#include <future>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "check/study_facts.h"
#include "check/word_lists.h"
#include "layout/deck_plan.h"
#include "load/project_loader.h"

namespace sterk {

class Speller;
class Syllables;

/// Thresholds of an easy-read rule set, named by a template's `rules:`.
struct RuleSet {
  std::string name;
  int max_sentence_words = 15;
  int max_word_letters = 20;   ///< longer words (per part between hyphens) are warned about
  double min_flesch = 55;      ///< Flesch-Douma per card
  bool easy_read = false;      ///< difficult words and abbreviations are checked
};
/// "easy-read" (10 words, 14 letters, 70) or "plain" (15, 20, 55); unknown names get plain.
RuleSet rule_set(const std::string& name);

struct CheckContext;

/// The Dutch hyphenation and spelling dictionaries, loading on a thread of their own.
/// Loading takes longer than reading and laying out all shipped decks, so commands
/// start it first thing and hand it to prepare_checks.
struct Dictionaries {
  std::shared_ptr<Syllables> syllables;
  std::shared_ptr<Speller> speller;
  std::shared_future<void> loaded;
  bool started() const { return loaded.valid(); }
};

/// Starts loading both dictionaries; false with *err when the machine lacks one.
bool start_loading_dictionaries(Dictionaries* d, std::string* err);

/// Keeps the dictionaries alive until the process exits. Freeing 180 000 words one by
/// one takes longer than checking a deck; a command that is about to end calls this
/// instead of letting them go (like a compiler that skips freeing at exit). The memory
/// stays reachable, so leak checkers do not report it.
void keep_until_exit(const CheckContext& ctx);

/// Everything the checks need besides the decks; made once per run.
struct CheckContext {
  StudyFacts study;
  std::vector<ClusterLabel> clusters;  ///< for layout (cluster labels and colours)
  std::string study_title;
  WordLists words;
  std::shared_ptr<Syllables> syllables;
  std::shared_ptr<Speller> speller;
  /// The dictionaries load on a thread of their own (they touch neither Pango
  /// nor Cairo) while the cards are laid out; run_checks waits for it.
  std::shared_future<void> dictionaries;
  bool preflight = true;  ///< lay out every card (needs the project fonts registered)
};

/// Reads the analysis, the word lists and the Dutch dictionaries (`early`, when the
/// command already started loading them). Problems in the project's files go to
/// *diags; returns false with *err when the machine lacks a dictionary (exit code 3).
bool prepare_checks(const Workspace& ws, CheckContext* ctx, Diagnostics* diags, std::string* err,
                    Dictionaries early = {});

/// Runs every rule on `decks` (a selection of ws.decks) and adds what it finds.
void run_checks(const Workspace& ws, const std::vector<const Deck*>& decks, const CheckContext& ctx,
                Diagnostics* diags);

/// Copies `found` (all about `card`) into *out, without the rules the card
/// accepts with `allow:`. The codes it left out are added to *used.
void filter_allowed(const Card& card, const Diagnostics& found, Diagnostics* out,
                    std::set<std::string>* used = nullptr);

/// The clusters × decks table of `sterk check --coverage`: content cards per cluster.
std::string coverage_table(const std::vector<const Deck*>& decks, const StudyFacts& study);

// The rule groups, one file each; all report into `found` for one card or deck.
void check_card_references(const Card& card, const StudyFacts& study, Diagnostics* found);
void check_card_text(const Card& card, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found);
void check_coverage(const Workspace& ws, const std::vector<const Deck*>& decks, const StudyFacts& study,
                    Diagnostics* diags);
void check_card_sources(const Card& card, const Deck& deck, const Project& project, Diagnostics* found);

}  // namespace sterk
