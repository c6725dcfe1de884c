#include <iostream>

#include "check/check.h"
#include "check/modules.h"
#include "check/selection.h"
#include "cli/cli_text.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "layout/fonts.h"
#include "publish/build.h"
#include "util/messages.h"

namespace sterk {

int run_check(int argc, char** argv) {
  CLI::App app(tr("Check every deck against the analysis, the easy-read rules and print preflight.\n"
                  "Prints every problem as file:line:column, exits 1 when there is an error."),
               "check");
  app.footer(tr("Examples:") + "\n  sterk check\n  sterk check --deck jongeren --format json\n  sterk check --coverage");
  std::string root = ".", format = "text";
  std::vector<std::string> decks, audiences, modules;
  bool coverage = false;
  app.add_option("-C,--project", root, tr("project folder (where sterk.yaml is)"));
  app.add_option("--deck", decks, tr("only this deck id (repeatable)"));
  app.add_option("--audience", audiences, tr("only decks and modules for this audience"));
  app.add_option("--module", modules, tr("only this training module id (repeatable); with --deck and no --module, no modules"));
  app.add_option("--format", format, tr("text or json"))->check(one_of({"text", "json"}));
  app.add_flag("--coverage", coverage, tr("also print a table of clusters x decks (content cards per cluster)"));
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;
  if (int code = find_project("check", &root); code >= 0) return code;

  // Loading the dictionaries takes longest: it runs while the project is read.
  Dictionaries dictionaries;
  std::string dictionary_err;
  start_loading_dictionaries(&dictionaries, &dictionary_err);  // failure is reported below
  Diagnostics diags;
  Workspace ws;
  load_workspace(root, &ws, &diags);
  if (!ws.project_read) {  // nothing but sterk.yaml was read: say so instead of "0 decks"
    diags.sort();
    Counted unread;
    unread.unread_project = ws.project.path("sterk.yaml");
    return report(diags, format, &unread);
  }
  std::vector<const Deck*> selected;
  std::string err;
  if (!select_decks(ws, split_list(decks), split_list(audiences), &selected, &err)) {
    std::cerr << "sterk check: " << err << "\n" << tr("hint: run 'sterk check --help'") << "\n";
    return kExitUsage;
  }
  std::vector<const Module*> selected_modules;
  if (!select_modules(ws, split_list(modules), split_list(audiences), !decks.empty(), &selected_modules, &err)) {
    std::cerr << "sterk check: " << err << "\n" << tr("hint: run 'sterk check --help'") << "\n";
    return kExitUsage;
  }
  if (!modules.empty() && decks.empty()) selected.clear();  // --module alone checks only modules
  keep_selected_findings(ws, selected, selected_modules, split_list(decks), &diags);
  CheckContext ctx;
  if (!prepare_checks(ws, &ctx, &diags, &err, dictionaries)) {
    std::cerr << "sterk check: " << err << "\n";
    return kExitEnvironment;
  }
  bool fonts = register_project_fonts(ws.project.path(ws.project.fonts_dir), &err);
  report_unreadable_fonts(&diags);
  if (!fonts && unreadable_font_files().empty()) {
    std::cerr << "sterk check: " << err << "\n";
    return kExitEnvironment;
  }
  if (!fonts) {  // every font file is damaged: each is named, and nothing can be laid out
    diags.sort();
    return report(diags, format);
  }
  run_checks(ws, selected, ctx, &diags);
  check_modules(ws, selected_modules, ctx, &diags);
  diags.sort();
  if (coverage && format == "text") {
    std::cout << coverage_table(selected, ctx.study);
    if (!selected_modules.empty()) std::cout << "\n" << module_coverage_table(selected_modules, ctx.study);
  }
  const Counted counted = count_checked(selected, selected_modules.size());
  int code = report(diags, format, &counted);
  keep_until_exit(ctx);
  return code;
}

}  // namespace sterk
