#pragma once
// study/ → Study: study.yaml and the four CSV files (SPEC §2). Every problem is a
// diagnostic at file:line:column saying what was expected; loading goes on after
// an error so that one run shows all of them.
#include <map>
#include <string>

#include "load/yaml_tree.h"
#include "model/study.h"

namespace sterk {

/// Loads the study in folder `dir`. Returns false when there were errors.
/// Sorts with everything in one pile or every statement in its own pile are left
/// out (Study::excluded) with a warning naming the participant.
bool load_study(const std::string& dir, Study* study, Diagnostics* diags);

/// Reads a parsed study.yaml (title, focus, groups, ratings, clusters).
/// `file` names it in messages. Anchors are checked later against the statements.
/// The statements of study_dir/statements.csv by id, for quoting them in messages;
/// empty when the file is missing or cannot be read (sterk analyze reports that).
std::map<int, std::string> statement_texts(const std::string& study_dir);

bool read_study_yaml(const YamlNode& root, Study* study, Diagnostics* diags);

/// The input files of a study, in digest order.
const char* const* study_input_files();

}  // namespace sterk
