// Easy-read rules on the text of one card: sentence length, long words,
// difficult words and abbreviations, italics/underline/capitals, spelling, and
// the Flesch-Douma score of the whole card. Each finding points at the word or
// sentence inside the YAML value.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string_view>
#include <utility>

#include "check/check.h"
#include "check/plain_language.h"
#include "util/sentences.h"
#include "check/word_frequency.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

// Cards with fewer words than this are scored as if their sentences had this many words
// (the easy-read maximum): with so few words the sentence term says little.
constexpr int kMinWordsForScore = 10;

using Totals = ReadingCounts;

// The first letter is a capital (Latin-1 capitals included: Özlem).
bool capitalised(const std::string& w) {
  if (w.empty()) return false;
  size_t n = static_cast<unsigned char>(w[0]) < 0x80 ? 1 : 2;
  return lower(w.substr(0, n)) != w.substr(0, n);
}

bool has_digit(const std::string& w) {
  for (char c : w)
    if (c >= '0' && c <= '9') return true;
  return false;
}

std::string quote_list(const std::vector<std::string>& words) {
  std::string s;
  for (size_t i = 0; i < words.size(); ++i)
    s = i == 0 ? "'" + words[i] + "'"
        : i + 1 == words.size() ? tr("{} or '{}'", s, words[i])  // the last of "'a', 'b' or 'c'"
                                : s + ", '" + words[i] + "'";
  return s;
}

// `lowered`: the sentence's words in lower case (made once, not once per entry).
bool matches(const DifficultEntry& e, const std::vector<Word>& words, const std::vector<std::string>& lowered,
             size_t k) {
  if (k + e.words.size() > words.size()) return false;
  for (size_t j = 0; j < e.words.size(); ++j)
    if ((e.exact_case ? words[k + j].text : lowered[k + j]) != e.words[j]) return false;
  return true;
}

}  // namespace

/// The list of difficult words by first word (entry indices in list order), and the
/// entries without words, which are tried at every word.
struct DifficultIndex {
  explicit DifficultIndex(const std::vector<DifficultEntry>& list) : list_(&list), size_(list.size()) {
    for (size_t i = 0; i < list.size(); ++i)
      if (list[i].words.empty()) every_word.push_back(i);
      else by_first_word.push_back({list[i].words[0], i});
    std::sort(by_first_word.begin(), by_first_word.end());
  }
  /// Made from `list` as it is now (a list that grew or moved needs a new index). The
  /// list does not change during one run_checks, which makes one index per deck.
  bool indexes(const std::vector<DifficultEntry>& list) const { return list_ == &list && size_ == list.size(); }

  std::vector<std::pair<std::string_view, size_t>> by_first_word;
  std::vector<size_t> every_word;

 private:
  const std::vector<DifficultEntry>* list_;
  size_t size_;
};

std::shared_ptr<const DifficultIndex> index_difficult_words(const WordLists& words) {
  return std::make_shared<const DifficultIndex>(words.difficult);
}

namespace {

class TextChecker {
 public:
  /// `index`: made by index_difficult_words from ctx.words, or null to make one here.
  TextChecker(const RuleSet& rules, const CheckContext& ctx, Diagnostics* found,
              const DifficultIndex* index = nullptr)
      : rules_(rules), ctx_(ctx), found_(found),
        own_index_(index && index->indexes(ctx.words.difficult) ? nullptr
                                                                : std::make_unique<DifficultIndex>(ctx.words.difficult)),
        index_(own_index_ ? *own_index_ : *index) {}

  /// What check() split a text into: its sentences, and their words together.
  struct Split {
    size_t sentences = 0, words = 0;
  };

