#pragma once
// A YAML document as a plain tree in which every node and every map key knows
// the file, line and column it came from. libyaml is used only behind this
// header (in load/yaml_events.cc); everything else reads YamlNode. Keeping our own tree lets templates
// merge across files (`extends`) without losing where each value was written.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostic.h"
#include "model/text.h"

namespace sterk {

struct YamlNode {
  enum Kind { null, scalar, sequence, map };
  Kind kind = null;
  Location at;                 ///< where the value starts
  LocatedText text;            ///< scalars: the value and where each of its lines starts
  std::vector<YamlNode> items;  ///< sequences
  /// Maps, in file order. Duplicate keys are reported by the parser and the last one kept.
  std::vector<std::pair<LocatedText, YamlNode>> entries;

  bool is_map() const { return kind == map; }
  bool is_sequence() const { return kind == sequence; }
  bool is_scalar() const { return kind == scalar; }
  const YamlNode* find(const std::string& key) const;
  YamlNode* find(const std::string& key);
  std::vector<std::string> keys() const;
};

/// Reads the items of one top-level list as the parser meets them, so that the tree
/// of a long list never exists next to what is made of it (a deck's 10 000 cards).
/// `take` gets each item of the list under the top-level key `key`, complete, in
/// file order; the tree keeps none of them (the list's node stays, empty).
/// Items are handed over before the whole file is known to be good: when parsing
/// returns false, or `taken` is 0 afterwards (a file with aliases is read the other
/// way, with every item in the tree), the caller drops what take() was given.
struct YamlListReader {
  std::string key;
  std::function<void(const YamlNode& item)> take;
  size_t taken = 0;  ///< items handed to take() and not kept in the tree
};

/// Parses `source` (the text of `file`) into *root. Syntax errors, duplicate keys,
/// tabs in indentation and invalid UTF-8 become diagnostics; returns false then.
bool parse_yaml(const std::string& file, const std::string& source, YamlNode* root,
                Diagnostics* diags, YamlListReader* list = nullptr);

/// parse_yaml reads a file through libyaml's parser events, building this tree
/// directly; a file with aliases (*name) is read as a graph of libyaml's events
/// instead, where an alias is the anchored node itself. This is that second reader,
/// for the test that both give the same tree and the same findings.
bool parse_yaml_with_node_graph(const std::string& file, const std::string& source, YamlNode* root,
                                Diagnostics* diags);

/// Reads and parses a file. A missing file is an error at `from` (who referred to it).
bool load_yaml_file(const std::string& path, YamlNode* root, Diagnostics* diags,
                    const Location& from = {}, YamlListReader* list = nullptr);

/// Deep merge for `extends`: maps merge key by key (override wins), everything else
/// is replaced. Sequences of maps with `name:` keys merge element by element by name.
void merge_yaml(YamlNode* base, const YamlNode& override_node);

std::string yaml_kind_name(YamlNode::Kind k);

}  // namespace sterk
