#include "model/markup.h"

namespace sterk {

std::vector<TextSpan> parse_card_markup(const std::string& text) {
  // A line break is '\n', '\r\n' or a lone '\r' (a "\r" escape in a quoted YAML
  // value): all become one line break, so Pango never sees a '\r'.
  std::string t;
  t.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') t += text[i];
    else if (i + 1 >= text.size() || text[i + 1] != '\n') t += '\n';
  }
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
  std::vector<TextSpan> spans(1);
  bool bold = false;
  auto start = [&](bool line_break) {
    if (!spans.back().text.empty() || spans.back().line_break) spans.emplace_back();
    spans.back().bold = bold;
    spans.back().line_break = line_break;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '*' && i + 1 < t.size() && t[i + 1] == '*') {
      bold = !bold;
      start(false);
      ++i;
    } else if (t[i] == '\n') {
      start(true);
    } else {
      spans.back().text += t[i];
    }
  }
  std::vector<TextSpan> out;
  for (auto& s : spans)
    if (!s.text.empty() || s.line_break) out.push_back(std::move(s));
  return out;
}

}  // namespace sterk
