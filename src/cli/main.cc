// sterk: concept-mapping study → Sterk-in-Werk card decks. Dispatches to the command table.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/command.h"
#include "util/text.h"

using namespace sterk;

static void print_help() {
  std::printf(
      "sterk %s: turns a concept-mapping study into printed Sterk-in-Werk card decks\n\n"
      "usage: sterk <command> [options]    (sterk <command> --help for its options)\n\n"
      "commands:\n",
      STERK_VERSION);
  for (const auto& c : commands()) std::printf("  %-9s %s\n", c.name, c.summary);
  std::printf("\nexamples:\n");
  for (const auto& c : commands()) std::printf("  %s\n", c.example);
  std::printf(
      "\nexit codes: 0 ok, 1 input has errors, 2 wrong usage, 3 environment failed\n");
}

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    print_help();
    return argc < 2 ? kExitUsage : kExitOk;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::printf("sterk %s\n", STERK_VERSION);
    return kExitOk;
  }
  std::vector<std::string> names;
  for (const auto& c : commands()) {
    if (argv[1] == std::string(c.name)) return c.run(argc - 1, argv + 1);
    names.push_back(c.name);
  }
  std::string hint = did_you_mean(argv[1], names);
  std::fprintf(stderr, "sterk: unknown command '%s'", argv[1]);
  if (!hint.empty()) std::fprintf(stderr, "; did you mean '%s'?", hint.c_str());
  std::fprintf(stderr, "\nhint: run 'sterk --help' for the list of commands\n");
  return kExitUsage;
}
