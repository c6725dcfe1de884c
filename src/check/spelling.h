#pragma once
// Spelling against the Dutch hunspell dictionary (nl_NL, UTF-8) plus the
// project's own word list (cards/words.txt: names, jargon the cards may use).
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

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

 private:
  bool known(const std::string& w) const;
  std::unique_ptr<Hunspell> hunspell_;
  std::set<std::string> project_words_;
};

}  // namespace sterk
