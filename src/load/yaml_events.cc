#include "load/yaml_events.h"

#include <yaml.h>

#include <cstring>

#include "util/text.h"

namespace sterk::yaml {

// libyaml's parser and the event it last handed out, freed together.
struct EventReader::Parser {
  yaml_parser_t parser;
  Parser() { yaml_parser_initialize(&parser); }
  ~Parser() { yaml_parser_delete(&parser); }
};

namespace {

struct Event_ {  // one libyaml event, deleted when it goes out of scope
  yaml_event_t e;
  bool set = false;
  ~Event_() {
    if (set) yaml_event_delete(&e);
  }
};

// The code point starting at s[i] (s is valid UTF-8: checked before parsing) and its length.
unsigned code_point(std::string_view s, size_t i, size_t* n) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return *n = 1, b;
  if ((b >> 5) == 6 && i + 1 < s.size()) return *n = 2, ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3F);
  if ((b >> 4) == 14 && i + 2 < s.size())
    return *n = 3, ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3F);
  if (i + 3 < s.size())
    return *n = 4, ((b & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3F);
  return *n = 1, b;
}

// Characters YAML 1.2 (and so sterk until libyaml) reads as ordinary text but libyaml,
// a YAML 1.1 parser, does not: NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end a line
// there, and control characters (a vertical tab pasted from a word processor) stop it.
// A carriage return not followed by a line feed is text too (as yaml-cpp read it).
bool read_differently(unsigned c, std::string_view s, size_t i) {
  if (c == '\r') return i + 1 >= s.size() || s[i + 1] != '\n';
  if (c == '\t' || c == '\n') return false;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF;
}

std::string utf8(unsigned c) {
  std::string s;
  if (c < 0x80) s += static_cast<char>(c);
  else if (c < 0x800) s += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
  else if (c < 0x10000)
    s += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
          static_cast<char>(0x80 | (c & 0x3F))};
  else
    s += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
          static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
  return s;
}

bool null_text(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

}  // namespace

EventReader::EventReader(const std::string& source, const std::vector<std::string_view>& lines)
    : lines_(lines), parser_(std::make_unique<Parser>()) {
  // Each character read differently is given to libyaml as a private-use character the
  // file does not contain (one code point for one, so columns stay right) and put back
  // in the values. Most files have none and are parsed as they are.
  const std::string* input = &source;
  bool any = false;
  for (size_t i = 0, n; i < source.size() && !any; i += n) any = read_differently(code_point(source, i, &n), source, i);
  if (any) {
    unsigned next_stand_in = 0xF0000;  // Supplementary Private Use Area-A
    for (size_t i = 0, n; i < source.size(); i += n) {
      unsigned c = code_point(source, i, &n);
      if (!read_differently(c, source, i)) {
        escaped_.append(source, i, n);
        continue;
      }
      std::string original = source.substr(i, n), stand_in;
      for (const auto& [s, o] : replaced_)
        if (o == original) stand_in = s;
      if (stand_in.empty()) {  // a character not met before: a stand-in of its own
        do stand_in = utf8(next_stand_in++);
        while (source.find(stand_in) != std::string::npos);
        replaced_.emplace_back(stand_in, original);
      }
      escaped_ += stand_in;
    }
    input = &escaped_;
  }
  yaml_parser_set_input_string(&parser_->parser, reinterpret_cast<const unsigned char*>(input->data()), input->size());
}

EventReader::~EventReader() = default;

std::string EventReader::restore(std::string value) const {
  for (const auto& [stand_in, original] : replaced_) {
    for (size_t at = value.find(stand_in); at != std::string::npos; at = value.find(stand_in, at + original.size()))
      value.replace(at, stand_in.size(), original);
  }
  return value;
}

// libyaml counts columns in characters; sterk's lines are bytes.
Mark EventReader::mark_of(size_t line, size_t code_points) const {
  // Past the last line: the end of the file, which sterk has always placed at the
  // start of the last line (the empty one after a final line break).
  if (line >= lines_.size()) return {static_cast<int>(lines_.size()) - 1, 0, 0};
  // Walked from the last position when it is on the same line and before this one,
  // so a long line of many values is not walked again from its start for each.
  std::string_view s = lines_[line];
  size_t byte = 0, cp = 0;
  if (last_.line == static_cast<int>(line) && last_.code_points >= 0 &&
      static_cast<size_t>(last_.code_points) <= code_points) {
    byte = static_cast<size_t>(last_.column);
    cp = static_cast<size_t>(last_.code_points);
  }
  byte += utf8_offset(s.substr(byte), static_cast<int>(code_points - cp));
  last_ = {static_cast<int>(line), static_cast<int>(byte), static_cast<int>(code_points)};
  return last_;
}

