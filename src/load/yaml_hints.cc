#include "load/yaml_hints.h"

#include <cctype>
#include <cstdlib>

#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

int indent_of(const std::string& s) {
  size_t i = s.find_first_not_of(' ');
  return i == std::string::npos ? -1 : static_cast<int>(i);
}

bool meaningful(const std::string& s) {
  int i = indent_of(s);
  return i >= 0 && s[i] != '#';
}

bool is_item(const std::string& s) {
  int i = indent_of(s);
  return i >= 0 && s[i] == '-' && (i + 1 == static_cast<int>(s.size()) || s[i + 1] == ' ');
}

// The column (0-based bytes) where a line's key starts, "- " items included
// ("  - id: x" → 4), or -1 when the line is no `key:` line.
int key_column(const std::string& s) {
  int i = indent_of(s);
  if (i < 0) return -1;
  size_t k = i;
  while (k + 1 < s.size() && s[k] == '-' && s[k + 1] == ' ') {
    k += 2;
    while (k < s.size() && s[k] == ' ') ++k;
  }
  size_t j = k;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '-')) ++j;
  if (j == k || j >= s.size() || s[j] != ':') return -1;
  if (j + 1 < s.size() && s[j + 1] != ' ') return -1;
  return static_cast<int>(k);
}

// "title: Let op: werk" → `title: "Let op: werk"`; "" when the line is no `key: text` line.
std::string quoted_line(const std::string& s) {
  int k = key_column(s);
  if (k < 0) return "";
  size_t colon = s.find(':', k);
  std::string value = trim(s.substr(colon + 1));
  if (value.empty() || value[0] == '"' || value[0] == '\'') return "";
  std::string q;
  for (char c : value) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return trim(s.substr(0, colon + 1)) + " \"" + q + "\"";
}

std::string col(int c) { return std::to_string(c + 1); }

// A line one or two spaces off the lines it belongs with: the nearest line above
// of the same kind (a `- ` item, or a key) that starts close by but not in the
// same column. "" when no such line is found.
std::string indent_hint(const std::vector<std::string_view>& lines, int line) {
  if (line < 0 || line >= static_cast<int>(lines.size())) return "";
  const std::string& here = std::string(lines[line]);
  bool item = is_item(here);
  int c = item ? indent_of(here) : key_column(here);
  if (c < 0) return "";
  for (int i = line - 1, seen = 0; i >= 0 && seen < 40; --i) {
    if (!meaningful(std::string(lines[i]))) continue;
    ++seen;
    int o = item ? (is_item(std::string(lines[i])) ? indent_of(std::string(lines[i])) : -1) : key_column(std::string(lines[i]));
    if (o < 0) continue;
    if (o == c) return "";  // in step with that line: the mistake is elsewhere
    if (std::abs(o - c) > 2) continue;
    return item ? tr("; check the indentation: its '-' starts in column {}, and line {} above in column {}; "
                     "every '- ' of one list must be in the same column, so add or remove spaces",
                     col(c), i + 1, col(o))
                : tr("; check the indentation: it starts in column {}, and line {} above in column {}; the keys "
                     "of one card (or one block) must start in the same column, so add or remove spaces",
                     col(c), i + 1, col(o));
  }
  return "";
}

}  // namespace

