#pragma once
// Where a YAML value's text is in the file: its start, the start of each of its
// lines and, where the value runs out of step with the file (folded lines, escapes),
// anchors from value offsets to file positions. Internal to load/ (yaml_tree.cc).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_events.h"
#include "model/diagnostic.h"
#include "model/text.h"
#include "util/text.h"

namespace sterk::yaml {

/// The file being parsed: its name and its lines.
struct Source {
  std::string file;
  std::vector<std::string_view> lines;  // into the text being parsed, without '\n' and '\r'

  Location at(const Mark& m) const {
    if (m.line < 0) return {file, 0, 0};
    Location l{file, m.line + 1, 1};
    if (m.code_points >= 0) l.column = m.code_points + 1;
    else if (m.line < static_cast<int>(lines.size()))
      l.column = utf8_length(lines[m.line].substr(0, std::max(0, m.column))) + 1;
    return l;
  }
  char char_at(const Mark& m) const {
    if (m.line < 0 || m.line >= static_cast<int>(lines.size())) return 0;
    std::string_view s = lines[m.line];
    return m.column >= 0 && m.column < static_cast<int>(s.size()) ? s[m.column] : 0;
  }
};

/// Lines of `text` as views (split at '\n', as split_lines does), without a trailing '\r'.
std::vector<std::string_view> line_views(std::string_view text);

/// Spaces before the first other character, or -1 for a blank line.
int indent_of(std::string_view s);

/// The located text of a scalar whose node starts at `m` (at its quote, `|` or `>`,
/// or its first character), with the parsed `value`.
LocatedText scalar_text(const Source& src, const Mark& m, const std::string& value);

}  // namespace sterk::yaml
