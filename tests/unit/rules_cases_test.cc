// Every rule in the rule table (src/check/rules.cc) is shown to work end to end: an
// end-to-end case (tests/cases/<name>/case.yaml, or tests/cases/bad/<name>/expect)
// expects its code in sterk's output, and a passing run of the same command (exit 0)
// in another case does not report it. A new rule code therefore needs a case that
// triggers it before the suite passes (docs/testing.md).
#include <catch2/catch.hpp>

#include <dirent.h>

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "check/rules.h"
#include "util/files.h"

using namespace sterk;

namespace {

struct Case {
  std::string name;     ///< folder under tests/cases
  std::string command;  ///< first word of the command line: check, analyze, build, …
  int exit = -1;
  std::string output;   ///< the expected stdout and stderr (or the expect patterns)
};

std::vector<std::string> folders(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != ".." && n[0] != '_' && e->d_type == DT_DIR) out.push_back(n);
    }
    closedir(d);
  }
  return out;
}

std::string field(const std::string& text, const std::string& key) {
  for (size_t at = 0; at < text.size();) {
    size_t nl = text.find('\n', at);
    std::string line = text.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    at = nl == std::string::npos ? text.size() : nl + 1;
    if (line.rfind(key + ":", 0) == 0) {
      std::string v = line.substr(key.size() + 1);
      v.erase(0, v.find_first_not_of(' '));
      return v;
    }
  }
  return "";
}

std::string first_word(const std::string& s) { return s.substr(0, s.find(' ')); }

/// The cases of tests/cases (case.yaml) and of the bad-input corpus (expect).
std::vector<Case> all_cases() {
  const std::string root = STERK_SOURCE_DIR "/tests/cases";
  std::vector<Case> cases;
  for (const auto& name : folders(root)) {
    std::string text, err;
    if (read_file(root + "/" + name + "/case.yaml", &text, &err)) {
      Case c{name, first_word(field(text, "args")), std::stoi(field(text, "exit")), ""};
      // Everything after the exit line: the expected stdout and stderr blocks.
      c.output = text.substr(text.find("\nstdout:"));
      cases.push_back(c);
    }
  }
  for (const auto& name : folders(root + "/bad")) {
    std::string text, err;
    if (!read_file(root + "/bad/" + name + "/expect", &text, &err)) continue;
    Case c{"bad/" + name, first_word(field(text, "run")), std::stoi(field(text, "exit")), ""};
    // Patterns are regular expressions: "\[yaml/tab\]" names the code yaml/tab.
    for (const char* key : {"error", "output"}) {
      std::string p = field(text, key);
      for (char ch : p)
        if (ch != '\\') c.output += ch;
      c.output += "\n";
    }
    cases.push_back(c);
  }
  return cases;
}

bool reports(const Case& c, const std::string& code) {
  return c.output.find("[" + code + "]") != std::string::npos ||
         c.output.find("\"code\": \"" + code + "\"") != std::string::npos;
}

}  // namespace

TEST_CASE("every rule code has an end-to-end case that triggers it and a passing run that does not", "[rules]") {
  std::vector<Case> cases = all_cases();
  REQUIRE(cases.size() > 50);
  REQUIRE(rules().size() > 50);
  for (const Rule& r : rules()) {
    const std::string code = r.code;
    std::vector<const Case*> triggering;
    for (const auto& c : cases)
      if (reports(c, code)) triggering.push_back(&c);
    INFO("rule " << code << ": add a case under tests/cases/ whose expected output shows [" << code
                 << "] (copy a near case, change one thing, run tests/run_case.sh --rebase and check the output)");
    CHECK_FALSE(triggering.empty());
    if (triggering.empty()) continue;
    // The same command on input where the rule has nothing to say passes quietly.
    std::set<std::string> commands;
    for (const Case* c : triggering) commands.insert(c->command);
    bool quiet_run = false;
    for (const auto& c : cases)
      if (c.exit == 0 && commands.count(c.command) && !reports(c, code)) quiet_run = true;
    INFO("rule " << code << " is triggered by '" << *commands.begin()
                 << "' cases; add a case where that command passes (exit 0) without it");
    CHECK(quiet_run);
  }
}

TEST_CASE("the clean cases report nothing at all", "[rules]") {
  // Each is a whole small project; if one of them picks up a diagnostic, a rule fires
  // where it should not.
  for (const auto& c : all_cases()) {
    if (c.name != "ok-plain" && c.name != "ok-easy-read" && c.name != "template-ok") continue;
    INFO(c.name);
    CHECK(c.exit == 0);
    // Nothing but the summary line ("2 decks, 5 cards, 0 errors, 0 warnings").
    static const std::regex quiet("\nstdout: \"\"\nstderr: \\|\n  [0-9]+ decks?, [0-9]+ cards?, 0 errors, 0 warnings\n");
    CHECK(std::regex_match(c.output, quiet));
  }
}
