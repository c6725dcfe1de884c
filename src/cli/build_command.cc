#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/cli_text.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "cli/report.h"
#include "publish/build.h"
#include "util/messages.h"

namespace sterk {

int run_build(int argc, char** argv) {
  CLI::App app(tr("Check the cards, then render the decks into out/<deck>/.\n"
                  "Nothing is written when a check finds an error; earlier outputs stay as they were."),
               "build");
  app.footer(tr("Examples:") + "\n" +
             tr("  sterk build                                  every deck, every output in sterk.yaml") + "\n" +
             tr("  sterk build --deck jongeren --output print   one deck, only the print PDF") + "\n" +
             "  sterk build --audience werkgever --out /tmp/set\n" +
             tr("  sterk build --module module-jobcoach         one training module into out/modules/"));
  BuildOptions opt;
  std::vector<std::string> outputs;
  app.add_option("-C,--project", opt.root, tr("project folder (where sterk.yaml is)"));
  app.add_option("--deck", opt.decks, tr("only this deck id (repeatable)"));
  app.add_option("--audience", opt.audiences,
                 tr("only decks and modules for this audience: jongere, werkgever, jobcoach, steunsysteem"));
  app.add_option("--module", opt.modules,
                 tr("only this training module (modules/<id>.yaml, repeatable); alone it builds no decks"));
  app.add_option("--output", outputs,
                 tr("outputs, comma separated: print, sheets, png, html, print-cmyk (default: sterk.yaml)"));
  app.add_option("--out", opt.out_dir, tr("output folder (default: out/)"));
  app.add_option("-j,--jobs", opt.jobs, tr("decks rendered in parallel, 1 to 64 (default: number of cores)"))
      ->check(whole_number(1, 64));
  std::vector<std::string> papers;
  std::string back_offset;
  app.add_option("--paper", papers, tr("sheets: a4, a3, letter; comma separated for several (default: sterk.yaml)"));
  app.add_option("--duplex", opt.duplex, tr("sheets: long-edge or short-edge (default: sterk.yaml)"))
      ->check(one_of({"long-edge", "short-edge"}));
  app.add_option("--back-offset", back_offset, tr("sheets: shift the backs by X,Y mm, e.g. 0.5,-1 (see --calibration)"));
  app.add_option("--dpi", opt.dpi, tr("PNG resolution, 36 to 1200 (default: png_dpi in sterk.yaml, else 150)"))
      ->check(whole_number(36, 1200));
  app.add_flag("--bundle", opt.bundle, tr("also write out/sets/<audience>.zip for each audience built"));
  app.add_flag("--calibration", opt.calibration,
               tr("only write out/calibration-<paper>.pdf, a duplex test sheet for measuring --back-offset"));
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;
  // The calibration sheet needs no cards: a printer can be measured before a project exists.
  if (!opt.calibration)
    if (int code = find_project("build", &opt.root); code >= 0) return code;
  opt.outputs = split_list(outputs);
  opt.decks = split_list(opt.decks);
  opt.audiences = split_list(opt.audiences);
  opt.modules = split_list(opt.modules);
  opt.papers = split_list(papers);
  for (const auto& p : opt.papers) {
    if (p != "a4" && p != "a3" && p != "letter") {
      std::cerr << "sterk build: " << tr("unknown paper '{}'", p) << "\n" << tr("hint: papers are a4, a3, letter") << "\n";
      return kExitUsage;
    }
  }
  if (!back_offset.empty()) {
    char rest = 0;
    if (std::sscanf(back_offset.c_str(), "%lf,%lf%c", &opt.back_offset_x, &opt.back_offset_y, &rest) != 2) {
      std::cerr << "sterk build: " << tr("--back-offset needs two numbers in mm, X,Y, not '{}'", back_offset) << "\n"
                << tr("hint: for example --back-offset 0.5,-1") << "\n";
      return kExitUsage;
    }
    opt.back_offset_set = true;
  }
  for (const auto& o : opt.outputs) {
    static const std::vector<std::string> known = {"print", "sheets", "png", "html", "print-cmyk"};
    if (std::find(known.begin(), known.end(), o) == known.end()) {
      std::cerr << "sterk build: " << tr("unknown output '{}'", o) << "\n"
                << tr("hint: outputs are print, sheets, png, html, print-cmyk") << "\n";
      return kExitUsage;
    }
  }
  Diagnostics diags;
  Counted counted;
  int code = build_decks(opt, &diags, std::cerr, &counted);
  diags.sort();
  if (code == kExitUsage) {
    for (const auto& d : diags.items())
      if (d.code == "usage")
        std::cerr << "sterk build: " << d.message << "\n" << tr("hint: run 'sterk build --help'") << "\n";
    return code;
  }
  // The calibration sheet has no decks to count.
  print_diagnostics(diags, std::cerr, opt.calibration ? nullptr : &counted);
  return code;
}

}  // namespace sterk
