// Easy-read rules on the text of one card: sentence length, long words,
// difficult words and abbreviations, italics/underline/capitals, spelling, and
// the Flesch-Douma score of the whole card. Each finding points at the word or
// sentence inside the YAML value.
#include <cmath>

#include "check/check.h"
#include "check/sentences.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "util/text.h"

namespace sterk {
namespace {

// Cards with fewer words than this get no readability score: it says little about them.
constexpr int kMinWordsForScore = 10;

struct Totals {
  int words = 0, sentences = 0, syllables = 0;
};

bool has_digit(const std::string& w) {
  for (char c : w)
    if (c >= '0' && c <= '9') return true;
  return false;
}

std::string quote_list(const std::vector<std::string>& words) {
  std::string s;
  for (size_t i = 0; i < words.size(); ++i)
    s += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + ("'" + words[i] + "'");
  return s;
}

bool matches(const DifficultEntry& e, const std::vector<Word>& words, size_t k) {
  if (k + e.words.size() > words.size()) return false;
  for (size_t j = 0; j < e.words.size(); ++j) {
    const std::string& w = words[k + j].text;
    if (e.exact_case ? w != e.words[j] : lower(w) != e.words[j]) return false;
  }
  return true;
}

class TextChecker {
 public:
  TextChecker(const RuleSet& rules, const CheckContext& ctx, Diagnostics* found)
      : rules_(rules), ctx_(ctx), found_(found) {}

  void check(const LocatedText& t, Totals* totals) {
    if (trim(t.value).empty()) return;
    for (const auto& m : find_bad_markup(t.value)) {
      if (m.underline)
        found_->error(t.locate(m.offset), "easy-read/underline",
                      "underlining (" + m.written + ") is hard to read and cards cannot show it; "
                      "use **bold** for what matters");
      else
        found_->error(t.locate(m.offset), "easy-read/italic",
                      "italics (" + m.written + ") are hard to read and cards cannot show them; "
                      "use **bold** for what matters");
    }
    for (const Sentence& s : split_sentences(t.value, ctx_.words.dotted)) {
      int n = static_cast<int>(s.words.size());
      totals->sentences += 1;
      totals->words += n;
      if (n > rules_.max_sentence_words)
        found_->error(t.locate(s.begin), "easy-read/sentence-length",
                      "sentence has " + std::to_string(n) + " words; " + rules_.name + " allows " +
                          std::to_string(rules_.max_sentence_words));
      for (size_t k = 0; k < s.words.size(); ++k) {
        check_word(t, s.words[k], totals);
        if (rules_.easy_read) check_difficult(t, s.words, k);
      }
    }
  }

 private:
  void check_word(const LocatedText& t, const Word& w, Totals* totals) {
    totals->syllables += letter_count(w.text) > 0 ? ctx_.syllables->count(w.text) : 1;
    Location at = t.locate(w.begin);
    bool known_abbreviation = ctx_.words.abbreviations.count(w.text) ||
                              ctx_.words.abbreviations.count(lower(w.text));
    bool spell = !has_digit(w.text) && w.text.find('.') == std::string::npos && !known_abbreviation;
    for (const std::string& part : split(w.text, '-')) {
      int letters = letter_count(part);
      if (letters > rules_.max_word_letters) {
        found_->warning(at, "easy-read/long-word",
                        "'" + part + "' has " + std::to_string(letters) + " letters; " + rules_.name +
                            " words have at most " + std::to_string(rules_.max_word_letters) +
                            ": use a shorter word or say it in two words");
      }
      if (all_caps(part)) {
        spell = spell && w.text != part;  // a capital part of a longer word (LVB-jongere) is not spelled
        if (!ctx_.words.abbreviations.count(part))
          found_->warning(at, "easy-read/all-caps",
                          "'" + part + "' is written in capitals, which is hard to read; write it in small "
                          "letters, or explain the abbreviation and add it to cards/difficult-words.txt");
      }
    }
    if (spell && ctx_.speller && !ctx_.speller->correct(w.text)) {
      std::vector<std::string> sug = ctx_.speller->suggest(w.text);
      found_->error(at, "easy-read/spelling",
                    "'" + w.text + "' is not in the Dutch dictionary" +
                        (sug.empty() ? "" : "; did you mean " + quote_list(sug) + "?") +
                        " (names and other right words go in cards/words.txt)");
    }
  }

  void check_difficult(const LocatedText& t, const std::vector<Word>& words, size_t k) {
    for (const DifficultEntry& e : ctx_.words.difficult) {
      if (!matches(e, words, k)) continue;
      std::string written(t.value.substr(words[k].begin, words[k + e.words.size() - 1].end - words[k].begin));
      if (e.abbreviation)
        found_->warning(t.locate(words[k].begin), "easy-read/abbreviation",
                        "'" + written + "' is an abbreviation; write it out: " + e.suggestion);
      else
        found_->warning(t.locate(words[k].begin), "easy-read/difficult-word",
                        "'" + written + "' is a difficult word; try: " + e.suggestion);
    }
  }

  const RuleSet& rules_;
  const CheckContext& ctx_;
  Diagnostics* found_;
};

}  // namespace

void check_card_text(const Card& card, const RuleSet& rules, const CheckContext& ctx, Diagnostics* found) {
  TextChecker checker(rules, ctx, found);
  Totals totals;
  checker.check(card.title, &totals);
  checker.check(card.text, &totals);
  for (const auto& tip : card.tips) checker.check(tip, &totals);
  checker.check(card.question, &totals);
  checker.check(card.quote.text, &totals);
  if (totals.words < kMinWordsForScore || totals.sentences == 0) return;
  double per_sentence = static_cast<double>(totals.words) / totals.sentences;
  double per_word = static_cast<double>(totals.syllables) / totals.words;
  double score = 206.835 - 0.93 * per_sentence - 77 * per_word;
  if (score >= rules.min_flesch) return;
  Location at = !card.text.empty() ? card.text.at : !card.title.empty() ? card.title.at : card.id.at;
  found->error(at, "easy-read/readability",
               "the card scores " + format_number(std::floor(score * 10) / 10, 1) + " on Flesch-Douma; " +
                   rules.name + " needs at least " + format_number(rules.min_flesch, 0) + " (" +
                   format_number(per_sentence, 1) + " words a sentence, " + format_number(per_word, 2) +
                   " syllables a word): use shorter sentences and shorter words");
}

}  // namespace sterk
