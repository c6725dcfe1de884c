#pragma once
// Card text → sentences → words, with the byte offset of each inside the text,
// so a diagnostic can point at the exact word (LocatedText::locate). One splitter
// for the whole program: check/ judges these sentences, layout/ starts each on its
// own line on easy-read cards, render/ gives each its own block on the web.
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sterk {

struct Word {
  size_t begin = 0, end = 0;  ///< byte offsets in the text
  std::string text;           ///< as written, with ’ written as '
};

struct Sentence {
  size_t begin = 0;  ///< offset of the first word
  std::vector<Word> words;
  /// The mark that ended it: '.', '!', '?' or U+2026 (…); 0 when it ended at a line
  /// break or at the end of the text without one.
  uint32_t end_mark = 0;
  bool question() const { return end_mark == '?'; }
};

/// Splits card text (markup: **bold** and line breaks) into sentences.
/// A sentence ends at . ! ? … followed by a space or the end, at a blank line,
/// and at a line break when the next line starts with a capital, a digit or a
/// bullet. A line break before a small letter continues the sentence. A period
/// after a word in `dotted` (abbreviations such as "bijv") does not end one.
/// Words are runs of letters and digits, with - ' . allowed between letters
/// (e-mail, zo'n, o.a). Web and mail addresses are not words.
std::vector<Sentence> split_sentences(std::string_view text, const std::set<std::string>& dotted = {});

/// Where each sentence of one line of text begins, for laying sentences out one per
/// line (print cards and web pages of easy-read decks): byte offsets, the first 0.
/// What stands before a sentence's first word (a quote, **) belongs to it, so a
/// sentence starts just after the spaces that precede it.
std::vector<size_t> sentence_starts(std::string_view line);

/// Number of letters (code points that are letters) in a word.
int letter_count(std::string_view word);
/// True when the word has at least two letters and all of them are capitals.
bool all_caps(std::string_view word);
/// Lower-cases ASCII and Latin-1 letters (Á → á); other characters stay.
std::string lower(std::string_view s);

/// Markup a card cannot show: single *…* (italics), _…_ and <u> (underline), <i>/<em>.
struct BadMarkup {
  size_t offset = 0;
  bool underline = false;  ///< false: italics
  std::string written;     ///< "*", "_", "<i>", …
};
std::vector<BadMarkup> find_bad_markup(std::string_view text);

}  // namespace sterk