// Where the next token starts after `from`: past spaces, tabs, line ends and comments.
// An empty value is placed there (the key or `- ` that follows it, or the end of the
// file), which is where sterk has always pointed at a value that was left out.
Mark EventReader::next_token(Mark from) const {
  size_t l = static_cast<size_t>(std::max(0, from.line)), c = static_cast<size_t>(std::max(0, from.column));
  while (l < lines_.size()) {
    std::string_view s = lines_[l];
    while (c < s.size() && (s[c] == ' ' || s[c] == '\t')) ++c;
    if (c < s.size() && s[c] != '#') return {static_cast<int>(l), static_cast<int>(c)};
    ++l;
    c = 0;
  }
  return mark_of(lines_.size(), 0);
}

bool EventReader::failed() {
  const yaml_parser_t& p = parser_->parser;
  error_ = SyntaxError{};
  error_.problem = p.problem ? p.problem : "";
  if (p.context) error_.context = p.context;
  if (p.error == YAML_READER_ERROR) {
    // The reader gives a byte offset, not a line and column.
    size_t line = 0, start = 0;
    for (size_t i = 0; i < lines_.size(); ++i) {
      size_t len = lines_[i].size();
      if (start + len >= p.problem_offset) { line = i; break; }
      start += len + 1;
      line = i + 1;
    }
    if (line < lines_.size()) error_.mark = {static_cast<int>(line), static_cast<int>(p.problem_offset - start)};
  } else {
    error_.mark = mark_of(p.problem_mark.line, p.problem_mark.column);
    if (p.context) error_.context_mark = mark_of(p.context_mark.line, p.context_mark.column);
  }
  return false;
}

bool EventReader::next(Event* out) {
  *out = Event{};
  if (done_) return true;
  for (;;) {
    Event_ ev;
    if (!yaml_parser_parse(&parser_->parser, &ev.e)) return failed();
    ev.set = true;
    const yaml_event_t& e = ev.e;
    out->mark = mark_of(e.start_mark.line, e.start_mark.column);
    switch (e.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_DOCUMENT_START_EVENT:
        continue;
      case YAML_DOCUMENT_END_EVENT:
        // Only the first document is read, as before; but what follows it must be
        // the start of another one (text after a complete value is a mistake).
        if (!done_) {
          done_ = true;
          Event_ after;
          if (!yaml_parser_parse(&parser_->parser, &after.e)) return failed();
          after.set = true;
        }
        out->type = Event::document_end;
        return true;
      case YAML_NO_EVENT:
      case YAML_STREAM_END_EVENT:
        done_ = true;
        out->type = Event::document_end;
        return true;
      case YAML_ALIAS_EVENT:
        out->type = Event::alias;
        out->anchor = restore(reinterpret_cast<const char*>(e.data.alias.anchor));
        return true;
      case YAML_SCALAR_EVENT: {
        const auto& s = e.data.scalar;
        if (s.anchor) out->anchor = restore(reinterpret_cast<const char*>(s.anchor));
        out->value.assign(reinterpret_cast<const char*>(s.value), s.length);
        bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
        out->type = plain && !s.tag && null_text(out->value) ? Event::null : Event::scalar;
        // Nothing written at all (no anchor or tag either): placed at what follows.
        if (plain && out->value.empty() && e.start_mark.index == e.end_mark.index)
          out->mark = next_token(out->mark);
        if (!replaced_.empty()) out->value = restore(std::move(out->value));
        return true;
      }
      case YAML_SEQUENCE_START_EVENT:
        out->type = Event::sequence_start;
        if (e.data.sequence_start.anchor)
          out->anchor = restore(reinterpret_cast<const char*>(e.data.sequence_start.anchor));
        return true;
      case YAML_SEQUENCE_END_EVENT:
        out->type = Event::sequence_end;
        return true;
      case YAML_MAPPING_START_EVENT:
        out->type = Event::map_start;
        if (e.data.mapping_start.anchor)
          out->anchor = restore(reinterpret_cast<const char*>(e.data.mapping_start.anchor));
        return true;
      case YAML_MAPPING_END_EVENT:
        out->type = Event::map_end;
        return true;
    }
  }
}

}  // namespace sterk::yaml
