#pragma once
// How far the clusters of different MDS starts agree (SPEC §13): a map whose
// near-equal starts give different clusters should not be read as settled.
#include <string>
#include <vector>

#include "analysis/mds.h"
#include "model/analysis.h"

namespace sterk {

/// Adjusted Rand index (Hubert & Arabie 1985) of two labellings of the same points:
/// 1 for the same partition, about 0 for chance agreement. Two labellings that each
/// put everything together (no pairs to disagree on) give 1.
double adjusted_rand_index(const std::vector<int>& a, const std::vector<int>& b);

/// Each start's stress and the ARI of its clusters (normalised map, Ward, cut at k)
/// with those of the start named `kept`.
std::vector<MdsStartInfo> compare_starts(const std::vector<MdsStart>& runs, const std::string& kept, int k);

}  // namespace sterk
