#pragma once
// Shared pieces of the command implementations: CLI11 set-up and exit handling.
#include <CLI/CLI.hpp>
#include <string>

#include "model/diagnostic.h"

namespace sterk {

/// Parses argv with `app`. Returns -1 to go on, or the exit code to return now
/// (0 after --help, 2 after a usage error with a hint line).
int parse_command_line(CLI::App& app, int argc, char** argv);

/// Finds the project for `sterk <command>`: *root itself when it holds sterk.yaml,
/// cards/ or study/; for the default "." also the nearest parent folder with a
/// sterk.yaml (*root becomes "../.." and so on). Returns -1 to go on, or exit code 2
/// after "no sterk.yaml here (or in any parent folder); run 'sterk init FOLDER'".
int find_project(const std::string& command, std::string* root);

/// Splits "print,sheets" and repeated options into one list.
std::vector<std::string> split_list(const std::vector<std::string>& values);

/// Prints diagnostics to stderr (text) or stdout (json) and returns 1 when
/// there are errors, else 0.
int report(const Diagnostics& diags, const std::string& format);

}  // namespace sterk
