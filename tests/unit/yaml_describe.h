#pragma once
// Test helper: a YAML tree (and its findings) as text, every value with its position,
// line starts and anchors. Equal text, equal trees; a failed comparison shows where
// two trees differ.
#include <sstream>
#include <string>

#include "load/yaml_tree.h"

namespace sterk::test {

/// Whether positions name their file ("cards/a.yaml:3:7") or only "3:7" (a tree
/// stored as the reference of another parser, written without the file names).
enum class FileNames { shown, left_out };

class TreeText {
 public:
  explicit TreeText(FileNames files) : files_(files) {}

  std::string where(const Location& l) const {
    std::string s = std::to_string(l.line) + ":" + std::to_string(l.column);
    return files_ == FileNames::shown ? l.file.str() + ":" + s : s;
  }

  void findings(const Diagnostics& d, std::ostringstream& o) const {
    for (const auto& x : d.items()) o << where(x.where) << " " << x.code << " " << x.message << "\n";
  }

  void text(const LocatedText& t, std::ostringstream& o) const {
    o << "'" << t.value << "'@" << where(t.at) << " starts[";
    for (const auto& l : t.line_starts) o << where(l) << " ";
    o << "] anchors[";
    for (const auto& [off, l] : t.anchors) o << off << "=" << where(l) << " ";
    o << "]";
  }

  void tree(const YamlNode& n, int depth, std::ostringstream& o) const {
    std::string pad(2 * depth, ' ');
    o << pad << yaml_kind_name(n.kind) << " @" << where(n.at);
    if (n.is_scalar()) {
      o << " ";
      text(n.text, o);
    }
    o << "\n";
    for (const auto& item : n.items) tree(item, depth + 1, o);
    for (const auto& [key, value] : n.entries) {
      o << pad << " key ";
      text(key, o);
      o << "\n";
      tree(value, depth + 1, o);
    }
  }

 private:
  FileNames files_;
};

}  // namespace sterk::test
