#pragma once
// A string a person wrote in a data file, with enough position information to
// point a diagnostic at any sentence or word inside it.
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

/// Where each line of a value starts in the file: a list of Locations. Almost every
/// value is one line, so one start is kept in place and more go to the heap: 16 bytes
/// and no heap block for a one-line value, where a std::vector was 24 bytes and a
/// block. A deck of 10 000 cards holds 120 000 of these (docs/performance.md).
class LineStarts {
 public:
  LineStarts() : file_() {}
  LineStarts(std::initializer_list<Location> starts);  // NOLINT: written t.line_starts = {t.at}
  LineStarts(const LineStarts& other);
  LineStarts(LineStarts&& other) noexcept;
  LineStarts& operator=(const LineStarts& other);
  LineStarts& operator=(LineStarts&& other) noexcept;
  ~LineStarts() { release(); }

  size_t size() const { return line_ == kMany ? static_cast<size_t>(column_) : line_ == kNone ? 0 : 1; }
  bool empty() const { return line_ == kNone; }
  Location operator[](size_t i) const { return line_ == kMany ? many_[i] : Location{file_, line_, column_}; }
  Location front() const { return (*this)[0]; }
  Location back() const { return (*this)[size() - 1]; }
  void push_back(const Location& l);
  void clear() {
    release();
    line_ = kNone;
  }

  class const_iterator {
   public:
    const_iterator(const LineStarts* s, size_t i) : s_(s), i_(i) {}
    Location operator*() const { return (*s_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const LineStarts* s_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

 private:
  // line_ is the one start's line, or a mark: no starts, or several on the heap
  // (then column_ is their number). A start whose line is one of the marks is kept
  // on the heap, so every Location can be held.
  static constexpr int kNone = -2147483647 - 1, kMany = kNone + 1;
  void release();
  int line_ = kNone;
  int column_ = 0;
  union {
    FileName file_;    ///< the one start's file (line_ is not a mark)
    Location* many_;   ///< line_ == kMany: column_ starts, room for the next power of two
  };
};

/// Value byte offset → file position (LocatedText::anchors): a sorted list that most
/// values do not have, so it is one pointer until it is set.
class TextAnchors {
 public:
  using Anchor = std::pair<size_t, Location>;
  TextAnchors() = default;
  TextAnchors(const TextAnchors& other) { *this = other; }
  TextAnchors(TextAnchors&&) noexcept = default;
  TextAnchors& operator=(const TextAnchors& other) {
    if (this != &other) list_ = other.list_ ? std::make_unique<std::vector<Anchor>>(*other.list_) : nullptr;
    return *this;
  }
  TextAnchors& operator=(TextAnchors&&) noexcept = default;
  TextAnchors& operator=(std::vector<Anchor>&& list) {
    list_ = list.empty() ? nullptr : std::make_unique<std::vector<Anchor>>(std::move(list));
    return *this;
  }

  bool empty() const { return !list_; }
  size_t size() const { return list_ ? list_->size() : 0; }
  const Anchor& operator[](size_t i) const { return (*list_)[i]; }
  const Anchor* begin() const { return list_ ? list_->data() : nullptr; }
  const Anchor* end() const { return list_ ? list_->data() + list_->size() : nullptr; }

 private:
  std::unique_ptr<std::vector<Anchor>> list_;
};

struct LocatedText {
  std::string value;
  Location at;  ///< start of the value (after any quote or block indicator line)
  /// Where each line of `value` (split at '\n') starts in the file. For block
  /// scalars this is one entry per line; for flow scalars one entry.
  LineStarts line_starts;
  /// For values that do not run in step with the file line by line (folded or
  /// multi-line plain and quoted scalars, escapes): value byte offset → file
  /// position, at every point where the two stop running in step. Sorted by
  /// offset; when present, locate() uses it instead of line_starts.
  TextAnchors anchors;

  bool empty() const { return value.empty(); }
  /// File position of the byte at `offset` inside value.
  Location locate(size_t offset) const;
};

}  // namespace sterk
