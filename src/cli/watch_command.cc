// `sterk watch`: redraw the preview of every changed card while the files are edited.
#include <iostream>

#include "cli/cli_text.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "cli/report.h"
#include "publish/watch.h"
#include "util/messages.h"

namespace sterk {

int run_watch(int argc, char** argv) {
  CLI::App app(tr("Watch cards/, templates/, fonts/ and study/analysis.yaml. On every change the project is\n"
                  "checked again and only the cards that changed are drawn again into out/preview/\n"
                  "(one PNG per side and preview.html, which reloads itself). Ctrl-C stops."),
               "watch");
  app.footer(tr("Examples:") + "\n" +
             tr("  sterk watch                          all decks; open out/preview/preview.html in a browser") +
             "\n  sterk watch --deck jongeren --guides\n" +
             tr("  sterk watch --once                   draw the preview once and stop"));
  WatchOptions opt;
  app.add_option("--deck", opt.decks, tr("only this deck id (repeatable)"));
  app.add_option("--dpi", opt.dpi, tr("resolution, 10 to 600 (default: output.png_dpi in sterk.yaml)"))
      ->check(number_between(10, 600));
  app.add_flag("--guides", opt.guides, tr("draw bleed, trim line, safe area and element boxes with names"));
  app.add_flag("--once", opt.once, tr("draw the preview once and stop (exit 1 when there are errors)"));
  app.add_option("-C,--project", opt.root, tr("project folder (where sterk.yaml is)"));
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;
  if (int code = find_project("watch", &opt.root); code >= 0) return code;
  opt.decks = split_list(opt.decks);
  std::string usage;
  auto report = [](const Diagnostics& diags) {
    print_diagnostics(diags, std::cerr);
    std::cerr.flush();
  };
  int code = watch_project(opt, std::cerr, report, &usage);
  if (code == kExitUsage) std::cerr << "sterk watch: " << usage << "\n" << tr("hint: run 'sterk watch --help'") << "\n";
  if (code == kExitEnvironment) std::cerr << "sterk watch: " << usage << "\n";
  return code;
}

}  // namespace sterk
