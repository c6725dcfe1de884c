#pragma once
// `sterk analyze --export DIR` (SPEC §13): the statement, cluster and pattern-match
// tables as CSV (RFC 4180, formula-safe, util/csv_write.h) and as one XLSX workbook
// with a sheet per table. Columns are described in docs/analysis.md.
#include <string>
#include <vector>

#include "analysis/rating_stats.h"
#include "model/analysis.h"
#include "model/study.h"

namespace sterk {

/// One cell: text, or a number (written as a number in the workbook); empty = missing.
struct ExportCell {
  std::string text;
  bool number = false;
  double value = 0;
};

struct ExportTable {
  std::string name;  ///< file stem and sheet name
  std::vector<std::string> header;
  std::vector<std::vector<ExportCell>> rows;
};

/// statements, clusters and pattern-matches, from the analysis and the rating
/// statistics of the same study.
std::vector<ExportTable> export_tables(const Analysis& a, const Study& study, const RatingStats& stats);

/// NAME.csv per table and analysis.xlsx, into `dir`; each file written whole (a
/// temporary file renamed). `created` (YYYY-MM-DD) is the workbook's creation date,
/// so two runs give the same bytes.
bool write_exports(const std::vector<ExportTable>& tables, const std::string& dir, const std::string& created,
                   std::vector<std::string>* written, std::string* err);

}  // namespace sterk
