#include "cli/cli_util.h"

#include <iostream>

#include "cli/command.h"
#include "cli/report.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

int parse_command_line(CLI::App& app, int argc, char** argv) {
  // CLI11 writes the help's headings itself: those in the user's language too.
  app.set_help_flag("-h,--help", tr("print this help and exit"));
  auto formatter = app.get_formatter();
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("Options", tr("Options"));
  formatter->label("Positionals", tr("Positionals"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("TEXT", tr("TEXT"));
  formatter->label("INT", tr("INT"));
  formatter->label("FLOAT", tr("FLOAT"));
  formatter->label("Excludes", tr("Excludes"));
  formatter->label("Needs", tr("Needs"));
  for (CLI::Option* o : app.get_options())
    if (o->get_group() == "Options") o->group(tr("Options"));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::cerr << "sterk " << app.get_name() << ": " << e.what() << "\n"
              << tr("hint: run 'sterk {} --help' for the options", app.get_name()) << "\n";
    return kExitUsage;
  }
  return -1;
}

std::vector<std::string> split_list(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values)
    for (auto& part : split(v, ','))
      if (!part.empty()) out.push_back(std::move(part));
  return out;
}

int report(const Diagnostics& diags, const std::string& format, const Counted* counted) {
  if (format == "json") std::cout << diagnostics_json(diags);
  else print_diagnostics(diags, std::cerr, counted);
  return diags.has_errors() ? kExitInputErrors : kExitOk;
}

}  // namespace sterk