namespace {

// yaml-cpp's texts for syntax errors (yaml-cpp/exceptions.h, ErrorMsg), each its own
// msgid so the catalogue says them in Dutch. The ones ending in ": " are followed by
// what the parser found.
const char* const kParserReasons[] = {
    N_("YAML directives must have exactly one argument"),
    N_("bad YAML version: "),
    N_("YAML major version too large"),
    N_("repeated YAML directive"),
    N_("TAG directives must have exactly two arguments"),
    N_("repeated TAG directive"),
    N_("illegal character found while scanning tag handle"),
    N_("tag handle with no suffix"),
    N_("end of verbatim tag not found"),
    N_("end of map not found"),
    N_("end of map flow not found"),
    N_("end of sequence not found"),
    N_("end of sequence flow not found"),
    N_("cannot assign multiple tags to the same node"),
    N_("cannot assign multiple anchors to the same node"),
    N_("cannot assign multiple aliases to the same node"),
    N_("aliases can't have any content, *including* tags"),
    N_("bad character found while scanning hex number"),
    N_("invalid unicode: "),
    N_("unknown escape character: "),
    N_("unknown token"),
    N_("illegal document indicator in scalar"),
    N_("illegal EOF in scalar"),
    N_("illegal character in scalar"),
    N_("illegal tab when looking for indentation"),
    N_("illegal flow end"),
    N_("illegal block entry"),
    N_("illegal map key"),
    N_("illegal map value"),
    N_("alias not found after *"),
    N_("anchor not found after &"),
    N_("illegal character found while scanning alias"),
    N_("illegal character found while scanning anchor"),
    N_("cannot set zero indentation for a block scalar"),
    N_("unexpected character in block scalar"),
    N_("cannot assign the same alias to multiple nodes"),
    N_("the referenced anchor is not defined"),
    N_("unmatched group tag"),
    N_("unexpected end sequence token"),
    N_("unexpected end map token"),
    N_("invalid character in single-quoted string"),
    N_("invalid anchor"),
    N_("invalid alias"),
    N_("invalid tag"),
};

}  // namespace

std::string yaml_parser_reason(const std::string& message) {
  for (const char* known : kParserReasons) {
    const std::string_view k(known);
    if (message == k) return tr(known);
    if (k.size() > 2 && k.substr(k.size() - 2) == ": " && message.compare(0, k.size(), k) == 0)
      return tr(known) + message.substr(k.size());
  }
  return message;
}

std::string yaml_syntax_hint(const std::string& message, const std::vector<std::string_view>& lines, int line,
                             int column) {
  if (line < 0 || line >= static_cast<int>(lines.size())) return "";
  const std::string& here = std::string(lines[line]);
  if (message == "illegal map value") {
    int k = key_column(here);
    // The colon the parser stopped at comes after the line's own key: a colon in the text.
    if (k >= 0 && column > static_cast<int>(here.find(':', k))) {
      std::string fix = quoted_line(here);
      return fix.empty() ? tr("; a colon followed by a space inside a text makes YAML read a new key there. "
                              "Put the whole text in quotes")
                         : tr("; a colon followed by a space inside a text makes YAML read a new key there. "
                              "Put the whole text in quotes: {}", fix);
    }
    std::string ind = indent_hint(lines, line);
    if (!ind.empty()) return ind;
    return tr("; a line is indented further than the key above it, so YAML reads it as part of that value");
  }
  if (message == "end of map not found" || message == "end of sequence not found" ||
      message == "illegal block entry" || message.rfind("block sequence entries", 0) == 0 ||
      message == "bad indentation of a mapping entry") {
    std::string ind = indent_hint(lines, line);
    if (!ind.empty()) return ind;
    return tr("; the indentation of this line does not fit the lines above it: keys of one card, and the '- ' "
              "of the items of one list, must start in the same column");
  }
  if (message == "end of sequence flow not found" || message == "end of map flow not found")
    return tr("; a '[' or '{' on this line or the line above is not closed with its ']' or '}' (text with a "
              "comma or colon inside [ ] needs quotes: [\"Let op: dit\", dat])");
  return "";
}

namespace {

struct Walker {
  const std::string& file;
  const std::vector<std::string_view>& lines;
  Diagnostics* diags;

  // Byte offset of the 1-based code point column `column` in `s`.
  static size_t offset(const std::string& s, int column) { return utf8_offset(s, column - 1); }

