#include <catch2/catch.hpp>

#include "load/csv.h"

using namespace sterk;

namespace {
std::string first_message(const Diagnostics& d) {
  if (d.items().empty()) return "";
  const auto& i = d.items()[0];
  return std::to_string(i.where.line) + ":" + std::to_string(i.where.column) + " " + i.message;
}
}  // namespace

TEST_CASE("csv: cells carry line and column, with quotes, BOM and CRLF", "[analysis]") {
  CsvTable t;
  Diagnostics d;
  REQUIRE(parse_csv("s.csv", "\xEF\xBB\xBFid,text\r\n1,\"Een, twee \"\"drie\"\"\"\r\n\r\n2,é\xC3\xA9,x\r\n", &t, &d));
  CHECK(d.items().empty());
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].cells[0].value == "id");
  CHECK(t.rows[1].cells[1].value == "Een, twee \"drie\"");
  CHECK(t.rows[1].cells[1].at.column == 3);
  CHECK(t.rows[2].line == 4);
  CHECK(t.rows[2].cells[2].value == "x");
  CHECK(t.rows[2].cells[2].at.column == 6);  // columns count characters, not bytes
}

TEST_CASE("csv: a quoted cell may span lines", "[analysis]") {
  CsvTable t;
  Diagnostics d;
  REQUIRE(parse_csv("s.csv", "a,b\n\"x\ny\",z\n3,4", &t, &d));
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].cells[0].value == "x\ny");
  CHECK(t.rows[2].line == 4);
}

TEST_CASE("csv: a file separated by semicolons says so", "[analysis]") {
  CsvTable t;
  Diagnostics d;
  CHECK_FALSE(parse_csv("study/statements.csv", "id;text\n1;Werk\n", &t, &d));
  CHECK(first_message(d) ==
        "1:1 this file separates columns with ';', not ','; save it from Excel as 'CSV UTF-8 (comma "
        "delimited)' or replace the ';' by ','");
  CHECK(d.items()[0].code == "study/csv-separator");
}

TEST_CASE("csv: unclosed quote, stray quote, invalid UTF-8", "[analysis]") {
  CsvTable t;
  Diagnostics d1, d2, d3;
  CHECK_FALSE(parse_csv("s.csv", "a,b\n1,\"open\n", &t, &d1));
  CHECK(first_message(d1) == "2:3 this quoted cell has no closing quote '\"'");
  CHECK_FALSE(parse_csv("s.csv", "a,b\n1,x\"y\n", &t, &d2));
  CHECK(first_message(d2) ==
        "2:4 a quote inside a cell that does not start with one; put the whole cell in quotes and write "
        "the quote twice (\"\")");
  CHECK_FALSE(parse_csv("s.csv", "a,b\n1,ab\xFF\n", &t, &d3));
  CHECK(first_message(d3) == "2:5 this file is not valid UTF-8; save it as 'CSV UTF-8'");
}
