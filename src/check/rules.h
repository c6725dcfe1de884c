#pragma once
// The table of every check sterk runs: stable code, default severity, what it
// means, and which decks it applies to. `sterk rules` prints it; docs/rules.md
// explains each one for card editors.
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct Rule {
  const char* code;
  Severity severity;
  const char* applies_to;  ///< "all decks", "easy-read decks", "study decks", "templates", …
  const char* description;  ///< English; marked N_() and shown through tr() by `sterk rules`
};

const std::vector<Rule>& rules();
/// The rule with this code, or null.
const Rule* find_rule(const std::string& code);

}  // namespace sterk
