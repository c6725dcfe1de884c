// print_diagnostics quotes the line a finding points at. It keeps only the lines the
// findings need (a 10 000-card deck is 70 000 lines); these cases pin the numbering to
// what the whole file split at '\n' gives.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "cli/report.h"
#include "test_project.h"

using namespace sterk;

namespace {

std::string printed(const Diagnostics& d) {
  std::ostringstream out;
  print_diagnostics(d, out);
  return out.str();
}

}  // namespace

TEST_CASE("the quoted source line is the line the finding points at, however the file is read", "[out]") {
  test::TempProject p(false);
  // The reader takes 64 KiB at a time: line 3 starts 6 bytes before the first piece
  // ends, so it is read in two pieces; it ends in \r\n; the file has no newline at its end.
  const std::string long_line = "  x: " + std::string(65520, 'a');  // bytes 4 to 65529
  const std::string crlf = p.write("a.yaml", "one\n" + long_line + "\nthree: 3\r\nfour: vier");
  const std::string trailing = p.write("b.yaml", "eerste\ntweede\n");

  Diagnostics d;
  d.warning({crlf, 3, 8}, "code/a", "three");
  d.warning({crlf, 4, 7}, "code/b", "four");
  d.warning({crlf, 5, 1}, "code/c", "past the end");
  d.warning({trailing, 2, 1}, "code/d", "second");
  d.warning({trailing, 3, 1}, "code/e", "the empty line after the last newline");
  d.warning({trailing, 4, 1}, "code/f", "past the end");
  d.warning({crlf, 1, 2}, "code/g", "one, asked for after later lines");
  d.warning({p.path("missing.yaml"), 1, 1}, "code/h", "no file");

  const std::string out = printed(d);
  CHECK(out ==
        crlf + ":3:8: warning: three [code/a]\n    three: 3\n           ^\n" +
        crlf + ":4:7: warning: four [code/b]\n    four: vier\n          ^\n" +
        crlf + ":5:1: warning: past the end [code/c]\n" +
        trailing + ":2:1: warning: second [code/d]\n    tweede\n    ^\n" +
        trailing + ":3:1: warning: the empty line after the last newline [code/e]\n    \n    ^\n" +
        trailing + ":4:1: warning: past the end [code/f]\n" +
        crlf + ":1:2: warning: one, asked for after later lines [code/g]\n    one\n     ^\n" +
        p.path("missing.yaml") + ":1:1: warning: no file [code/h]\n" +
        "0 errors, 8 warnings\n");

  // The long line is quoted only when it is short enough (500 bytes); its finding still prints.
  Diagnostics l;
  l.warning({crlf, 2, 3}, "code/i", "long");
  CHECK(printed(l) == crlf + ":2:3: warning: long [code/i]\n0 errors, 1 warning\n");
}
