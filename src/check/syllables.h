#pragma once
// Syllable counts for the Flesch-Douma score, from the Dutch hyphenation
// patterns (libhyphen, hyph_nl_NL.dic). The patterns are ISO-8859-1, so words
// are converted from UTF-8 first.
#include <string>
#include <string_view>

#include "check/word_memo.h"

typedef struct _HyphenDict HyphenDict;

namespace sterk {

class Syllables {
 public:
  Syllables() = default;
  ~Syllables();
  Syllables(const Syllables&) = delete;
  Syllables& operator=(const Syllables&) = delete;

  /// The dictionary's path, or "" with *err when it is not installed.
  static std::string find(std::string* err);
  /// Loads the first dictionary found; false with *err when there is none.
  bool load(std::string* err);
  bool load_file(const std::string& path, std::string* err);
  /// Syllables in one word (at least 1 for a word with a letter, 0 without).
  /// Parts joined by - are counted apart. Words the patterns cannot take
  /// (letters outside Latin-1) are counted by vowel groups.
  int count(std::string_view word) const;

 private:
  int count_word(std::string_view word) const;
  int count_part(std::string_view part) const;
  HyphenDict* dict_ = nullptr;
  mutable WordMemo<int> counted_;  ///< by word: cards repeat their words (not thread-safe)
};

/// Vowel groups (a, e, i, o, u, y and their accented forms; "ij" counts once): the fallback count.
int vowel_groups(std::string_view lower_word);

}  // namespace sterk
