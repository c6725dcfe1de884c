// `sterk init DIR`: a new project that checks and builds clean as it is.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>

#include "cli/cli_util.h"
#include "cli/command.h"
#include "publish/init.h"
#include "util/text.h"

namespace sterk {
namespace {

// Runs `sterk analyze` in `dir` with this same program, so the new project has its
// study/analysis.yaml. Its own messages go to stderr; its report is not needed.
int run_analysis(const std::string& dir) {
  pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, 1);
    if (::chdir(dir.c_str()) != 0) ::_exit(127);
    const char* args[] = {"sterk", "analyze", nullptr};
    ::execv("/proc/self/exe", const_cast<char**>(args));
    ::_exit(127);
  }
  int status = 0;
  if (::waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

int run_init(int argc, char** argv) {
  CLI::App app("Create a new project in DIR (a new or empty folder): sterk.yaml, the starter templates,\n"
               "fonts, one small deck and a tiny study with its analysis. It checks and builds clean as\n"
               "it is. Templates, pictograms and fonts are copied from sterk's data folder.",
               "init");
  app.footer(
      "examples:\n"
      "  sterk init mijn-kaarten && cd mijn-kaarten && sterk build\n"
      "  STERK_DATA=/usr/share/sterk sterk init /tmp/proef\n\n"
      "The data folder is the first of $STERK_DATA, <program folder>/../share/sterk, the folder\n"
      "above the program and the source tree sterk was built from that holds templates/ and fonts/.");
  std::string dir, data;
  app.add_option("DIR", dir, "the folder for the new project")->required();
  app.add_option("--data", data, "copy templates and fonts from this folder (holds templates/ and fonts/)");
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;

  if (data.empty()) {
    std::vector<std::string> tried;
    data = find_data_dir(&tried);
    if (data.empty()) {
      std::cerr << "sterk init: cannot find sterk's templates and fonts (looked in " << join(tried, ", ")
                << ")\nhint: set STERK_DATA to the sterk source folder, or use --data\n";
      return kExitEnvironment;
    }
  }
  bool usage = false;
  std::string err;
  if (!init_project(dir, data, std::cerr, &usage, &err)) {
    std::cerr << "sterk init: " << err << "\n";
    if (usage) std::cerr << "hint: choose a new folder name, e.g. 'sterk init mijn-kaarten'\n";
    return usage ? kExitUsage : kExitEnvironment;
  }
  int analyzed = run_analysis(dir);
  if (analyzed == 0) std::cerr << "analysed the study into " << dir << "/study/analysis.yaml\n";
  else std::cerr << "note: the study is not analysed yet; run 'sterk analyze' in " << dir << "\n";
  std::cerr << "next: cd " << dir << " && sterk check && sterk build   (sterk watch shows a live preview)\n";
  return kExitOk;
}

}  // namespace sterk
