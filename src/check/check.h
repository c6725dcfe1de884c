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
  bool easy_read = false;      ///< difficult words and abbreviations are checked; style rules are errors
  /// A content word whose rank in the Dutch frequency list is above this is uncommon
  /// (easy-read/uncommon-word); a compound counts as common when each part is within
  /// `compound_part_words`.
  int common_words = 30000;
  int compound_part_words = 10000;
  int max_title_words = 10;
  int max_tips = 5;
  int max_sentences = 10;      ///< sentences in a card's text
  int max_content_words = 8;   ///< content words in one clause (LiNT)
  int max_compound_letters = 20;  ///< longer compounds are not read as their parts
  bool address_je = false;     ///< the deck speaks to the reader as "je": "u"/"uw" are flagged
};
/// "easy-read" (10 words, 14 letters, 70) or "plain" (15, 20, 55); unknown names get plain.
/// docs/rules.md lists every threshold of both.
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
/// Words, sentences and syllables of text, for the Flesch-Douma score.
struct ReadingCounts {
  int words = 0, sentences = 0, syllables = 0;
  int cards = 0;  ///< cards counted in (for pooled short cards)
  void add(const ReadingCounts& o) {
    words += o.words, sentences += o.sentences, syllables += o.syllables, cards += 1;
  }
};
/// `short_cards`: a card with too few words for a score of its own adds its counts here
/// (the deck scores its short cards together with check_short_cards).
void check_card_text(const Card& card, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found,
                     ReadingCounts* short_cards = nullptr);
void check_short_cards(const ReadingCounts& pooled, int cards, const Location& at, const RuleSet& rules,
                       Diagnostics* found);
/// The easy-read rules on one printed line that is not a card field: a deck title or
/// subtitle, a cluster or theme label as the deck prints it (no full stop needed).
void check_printed_text(const LocatedText& text, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found);
/// The text rules on any texts read as one piece (a card, a module activity); the
/// readability score, when too low, is reported at `score_at` about `what`.
void check_texts(const std::vector<const LocatedText*>& texts, const Location& score_at, const RuleSet& rules,
                 const CheckContext& ctx, Diagnostics* found, const std::string& what);
void check_coverage(const Workspace& ws, const std::vector<const Deck*>& decks, const StudyFacts& study,
                    Diagnostics* diags);
void check_card_sources(const Card& card, const Deck& deck, const Project& project, Diagnostics* found);
/// template/field-not-drawn: the card's fields its template does not print for its kind.
void check_fields_drawn(const Workspace& ws, const Card& card, const Deck& deck, Diagnostics* found);

}  // namespace sterk
