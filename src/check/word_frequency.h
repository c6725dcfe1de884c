#pragma once
// How common a Dutch word is: its rank in the word-frequency list that ships with
// sterk (data/wordfreq/nl_50k.txt, OpenSubtitles 2018, CC BY-SA 4.0), compiled in.
#include <string>
#include <string_view>
#include <unordered_map>

namespace sterk {

class WordFrequency {
 public:
  /// Reads `word count` lines, most frequent first (rank 1 = the first line).
  explicit WordFrequency(std::string_view list);
  /// The rank of a lower-case word, or 0 when it is not in the list.
  int rank(const std::string& word) const;
  size_t size() const { return rank_.size(); }

 private:
  std::unordered_map<std::string, int> rank_;
};

/// The shipped Dutch list, read once on first use (thread-safe).
const WordFrequency& dutch_word_frequency();

}  // namespace sterk
