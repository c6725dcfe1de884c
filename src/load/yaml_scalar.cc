#include "load/yaml_scalar.h"

#include "util/text.h"

namespace sterk::yaml {

// Lines of `text` as views (split at '\n', as split_lines does), without a trailing '\r'.
std::vector<std::string_view> line_views(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t at = text.find('\n', start);
    std::string_view l = text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    out.push_back(l);
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

int indent_of(std::string_view s) {
  size_t i = s.find_first_not_of(' ');
  return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

// Folded and multi-line flow scalars, and escapes in quoted ones, make the
// value run out of step with the file. Walk both side by side and record an
// anchor (value offset → file position) wherever they jump, so a word inside
// the value can still be pointed at. Stops quietly if the two cannot be matched.
static void align_scalar(const Source& src, int line, int col, char quote, LocatedText* t) {
  const std::string& v = t->value;
  size_t l = static_cast<size_t>(line), c = static_cast<size_t>(col);
  int col_cp = 0;  // code points before c on line l
  if (l < src.lines.size()) col_cp = utf8_length(src.lines[l].substr(0, c));
  auto cur = [&](size_t ahead = 0) -> int {
    size_t ll = l, cc = c;
    for (size_t k = 0; k < ahead; ++k) {
      if (ll >= src.lines.size()) return -1;
      if (cc >= src.lines[ll].size()) { ++ll; cc = 0; } else ++cc;
    }
    if (ll >= src.lines.size()) return -1;
    return cc >= src.lines[ll].size() ? '\n' : static_cast<unsigned char>(src.lines[ll][cc]);
  };
  auto advance = [&](size_t n) {
    for (size_t k = 0; k < n && l < src.lines.size(); ++k) {
      if (c >= src.lines[l].size()) { ++l; c = 0; col_cp = 0; continue; }
      if ((static_cast<unsigned char>(src.lines[l][c]) & 0xC0) != 0x80) ++col_cp;
      ++c;
    }
  };
  std::vector<std::pair<size_t, Location>> anchors;
  Location prev;
  int prev_vcp = 0, vcp = 0;
  auto map_here = [&](size_t offset) {
    Location here{src.file, static_cast<int>(l) + 1, col_cp + 1};
    bool in_step = !anchors.empty() && here.line == prev.line && here.column == prev.column + (vcp - prev_vcp);
    if (!in_step) anchors.push_back({offset, here});
    prev = here;
    prev_vcp = vcp;
  };
  for (size_t i = 0; i < v.size();) {
    unsigned char b = static_cast<unsigned char>(v[i]);
    size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    if (b == ' ' || b == '\n' || b == '\t') {
      if (cur() == b) {  // otherwise the space is a folded line break
        map_here(i);
        advance(1);
      }
      i += 1;
      ++vcp;
      continue;
    }
    for (;;) {
      int ch = cur();
      if (ch == ' ' || ch == '\t' || ch == '\n') advance(1);
      else if (quote == '"' && ch == '\\' && cur(1) == '\n') advance(2);
      else break;
    }
    int ch = cur();
    if (quote == '"' && ch == '\\') {
      map_here(i);
      int e = cur(1);
      advance(e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2);
    } else if (quote == '\'' && ch == '\'' && cur(1) == '\'') {
      map_here(i);
      advance(2);
    } else if (ch == b) {
      map_here(i);
      advance(n);
    } else {
      break;
    }
    i += n;
    ++vcp;
  }
  if (anchors.size() > 1) t->anchors = std::move(anchors);
}

// Most values are written on one line exactly as they read (no folding, no escapes):
// align_scalar would find every character in step and record no anchor, so it is
// not run for them (a deck's values are almost all like this).
static bool written_as_is(const Source& src, int line, int col, char quote, const std::string& v) {
  if (line < 0 || line >= static_cast<int>(src.lines.size())) return false;
  std::string_view l = src.lines[line];
  if (static_cast<size_t>(col) > l.size() || l.size() - col < v.size()) return false;
  if (l.compare(col, v.size(), v) != 0) return false;
  if (v.find('\n') != std::string::npos) return false;
  return quote == 0 || v.find(quote == '"' ? '\\' : '\'') == std::string::npos;
}

LocatedText scalar_text(const Source& src, const Mark& m, const std::string& value) {
  LocatedText t;
  t.value = value;
  t.at = src.at(m);
  char c = src.char_at(m);
  if (c == '|' || c == '>') {
    // Block scalar: the value's lines are the following lines, at the block's indent.
    int first = m.line + 1;
    int indent = -1;
    for (int i = first; i < static_cast<int>(src.lines.size()) && indent < 0; ++i)
      indent = indent_of(src.lines[i]);
    if (indent < 0) indent = 0;
    size_t count = split_lines(t.value).size();
    for (size_t i = 0; i < count; ++i) {
      t.line_starts.push_back({src.file, first + static_cast<int>(i) + 1,
                               indent + 1});
    }
    if (!t.line_starts.empty()) t.at = t.line_starts.front();
    if (c == '>') align_scalar(src, first, 0, 0, &t);
  } else {
    bool quoted = c == '"' || c == '\'';
    if (quoted) t.at.column += 1;
    t.line_starts.push_back(t.at);
    if (m.line >= 0 && m.column >= 0 && !written_as_is(src, m.line, m.column + (quoted ? 1 : 0), quoted ? c : 0, t.value))
      align_scalar(src, m.line, m.column + (quoted ? 1 : 0), quoted ? c : 0, &t);
  }
  return t;
}

}  // namespace sterk::yaml
