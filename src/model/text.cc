#include "model/text.h"

#include "util/text.h"

namespace sterk {

Location LocatedText::locate(size_t offset) const {
  if (offset > value.size()) offset = value.size();
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
