// docs/rules.md explains every check for card editors: each code `sterk rules`
// prints must have a heading or a table row there, with its severity, so a new code
// cannot ship undocumented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/rules.h"
#include "util/files.h"

using namespace sterk;

namespace {

bool code_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/';
}

/// True when `line` holds `code` as a whole code, not as the start of a longer one
/// (preflight/contrast in preflight/contrast-easy-read).
bool mentions(const std::string& line, const std::string& code) {
  for (size_t at = line.find(code); at != std::string::npos; at = line.find(code, at + 1)) {
    bool before = at == 0 || !code_char(line[at - 1]);
    bool after = at + code.size() >= line.size() || !code_char(line[at + code.size()]);
    if (before && after) return true;
  }
  return false;
}

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "";
}

}  // namespace

TEST_CASE("docs/rules.md has an entry for every rule code", "[rules]") {
  std::string text, err;
  REQUIRE(read_file(STERK_SOURCE_DIR "/docs/rules.md", &text, &err));

  // Entries are headings ("### code (severity)") and table rows ("| `code` | severity | …").
  std::vector<std::string> entries;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? text.size() : nl + 1;
    if (!line.empty() && (line[0] == '#' || line[0] == '|')) entries.push_back(line);
  }
  REQUIRE(entries.size() > 20);

  REQUIRE(rules().size() > 50);
  for (const Rule& r : rules()) {
    const std::string code = r.code;
    const std::string severity = severity_word(r.severity);
    INFO("rule " << code << " (" << severity << ") needs a heading or table row in docs/rules.md "
                 "with its code and severity, what it means and how to fix it");
    bool found = false;
    for (const auto& line : entries)
      if (mentions(line, code) && line.find(severity) != std::string::npos) found = true;
    CHECK(found);
  }
}

TEST_CASE("docs/rules.md names no code that does not exist", "[rules]") {
  // A code in a heading or table row that `sterk rules` does not know is a typing
  // error or a rule that was removed.
  std::string text, err;
  REQUIRE(read_file(STERK_SOURCE_DIR "/docs/rules.md", &text, &err));
  const std::vector<std::string> families = {"yaml/", "load/", "template/", "layout/", "preflight/",
                                             "references/", "coverage/", "easy-read/", "check/",
                                             "study/", "analysis/", "rcmap/"};
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? text.size() : nl + 1;
    if (line.empty() || (line[0] != '#' && line[0] != '|')) continue;
    for (const auto& family : families) {
      for (size_t at = line.find(family); at != std::string::npos; at = line.find(family, at + 1)) {
        if (at > 0 && code_char(line[at - 1])) continue;
        size_t end = at + family.size();
        while (end < line.size() && code_char(line[end])) ++end;
        if (end < line.size() && line[end] == '.') continue;  // a file: study/analysis.yaml
        std::string code = line.substr(at, end - at);
        while (!code.empty() && (code.back() == '-' || code.back() == '/')) code.pop_back();
        if (code.size() <= family.size()) continue;  // "study/" alone: a folder or a group title
        INFO(line);
        CHECK(find_rule(code) != nullptr);
      }
    }
  }
}
