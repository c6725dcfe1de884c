#pragma once
// Spelling against the Dutch hunspell dictionary (nl_NL, UTF-8) plus the
// project's own word list (cards/words.txt: names, jargon the cards may use).
// Every answer is remembered per word (check/word_memo.h) until a word is added, so
// not thread-safe: one command's checks ask from one thread.
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check/word_memo.h"

class Hunspell;

namespace sterk {

class Speller {
 public:
  Speller();
  ~Speller();
  Speller(const Speller&) = delete;
  Speller& operator=(const Speller&) = delete;

  /// The .aff path of the installed Dutch dictionary, or "" with *err.
  static std::string find(std::string* err);
  /// Loads nl_NL from /usr/share/hunspell; false with *err when it is missing.
  bool load(std::string* err);
  bool load_files(const std::string& aff, const std::string& dic, std::string* err);
  /// Accepts a word from the project list (case as written; a lower-case word
  /// is also accepted with a capital at the start of a sentence).
  void add(const std::string& word);
  /// True when the word, or each of its parts joined by -, is known.
  bool correct(std::string_view word) const;
  /// Up to `max` suggestions for a word that is not correct.
  std::vector<std::string> suggest(std::string_view word, size_t max = 3) const;
  /// True when the word is in the project's list (cards/words.txt).
  bool project_word(const std::string& w) const;

  /// The dictionary forms hunspell gives for a word (beperkingen → beperking).
  std::vector<std::string> stems(const std::string& w) const;
  /// The parts of a compound as hunspell splits it (banenafspraak → banen, afspraak);
  /// empty when it is not a compound.
  std::vector<std::string> compound_parts(const std::string& w) const;
  /// True for a Dutch word that can only be a verb's infinitive here: it ends in -en, is
  /// known, and hunspell gives no plural-noun reading (praten yes, jongeren no).
  bool infinitive(const std::string& w) const;
  /// True when hunspell reads the word as a plural noun (dagen, mensen).
  bool plural_noun(const std::string& w) const;

  /// True when the English dictionary is installed; false with *err otherwise.
  static bool find_english(std::string* err);
  /// Loads the English (en_US) dictionary for easy-read/english-word; false with *err
  /// when the machine lacks it.
  bool load_english(std::string* err);
  /// True when the English dictionary knows the word (false when it is not loaded).
  bool english(const std::string& w) const;

 private:
  bool known(const std::string& w) const;
  bool look_up_correct(const std::string& w) const;
  std::vector<std::string> look_up_compound_parts(const std::string& w) const;
  bool look_up_infinitive(const std::string& w) const;
  bool look_up_plural_noun(const std::string& w) const;
  void forget_answers();
  std::unique_ptr<Hunspell> hunspell_;
  std::unique_ptr<Hunspell> english_;
  std::set<std::string> project_words_;
  // What hunspell said, by word (a card deck asks about the same words again and again).
  mutable WordMemo<bool> correct_, infinitive_, plural_noun_, english_words_;
  mutable WordMemo<std::vector<std::string>> stems_, compound_parts_, suggestions_;
};

}  // namespace sterk
