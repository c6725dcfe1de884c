#pragma once
// What a re-analysis changed (SPEC §13): statements that moved to another cluster
// since the previous analysis.yaml, and the cards that this leaves with a statement
// outside their cluster.
#include <string>
#include <vector>

#include "model/analysis.h"
#include "model/diagnostic.h"
#include "model/project.h"

namespace sterk {

struct MovedStatement {
  int id = 0;
  std::string from, to;  ///< cluster ids ("" = left out of the map)
};

/// Statements whose cluster differs between the two analyses (present in both).
std::vector<MovedStatement> moved_statements(const Analysis& previous, const Analysis& now);

/// One warning (analysis/statement-moved) at each card statement that was in the
/// card's cluster before and is not now. Decks that do not load are skipped: check
/// reports them.
void warn_cards_of_moved(const Project& project, const std::vector<MovedStatement>& moved, Diagnostics* diags);

/// "12 (passend-werk → eigen-kunnen), 40 (…)", at most `max` listed.
std::string describe_moves(const std::vector<MovedStatement>& moved, size_t max = 12);

}  // namespace sterk
