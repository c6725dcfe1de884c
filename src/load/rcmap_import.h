#pragma once
// `sterk analyze --import rcmap DIR`: RCMap's file set (Bar & Mentch 2017) turned
// into a study folder in sterk's format (SPEC §2).
//
// RCMap: Statements.csv (StatementID,Statement); SortedCards.csv without header, one
// pile per row (sorter, pile label, statement ids…); Ratings.csv (RaterID,
// StatementID, one column per rating); Demographics.csv (RaterID, variables…).
#include <string>

#include "model/diagnostic.h"

namespace sterk {

struct RcmapImportOptions {
  int cluster_count = 10;  ///< written to study.yaml (at most the number of statements)
  /// The Demographics.csv column whose values become the groups; "" = the first.
  std::string group_column;
};

/// Reads RCMap files from `rcmap_dir` and writes study.yaml, statements.csv,
/// participants.csv, sorts.csv and ratings.csv into `study_dir` (created; each file
/// written atomically). Errors in the RCMap files are located diagnostics; a
/// failure to write is an error without location. Returns false on errors.
bool import_rcmap(const std::string& rcmap_dir, const std::string& study_dir,
                  const RcmapImportOptions& options, Diagnostics* diags);

/// "Other CTSA Hub Staff" → "other-ctsa-hub-staff" (ASCII letters and digits, '-').
std::string slug(const std::string& s);

}  // namespace sterk
