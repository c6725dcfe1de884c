#include "load/map_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "util/text.h"

namespace sterk {

MapReader::MapReader(const YamlNode& node, std::string what, Diagnostics* diags)
    : node_(node), what_(std::move(what)), diags_(diags) {}

bool expect_map(const YamlNode& n, const std::string& what, Diagnostics* diags) {
  if (n.is_map()) return true;
  diags->error(n.at, "load/type",
               what + " must be a map of keys, not " + yaml_kind_name(n.kind));
  return false;
}

void MapReader::type_error(const YamlNode& n, const std::string& key, const std::string& expected) {
  std::string found = n.is_scalar() ? "'" + n.text.value + "'" : yaml_kind_name(n.kind);
  diags_->error(n.at, "load/type", "'" + key + "' in " + what_ + " must be " + expected + ", not " + found);
  ok_ = false;
}

const YamlNode* MapReader::get(const std::string& key, bool required) {
  known_.push_back(key);
  const YamlNode* n = node_.is_map() ? node_.find(key) : nullptr;
  if (n && n->kind == YamlNode::null) n = nullptr;
  if (!n && required) {
    // 'titel:' for a required 'title:' is one mistake: finish() reports the misspelt key.
    bool misspelt = false;
    if (node_.is_map())
      for (const auto& e : node_.entries) misspelt = misspelt || near_miss_key(e.first.value, {key}) == key;
    if (!misspelt) diags_->error(node_.at, "load/missing-key", what_ + " needs the key '" + key + "'");
    ok_ = false;
  }
  return n;
}

bool MapReader::text(const std::string& key, LocatedText* out, bool required) {
  const YamlNode* n = get(key, required);
  if (!n) return false;
  if (!n->is_scalar()) { type_error(*n, key, "text"); return false; }
  *out = n->text;
  return true;
}

bool MapReader::string(const std::string& key, std::string* out, bool required) {
  LocatedText t;
  if (!text(key, &t, required)) return false;
  *out = t.value;
  return true;
}

bool MapReader::number(const std::string& key, double* out, bool required) {
  const YamlNode* n = get(key, required);
  if (!n) return false;
  if (n->is_scalar()) {
    const std::string& s = n->text.value;
    char* end = nullptr;
    errno = 0;
    double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() && *end == '\0' && errno == 0 && std::isfinite(v)) {
      *out = v;
      return true;
    }
  }
  type_error(*n, key, "a number");
  return false;
}

bool MapReader::integer(const std::string& key, int* out, bool required) {
  const YamlNode* n = get(key, required);
  if (!n) return false;
  if (n->is_scalar()) {
    const std::string& s = n->text.value;
    char* end = nullptr;
    errno = 0;
    long v = std::strtol(s.c_str(), &end, 10);
    if (end != s.c_str() && *end == '\0' && errno == 0 && v >= -1000000000 && v <= 1000000000) {
      *out = static_cast<int>(v);
      return true;
    }
  }
  type_error(*n, key, "a whole number");
  return false;
}

bool MapReader::boolean(const std::string& key, bool* out) {
  const YamlNode* n = get(key);
  if (!n) return false;
  if (n->is_scalar()) {
    const std::string& s = n->text.value;
    if (s == "true" || s == "yes" || s == "on") { *out = true; return true; }
    if (s == "false" || s == "no" || s == "off") { *out = false; return true; }
  }
  type_error(*n, key, "true or false");
  return false;
}

bool MapReader::text_list(const std::string& key, std::vector<LocatedText>* out) {
  const YamlNode* n = get(key);
  if (!n) return false;
  if (n->is_scalar()) { out->push_back(n->text); return true; }
  if (!n->is_sequence()) { type_error(*n, key, "a list"); return false; }
  bool all = true;
  for (const auto& item : n->items) {
    if (item.is_scalar()) out->push_back(item.text);
    else if (item.kind != YamlNode::null) {
      // "- Let op: neem de tijd" reads as a key 'Let op' with a value: a colon in the text.
      std::string hint;
      if (item.is_map() && item.entries.size() == 1)
        hint = "; the colon after '" + item.entries[0].first.value +
               "' makes YAML read a key there: put the whole text in quotes, like - \"" +
               item.entries[0].first.value + ": …\"";
      diags_->error(item.at, "load/type",
                    "each entry of '" + key + "' in " + what_ + " must be text, not " + yaml_kind_name(item.kind) + hint);
      ok_ = all = false;
    }
  }
  return all;
}

