#pragma once
// Diagnostics: every stage appends to one Diagnostics list and keeps going;
// the command prints them all at the end (compiler style, see SPEC §6).
#include <cstdint>
#include <set>  // not used here any more; files that include this one rely on it
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sterk {

/// The name of a file, shared by every Location in it. A deck of 10 000 cards holds
/// about a million locations; a name per location (longer than std::string's
/// in-place buffer, so each on the heap) was a fifth of a build's peak memory.
/// Names are interned for the life of the process and never change, so a FileName
/// is one pointer, copied for free and compared by address.
class FileName {
 public:
  FileName() = default;
  FileName(std::string_view name);  // NOLINT: a Location is written {path, line, column}
  FileName(const std::string& name) : FileName(std::string_view(name)) {}  // NOLINT
  FileName(const char* name) : FileName(std::string_view(name)) {}  // NOLINT
  const std::string& str() const { return name_ ? *name_ : none(); }
  operator const std::string&() const { return str(); }  // NOLINT: reads as the name it is
  bool empty() const { return !name_; }
  size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }

  friend bool operator==(const FileName& a, const FileName& b) { return a.name_ == b.name_; }
  friend bool operator!=(const FileName& a, const FileName& b) { return a.name_ != b.name_; }
  friend bool operator<(const FileName& a, const FileName& b) { return a.str() < b.str(); }
  friend bool operator==(const FileName& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const std::string& a, const FileName& b) { return a == b.str(); }
  friend bool operator!=(const FileName& a, const std::string& b) { return a.str() != b; }
  friend bool operator!=(const std::string& a, const FileName& b) { return a != b.str(); }
  friend bool operator==(const FileName& a, const char* b) { return a.str() == b; }
  friend bool operator!=(const FileName& a, const char* b) { return a.str() != b; }
  friend std::string operator+(const FileName& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const FileName& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const FileName& b) { return a + b.str(); }
  friend std::string operator+(const char* a, const FileName& b) { return a + b.str(); }

 private:
  static const std::string& none();
  const std::string* name_ = nullptr;  ///< nullptr: no file; otherwise the interned name
};

/// A place in a file a person wrote. line and column are 1-based; 0 = unknown.
/// Columns count characters (UTF-8 code points), as editors show them.
struct Location {
  FileName file;
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

/// The severity the rule table (check/rules.cc, which defines this) gives `code`;
/// `fallback` for codes that are not rules ("environment", "usage").
Severity rule_severity(const std::string& code, Severity fallback);

class Diagnostics {
 public:
  /// Adds a finding. The rule table owns every rule's severity: for a code in the
  /// table, its severity wins over `s`, so error(), warning() and report() differ
  /// only for codes outside the table.
  void add(Severity s, Location where, std::string code, std::string message);
  /// A finding of rule `code`, as error or warning as the rule table says.
  void report(Location where, std::string code, std::string message) {
    add(Severity::error, std::move(where), std::move(code), std::move(message));
  }
  void error(Location where, std::string code, std::string message) {
    add(Severity::error, std::move(where), std::move(code), std::move(message));
  }
  void warning(Location where, std::string code, std::string message) {
    add(Severity::warning, std::move(where), std::move(code), std::move(message));
  }
  /// Adds a finding whose severity is already decided: by a deck's rule set
  /// (RuleSet::report), or by the list it was first added to (append, allow filters).
  void add_decided(Diagnostic d);
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  /// Read-only: the duplicate filter indexes the list (sort() keeps it in step).
  const std::vector<Diagnostic>& items() const { return items_; }
  /// Adds `other`'s findings with the severities they have there.
  void append(const Diagnostics& other);
  /// Sort by file, line, column (stable), so output does not depend on rule order.
  void sort();

 private:
  static uint64_t key_hash(const Diagnostic& d);
  static bool same_finding(const Diagnostic& a, const Diagnostic& b);
  std::vector<Diagnostic> items_;
  /// The duplicate filter: each finding's hash → its index in items_. Numbers only (a
  /// key string per finding was a copy of every message, 1 MiB at 4 000 findings); a
  /// hash that matches is confirmed by comparing the findings themselves.
  std::unordered_multimap<uint64_t, uint32_t> seen_;
  int errors_ = 0;
  int warnings_ = 0;
};

const char* severity_name(Severity s);

}  // namespace sterk
