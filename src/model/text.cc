#include "model/text.h"

#include <algorithm>

#include "util/text.h"

namespace sterk {

namespace {
size_t room_for(size_t n) {  // the next power of two, at least 2
  size_t r = 2;
  while (r < n) r *= 2;
  return r;
}
}  // namespace

LineStarts::LineStarts(std::initializer_list<Location> starts) : file_() {
  for (const Location& l : starts) push_back(l);
}

LineStarts::LineStarts(const LineStarts& other) : file_() { *this = other; }

LineStarts::LineStarts(LineStarts&& other) noexcept : file_() { *this = std::move(other); }

LineStarts& LineStarts::operator=(const LineStarts& other) {
  if (this == &other) return *this;
  release();
  if (other.line_ == kMany) {
    const size_t n = static_cast<size_t>(other.column_);
    Location* copy = new Location[room_for(n)];
    std::copy(other.many_, other.many_ + n, copy);
    many_ = copy;
  } else {
    file_ = other.file_;
  }
  line_ = other.line_;
  column_ = other.column_;
  return *this;
}

LineStarts& LineStarts::operator=(LineStarts&& other) noexcept {
  if (this == &other) return *this;
  release();
  if (other.line_ == kMany) {
    many_ = other.many_;  // taken over; `other` is left empty
    new (&other.file_) FileName();
  } else {
    file_ = other.file_;
  }
  line_ = other.line_;
  column_ = other.column_;
  other.line_ = kNone;
  other.column_ = 0;
  return *this;
}

void LineStarts::release() {
  if (line_ == kMany) {
    delete[] many_;
    new (&file_) FileName();
  }
  line_ = kNone;
  column_ = 0;
}

void LineStarts::push_back(const Location& l) {
  const bool mark = l.line == kNone || l.line == kMany;
  if (line_ == kNone && !mark) {  // the first start, in place
    file_ = l.file;
    line_ = l.line;
    column_ = l.column;
    return;
  }
  if (line_ != kMany) {  // to the heap, with the one already held (if any)
    Location* list = new Location[2];
    size_t n = 0;
    if (line_ != kNone) list[n++] = Location{file_, line_, column_};
    list[n++] = l;
    many_ = list;
    line_ = kMany;
    column_ = static_cast<int>(n);
    return;
  }
  const size_t n = static_cast<size_t>(column_);
  if (n == room_for(n)) {  // full: twice the room
    Location* list = new Location[2 * n];
    std::copy(many_, many_ + n, list);
    delete[] many_;
    many_ = list;
  }
  many_[n] = l;
  column_ = static_cast<int>(n + 1);
}

Location LocatedText::locate(size_t offset) const {
  if (offset > value.size()) offset = value.size();
  if (!anchors.empty()) {
    auto it = std::upper_bound(anchors.begin(), anchors.end(), offset,
                               [](size_t o, const std::pair<size_t, Location>& a) { return o < a.first; });
    size_t k = it == anchors.begin() ? 0 : static_cast<size_t>(it - anchors.begin()) - 1;
    Location l = anchors[k].second;
    if (anchors[k].first <= offset)
      l.column += utf8_length(std::string_view(value).substr(anchors[k].first, offset - anchors[k].first));
    return l;
  }
  size_t line = 0, line_begin = 0;
  for (size_t i = 0; i < offset; ++i)
    if (value[i] == '\n') { ++line; line_begin = i + 1; }
  if (line_starts.empty()) return at;
  if (line >= line_starts.size()) {
    // A folded or multi-line flow scalar: fall back to the first line's start.
    Location l = line_starts.back();
    return l;
  }
  Location l = line_starts[line];
  l.column += utf8_length(std::string_view(value).substr(line_begin, offset - line_begin));
  return l;
}

}  // namespace sterk