bool MapReader::choice(const std::string& key, const std::vector<std::string>& choices,
                       LocatedText* out, bool required) {
  LocatedText t;
  if (!text(key, &t, required)) return false;
  if (std::find(choices.begin(), choices.end(), t.value) != choices.end()) {
    *out = t;
    return true;
  }
  std::string hint = did_you_mean(t.value, choices);
  std::string msg = "'" + t.value + "' is not a known " + key + " (" + join(choices, ", ") + ")";
  if (!hint.empty()) msg = "'" + t.value + "' is not a known " + key + "; did you mean '" + hint + "'?";
  const bool own_code = key == "audience" || key == "kind";
  diags_->error(t.at, own_code ? "load/unknown-" + key : std::string("load/unknown-value"), msg);
  ok_ = false;
  return false;
}

namespace {

// Key names staff type in Dutch, and the key sterk reads instead. Only offered when
// that key is one the map knows, so 'vraag' means 'question' on a card but nothing
// in sterk.yaml.
const std::vector<std::pair<std::string, std::string>>& dutch_keys() {
  static const std::vector<std::pair<std::string, std::string>> keys = {
      {"tekst", "text"},          {"vraag", "question"},      {"vragen", "question"},
      {"titel", "title"},         {"ondertitel", "subtitle"}, {"tip", "tips"},
      {"plaatje", "pictogram"},   {"afbeelding", "pictogram"}, {"icoon", "pictogram"},
      {"soort", "kind"},          {"bronnen", "sources"},     {"bron", "sources"},
      {"citaat", "quote"},        {"uitspraken", "statements"}, {"thema", "theme"},
      {"doelgroep", "audience"},  {"taal", "language"},       {"sjabloon", "template"},
      {"editie", "edition"},      {"kaarten", "cards"},       {"naam", "name"},
      {"kleur", "colour"},        {"color", "colour"},        {"lettertype", "font"},
      {"doelen", "goals"},        {"stappen", "steps"},       {"minuten", "minutes"},
  };
  return keys;
}

// Keys are ASCII; capitals in them are a typing slip ('Text').
std::string to_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string near_miss_key(const std::string& key, const std::vector<std::string>& known) {
  std::string lower = to_lower(key);
  auto knows = [&](const std::string& k) { return std::find(known.begin(), known.end(), k) != known.end(); };
  for (const auto& [dutch, english] : dutch_keys())
    if (lower == dutch && knows(english)) return english;
  for (const auto& k : known)
    if (to_lower(k) == lower) return k;  // 'Text' for 'text'
  return did_you_mean(lower, known);
}

void MapReader::finish() {
  if (!node_.is_map()) return;
  for (const auto& [key, value] : node_.entries) {
    if (std::find(known_.begin(), known_.end(), key.value) != known_.end()) continue;
    // A near miss is almost always a key meant to be read: ignoring it drops a card's
    // text or question without a trace, so it stops the build. Other keys (notes,
    // a future key) are only a warning.
    std::string hint = near_miss_key(key.value, known_);
    if (!hint.empty()) {
      diags_->error(key.at, "load/misspelled-key",
                    "'" + key.value + "' is not a key of " + what_ + ", so its value would be lost; did you mean '" +
                        hint + "'?");
      ok_ = false;
      continue;
    }
    diags_->warning(key.at, "load/unknown-key", "unknown key '" + key.value + "' in " + what_ + " is ignored");
  }
}

}  // namespace sterk
