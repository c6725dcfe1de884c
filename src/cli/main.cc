// sterk: concept-mapping study → Sterk-in-Werk card decks. Dispatches to the command table.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "cli/language.h"
#include "util/messages.h"
#include "util/text.h"

using namespace sterk;

static void print_help() {
  std::cout << tr("sterk {}: turns a concept-mapping study into printed Sterk-in-Werk card decks",
                  STERK_VERSION)
            << "\n\n"
            << tr("usage: sterk <command> [options]    (sterk <command> --help for its options)") << "\n\n"
            << tr("commands:") << "\n";
  for (const auto& c : commands()) std::printf("  %-9s %s\n", c.name, tr(c.summary).c_str());
  std::cout << "\n" << tr("Examples:") << "\n";
  for (const auto& c : commands()) std::printf("  %s\n", c.example);
  std::cout << "\n"
            << tr("language: --lang nl or --lang en (else STERK_LANG, project.language in sterk.yaml, LANG)")
            << "\n"
            << tr("exit codes: 0 ok, 1 input has errors, 2 wrong usage, 3 environment failed") << "\n";
}

int main(int argc, char** argv) {
  if (int code = choose_language(&argc, argv); code >= 0) return code;
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
  std::cerr << "sterk: "
            << (hint.empty() ? tr("unknown command '{}'", argv[1])
                             : tr("unknown command '{}'; did you mean '{}'?", argv[1], hint))
            << "\n"
            << tr("hint: run 'sterk --help' for the list of commands") << "\n";
  return kExitUsage;
}
