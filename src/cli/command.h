#pragma once
// The command table: one row per `sterk <command>`. The table is also the help text.
#include <string>
#include <vector>

namespace sterk {

/// Exit codes (SPEC §8).
enum ExitCode { kExitOk = 0, kExitInputErrors = 1, kExitUsage = 2, kExitEnvironment = 3 };

struct Command {
  const char* name;
  const char* summary;  ///< one line for `sterk --help` (English; shown through tr())
  const char* example;  ///< one typical call
  /// argv[0] is the command name; returns an ExitCode.
  int (*run)(int argc, char** argv);
};

const std::vector<Command>& commands();

// One function per command, each in its own cli/<name>_command.cc.
int run_build(int argc, char** argv);
int run_check(int argc, char** argv);
int run_rules(int argc, char** argv);
int run_analyze(int argc, char** argv);
int run_preview(int argc, char** argv);
int run_watch(int argc, char** argv);
int run_init(int argc, char** argv);

}  // namespace sterk
