// Data on stdout, diagnostics on stderr (SPEC): a script that pipes sterk's output
// into a file or another program must get the data and only the data, and a person
// must still see every problem on the terminal.
#include <catch2/catch.hpp>

#include <string>

#include "test_project.h"

using namespace sterk;

namespace {
const char* kDeck = R"(deck: {id: w, title: Proef, audience: werkgever, template: professional, kind: workshop}
cards:
  - {id: W-1, title: Werk dat past, text: Bespreek samen welke taken passen., tips: [Begin klein.]}
)";
std::string command(const test::TempProject& p, const std::string& args) {
  return std::string(STERK_BINARY) + " " + args.substr(0, args.find(' ')) + " -C " + p.root() +
         (args.find(' ') == std::string::npos ? "" : args.substr(args.find(' ')));
}
}  // namespace

TEST_CASE("sterk rules prints the table on stdout and nothing on stderr", "[cli][streams]") {
  std::string out, err;
  REQUIRE(test::run_split(std::string(STERK_BINARY) + " rules", &out, &err) == 0);
  CHECK(err.empty());
  CHECK(out.find("preflight/contrast") != std::string::npos);
}

TEST_CASE("check: problems go to stderr, --format json and --coverage to stdout", "[cli][streams]") {
  test::TempProject p;
  std::string deck = kDeck;
  deck.replace(deck.find("Bespreek samen"), 14, "Bespreek smaen");  // a spelling error
  p.write("cards/w.yaml", deck);
  std::string out, err;
  CHECK(test::run_split(command(p, "check"), &out, &err) == 1);
  CHECK(out.empty());
  CHECK(err.find("cards/w.yaml:3:") != std::string::npos);
  CHECK(err.find("[easy-read/spelling]") != std::string::npos);
  // The closing summary is a message for the person, not data: stderr, last line.
  const std::string last = "\n1 deck, 1 card, 1 error, 0 warnings\n";
  CHECK(err.size() > last.size());
  CHECK(err.substr(err.size() - last.size()) == last);
  CHECK(test::run_split(command(p, "check --format json"), &out, &err) == 1);
  CHECK(err.empty());
  CHECK(out.rfind("{", 0) == 0);
  CHECK(out.find("\"code\": \"easy-read/spelling\"") != std::string::npos);
}

TEST_CASE("a check without problems prints only its summary line, on stderr, in the project's language",
          "[cli][streams]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string deck2 = kDeck;
  deck2.replace(deck2.find("id: w,"), 6, "id: v,");
  deck2.replace(deck2.find("W-1"), 3, "V-1");
  deck2.replace(deck2.find("]}\n"), 3, "]}\n  - {id: V-2, title: Samen, text: Vraag wat de ander wil., tips: [Luister.]}\n");
  p.write("cards/v.yaml", deck2);
  std::string out, err;
  CHECK(test::run_split(command(p, "check"), &out, &err) == 0);
  CHECK(out.empty());
  CHECK(err == "2 decks, 3 cards, 0 errors, 0 warnings\n");
  CHECK(test::run_split("STERK_LANG=nl " + command(p, "check"), &out, &err) == 0);
  CHECK(out.empty());
  CHECK(err == "2 kaartensets, 3 kaarten, 0 fouten, 0 waarschuwingen\n");
  CHECK(test::run_split("STERK_LANG=nl " + command(p, "check --deck w"), &out, &err) == 0);
  CHECK(err == "1 kaartenset, 1 kaart, 0 fouten, 0 waarschuwingen\n");
  // --format json is for programs: the counts are in the JSON, stderr stays empty.
  CHECK(test::run_split(command(p, "check --format json"), &out, &err) == 0);
  CHECK(err.empty());
}

TEST_CASE("analyze prints its summary on stdout and warnings on stderr, and build prints nothing on stdout", "[cli][streams]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string out, err;
  test::run("cp -r " + test::repo_dir() + "/tests/r/studies/twaalf " + p.path("study"), &out);
  // analyze has no -C (yet): run it inside the project.
  REQUIRE(test::run_split("cd '" + p.root() + "' && " + STERK_BINARY + " analyze", &out, &err) == 0);
  CHECK(out.find("12 statements, 8 sorts used (1 left out), 10 raters\n") == 0);
  CHECK(out.find("warning") == std::string::npos);
  CHECK(err.find("[study/sort-excluded]") != std::string::npos);
  CHECK(err.find("statements, 8 sorts used") == std::string::npos);
  REQUIRE(test::run_split(command(p, "build --output print"), &out, &err) == 0);
  CHECK(out.empty());
  CHECK(err == "wrote " + p.path("out/w") + "/\n1 deck, 1 card, 0 errors, 0 warnings\n");
}
