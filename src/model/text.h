#pragma once
// A string a person wrote in a data file, with enough position information to
// point a diagnostic at any sentence or word inside it.
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct LocatedText {
  std::string value;
  Location at;  ///< start of the value (after any quote or block indicator line)
  /// Where each line of `value` (split at '\n') starts in the file. For block
  /// scalars this is one entry per line; for flow scalars one entry.
  std::vector<Location> line_starts;

  bool empty() const { return value.empty(); }
  /// File position of the byte at `offset` inside value.
  Location locate(size_t offset) const;
};

}  // namespace sterk
