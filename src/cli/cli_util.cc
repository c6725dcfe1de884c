#include "cli/cli_util.h"

#include <sys/stat.h>

#include <iostream>

#include "cli/cli_text.h"
#include "cli/command.h"
#include "cli/report.h"
#include "load/project_loader.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

int parse_command_line(CLI::App& app, int argc, char** argv) {
  use_sterk_help(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::cerr << "sterk " << app.get_name() << ": " << parse_error_message(app, e) << "\n"
              << tr("hint: run 'sterk {} --help' for the options", app.get_name()) << "\n";
    return kExitUsage;
  }
  return -1;
}

namespace {
bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}
// sterk.yaml is optional (every setting has a default), so a folder with the
// project's folders in it is a project too.
bool is_project(const std::string& dir) {
  return file_exists(dir + "/sterk.yaml") || is_dir(dir + "/cards") || is_dir(dir + "/study");
}
}  // namespace

int find_project(const std::string& command, std::string* root) {
  if (is_project(*root)) return -1;
  if (*root == ".") {
    // Like git: a command given in a subfolder (cards/, out/) works on the project around it.
    std::string up = nearest_project_folder();
    if (!up.empty()) {
      *root = up;
      return -1;
    }
    std::cerr << "sterk " << command << ": " << tr("no sterk.yaml here (or in any parent folder)") << "\n"
              << tr("hint: run 'sterk init FOLDER' to start a new project, or 'sterk {} -C FOLDER' for a project "
                    "elsewhere", command)
              << "\n";
  } else {
    std::cerr << "sterk " << command << ": " << tr("no sterk.yaml, cards/ or study/ in '{}'", *root) << "\n"
              << tr("hint: -C names the project folder (where sterk.yaml is); run 'sterk init {}' to start a "
                    "project there", *root)
              << "\n";
  }
  return kExitUsage;
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
