#pragma once
// Diagnostics: every stage appends to one Diagnostics list and keeps going;
// the command prints them all at the end (compiler style, see SPEC §6).
#include <set>
#include <string>
#include <vector>

namespace sterk {

/// A place in a file a person wrote. line and column are 1-based; 0 = unknown.
/// Columns count characters (UTF-8 code points), as editors show them.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { note, warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string code;     ///< stable rule code, e.g. "easy-read/sentence-length"
  std::string message;  ///< one sentence a card editor or designer understands
};

class Diagnostics {
 public:
  void add(Severity s, Location where, std::string code, std::string message);
  void error(Location where, std::string code, std::string message) {
    add(Severity::error, std::move(where), std::move(code), std::move(message));
  }
  void warning(Location where, std::string code, std::string message) {
    add(Severity::warning, std::move(where), std::move(code), std::move(message));
  }
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  void append(const Diagnostics& other);
  /// Sort by file, line, column (stable), so output does not depend on rule order.
  void sort();

 private:
  std::vector<Diagnostic> items_;
  std::set<std::string> seen_;
  int errors_ = 0;
  int warnings_ = 0;
};

const char* severity_name(Severity s);

}  // namespace sterk
