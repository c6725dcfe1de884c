#pragma once
// templates/<name>.yaml → Template, following `extends` (SPEC §5).
#include <string>
#include <vector>

#include "load/yaml_tree.h"
#include "model/template.h"

namespace sterk {

/// Loads templates/<name>.yaml and the templates it extends. `from` is where the
/// name was written (a deck's `template:`), for the "unknown template" error.
bool load_template(const std::string& templates_dir, const std::string& name, const Location& from,
                   Template* tpl, Diagnostics* diags);
/// Reads a merged tree (tests, fuzzing).
bool read_template(const YamlNode& root, Template* tpl, Diagnostics* diags);

}  // namespace sterk
