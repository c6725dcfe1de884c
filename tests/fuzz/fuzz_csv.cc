// libFuzzer target: the RFC 4180 CSV reader used for every study file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "load/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sterk;
  const std::string file = "study/sorts.csv";
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  CsvTable table;
  bool ok = parse_csv(file, text, &table, &diags);
  fuzz::check_diagnostics(ok, diags, file, text);
  int lines = fuzz::count_lines(text);
  int last = 0;
  for (const auto& row : table.rows) {
    if (row.line < 1 || row.line > lines || row.line < last) fuzz::fail("a row's line is out of order or range");
    last = row.line;
    for (const auto& cell : row.cells)
      if (cell.at.line < row.line || cell.at.line > lines || cell.at.column < 1)
        fuzz::fail("a cell points outside the file");
  }
  return 0;
}
