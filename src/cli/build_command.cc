#include <algorithm>
#include <iostream>

#include "cli/cli_util.h"
#include "cli/command.h"
#include "cli/report.h"
#include "publish/build.h"

namespace sterk {

int run_build(int argc, char** argv) {
  CLI::App app("Check the cards, then render the decks into out/<deck>/.\n"
               "Nothing is written when a check finds an error; earlier outputs stay as they were.",
               "build");
  app.footer(
      "examples:\n"
      "  sterk build                                  every deck, every output in sterk.yaml\n"
      "  sterk build --deck jongeren --output print   one deck, only the print PDF\n"
      "  sterk build --audience werkgever --out /tmp/set");
  BuildOptions opt;
  std::vector<std::string> outputs;
  app.add_option("-C,--project", opt.root, "project folder (where sterk.yaml is)");
  app.add_option("--deck", opt.decks, "only this deck id (repeatable)");
  app.add_option("--audience", opt.audiences, "only decks for this audience: jongere, werkgever, jobcoach, steunsysteem");
  app.add_option("--output", outputs, "outputs, comma separated: print, sheets, png, html (default: sterk.yaml)");
  app.add_option("--out", opt.out_dir, "output folder (default: out/)");
  app.add_option("-j,--jobs", opt.jobs, "decks rendered in parallel (default: number of cores)");
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;
  opt.outputs = split_list(outputs);
  opt.decks = split_list(opt.decks);
  opt.audiences = split_list(opt.audiences);
  for (const auto& o : opt.outputs) {
    static const std::vector<std::string> known = {"print", "sheets", "png", "html", "print-cmyk"};
    if (std::find(known.begin(), known.end(), o) == known.end()) {
      std::cerr << "sterk build: unknown output '" << o << "'\nhint: outputs are print, sheets, png, html\n";
      return kExitUsage;
    }
  }
  Diagnostics diags;
  int code = build_decks(opt, &diags, std::cerr);
  diags.sort();
  if (code == kExitUsage) {
    for (const auto& d : diags.items())
      if (d.code == "usage") std::cerr << "sterk build: " << d.message << "\nhint: run 'sterk build --help'\n";
    return code;
  }
  print_diagnostics(diags, std::cerr);
  return code;
}

}  // namespace sterk
