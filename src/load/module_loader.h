#pragma once
// modules/*.yaml → Module (SPEC §11). Shape and types only; what the values refer
// to (cards, decks, clusters, minutes) is checked in check/modules.cc.
#include <string>
#include <vector>

#include "load/yaml_tree.h"
#include "model/module.h"
#include "model/project.h"

namespace sterk {

/// Reads one module document. Returns false when it has errors (all reported).
bool read_module(const YamlNode& root, const std::string& path, Module* module, Diagnostics* diags);
bool load_module(const std::string& path, Module* module, Diagnostics* diags);
/// modules/*.yaml of the project, sorted; none when the folder does not exist.
std::vector<std::string> module_files(const Project& project);

}  // namespace sterk
