#pragma once
// sterk.yaml and everything it points to: the decks in cards/ and their templates.
#include <map>
#include <string>
#include <vector>

#include "model/deck.h"
#include "model/module.h"
#include "model/project.h"
#include "model/template.h"

namespace sterk {

struct Workspace {
  Project project;
  std::vector<Deck> decks;                    ///< sorted by file name
  std::map<std::string, Template> templates;  ///< by template name
  std::vector<Module> modules;                ///< modules/*.yaml, sorted by file name
  bool project_read = false;  ///< sterk.yaml had no errors; only then are the rest read
};

/// The nearest folder with a sterk.yaml: "." or a parent ("..", "../..", up to the
/// file system's root), as git finds its repository from a subfolder; "" when none.
std::string nearest_project_folder();
/// Reads `<root>/sterk.yaml` (optional: defaults when absent).
bool load_project(const std::string& root, Project* project, Diagnostics* diags);
/// Reads the project, every cards/*.yaml deck and the templates they name.
/// Checks project-wide rules: duplicate deck ids, card ids used in two decks.
bool load_workspace(const std::string& root, Workspace* ws, Diagnostics* diags);
/// cards/*.yaml (sorted), without words lists and other non-deck files.
std::vector<std::string> deck_files(const Project& project);
/// The .yaml/.yml files in a project folder (cards/, modules/), sorted.
std::vector<std::string> yaml_files(const Project& project, const std::string& folder);
/// Reads modules/*.yaml into ws->modules (load_workspace calls it). Module ids are
/// checked against the id pattern and must be unique ignoring case.
void load_modules(Workspace* ws, Diagnostics* diags);

}  // namespace sterk
