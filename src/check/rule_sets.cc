// The two rule sets and the one place that decides a rule's severity in a deck or
// module: the rule set's own severity, else the rule table's. docs/rules.md argues
// each value ("Rule sets: easy-read and plain").
#include "check/check.h"
#include "check/rules.h"

namespace sterk {

Severity RuleSet::severity_of(const std::string& code) const {
  auto it = severity.find(code);
  return it != severity.end() ? it->second : rule_severity(code, Severity::error);
}

void RuleSet::report(Diagnostics* found, const Location& at, const std::string& code,
                     const std::string& message) const {
  if (!checks(code)) return;
  found->add_decided({severity_of(code), at, code, message});
}

RuleSet rule_set(const std::string& name) {
  RuleSet r;
  if (name == "easy-read") {
    // The rule table's severities are the easy-read ones: every style rule is an error.
    r.name = "easy-read";
    r.max_sentence_words = 10;
    r.max_word_letters = 14;
    r.min_flesch = 70;
    r.easy_read = true;
    r.common_words = 10000;
    r.compound_part_words = 3000;
    r.max_title_words = 6;
    r.max_tips = 3;
    r.max_sentences = 6;
    r.max_content_words = 6;
    r.max_compound_letters = 12;
    r.max_number_word = 0;
    r.address_je = true;
    r.knows_work_terms = false;
    r.loanwords_are_english = true;
    return r;
  }
  r.name = "plain";
  // B1 readers (employers, job coaches, the people around a young person) read the
  // style rules as advice: the card is still readable, an editor decides.
  for (const char* code :
       {"easy-read/difficult-word", "easy-read/uncommon-word", "easy-read/english-word", "easy-read/passive",
        "easy-read/double-negation", "easy-read/number-in-words", "easy-read/figurative", "easy-read/impersonal",
        "easy-read/nominalisation", "easy-read/no-full-stop", "easy-read/dense-clause", "easy-read/title-length",
        "easy-read/too-many-sentences", "easy-read/too-many-tips"})
    r.severity[code] = Severity::warning;
  // A B1 reader follows a clear "daar" or "die" back, reads a split er-word and answers
  // "Heb je geen vragen?"; B1 guidance asks for clear references, not for none.
  // Abbreviations of their field (UWV, HR) are known to B1 readers; the list explains
  // them in easy-read words.
  r.off = {"easy-read/back-reference", "easy-read/split-er-word", "easy-read/negation", "easy-read/abbreviation"};
  return r;
}

}  // namespace sterk
