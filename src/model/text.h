#pragma once
// A string a person wrote in a data file, with enough position information to
// point a diagnostic at any sentence or word inside it.
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct LocatedText {
  std::string value;
  Location at;  ///< start of the value (after any quote or block indicator line)
  /// Where each line of `value` (split at '\n') starts in the file. For block
  /// scalars this is one entry per line; for flow scalars one entry.
  std::vector<Location> line_starts;
  /// For values that do not run in step with the file line by line (folded or
  /// multi-line plain and quoted scalars, escapes): value byte offset → file
  /// position, at every point where the two stop running in step. Sorted by
  /// offset; when present, locate() uses it instead of line_starts.
  std::vector<std::pair<size_t, Location>> anchors;

  bool empty() const { return value.empty(); }
  /// File position of the byte at `offset` inside value.
  Location locate(size_t offset) const;
};

}  // namespace sterk
