#pragma once
// RFC 4180 CSV with a location for every cell, so every error in the study files
// can point at file:line:column. A UTF-8 byte-order mark and CRLF line ends are
// accepted; a file separated by ';' (Excel with Dutch settings) is an error that
// says so.
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct CsvCell {
  std::string value;
  Location at;  ///< first character of the cell (the quote, when quoted)
};

struct CsvRow {
  int line = 0;
  std::vector<CsvCell> cells;
};

struct CsvTable {
  std::string file;
  std::vector<CsvRow> rows;  ///< every non-empty record, header included
};

/// Parses `text` (the contents of `file`). Errors (invalid UTF-8, an unclosed or
/// stray quote, ';' separators) go to *diags; returns false when there were any.
bool parse_csv(const std::string& file, std::string_view text, CsvTable* table,
               Diagnostics* diags);

/// Reads and parses a file; a missing file is an error "cannot read …".
bool load_csv_file(const std::string& path, CsvTable* table, Diagnostics* diags);

}  // namespace sterk
