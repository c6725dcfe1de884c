#include "load/yaml_hints.h"

#include <algorithm>
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

// libyaml 0.2.5's texts for syntax errors (the `problem` and `context` its scanner,
// parser and reader give), each its own msgid so the catalogue says them in Dutch.
// The reader's texts about UTF-8 and control characters cannot come up (the file is
// checked, and its control characters kept as text, before libyaml reads it) but are
// here in case a later libyaml says them.
const char* const kParserReasons[] = {
    // problems
    N_("found character that cannot start any token"),
    N_("could not find expected ':'"),
    N_("did not find expected <document start>"),
    N_("did not find expected <stream-start>"),
    N_("did not find expected node content"),
    N_("did not find expected key"),
    N_("did not find expected '-' indicator"),
    N_("did not find expected ',' or ']'"),
    N_("did not find expected ',' or '}'"),
    N_("mapping keys are not allowed in this context"),
    N_("mapping values are not allowed in this context"),
    N_("block sequence entries are not allowed in this context"),
    N_("found unexpected end of stream"),
    N_("found unexpected document indicator"),
    N_("found unknown escape character"),
    N_("did not find expected hexdecimal number"),
    N_("found invalid Unicode character escape code"),
    N_("did not find expected comment or line break"),
    N_("found an indentation indicator equal to 0"),
    N_("found a tab character where an indentation space is expected"),
    N_("found a tab character that violates indentation"),
    N_("found unexpected ':'"),
    N_("did not find expected alphabetic or numeric character"),
    N_("did not find expected whitespace or line break"),
    N_("did not find expected tag URI"),
    N_("did not find expected '!'"),
    N_("did not find URI escaped octet"),
    N_("found an incorrect leading UTF-8 octet"),
    N_("found an incorrect trailing UTF-8 octet"),
    N_("did not find the expected '>'"),
    N_("found undefined tag handle"),
    N_("did not find expected directive name"),
    N_("found unknown directive name"),
    N_("found unexpected non-alphabetical character"),
    N_("did not find expected digit or '.' character"),
    N_("found extremely long version number"),
    N_("did not find expected version number"),
    N_("did not find expected whitespace"),
    N_("found duplicate %YAML directive"),
    N_("found incompatible YAML document"),
    N_("found duplicate %TAG directive"),
    N_("control characters are not allowed"),
    N_("invalid leading UTF-8 octet"),
    N_("invalid trailing UTF-8 octet"),
    N_("incomplete UTF-8 octet sequence"),
    N_("invalid length of a UTF-8 sequence"),
    N_("invalid Unicode character"),
    N_("input is too long"),
    // sterk's own, for an alias (*name) without its anchor (&name) before it
    N_("the referenced anchor is not defined"),
    // contexts: what libyaml was reading when it found the problem
    N_("while scanning a simple key"),
    N_("while scanning a quoted scalar"),
    N_("while scanning a block scalar"),
    N_("while scanning a plain scalar"),
    N_("while scanning an anchor"),
    N_("while scanning an alias"),
    N_("while scanning a tag"),
    N_("while scanning a directive"),
    N_("while scanning a %YAML directive"),
    N_("while scanning a %TAG directive"),
    N_("while scanning for the next token"),
    N_("while parsing a block mapping"),
    N_("while parsing a block collection"),
    N_("while parsing a flow sequence"),
    N_("while parsing a flow mapping"),
    N_("while parsing a block node"),
    N_("while parsing a flow node"),
    N_("while parsing a node"),
    N_("while parsing a tag"),
};

}  // namespace

std::string yaml_parser_reason(const std::string& message) {
  for (const char* known : kParserReasons)
    if (message == known) return tr(known);
  return message;
}

