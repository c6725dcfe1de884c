#pragma once
// Remembered answers about single words: the same word gives the same answer from
// hunspell and from the hyphenation patterns, and cards repeat their words (werk, je,
// collega), so each is looked up once per run instead of once per use.
#include <string>
#include <string_view>
#include <unordered_map>

namespace sterk {

/// Answers by word. Not thread-safe: one command's checks run on one thread.
template <typename Answer>
class WordMemo {
 public:
  /// The remembered answer for `word`, else `compute(word)`, remembered. The reference
  /// stays valid until the next call of get() or clear().
  template <typename Compute>
  const Answer& get(std::string_view word, Compute compute) {
    key_.assign(word.data(), word.size());
    auto it = answers_.find(key_);
    if (it != answers_.end()) return it->second;
    Answer answer = compute(word);
    // A deck of only different words cannot make it grow without bound.
    if (answers_.size() >= kMostWords) answers_.clear();
    return answers_.emplace(std::string(word), std::move(answer)).first->second;
  }
  void clear() { answers_.clear(); }

 private:
  static constexpr size_t kMostWords = 200000;
  std::unordered_map<std::string, Answer> answers_;
  std::string key_;  // reused, so a lookup of a long word does not allocate
};

}  // namespace sterk