  /// `is_title`: titles, labels and alt texts need no full stop.
  Split check(const LocatedText& t, Totals* totals, bool is_title = false, bool alt_text = false) {
    Split split;
    if (trim(t.value).empty()) return split;
    for (const auto& m : find_bad_markup(t.value)) {
      if (m.underline)
        rules_.report(found_, t.locate(m.offset), "easy-read/underline",
                      tr("underlining ({}) is hard to read and cards cannot show it; "
                         "use **bold** for what matters", m.written));
      else
        rules_.report(found_, t.locate(m.offset), "easy-read/italic",
                      tr("italics ({}) are hard to read and cards cannot show them; "
                         "use **bold** for what matters", m.written));
    }
    std::vector<Sentence> sentences = split_sentences(t.value, ctx_.words.dotted);
    split.sentences = sentences.size();
    const bool several_lines = trim(t.value).find('\n') != std::string::npos;
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      int n = static_cast<int>(s.words.size());
      split.words += s.words.size();
      totals->sentences += 1;
      totals->words += n;
      if (n > rules_.max_sentence_words)
        rules_.report(found_, t.locate(s.begin), "easy-read/sentence-length",
                      tr("sentence has {} words; {} allows {}", n, rules_.name, rules_.max_sentence_words));
      // Every word of a listed phrase is reported with the phrase ('in het kader van'),
      // not once more on its own ('kader' as uncommon): one cause, one message.
      size_t listed_until = 0;
      lowered_.clear();
      for (const Word& w : s.words) lowered_.push_back(lower(w.text));
      for (size_t k = 0; k < s.words.size(); ++k) {
        listed_until = std::max(listed_until, k + check_difficult(t, s.words, k));
        check_word(t, s.words[k], lowered_[k], k == 0, k < listed_until, totals);
      }
      SentenceContext sc;
      sc.rules = &rules_;
      sc.speller = ctx_.speller.get();
      sc.idioms = &ctx_.words.idioms;
      sc.is_title = is_title;
      sc.last_in_text = si + 1 == sentences.size();
      sc.several_sentences = sentences.size() > 1 || several_lines;
      sc.alt_text = alt_text;
      sc.lowered = &lowered_;
      check_sentence(t, s, sc, found_);
    }
    return split;
  }

 private:
  // `lw`: the word in lower case.
  void check_word(const LocatedText& t, const Word& w, const std::string& lw, bool first, bool listed,
                  Totals* totals) {
    totals->syllables += letter_count(w.text) > 0 ? ctx_.syllables->count(w.text) : 1;
    // Located only when something is reported: most words are fine.
    auto at = [&] { return t.locate(w.begin); };
    bool known_abbreviation =
        ctx_.words.abbreviations.count(w.text) || (lw != w.text && ctx_.words.abbreviations.count(lw));
    bool spell = !has_digit(w.text) && w.text.find('.') == std::string::npos && !known_abbreviation;
    auto check_part = [&](const std::string& part) {
      int letters = letter_count(part);
      if (letters > rules_.max_word_letters) {
        rules_.report(found_, at(), "easy-read/long-word",
                        tr("'{}' has {} letters; {} words have at most {}: use a shorter word or say it in two words",
                           part, letters, rules_.name, rules_.max_word_letters));
      }
      if (all_caps(part)) {
        spell = spell && w.text != part;  // a capital part of a longer word (LVB-jongere) is not spelled
        if (!ctx_.words.abbreviations.count(part))
          rules_.report(found_, at(), "easy-read/all-caps",
                          tr("'{}' is written in capitals, which is hard to read; write it in small "
                             "letters, or explain the abbreviation and add it to cards/difficult-words.txt", part));
      }
    };
    // Most words have no hyphen: the word is its only part, without splitting it.
    if (w.text.find('-') == std::string::npos) check_part(w.text);
    else
      for (const std::string& part : split(w.text, '-')) check_part(part);
    if (!spell || !ctx_.speller) return;
    if (!ctx_.speller->correct(w.text)) {
      if (looks_like_name(w, first)) {
        rules_.report(found_, at(), "easy-read/unknown-name",
                        tr("'{}' is not in the Dutch dictionary; if it is a name, add it to "
                           "cards/names.txt, otherwise check the spelling", w.text));
        return;
      }
      std::vector<std::string> sug = ctx_.speller->suggest(w.text);
      rules_.report(found_, at(), "easy-read/spelling",
                    sug.empty() ? tr("'{}' is not in the Dutch dictionary (names go in cards/names.txt, "
                                     "other right words in cards/words.txt)", w.text)
                                : tr("'{}' is not in the Dutch dictionary; did you mean {}? (names go in "
                                     "cards/names.txt, other right words in cards/words.txt)", w.text, quote_list(sug)));
      return;
    }
    if (!listed && (rules_.checks("easy-read/uncommon-word") || rules_.checks("easy-read/english-word")))
      check_common(t, w, lw, first);
  }

  // A capitalised word the dictionary does not know is a name, not a mistake: in the
  // middle of a sentence always; at its start when no small-letter word is meant.
  bool looks_like_name(const Word& w, bool first) const {
    if (!capitalised(w.text) || letter_count(w.text) < 2) return false;
    if (!first) return true;
    for (const std::string& s : ctx_.speller->suggest(w.text))
      if (ctx_.speller->correct(lower(s))) return false;  // "Solicitatie": sollicitatie was meant
    return true;
  }