std::string yaml_syntax_hint(const std::string& message, const std::vector<std::string_view>& lines, int line,
                             int column, const std::string& context) {
  if (line < 0 || line >= static_cast<int>(lines.size())) return "";
  const std::string& here = std::string(lines[line]);
  if (message == "mapping values are not allowed in this context") {
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
  if (message == "did not find expected key" || message == "did not find expected '-' indicator" ||
      message == "block sequence entries are not allowed in this context" ||
      message == "did not find expected <document start>") {
    std::string ind = indent_hint(lines, line);
    if (!ind.empty()) return ind;
    return tr("; the indentation of this line does not fit the lines above it: keys of one card, and the '- ' "
              "of the items of one list, must start in the same column");
  }
  if (message == "could not find expected ':'") {
    // "question:Wat doe je?": the key has its ':' but no space after it.
    size_t k = static_cast<size_t>(std::max(0, indent_of(here)));
    while (k + 1 < here.size() && here[k] == '-' && here[k + 1] == ' ') k += 2;
    size_t j = k;
    while (j < here.size() && (std::isalnum(static_cast<unsigned char>(here[j])) || here[j] == '_' || here[j] == '-')) ++j;
    if (j > k && j + 1 < here.size() && here[j] == ':' && here[j + 1] != ' ')
      return tr("; a ':' needs a space after it to end a key: write {}",
                trim(here.substr(0, j + 1)) + " " + here.substr(j + 1));
    return tr("; YAML expected a ':' after the key here: a line without 'key:' that is not indented further than "
              "the key above it is read as a key. Add the ':' after the key, or indent the text further");
  }
  if (message == "did not find expected ',' or ']'" || message == "did not find expected ',' or '}'")
    return tr("; a '[' or '{' on this line or the line above is not closed with its ']' or '}' (text with a "
              "comma or colon inside [ ] needs quotes: [\"Let op: dit\", dat])");
  if (message == "found unexpected end of stream" && context == "while scanning a quoted scalar")
    return tr("; a text that starts with a quote (\" or ') must end with the same quote; the file ends before it "
              "does. Add the closing quote where the text ends");
  if (message == "found character that cannot start any token") {
    size_t c = static_cast<size_t>(std::max(0, column));
    if (c < here.size() && (here[c] == '@' || here[c] == '`'))
      return tr("; a text cannot start with '{}' in YAML. Put the whole text in quotes", here.substr(c, 1));
  }
  return "";
}

namespace {

struct Walker {
  const std::string& file;
  const std::vector<std::string_view>& lines;
  Diagnostics* diags;

  // Byte offset of the 1-based code point column `column` on (0-based) line `line`.
  // Values come in file order, so the walk goes on from the last one on the same line
  // (a long line of many values is not walked from its start for each).
  mutable int last_line = -1, last_column = 1;
  mutable size_t last_byte = 0;
  size_t offset(int line, int column) const {
    std::string_view s = lines[line];
    size_t from = 0;
    int skip = column - 1;
    if (line == last_line && column >= last_column) {
      from = last_byte;
      skip = column - last_column;
    }
    size_t o = std::min(s.size(), from + utf8_offset(s.substr(std::min(from, s.size())), skip));
    last_line = line;
    last_column = column;
    last_byte = o;
    return o;
  }

  // A plain (unquoted, not | or >) value that starts on its line: `rest` gets what
  // follows the value's first piece on that line.
  bool plain_start(const YamlNode& n, size_t* start) const {
    if (n.text.at.line < 1 || n.text.at.line > static_cast<int>(lines.size())) return false;
    std::string_view s = lines[n.text.at.line - 1];
    size_t o = offset(n.text.at.line - 1, n.text.at.column);
    if (o >= s.size()) return false;
    if (o > 0 && (s[o - 1] == '"' || s[o - 1] == '\'')) return false;  // quoted
    if (n.text.line_starts.size() > 1 || n.text.value.find('\n') != std::string::npos) return false;  // a block
    *start = o;
    return true;
  }

  void comment(const YamlNode& n) {
    size_t o;
    if (!plain_start(n, &o)) return;
    std::string_view s = lines[n.text.at.line - 1];
    const std::string& v = n.text.value;
    if (s.compare(o, v.size(), v) != 0) return;  // runs on over more lines
    size_t after = o + v.size();
    // " #1", " #hashtag": a comment right against its '#' is rarely meant as one
    // (comments are written "# like this"), so the text after it was probably lost.
    if (after + 2 < s.size() + 1 && s[after] == ' ' && after + 1 < s.size() && s[after + 1] == '#' &&
        after + 2 < s.size() && s[after + 2] != ' ' && s[after + 2] != '#') {
      Location at{file, n.text.at.line, utf8_length(s.substr(0, after + 1)) + 1};
      diags->warning(at, "yaml/comment-in-text",
                     tr("'{}' is not part of the text: ' #' starts a comment in YAML; if it belongs to the text, "
                        "put the whole text in quotes: \"{}\"", std::string(s.substr(after + 1)),
                        v + std::string(s.substr(after))));
    }
  }

  // A list item's plain text that YAML joined with the lines below it.
  void merged(const YamlNode& n) {
    size_t o;
    if (!plain_start(n, &o)) return;
    int first = n.text.at.line - 1;
    std::string_view rest = lines[first].substr(o);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) rest.remove_suffix(1);
    if (rest.size() >= n.text.value.size()) return;  // on one line (the value starts at o, no space)
    std::string piece = trim(rest);
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
