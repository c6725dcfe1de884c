#include "load/csv.h"

#include "util/csv_write.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

// Walks the text one code point at a time, keeping line and column.
struct Cursor {
  std::string_view s;
  size_t pos = 0;
  int line = 1, column = 1;

  bool done() const { return pos >= s.size(); }
  char peek(size_t ahead = 0) const { return pos + ahead < s.size() ? s[pos + ahead] : '\0'; }
  void advance() {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c == '\n') {
      ++line;
      column = 1;
      ++pos;
      return;
    }
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    pos += len;
    if (c != '\r') ++column;
  }
};

bool at_record_end(const Cursor& c) {
  return c.done() || c.peek() == '\n' || (c.peek() == '\r' && (c.peek(1) == '\n' || c.peek(1) == '\0'));
}

void skip_record_end(Cursor* c) {
  if (c->peek() == '\r') c->advance();
  if (c->peek() == '\n') c->advance();
}

bool row_is_blank(const CsvRow& row) {
  for (const auto& cell : row.cells)
    if (!trim(cell.value).empty()) return false;
  return true;
}

}  // namespace

bool parse_csv(const std::string& file, std::string_view text, CsvTable* table,
               Diagnostics* diags) {
  table->file = file;
  table->rows.clear();
  int errors_before = diags->error_count();
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  // Both problems are reported where they are, so the person can find the cell.
  auto locate = [&](size_t offset) {
    std::string_view before = text.substr(0, offset);
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < before.size(); ++i)
      if (before[i] == '\n') ++line, line_start = i + 1;
    return Location{file, line, utf8_length(before.substr(line_start)) + 1};
  };
  size_t bad = 0;
  if (!utf8_valid(text, &bad)) {
    diags->error(locate(bad), "study/encoding",
                 tr("this file is not valid UTF-8; save it as 'CSV UTF-8'"));
    return false;
  }
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    diags->error(locate(nul), "study/encoding",
                 tr("this file contains a NUL byte (a character code 0); it is not a text file. "
                    "Save it again as 'CSV UTF-8'"));
    return false;
  }
  Cursor c{text};
  size_t width = 0;  // cells in the last row, to reserve
  while (!c.done()) {
    CsvRow row;
    row.line = c.line;
    row.cells.reserve(width);
    while (true) {
      CsvCell cell;
      cell.at = {file, c.line, c.column};
      if (c.peek() == '"') {
        c.advance();
        bool closed = false;
        while (!c.done()) {
          if (c.peek() == '"') {
            if (c.peek(1) == '"') {
              cell.value += '"';
              c.advance();
              c.advance();
              continue;
            }
            c.advance();
            closed = true;
            break;
          }
          size_t start = c.pos;
          c.advance();
          if (text[start] != '\r') cell.value.append(text.substr(start, c.pos - start));
        }
        if (!closed) {
          diags->error(cell.at, "study/csv-syntax",
                       tr("this quoted cell has no closing quote '\"'"));
          return false;
        }
        if (!at_record_end(c) && c.peek() != ',') {
          diags->error({file, c.line, c.column}, "study/csv-syntax",
                       tr("expected ',' or the end of the line after a quoted cell"));
          while (!at_record_end(c) && c.peek() != ',') c.advance();
        }
        // Undo the apostrophe that util/csv_write.h puts before a would-be formula, so
        // a study file written by sterk reads back as it was ("'s ochtends" stays).
        if (cell.value.size() > 1 && cell.value[0] == '\'' &&
            csv_cell_is_formula(std::string_view(cell.value).substr(1)))
          cell.value.erase(0, 1);
      } else {
        size_t start = c.pos;
        while (!at_record_end(c) && c.peek() != ',') {
          if (c.peek() == '"') {
            diags->error({file, c.line, c.column}, "study/csv-syntax",
                         tr("a quote inside a cell that does not start with one; put the "
                            "whole cell in quotes and write the quote twice (\"\")"));
          }
          c.advance();
        }
        cell.value.assign(text.substr(start, c.pos - start));
      }
      row.cells.push_back(std::move(cell));
      if (c.peek() == ',') {
        c.advance();
        continue;
      }
      skip_record_end(&c);
      break;
    }
    if (row_is_blank(row)) continue;
    // Excel with a Dutch or German locale writes ';' between columns.
    if (table->rows.empty() && row.cells.size() == 1 &&
        row.cells[0].value.find(';') != std::string::npos) {
      diags->error(row.cells[0].at, "study/csv-separator",
                   tr("this file separates columns with ';', not ','; save it from Excel as "
                      "'CSV UTF-8 (comma delimited)' or replace the ';' by ','"));
      return false;
    }
    width = row.cells.size();
    table->rows.push_back(std::move(row));
  }
  return diags->error_count() == errors_before;
}

bool load_csv_file(const std::string& path, CsvTable* table, Diagnostics* diags) {
  std::string text, err;
  if (!read_file(path, &text, &err)) {
    diags->error({path, 0, 0}, "study/missing-file", err);
    return false;
  }
  return parse_csv(path, text, table, diags);
}

}  // namespace sterk
