#pragma once
// Reads the keys of one YAML map into typed values, with located errors for
// wrong types and missing keys, and a "did you mean" warning for unknown keys.
#include <string>
#include <vector>

#include "load/yaml_tree.h"

namespace sterk {

class MapReader {
 public:
  /// `what` names the thing for messages: "deck", "card 'J-01'", "template element".
  MapReader(const YamlNode& node, std::string what, Diagnostics* diags);

  bool ok() const { return ok_; }
  /// Returns the node for `key` (and marks it as known), or null when absent.
  const YamlNode* get(const std::string& key, bool required = false);
  /// Marks a key as known without reading it.
  void allow(const std::string& key) { known_.push_back(key); }

  bool text(const std::string& key, LocatedText* out, bool required = false);
  bool string(const std::string& key, std::string* out, bool required = false);
  bool number(const std::string& key, double* out, bool required = false);
  bool integer(const std::string& key, int* out, bool required = false);
  bool boolean(const std::string& key, bool* out);
  /// A list of values; a single value is accepted as a list of one.
  bool text_list(const std::string& key, std::vector<LocatedText>* out);
  /// One of `choices`; an unknown choice is an error with "did you mean".
  bool choice(const std::string& key, const std::vector<std::string>& choices, LocatedText* out,
              bool required = false);

  /// Reports every key that was not read: a near miss of a known key ('tekst', 'qeustion')
  /// is a load/misspelled-key error with "did you mean"; any other key a load/unknown-key warning.
  void finish();

  const YamlNode& node() const { return node_; }
  const std::string& what() const { return what_; }

 private:
  void type_error(const YamlNode& n, const std::string& key, const std::string& expected);

  const YamlNode& node_;
  std::string what_;
  Diagnostics* diags_;
  std::vector<std::string> known_;
  bool ok_ = true;
};

/// The known key `key` was probably meant as (a Dutch name, other capitals, a typing
/// error), or "" when none is close.
std::string near_miss_key(const std::string& key, const std::vector<std::string>& known);

/// "expected a map of keys here, found a list" for non-map nodes; returns false then.
bool expect_map(const YamlNode& n, const std::string& what, Diagnostics* diags);

}  // namespace sterk
