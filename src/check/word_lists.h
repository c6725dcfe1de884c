#pragma once
// The word lists the easy-read checks use: difficult words and abbreviations
// with a plainer suggestion (shipped in the program, extended per project by
// cards/difficult-words.txt), and the project's own spelling words
// (cards/words.txt).
#include <set>
#include <string>
#include <vector>

#include "check/plain_language.h"
#include "model/diagnostic.h"
#include "model/project.h"

namespace sterk {

struct DifficultEntry {
  std::string written;             ///< as in the list: "sollicitatie", "UWV", "bijv.", "in het kader van"
  std::vector<std::string> words;  ///< the words to match; lower case unless `exact_case`
  std::string suggestion;
  bool abbreviation = false;
  bool exact_case = false;  ///< abbreviations in capitals match only in capitals
};

struct WordLists {
  std::vector<DifficultEntry> difficult;
  /// Abbreviations written with a final period (lower case, without it): "bijv", "o.a".
  /// A period after them does not end a sentence.
  std::set<std::string> dotted;
  std::set<std::string> abbreviations;  ///< every abbreviation as matched (exact or lower case)
  std::vector<std::string> project_words;
  /// Terms the deck explains (cards/explained-words.txt): not flagged as uncommon, in any form.
  std::vector<std::string> explained;
  /// Terms the readers of plain-language decks use in their work (the `[gewone taal]`
  /// section of cards/explained-words.txt): known only where the rule set says so.
  std::vector<std::string> explained_plain;
  /// Names of people and places (cards/names.txt): never spelling mistakes.
  std::vector<std::string> names;
  /// Figurative expressions: sterk's list plus cards/idioms.txt.
  std::vector<Idiom> idioms;

  /// True when `lower_word` is a form of an entry in `explained` or `project_words`
  /// (the same word with or without ge-, sharing all but its last 3 letters: solliciteren
  /// covers gesolliciteerd and solliciteer).
  /// `plain_terms`: the terms of `explained_plain` count too.
  bool explained_form(const std::string& lower_word, bool plain_terms = false) const;
};

/// The list that ships with sterk (see docs/rules.md for the format).
const char* shipped_difficult_words();

/// Parses one list in the difficult-words format into *lists: `word = suggestion`
/// lines under [woorden] or [afkortingen]; `-word` removes an entry given earlier.
/// Lines that cannot be read are warnings at `file`.
void parse_difficult_words(const std::string& text, const std::string& file, WordLists* lists,
                           Diagnostics* diags);

/// The shipped list, cards/difficult-words.txt and cards/words.txt (both optional).
void load_word_lists(const Project& project, WordLists* lists, Diagnostics* diags);

}  // namespace sterk
