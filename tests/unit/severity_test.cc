// The rule table (check/rules.cc) owns every rule's severity: a call site names
// the code, the table decides error or warning.
#include <catch2/catch.hpp>

#include "check/rules.h"
#include "model/diagnostic.h"

using namespace sterk;

TEST_CASE("the rule table decides whether a finding is an error or a warning", "[rules]") {
  Diagnostics d;
  d.report({"cards/a.yaml", 3, 5}, "easy-read/long-word", "a long word");
  d.report({"cards/a.yaml", 4, 5}, "layout/overflow", "does not fit");
  // Even a call site that says otherwise gets the table's severity.
  d.warning({"cards/a.yaml", 5, 5}, "preflight/contrast", "low contrast");
  d.error({"cards/a.yaml", 6, 5}, "load/unknown-key", "unknown key");
  // Codes outside the table (the environment, usage) keep what the caller said.
  d.error({}, "environment", "no fonts");
  REQUIRE(d.items().size() == 5);
  CHECK(d.items()[0].severity == Severity::warning);
  CHECK(d.items()[1].severity == Severity::error);
  CHECK(d.items()[2].severity == Severity::error);
  CHECK(d.items()[3].severity == Severity::warning);
  CHECK(d.items()[4].severity == Severity::error);
  CHECK(d.error_count() == 3);
  CHECK(d.warning_count() == 2);
  for (const auto& code : {"easy-read/long-word", "layout/overflow", "preflight/contrast", "load/unknown-key"})
    CHECK(find_rule(code) != nullptr);
}
