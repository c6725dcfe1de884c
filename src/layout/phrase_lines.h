#pragma once
// Lines for easy-read text (template `lines: phrases`): every sentence starts its
// own line, and a sentence too long for one line is broken where its word groups
// meet, into lines of about equal length. Easy-read guidance asks for exactly that
// (docs/templates.md, "Lines"): not "Wat vind jij leuk om / te doen?" but "Wat vind
// jij / leuk om te doen?". Pango only wraps greedily, so layout chooses the breaks
// here, measured with Pango at the size being fitted, and hands Pango text with
// those breaks in it (U+2028, a line break inside the paragraph, so a list item's
// hanging indent stays). The Dutch word-group rules are in layout/phrase_breaks.h.
#include <string>
#include <vector>

namespace sterk {

struct TextBlock;

/// The line separator layout writes between the lines it chose.
inline constexpr const char* kLineBreak = "\xE2\x80\xA8";

/// One sentence's words for the breaker: where each starts and ends on one unbroken
/// line (pt), and the penalty for a break before each word (index 0 unused).
struct BreakInput {
  std::vector<double> start, end;
  std::vector<double> penalty;
};

/// The best lines for one sentence in lines `width` wide: indices of the words that
/// begin a line after the first (empty: one line). Uses as few lines as fit, or one
/// more when that avoids a break inside a word group; among those, the breaks with
/// the lowest penalties and the most even line lengths. A word wider than `width`
/// gets a line of its own (the caller's preflight reports it).
std::vector<size_t> choose_breaks(const BreakInput& words, double width);

/// `paragraph` (card markup: **bold** and line breaks) as Pango markup laid out as
/// phrases for `block` (its font, size and wrap width; `indent_pt` is taken off the
/// width, as a list item's text starts there).
std::string phrase_markup(const std::string& paragraph, const TextBlock& block);

/// The lines phrase_markup chose, as plain text, one string a line (for tests and
/// messages).
std::vector<std::string> phrase_lines(const std::string& paragraph, const TextBlock& block);

}  // namespace sterk
