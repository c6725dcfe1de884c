#include <cstdio>

#include "check/rules.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "util/messages.h"

namespace sterk {

int run_rules(int argc, char** argv) {
  CLI::App app(tr("List every check: its code, default severity, the decks it applies to and what it means.\n"
                  "A card can accept one rule with `allow: [{rule: CODE, reason: ...}]`."),
               "rules");
  app.footer(tr("example:") + "\n  sterk rules | grep easy-read");
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;
  for (const auto& r : rules())
    std::printf("%-32s %-8s %-16s %s\n", r.code, severity_name(r.severity), tr(r.applies_to).c_str(),
                tr(r.description).c_str());
  return kExitOk;
}

}  // namespace sterk
