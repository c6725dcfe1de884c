#pragma once
// Sentence-level rules an easy-read editor applies beyond length and word choice:
// passive voice, (double) negation, numbers written as words, figurative language,
// "u"/"men", nominalisations, back-references and split er-words, subject-verb
// agreement that spelling cannot see, a missing full stop, and dense clauses.
// Each rule looks at the words of one sentence (util/sentences.h) and reports the
// word it is about. docs/rules.md explains every rule with examples.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/sentences.h"
#include "model/diagnostic.h"
#include "model/text.h"

namespace sterk {

class Speller;
struct RuleSet;

/// A figurative expression: its words in order (each may list alternatives with '|',
/// '*' matches any one word), matched with at most two other words between them.
struct Idiom {
  std::string written;                         ///< as in the list
  std::vector<std::vector<std::string>> words;  ///< lower case; alternatives per position
  std::string meaning;                         ///< the plain words to use instead
};

/// Parses `pattern = meaning` lines (the format of cards/idioms.txt); bad lines are
/// warnings at `file`.
void parse_idioms(const std::string& text, const std::string& file, std::vector<Idiom>* out, Diagnostics* diags);
/// The list of figurative expressions that ships with sterk.
const char* shipped_idioms();

/// What the sentence rules need besides the sentence.
struct SentenceContext {
  const RuleSet* rules = nullptr;
  const Speller* speller = nullptr;       ///< may be null (no dictionary): rules that need it stay quiet
  const std::vector<Idiom>* idioms = nullptr;
  bool is_title = false;                  ///< titles need no full stop
  /// The sentence ends the text: a negative question with nothing after it is asked of the
  /// reader; one followed by advice ("Lukt het niet? Vraag hulp.") is a condition.
  bool last_in_text = true;
  bool several_sentences = false;  ///< the text has more than one sentence or line
  bool alt_text = false;           ///< a pictogram's text alternative (read aloud, not printed)
  /// The sentence's words in lower case, when the caller has them (else made here).
  const std::vector<std::string>* lowered = nullptr;
};

/// Runs the sentence rules on one sentence of `text` (`s` comes from split_sentences(text.value)).
/// `last_in_text`: the sentence ends the value (so a missing full stop is at its end).
void check_sentence(const LocatedText& text, const Sentence& s, const SentenceContext& ctx, Diagnostics* found);

/// True when `w` (lower case) looks like a past participle: ge-…-d/t/en, also after a
/// separable particle (aan-ge-nomen), and with `weak_prefixes` also be-, ver-, ont-, her-
/// words in -d/-t (betaald), which can also be a present tense.
bool looks_like_participle(const std::string& w, bool weak_prefixes);

/// True when `w` (lower case) is a number written as a word (twee, vijfentwintig, honderd, één).
bool number_word(const std::string& w);
/// The number `w` (lower case) writes in words (vijfentwintig → 25), or -1 when it is none.
long number_value(const std::string& w);

}  // namespace sterk
