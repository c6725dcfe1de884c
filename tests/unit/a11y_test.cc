// The web deck in headless Chromium (tests/a11y/run_web.sh → web_check.mjs): every page
// of a small easy-read test deck and every deck's overview at 320, 768 and 1280 px with
// axe-core, the deck's font loaded, no sideways scrolling, easy-read sentences whole on
// their line when they fit; a keyboard-only walk, "Lees voor" (speechSynthesis stubbed)
// and offline use; every card page of the repository's decks at 320 px without axe. ctest runs it through tests/needs.sh chromium
// (tests/needs.sh): a skip (not run) without Chromium or node, a failure with CI=true.
#include <catch2/catch.hpp>
#include <string>

#include "test_project.h"

using namespace sterk;

TEST_CASE("the web deck passes axe-core and the phone checks in Chromium", "[a11y][html][needs][needs-chromium]") {
  std::string out;
  int code = test::run("bash " + test::repo_dir() + "/tests/a11y/run_web.sh " + STERK_BINARY, &out);
  INFO(out);
  // Once Chromium and node are there, being unable to run the check is a failure too.
  CHECK(code == 0);
  CHECK(out.find(": 0 problems") != std::string::npos);
}
