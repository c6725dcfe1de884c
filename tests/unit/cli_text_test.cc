// CLI11's parse errors as sterk says them (cli/cli_text): each exception type CLI11 throws
// for sterk's options, mapped from its English text to sterk's message, in both languages.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/rules.h"
#include "cli/cli_text.h"
#include "util/messages.h"

using namespace sterk;

namespace {

struct EnglishAfter {
  ~EnglishAfter() { set_language(Language::en); }
};

// The message for `sterk demo ARGS...` on a small app with the kinds of options sterk has.
std::string error_for(std::vector<std::string> args) {
  CLI::App app("demo", "demo");
  std::string deck, format = "text", card;
  int jobs = 0;
  bool coverage = false;
  std::vector<std::string> import;
  app.add_option("--deck", deck, "deck");
  app.add_option("--format", format, "format")->check(one_of({"text", "json"}));
  app.add_option("-j,--jobs", jobs, "jobs")->check(whole_number(1, 64));
  app.add_option("--import", import, "import")->expected(2);
  app.add_flag("--coverage", coverage, "coverage");
  app.add_option("CARD-ID", card, "card")->required();
  args.insert(args.begin(), "demo");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    return parse_error_message(app, e);
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("CLI11's parse errors become sterk's messages", "[cli]") {
  EnglishAfter restore;
  REQUIRE(set_language(Language::en));
  CHECK(error_for({"J-1", "--dek", "x"}) == "there is no option '--dek'; did you mean '--deck'?");
  CHECK(error_for({"J-1", "--zzzzzz"}) == "there is no option '--zzzzzz'");
  CHECK(error_for({"J-1", "J-2"}) == "'J-2' was not expected here");
  CHECK(error_for({"J-1", "J-2", "J-3"}) == "these were not expected here: J-2 J-3");
  CHECK(error_for({}) == "CARD-ID is missing");
  CHECK(error_for({"J-1", "--jobs", "0"}) == "--jobs: needs a whole number from 1 to 64, not '0'");
  CHECK(error_for({"J-1", "--jobs", "2x"}) == "--jobs: needs a whole number from 1 to 64, not '2x'");
  CHECK(error_for({"J-1", "--jobs", "64"}) == "(no error)");
  CHECK(error_for({"J-1", "--format", "jsn"}) == "--format: must be text or json, not 'jsn'; did you mean 'json'?");
  CHECK(error_for({"J-1", "--coverage=maybe"}) == "--coverage is a switch without a value; leave out '=maybe'");
  CHECK(error_for({"J-1", "--deck"}) == "--deck needs a value after it");
  CHECK(error_for({"J-1", "--import", "rcmap"}) == "--import needs 2 values after it, not 1");

  REQUIRE(set_language(Language::nl));
  CHECK(error_for({"J-1", "--dek", "x"}) == "er is geen optie '--dek'; bedoel je '--deck'?");
  CHECK(error_for({"J-1", "J-2"}) == "'J-2' hoort hier niet");
  CHECK(error_for({}) == "CARD-ID ontbreekt");
  CHECK(error_for({"J-1", "--jobs", "0"}) == "--jobs: moet een heel getal van 1 tot en met 64 zijn, niet '0'");
  CHECK(error_for({"J-1", "--format", "xml"}) == "--format: moet text of json zijn, niet 'xml'");
  CHECK(error_for({"J-1", "--coverage=maybe"}) == "--coverage is een schakelaar zonder waarde; laat '=maybe' weg");
  CHECK(error_for({"J-1", "--import", "rcmap"}) == "na --import moeten 2 waarden komen, niet 1");
}

TEST_CASE("sterk's help says 'sterk <command>' and its labels in the language", "[cli]") {
  EnglishAfter restore;
  for (Language lang : {Language::en, Language::nl}) {
    REQUIRE(set_language(lang));
    CLI::App app("demo", "check");
    int jobs = 0;
    app.add_option("-j,--jobs", jobs, "jobs")->check(whole_number(1, 64));
    use_sterk_help(app);
    std::string help = app.help();
    if (lang == Language::en) {
      CHECK(help.find("Usage: sterk check [OPTIONS]") != std::string::npos);
      CHECK(help.find("-j,--jobs INT ") != std::string::npos);  // no "INT:INT in [1 - 64]"
    } else {
      CHECK(help.find("Gebruik: sterk check [OPTIES]") != std::string::npos);
      CHECK(help.find("-j,--jobs GETAL ") != std::string::npos);
      CHECK(help.find("toon deze hulp en stop") != std::string::npos);
    }
  }
}

TEST_CASE("sterk rules shows where each rule applies and what it means in the language", "[cli]") {
  EnglishAfter restore;
  const Rule* tab = find_rule("yaml/tab");
  REQUIRE(tab);
  REQUIRE(set_language(Language::en));
  CHECK(tr(tab->description) == std::string("a tab is used for indentation"));
  CHECK(tr(tab->applies_to) == std::string("all files"));
  REQUIRE(set_language(Language::nl));
  CHECK(tr(tab->description) == "er is met een tab ingesprongen");
  CHECK(tr(tab->applies_to) == "alle bestanden");
  // Every rule's description has its own Dutch text (messages/nl-complete checks the catalogue).
  for (const Rule& r : rules()) CHECK(tr(r.description) != r.description);
}
