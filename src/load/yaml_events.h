#pragma once
// libyaml's parser events for one YAML document, with the positions sterk reports.
// Internal to load/ (yaml_tree.cc builds its tree from these); libyaml is used only
// behind this header, in yaml_events.cc.
//
// What this layer settles so the tree builder does not have to:
// - a plain `~`, `null`, `Null`, `NULL` or nothing, without a tag, is a null value
//   (every other scalar stays text: sterk reads `yes`, `0o17` or a date itself);
// - positions are a line and a byte column of the file's own lines; an empty value
//   (`key:` with nothing after it) is placed where the next thing in the file starts;
// - characters libyaml (YAML 1.1) reads differently from YAML 1.2 (NEL, U+2028,
//   U+2029 as line breaks; control characters refused) are kept as the text they are.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sterk::yaml {

/// A place in the file: 0-based line, byte column in that line. line < 0: nowhere.
struct Mark {
  int line = -1;
  int column = -1;
  int code_points = -1;  ///< characters before `column` on its line, when known (else counted)
};

struct Event {
  enum Type { document_end, scalar, null, alias, sequence_start, sequence_end, map_start, map_end };
  Type type = document_end;
  Mark mark;
  std::string value;   ///< a scalar's text
  std::string anchor;  ///< the &name given to this node, or the name an alias (*name) repeats
};

/// libyaml's description of a syntax error, in English: `problem` at `mark`, found
/// while reading `context` (may be empty) that started at `context_mark`.
struct SyntaxError {
  Mark mark;
  std::string problem;
  std::string context;
  Mark context_mark;
};

class EventReader {
 public:
  /// `source` and `lines` (its lines without '\n' and '\r') must outlive the reader.
  EventReader(const std::string& source, const std::vector<std::string_view>& lines);
  ~EventReader();
  EventReader(const EventReader&) = delete;
  EventReader& operator=(const EventReader&) = delete;

  /// The next event of the file's first document; document_end after its last one
  /// (and for a file without a document). false: a syntax error, see error().
  bool next(Event* e);
  const SyntaxError& error() const { return error_; }

 private:
  struct Parser;
  bool failed();
  Mark mark_of(size_t line, size_t code_points) const;
  Mark next_token(Mark from) const;
  std::string restore(std::string value) const;

  const std::vector<std::string_view>& lines_;
  mutable Mark last_;  ///< the last position converted: events come in file order, so walk on from it
  std::unique_ptr<Parser> parser_;
  std::string escaped_;  ///< the source with the characters libyaml reads differently replaced
  std::vector<std::pair<std::string, std::string>> replaced_;  ///< stand-in → original character
  bool done_ = false;
  SyntaxError error_;
};

}  // namespace sterk::yaml