  // A word readers of this rule set may not know: outside the common words of the
  // Dutch frequency list, by itself, by its dictionary form and as a compound.
  void check_common(const LocatedText& t, const Word& w, const std::string& lw, bool first) {
    if (letter_count(lw) < 4) return;  // short words are common or abbreviations
    if (ctx_.words.explained_form(lw, rules_.knows_work_terms)) return;
    for (const std::string& n : ctx_.words.names)
      if (lower(n) == lw) return;  // a name from cards/names.txt
    auto english_word = [&] {
      report(t.locate(w.begin), "easy-read/english-word",
             tr("'{}' is an English word; use a Dutch word, or explain it and add it to "
                "cards/explained-words.txt", w.text));
    };
    if (rules_.loanwords_are_english && english_loanword(lw)) return english_word();  // common in subtitles, yet English
    if (common(lw, rules_.common_words)) return;
    std::string joined;
    for (char c : lw)
      if (c != '-') joined += c;
    if (joined != lw && common(joined, rules_.common_words)) return;
    if (compound_of_common_parts(lw)) return;
    // Capitalised words are names and places (Utrecht is in the English dictionary too).
    if (ctx_.speller->english(w.text) && !(capitalised(w.text) && !first)) return english_word();
    report(t.locate(w.begin), "easy-read/uncommon-word",
           tr("'{}' is not among the {} most common Dutch words; use a more common word, or explain it on the "
              "card and add it to cards/explained-words.txt", w.text, rules_.common_words));
  }

  static const WordFrequency& frequency() { return dutch_word_frequency(); }

  // English words the Dutch dictionary accepts and subtitles use, but an easy-read
  // reader may not know; each has a Dutch word (docs/rules.md).
  static bool english_loanword(const std::string& w) {
    static const std::set<std::string> words = {
        "feedback", "deadline", "deadlines", "meeting", "meetings", "skills", "skill", "workshop", "workshops",
        "planning", "manager", "managers", "teamleader", "flexwerk", "jobhunting", "target", "targets",
        "challenge", "challenges", "mindset", "burn-out", "burnout", "coachen", "support", "check-in",
        "update", "updates", "briefing", "tools", "online", "offline", "performance", "skill", "lunch"};
    return words.count(w) > 0;
  }

  bool ranked(const std::string& w, int limit) const {
    int r = frequency().rank(w);
    return r > 0 && r <= limit;
  }

  // The word, its dictionary forms, and the infinitive its verb forms come from
  // (bespreek → bespreken, gebeld → bellen, werkt → werken).
  bool common(const std::string& lw, int limit) const {
    if (ranked(lw, limit)) return true;
    // A stem much shorter than the word is the first part of a compound (hunspell gives
    // "banen" for banenafspraak): that says nothing about the whole word.
    for (const std::string& s : ctx_.speller->stems(lw))
      if (s.size() + 4 >= lw.size() && ranked(lower(s), limit)) return true;
    for (const std::string& inf : infinitives_of(lw))
      if (ranked(inf, limit)) return true;
    return false;
  }

  static std::vector<std::string> infinitives_of(const std::string& w) {
    std::vector<std::string> bases, out;
    auto ends = [&](const char* x) { return ends_with(w, x) && w.size() > 4; };
    bases.push_back(w);
    if (ends("t") || ends("d")) bases.push_back(w.substr(0, w.size() - 1));
    if (w.compare(0, 2, "ge") == 0 && (ends("t") || ends("d"))) bases.push_back(w.substr(2, w.size() - 3));
    for (const std::string& b : bases) {
      if (b.size() < 2) continue;
      out.push_back(b + "en");
      char last = b.back();
      std::string undoubled = b;
      size_t n = b.size();
      if (n >= 3 && b[n - 2] == b[n - 3] && std::string("aeou").find(b[n - 2]) != std::string::npos)
        undoubled = b.substr(0, n - 2) + b.substr(n - 1);  // maak → mak(en), bespreek → bespre k
      if (undoubled != b) out.push_back(undoubled + "en");
      out.push_back(b + last + "en");  // bel → bellen
      if (last == 'f') out.push_back(undoubled.substr(0, undoubled.size() - 1) + "ven");
      if (last == 's') out.push_back(undoubled.substr(0, undoubled.size() - 1) + "zen");
    }
    return out;
  }

