// The easy-read checker against an editor's corpus (tests/easyread/corpus.txt): each
// problem sentence must get the rule the editor expects, and good sentences nothing.
// The table of what was caught per rule is printed, so a change that loses a kind of
// problem shows which.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>

#include "check/check.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "check/word_lists.h"
#include "shipped_check_context.h"
#include "test_project.h"
#include "util/files.h"
#include "util/text.h"

using namespace sterk;

namespace {

struct Line {
  int number;
  std::string expect, sentence;
};

std::vector<Line> read_corpus(const std::string& name = "corpus.txt") {
  std::string text, err;
  REQUIRE(read_file(test::repo_dir() + "/tests/easyread/" + name, &text, &err));
  std::vector<Line> out;
  int n = 0;
  for (const std::string& l : split_lines(text)) {
    ++n;
    if (l.empty() || l[0] == '#') continue;
    size_t bar = l.find(" | ");
    REQUIRE(bar != std::string::npos);
    out.push_back({n, trim(l.substr(0, bar)), trim(l.substr(bar + 3))});
  }
  return out;
}

// What the jongere deck of a project would have: sterk's lists, and "jobcoach" as a term
// the deck explains.
CheckContext corpus_context() {
  CheckContext ctx = test::shipped_check_context({"jobcoach"});
  ctx.words.explained = {"jobcoach"};
  return ctx;
}

Diagnostics check_sentence_as_card(const Line& l, const CheckContext& ctx, const std::string& set = "easy-read") {
  Card card;
  card.id.value = "corpus";
  card.text.value = l.sentence;
  card.text.at = {"tests/easyread/corpus.txt", l.number, 1};
  card.text.line_starts = {card.text.at};
  Diagnostics found;
  check_card_text(card, rule_set(set), ctx, &found);
  return found;
}

}  // namespace

namespace {

struct Score {
  int problems = 0, caught = 0, good = 0, false_alarms = 0;
};

// Checks every sentence of tests/easyread/<name> with rule set `set` and prints the table
// of what was caught per rule.
Score score_corpus(const std::string& name, const std::string& set, const CheckContext& ctx) {
  std::map<std::string, std::pair<int, int>> per_kind;  // expected code → caught, total
  int problems = 0, caught = 0, good = 0, false_alarms = 0;
  for (const Line& l : read_corpus(name)) {
    Diagnostics all = check_sentence_as_card(l, ctx, set);
    // The plain corpus checks the sentence rules; one sentence is not a card to score.
    Diagnostics found;
    for (const auto& d : all.items())
      if (set == "easy-read" || d.code != "easy-read/readability") found.add_decided(d);
    if (l.expect == "ok") {
      ++good;
      if (!found.items().empty()) {
        ++false_alarms;
        for (const auto& d : found.items()) std::printf("good sentence flagged: %s -> %s [%s]\n", l.sentence.c_str(), d.message.c_str(), d.code.c_str());
      }
      continue;
    }
    ++problems;
    bool hit = false;
    for (const auto& d : found.items()) hit = hit || d.code == l.expect;
    auto& k = per_kind[l.expect];
    ++k.second;
    if (hit) ++caught, ++k.first;
    else {
      std::printf("missed (%s): %s\n", l.expect.c_str(), l.sentence.c_str());
      for (const auto& d : found.items()) std::printf("    got: %s [%s]\n", d.message.c_str(), d.code.c_str());
    }
  }
  std::string table = name + " (" + set + ")\nrule | caught\n";
  for (const auto& [code, n] : per_kind) table += code + " | " + std::to_string(n.first) + "/" + std::to_string(n.second) + "\n";
  table += "problems caught: " + std::to_string(caught) + "/" + std::to_string(problems) +
           ", good sentences flagged: " + std::to_string(false_alarms) + "/" + std::to_string(good) + "\n";
  std::fputs(table.c_str(), stdout);
  return {problems, caught, good, false_alarms};
}

}  // namespace

TEST_CASE("easy-read: the editor's corpus is flagged as the editor flags it", "[check][easy-read]") {
  const CheckContext ctx = corpus_context();
  Score s = score_corpus("corpus.txt", "easy-read", ctx);
  REQUIRE(s.problems >= 75);
  REQUIRE(s.good >= 25);
  CHECK(s.caught * 100 >= 90 * s.problems);
  CHECK(s.false_alarms * 100 <= 2 * s.good);
}

TEST_CASE("plain: the B1 editor's corpus is flagged as the editor flags it", "[check][easy-read][rule-sets]") {
  CheckContext ctx = corpus_context();
  ctx.words.explained_plain = {"sollicitatie"};  // as in cards/explained-words.txt [gewone taal]
  Score s = score_corpus("plain_corpus.txt", "plain", ctx);
  REQUIRE(s.problems >= 35);
  REQUIRE(s.good >= 35);
  CHECK(s.caught * 100 >= 90 * s.problems);
  CHECK(s.false_alarms * 100 <= 2 * s.good);
}
