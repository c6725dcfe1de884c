#pragma once
// `sterk init DIR`: a new project that checks and builds clean as it is: sterk.yaml,
// the starter templates with their pictograms, the fonts, one small deck and a
// tiny study (12 statements, 4 sorters, 3 clusters).
//
// Templates, pictograms and fonts are copied from sterk's data folder: the
// first of $STERK_DATA, <program folder>/../share/sterk, the folder above the
// program (a build folder inside the source tree) and the source tree sterk was
// built from, that holds templates/base.yaml and fonts/. Fonts are binary files
// under their own licence, so they are copied, not compiled into the program.
#include <iosfwd>
#include <string>
#include <vector>

namespace sterk {

/// The data folder to copy from, or "" when none is found; *tried lists the
/// folders looked at, for the error message.
std::string find_data_dir(std::vector<std::string>* tried);

/// Writes the new project into `dir` (created when missing). Refuses a folder
/// that is not empty. Returns false with *err; *usage tells a usage error
/// (non-empty folder) from an environment failure.
bool init_project(const std::string& dir, const std::string& data_dir, std::ostream& log, bool* usage,
                  std::string* err);

/// The files init writes itself (not copied), relative to the project: for docs and tests.
std::vector<std::string> init_written_files();

}  // namespace sterk
