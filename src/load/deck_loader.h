#pragma once
// cards/<deck>.yaml → Deck (SPEC §4).
#include <string>

#include "load/yaml_tree.h"
#include "model/deck.h"

namespace sterk {

/// Reads one deck file. Errors and warnings go to *diags; returns false on errors.
bool load_deck(const std::string& path, Deck* deck, Diagnostics* diags);
/// The same from a parsed tree (tests, fuzzing).
bool read_deck(const YamlNode& root, const std::string& path, Deck* deck, Diagnostics* diags);

}  // namespace sterk
