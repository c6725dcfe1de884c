#include "cli/cli_util.h"

#include <iostream>

#include "cli/command.h"
#include "cli/report.h"
#include "util/text.h"

namespace sterk {

int parse_command_line(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::cerr << "sterk " << app.get_name() << ": " << e.what() << "\n"
              << "hint: run 'sterk " << app.get_name() << " --help' for the options\n";
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
