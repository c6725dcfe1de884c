#pragma once
// The inline markup card texts may use (SPEC §4): **bold** and line breaks,
// nothing else. One parser; the layout (Pango markup) and the web page (HTML)
// only render its spans, so they cannot read a text differently.
#include <string>
#include <vector>

namespace sterk {

struct TextSpan {
  std::string text;  ///< plain text, no line breaks
  bool bold = false;
  bool line_break = false;  ///< a break before this span's text
};

/// Splits `text` (trailing spaces and newlines dropped) into spans. An unclosed
/// ** runs bold to the end, as a reader would expect from the way it was typed.
std::vector<TextSpan> parse_card_markup(const std::string& text);

}  // namespace sterk
