// Rule sets own thresholds and severities (check/rule_sets.cc): the same text is an
// error for an easy-read reader and advice for a B1 reader, and the plain set's
// thresholds (docs/rules.md, "Rule sets") decide what a plain deck is told.
#include <catch2/catch.hpp>

#include "check/check.h"
#include "check/plain_language.h"
#include "check/rules.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "check/word_lists.h"
#include "shipped_check_context.h"

using namespace sterk;

namespace {

const CheckContext& context() {
  static const CheckContext ctx = [] {
    CheckContext c = test::shipped_check_context();
    c.words.explained_plain = {"behandelaar"};  // a work term of B1 readers
    return c;
  }();
  return ctx;
}

// What `set` reports about one line of card text, as "code severity" strings.
std::vector<std::string> findings(const std::string& text, const std::string& set) {
  std::vector<std::string> out;
  for (const auto& d : test::text_findings(text, set, context())) out.push_back(d.code + " " + severity_name(d.severity));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("the rule set decides a rule's severity: an error for easy-read readers, a warning for B1", "[check][rule-sets]") {
  CHECK(findings("Je wordt morgen gebeld door de werkgever.", "easy-read") == V{"easy-read/passive error"});
  CHECK(findings("Je wordt morgen gebeld door de werkgever.", "plain") == V{"easy-read/passive warning"});
  // One cause, one message: the listed phrase, not also 'kader' as an uncommon word.
  CHECK(findings("Zoek werk in het kader van je plan.", "easy-read") == V{"easy-read/difficult-word error"});
  CHECK(findings("Zoek werk in het kader van je plan.", "plain") == V{"easy-read/difficult-word warning"});
  // Grammar is an error for every reader.
  CHECK(findings("Hij word morgen om 9 uur verwacht.", "plain") == V{"easy-read/agreement error"});
  // Codes a set does not name keep the rule table's severity.
  CHECK(rule_set("plain").severity_of("layout/overflow") == Severity::error);
  CHECK(rule_set("plain").severity_of("easy-read/long-word") == Severity::warning);
  CHECK(rule_set("easy-read").severity_of("easy-read/uncommon-word") == Severity::error);
  CHECK(rule_set("plain").severity_of("easy-read/uncommon-word") == Severity::warning);
}

TEST_CASE("plain: a content word outside the 30 000 most common is advice, one inside passes", "[check][rule-sets]") {
  // inspraak ranks 31 041, verhoging 15 035 in the frequency list.
  CHECK(findings("Geef je medewerker inspraak.", "plain") == V{"easy-read/uncommon-word warning"});
  CHECK(findings("Vraag om een verhoging.", "plain").empty());
  CHECK(findings("Vraag om een verhoging.", "easy-read") == V{"easy-read/uncommon-word error"});
}

TEST_CASE("plain: work terms of B1 readers and Dutch loanwords pass, easy-read flags them", "[check][rule-sets]") {
  CHECK(findings("De behandelaar helpt mee.", "plain").empty());
  CHECK(findings("De behandelaar helpt mee.", "easy-read") == V{"easy-read/uncommon-word error"});
  CHECK(findings("Kom naar de workshop.", "plain").empty());
  CHECK(findings("Kom naar de workshop.", "easy-read") == V{"easy-read/english-word error"});
}

TEST_CASE("plain: at most 8 content words in a clause", "[check][rule-sets]") {
  // 8 content words: geef, dag, rustig, korte, vaste, taken, nieuwe, collega.
  CHECK(findings("Geef elke dag rustig korte vaste taken aan je nieuwe collega.", "plain").empty());
  // 9: and goede.
  CHECK(findings("Geef elke dag rustig korte goede vaste taken aan je nieuwe collega.", "plain") ==
        V{"easy-read/dense-clause warning"});
}

TEST_CASE("plain: numbers up to 20 may be words, larger ones are advised in digits", "[check][rule-sets]") {
  CHECK(findings("Werk eerst twee dagen per week.", "plain").empty());
  CHECK(findings("Werk eerst twee dagen per week.", "easy-read") == V{"easy-read/number-in-words error"});
  CHECK(findings("Werk eerst twintig uur per week.", "plain").empty());
  CHECK(findings("Werk eerst vijfentwintig uur per week.", "plain") == V{"easy-read/number-in-words warning"});
}

TEST_CASE("plain: B1 readers follow a clear back-reference and a split er-word", "[check][rule-sets]") {
  CHECK(findings("Je coach weet veel. Daar kun je altijd terecht.", "plain").empty());
  CHECK(findings("Je coach weet veel. Daar kun je altijd terecht.", "easy-read") == V{"easy-read/back-reference error"});
  CHECK(findings("Daar kun je met je coach over praten.", "plain").empty());
}

TEST_CASE("number words have their value, other words none", "[check][rule-sets]") {
  CHECK(number_value("twee") == 2);
  CHECK(number_value("twintig") == 20);
  CHECK(number_value("vijftig") == 50);
  CHECK(number_value("zestig") == 60);
  CHECK(number_value("vijfentwintig") == 25);
  CHECK(number_value("drieëndertig") == 33);
  CHECK(number_value("tweehonderdvijftig") == 250);
  CHECK(number_value("drieduizend") == 3000);
  CHECK(number_value("één") == 1);
  CHECK(number_value("een") == -1);
  CHECK(number_value("vieren") == -1);
  CHECK(number_value("werk") == -1);
}
