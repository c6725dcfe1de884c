// The one formula-safe CSV writer (util/csv_write.h): RFC 4180 quoting, OWASP CSV
// injection neutralised, and what load/csv.cc reads back.
#include <catch2/catch.hpp>

#include "load/csv.h"
#include "util/csv_write.h"

using namespace sterk;

TEST_CASE("csv writer: cells a spreadsheet would run as a formula get an apostrophe", "[load]") {
  CHECK(csv_cell("=HYPERLINK(\"http://x\",\"klik\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
  CHECK(csv_cell("+31 6 1234") == "\"'+31 6 1234\"");
  CHECK(csv_cell("-2+3") == "\"'-2+3\"");
  CHECK(csv_cell("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_cell("\tcmd") == "\"'\tcmd\"");
  CHECK(csv_cell("\rcmd") == "\"'\rcmd\"");
  // Plain numbers stay numbers: a scale of -2..2 must not turn into text.
  CHECK(csv_cell("-2") == "-2");
  CHECK(csv_cell("+1.5") == "+1.5");
  CHECK(csv_cell("-0.25e-3") == "-0.25e-3");
  CHECK(csv_cell("-") == "\"'-\"");
  // Ordinary text: quoted only where RFC 4180 needs it.
  CHECK(csv_cell("Werk dat past") == "Werk dat past");
  CHECK(csv_cell("Geld, uitkering") == "\"Geld, uitkering\"");
  CHECK(csv_cell("zeg \"nee\"") == "\"zeg \"\"nee\"\"\"");
  CHECK(csv_cell("'s ochtends") == "'s ochtends");
  CHECK(csv_cell("") == "");
}

TEST_CASE("csv writer: rows end in CRLF and read back as written", "[load]") {
  CsvWriter w;
  w.row({"id", "text"});
  w.row({"1", "=1+1"});
  w.row({"2", "'s ochtends, vroeg"});
  w.row({"3", "-5"});
  CHECK(w.text() == "id,text\r\n1,\"'=1+1\"\r\n2,\"'s ochtends, vroeg\"\r\n3,-5\r\n");
  CsvTable t;
  Diagnostics d;
  REQUIRE(parse_csv("x.csv", w.text(), &t, &d));
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[1].cells[1].value == "=1+1");
  CHECK(t.rows[2].cells[1].value == "'s ochtends, vroeg");
  CHECK(t.rows[3].cells[1].value == "-5");
}

#include "load/rcmap_import.h"
#include "load/study_loader.h"
#include "test_project.h"

TEST_CASE("rcmap import: formula cells are neutralised in the study files and read back unchanged", "[load]") {
  test::TempProject p(false);
  p.write("rcmap/Statements.csv",
          "StatementID,Statement\n1,\"=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\"\n2,Werk dat past\n3,+31 bellen\n"
          "4,Hulp thuis\n5,@Team\n6,Rust\n");
  p.write("rcmap/SortedCards.csv", "=cmd,a,1,2,3\n=cmd,b,4,5,6\ns2,x,1,2\ns2,y,3,4,5,6\n");
  p.write("rcmap/Ratings.csv", "RaterID,StatementID,Importance\n=cmd,1,-2\n=cmd,2,2\ns2,1,1\ns2,3,NA\n");
  Diagnostics d;
  RcmapImportOptions o;
  o.cluster_count = 2;
  REQUIRE(import_rcmap(p.path("rcmap"), p.path("study"), o, &d));
  CHECK(p.read("study/statements.csv") ==
        "id,text\n1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\"\n2,Werk dat past\n3,\"'+31 bellen\"\n4,Hulp thuis\n"
        "5,\"'@Team\"\n6,Rust\n");
  CHECK(p.read("study/sorts.csv").find("\"'=cmd\",1,1\n") != std::string::npos);
  CHECK(p.read("study/ratings.csv").find("\"'=cmd\",1,-2\n") != std::string::npos);  // -2 stays a number
  Study s;
  REQUIRE(load_study(p.path("study"), &s, &d));
  CHECK(s.statements[0].text == "=HYPERLINK(\"http://evil\",\"klik\")");
  CHECK(s.statements[2].text == "+31 bellen");
  CHECK(s.sorts[0].participant == "=cmd");
}