  // A plain (unquoted, not | or >) value that starts on its line: `rest` gets what
  // follows the value's first piece on that line.
  bool plain_start(const YamlNode& n, size_t* start) const {
    if (n.text.at.line < 1 || n.text.at.line > static_cast<int>(lines.size())) return false;
    const std::string& s = std::string(lines[n.text.at.line - 1]);
    size_t o = offset(s, n.text.at.column);
    if (o >= s.size()) return false;
    if (o > 0 && (s[o - 1] == '"' || s[o - 1] == '\'')) return false;  // quoted
    if (n.text.line_starts.size() > 1 || n.text.value.find('\n') != std::string::npos) return false;  // a block
    *start = o;
    return true;
  }

  void comment(const YamlNode& n) {
    size_t o;
    if (!plain_start(n, &o)) return;
    const std::string& s = std::string(lines[n.text.at.line - 1]);
    const std::string& v = n.text.value;
    if (s.compare(o, v.size(), v) != 0) return;  // runs on over more lines
    size_t after = o + v.size();
    // " #1", " #hashtag": a comment right against its '#' is rarely meant as one
    // (comments are written "# like this"), so the text after it was probably lost.
    if (after + 2 < s.size() + 1 && s[after] == ' ' && after + 1 < s.size() && s[after + 1] == '#' &&
        after + 2 < s.size() && s[after + 2] != ' ' && s[after + 2] != '#') {
      Location at{file, n.text.at.line, utf8_length(std::string_view(s).substr(0, after + 1)) + 1};
      diags->warning(at, "yaml/comment-in-text",
                     tr("'{}' is not part of the text: ' #' starts a comment in YAML; if it belongs to the text, "
                        "put the whole text in quotes: \"{}\"", s.substr(after + 1), v + s.substr(after)));
    }
  }

  // A list item's plain text that YAML joined with the lines below it.
  void merged(const YamlNode& n) {
    size_t o;
    if (!plain_start(n, &o)) return;
    int first = n.text.at.line - 1;
    std::string piece = trim(std::string(lines[first]).substr(o));
    if (piece.size() >= n.text.value.size()) return;  // on one line
    for (int i = first + 1; i < static_cast<int>(lines.size()); ++i) {
      std::string next = trim(std::string(lines[i]));
      if (next.empty()) break;
      if (piece.size() > n.text.value.size()) break;
      Location at{file, i + 1, indent_of(std::string(lines[i])) + 1};
      bool dash = next.size() > 1 && next[0] == '-' && next[1] == ' ';
      char end = piece.empty() ? 0 : piece.back();
      bool sentence = (end == '.' || end == '?' || end == '!') && std::isupper(static_cast<unsigned char>(next[0]));
      if (dash || sentence) {
        diags->warning(at, "yaml/merged-lines",
                       dash ? tr("this '- ' item is indented further than the one above it, so YAML reads it as "
                                 "part of that item's text; to make it an item of its own, start it with '- ' in "
                                 "the same column as the others; if it belongs to the item above, put the item on "
                                 "one line")
                            : tr("this line is read as part of the item above it (YAML joins lines that are "
                                 "indented further); to make it an item of its own, start it with '- ' in the "
                                 "same column as the others; if it belongs to the item above, put the item on "
                                 "one line"));
        return;
      }
      piece += " " + next;
    }
  }

  void walk(const YamlNode& n, bool in_list) {
    switch (n.kind) {
      case YamlNode::scalar:
        comment(n);
        if (in_list) merged(n);
        break;
      case YamlNode::sequence:
        for (const auto& item : n.items) walk(item, true);
        break;
      case YamlNode::map:
        for (const auto& e : n.entries) walk(e.second, false);
        break;
      case YamlNode::null: break;
    }
  }
};

}  // namespace

void warn_lost_text(const std::string& file, const std::vector<std::string_view>& lines, const YamlNode& root,
                    Diagnostics* diags, bool in_list) {
  Walker{file, lines, diags}.walk(root, in_list);
}

}  // namespace sterk
