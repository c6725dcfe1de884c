#pragma once
// Where a Dutch sentence may break between two lines on an easy-read card: the
// word-group rules of layout/phrase_lines (docs/templates.md, "Lines"). A line ends
// where a word group ends, never inside one: not after an article, a possessive, a
// preposition, "om" or "te", not between an adjective and its noun, a verb and the
// "je" that is its subject, or a verb and a particle at the end. Good places are
// after a comma and before a conjunction, a relative pronoun or a preposition.
// The words are small closed classes plus a few endings; every other word counts as
// a content word, so the rules never need a dictionary.
#include <string>
#include <vector>

namespace sterk {

/// How bad a line break before words[at] is (1 <= at < words.size()), for the words
/// of one sentence as written (punctuation attached, any capitals). Below 0: a good
/// place; 0: neutral; 1000 and more: inside a word group.
double break_penalty(const std::vector<std::string>& words, size_t at);

}  // namespace sterk