  // werkdag = werk + dag, both very common; banenafspraak = banen + afspraak is not
  // (banen is not among the very common words), loon-kosten-subsidie neither.
  bool compound_of_common_parts(const std::string& lw) const {
    int limit = rules_.compound_part_words;
    if (letter_count(lw) > rules_.max_compound_letters) return false;  // too long to read as its parts
    // Leading parts count as written (banen stays banen, not baan); only the last part,
    // which takes the endings, is looked up in its other forms.
    bool terms = rules_.knows_work_terms;
    auto lead = [&](const std::string& x) { return ranked(x, limit) || ctx_.words.explained_form(x, terms); };
    auto head = [&](const std::string& x) { return common(x, limit) || ctx_.words.explained_form(x, terms); };
    auto all_known = [&](const std::vector<std::string>& parts) {
      for (size_t i = 0; i < parts.size(); ++i)
        if (!parts[i].empty() && !(i + 1 == parts.size() ? head(lower(parts[i])) : lead(lower(parts[i])))) return false;
      return true;
    };
    std::vector<std::string> parts = split(lw, '-');
    if (parts.size() > 1) return all_known(parts);
    std::vector<std::string> hs = ctx_.speller->compound_parts(lw);
    if (hs.size() >= 2 && all_known(hs)) return true;
    // Two parts, each at least 3 letters, with an optional linking s or e(n).
    for (size_t cut = 3; cut + 3 <= lw.size(); ++cut) {
      std::string left = lw.substr(0, cut), right = lw.substr(cut);
      if (!head(right)) continue;
      if (lead(left)) return true;
      for (const char* link : {"s", "e", "en"}) {
        std::string l(link);
        if (ends_with(left, l) && left.size() > l.size() + 2 && lead(left.substr(0, left.size() - l.size())))
          return true;
      }
    }
    return false;
  }

  void report(const Location& at, const char* code, const std::string& message) {
    rules_.report(found_, at, code, message);
  }

  /// How many words from words[k] on an entry of the list of difficult words covers
  /// (reported here); 0 when none starts there.
  size_t check_difficult(const LocatedText& t, const std::vector<Word>& words, size_t k) {
    size_t covered = 0;
    // Only the entries whose first word is this one can match; they are tried in the
    // list's order, as if the whole list were walked.
    candidates_ = index_.every_word;
    entries_starting_with(lowered_[k], false);
    entries_starting_with(words[k].text, true);
    std::sort(candidates_.begin(), candidates_.end());
    for (size_t i : candidates_) {
      const DifficultEntry& e = ctx_.words.difficult[i];
      if (!matches(e, words, lowered_, k)) continue;
      covered = std::max(covered, e.words.size());
      // A word the readers know from their work (a term the project explains) is not
      // reported to readers of this set; phrases (in het kader van) always are.
      if (rules_.knows_work_terms && e.words.size() == 1 && ctx_.words.explained_form(lowered_[k], true))
        continue;
      std::string written(t.value.substr(words[k].begin, words[k + e.words.size() - 1].end - words[k].begin));
      if (e.abbreviation)
        rules_.report(found_, t.locate(words[k].begin), "easy-read/abbreviation",
                        tr("'{}' is an abbreviation; write it out: {}", written, e.suggestion));
      else
        report(t.locate(words[k].begin), "easy-read/difficult-word",
               tr("'{}' is a difficult word; try: {}", written, e.suggestion));
    }
    return covered;
  }

  // Adds the entries of the list of difficult words that start with `word` and match
  // in exact case (`exact`) or in lower case.
  void entries_starting_with(const std::string& word, bool exact) {
    auto it = std::lower_bound(index_.by_first_word.begin(), index_.by_first_word.end(),
                               std::pair<std::string_view, size_t>(word, 0));
    for (; it != index_.by_first_word.end() && it->first == word; ++it)
      if (ctx_.words.difficult[it->second].exact_case == exact) candidates_.push_back(it->second);
  }

  const RuleSet& rules_;
  const CheckContext& ctx_;
  Diagnostics* found_;
  std::vector<std::string> lowered_;  ///< the current sentence's words in lower case
  std::unique_ptr<DifficultIndex> own_index_;  ///< when the caller had none for this list
  const DifficultIndex& index_;
  std::vector<size_t> candidates_;
};

