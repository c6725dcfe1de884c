#pragma once
// The one CSV writer for files people open in a spreadsheet (the RCMap import's study
// files, `sterk analyze --export`): RFC 4180 quoting, and formula-safe cells (OWASP
// "CSV injection"): a cell that a spreadsheet would run as a formula gets a leading
// apostrophe. load/csv.cc removes that apostrophe again when sterk reads the file.
#include <string>
#include <string_view>
#include <vector>

namespace sterk {

/// True when a spreadsheet could take the cell for a formula: it starts with
/// = + - @, a tab or a carriage return, and is not a plain number such as "-2" or "+1.5".
bool csv_cell_is_formula(std::string_view cell);

/// One cell: formula-safe (a leading ' when csv_cell_is_formula) and quoted when it
/// holds a comma, quote, line break, leading/trailing space or was neutralised.
std::string csv_cell(std::string_view cell);

/// Rows of cells as CSV text; every record ends in `line_end` (RFC 4180: CRLF).
class CsvWriter {
 public:
  explicit CsvWriter(std::string line_end = "\r\n") : line_end_(std::move(line_end)) {}
  void row(const std::vector<std::string>& cells);
  const std::string& text() const { return text_; }

 private:
  std::string line_end_, text_;
};

}  // namespace sterk
