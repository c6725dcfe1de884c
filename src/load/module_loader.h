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
/// A module id matches [A-Za-z0-9][A-Za-z0-9_.-]{0,63} (SPEC §9); otherwise a located
/// load/bad-id error. (One function, to give way to the project-wide id check.)
bool check_module_id(const LocatedText& id, Diagnostics* diags);
/// modules/*.yaml of the project, sorted; none when the folder does not exist.
std::vector<std::string> module_files(const Project& project);

}  // namespace sterk
