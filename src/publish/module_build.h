#pragma once
// `sterk build` for training modules (SPEC §11): per module, out/modules/<id>/
// with <id>-gids.pdf, <id>-deelnemers.pdf, <id>-evaluatie.pdf and manifest.json.
// Everything is made in a staging folder first; the module folders are swapped in
// only when every module was made.
#include <iosfwd>
#include <string>
#include <vector>

#include "layout/deck_plan.h"
#include "load/project_loader.h"

namespace sterk {

struct ModuleOutput {
  std::string id;
  std::string staging;   ///< out/modules/.staging-<id>-<pid>/
  int guide_pages = 0, handout_pages = 0, evaluation_pages = 0;
  int handout_sheets = 0;  ///< booklet: A4 sides printed
};

/// Lays out and writes every module into its staging folder. False with *err when
/// a file cannot be written (an environment error); staging folders are then removed.
bool stage_modules(const Workspace& ws, const std::vector<const Module*>& modules,
                   const std::vector<ClusterLabel>& clusters, const std::string& study_title,
                   const std::string& out_dir, std::vector<ModuleOutput>* outputs, std::string* err);

/// Swaps each staged folder in as out/modules/<id>/ (the old one goes as a whole).
bool publish_modules(const std::vector<ModuleOutput>& outputs, const std::string& out_dir, std::ostream& log,
                     std::string* err);

/// Removes the staging folders (after an error elsewhere).
void discard_modules(const std::vector<ModuleOutput>& outputs);

}  // namespace sterk
