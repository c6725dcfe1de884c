#pragma once
// `sterk check` and the first stage of `sterk build`: every rule of the rule
// table (check/rules.h) in one pass over the selected decks. Text rules point
// at the sentence or word inside the YAML value; preflight comes from the same
// layout code that renders; a card's `allow:` accepts a named rule for it.
#include <future>
#include <map>
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

/// A rule set: the thresholds and severities for one kind of reader, named by a
/// template's `rules:` (easy-read for young people, A2; plain for everyone else, B1).
/// docs/rules.md lists and argues every value of both sets.
struct RuleSet {
  std::string name;
  int max_sentence_words = 15;
  int max_word_letters = 20;   ///< longer words (per part between hyphens) are warned about
  double min_flesch = 55;      ///< Flesch-Douma per card
  bool easy_read = false;      ///< the easy-read set (bigger text on the web page, card limits)
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
  /// Numbers up to this may be written as words (easy-read/number-in-words): 0 = none,
  /// 20 = Dutch spelling's custom of writing small numbers in words.
  int max_number_word = 20;
  bool address_je = false;     ///< the deck speaks to the reader as "je": "u"/"uw" are flagged
  /// The readers know the work terms under `[gewone taal]` in cards/explained-words.txt,
  /// and a word the project explains (that list, cards/words.txt) is not reported from
  /// the list of difficult words either; easy-read readers get every listed word reported.
  bool knows_work_terms = true;
  /// English loanwords Dutch subtitles use (feedback, workshop, lunch) count as English:
  /// an easy-read reader may not know them, a B1 reader does.
  bool loanwords_are_english = false;
  /// The severity this set gives a rule, where it differs from the rule table's
  /// (check/rules.cc); severities follow the reader's interest: a difficult word is an
  /// error for an easy-read reader and advice for a B1 reader.
  std::map<std::string, Severity> severity;
  /// Rules this set does not run (B1 readers follow a clear "daar" back to its sentence).
  std::set<std::string> off;

  /// True when this set runs rule `code`.
  bool checks(const std::string& code) const { return !off.count(code); }
  /// The one answer to "error or warning?" for a rule in a deck or module of this set:
  /// the set's own severity, else the rule table's.
  Severity severity_of(const std::string& code) const;
  /// Reports a finding of rule `code` with the severity this set gives it (nothing
  /// when the set does not run the rule).
  void report(Diagnostics* found, const Location& at, const std::string& code, const std::string& message) const;
};
/// "easy-read" or "plain"; unknown names get plain (check/rule_sets.cc).
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
/// The list of difficult words of ctx.words arranged for look-up by first word. Made
/// once per deck instead of once per card; a card's check makes its own when the list
/// changed since (a different or longer list).
struct DifficultIndex;
std::shared_ptr<const DifficultIndex> index_difficult_words(const WordLists& words);
/// `short_cards`: a card with too few words for a score of its own adds its counts here
/// (the deck scores its short cards together with check_short_cards).
void check_card_text(const Card& card, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found,
                     ReadingCounts* short_cards = nullptr, const DifficultIndex* index = nullptr);
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
