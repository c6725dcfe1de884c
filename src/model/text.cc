#include "model/text.h"

#include <algorithm>

#include "util/text.h"

namespace sterk {

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