// Limits of the rule set on a whole card: title words, sentences in the text, tips.
// `title_words` and `sentences` (of the text) as the text checks split them.
void check_card_limits(const Card& card, size_t title_words, size_t sentences, const RuleSet& rules,
                       Diagnostics* found) {
  auto report = [&](const Location& at, const char* code, const std::string& message) {
    rules.report(found, at, code, message);
  };
  if (static_cast<int>(title_words) > rules.max_title_words)
    report(card.title.at, "easy-read/title-length",
           tr("the title has {} words; {} titles have at most {}: say what the card is about in fewer words",
              title_words, rules.name, rules.max_title_words));
  if (static_cast<int>(sentences) > rules.max_sentences)
    report(card.text.at, "easy-read/too-many-sentences",
           tr("the text has {} sentences; {} cards have at most {}: keep one topic a card, or split the card",
              sentences, rules.name, rules.max_sentences));
  if (static_cast<int>(card.tips.size()) > rules.max_tips)
    report(card.tips[rules.max_tips].at, "easy-read/too-many-tips",
           tr("the card has {} tips; {} cards have at most {}: keep the most useful ones", card.tips.size(),
              rules.name, rules.max_tips));
}

}  // namespace

namespace {

// The Flesch-Douma score of `totals`, reported at `at` about `what` when it is below the
// rule set's minimum.
void report_score(const Totals& totals, const Location& at, const RuleSet& rules, const std::string& what,
                  Diagnostics* found) {
  double per_sentence = static_cast<double>(totals.words) / totals.sentences;
  double per_word = static_cast<double>(totals.syllables) / totals.words;
  double score = 206.835 - 0.93 * per_sentence - 77 * per_word;
  if (score >= rules.min_flesch) return;
  const std::string shown = format_number(std::floor(score * 10) / 10, 1), minimum = format_number(rules.min_flesch, 0),
                    words = format_number(per_sentence, 1), syllables = format_number(per_word, 2);
  rules.report(found, at, "easy-read/readability",
               totals.cards > 1
                   ? tr("{} score {} on Flesch-Douma; {} needs at least {} ({} words a sentence, {} syllables a "
                        "word): use shorter sentences and shorter words", what, shown, rules.name, minimum, words, syllables)
                   : tr("{} scores {} on Flesch-Douma; {} needs at least {} ({} words a sentence, {} syllables a "
                        "word): use shorter sentences and shorter words", what, shown, rules.name, minimum, words, syllables));
}

}  // namespace

void check_texts(const std::vector<const LocatedText*>& texts, const Location& score_at, const RuleSet& rules,
                 const CheckContext& ctx, Diagnostics* found, const std::string& what) {
  TextChecker checker(rules, ctx, found);
  Totals totals;
  for (const LocatedText* t : texts) checker.check(*t, &totals);
  if (totals.words < kMinWordsForScore || totals.sentences == 0) return;
  report_score(totals, score_at, rules, what, found);
}

void check_card_text(const Card& card, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found,
                     ReadingCounts* short_cards, const DifficultIndex* index) {
  TextChecker checker(rules, ctx, found, index);
  Totals totals;
  const size_t title_words = checker.check(card.title, &totals, true).words;
  const size_t sentences = checker.check(card.text, &totals).sentences;
  for (const auto& tip : card.tips) checker.check(tip, &totals);
  checker.check(card.question, &totals);
  checker.check(card.quote->text, &totals);
  Totals ignore;  // alt text is read aloud, not printed: checked, but not scored
  checker.check(card.pictogram_alt, &ignore, true, true);
  check_card_limits(card, title_words, sentences, rules, found);
  if (totals.sentences == 0 || totals.words == 0) return;
  if (totals.words < kMinWordsForScore) {
    // Too few words for a score of its own: the deck scores its short cards together.
    if (short_cards) short_cards->add(totals);
    return;
  }
  Location at = !card.text.empty() ? card.text.at : !card.title.empty() ? card.title.at : card.id.at;
  report_score(totals, at, rules, tr("the card"), found);
}

void check_short_cards(const ReadingCounts& pooled, int cards, const Location& at, const RuleSet& rules,
                       Diagnostics* found) {
  if (pooled.words < kMinWordsForScore || pooled.sentences == 0) return;
  report_score(pooled, at, rules,
               tr("the {} cards with fewer than {} words together", cards, kMinWordsForScore),
               found);
}

void check_printed_text(const LocatedText& text, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found) {
  TextChecker checker(rules, ctx, found);
  Totals ignore;
  checker.check(text, &ignore, true);
}

}  // namespace sterk
