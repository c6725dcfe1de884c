// `sterk init DIR`: a new project that checks and builds clean as it is.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>

#include "cli/cli_util.h"
#include "cli/command.h"
#include "publish/init.h"
#include "util/messages.h"
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
  CLI::App app(tr("Create a new project in DIR (a new or empty folder): sterk.yaml, the starter templates,\n"
                  "fonts, one small deck and a tiny study with its analysis. It checks and builds clean as\n"
                  "it is. Templates, pictograms and fonts are copied from sterk's data folder."),
               "init");
  app.footer(tr("Examples:") +
             "\n"
             "  sterk init mijn-kaarten && cd mijn-kaarten && sterk build\n"
             "  STERK_DATA=/usr/share/sterk sterk init /tmp/proef\n\n" +
             tr("The data folder is the first of $STERK_DATA, <program folder>/../share/sterk, the folder\n"
                "above the program and the source tree sterk was built from that holds templates/ and fonts/."));
  std::string dir, data;
  app.add_option(tr("DIR"), dir, tr("the folder for the new project"))->required();
  app.add_option("--data", data, tr("copy templates and fonts from this folder (holds templates/ and fonts/)"));
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;

  if (data.empty()) {
    std::vector<std::string> tried;
    data = find_data_dir(&tried);
    if (data.empty()) {
      std::cerr << "sterk init: " << tr("cannot find sterk's templates and fonts (looked in {})", join(tried, ", "))
                << "\n" << tr("hint: set STERK_DATA to the sterk source folder, or use --data") << "\n";
      return kExitEnvironment;
    }
  }
  bool usage = false;
  std::string err;
  if (!init_project(dir, data, std::cerr, &usage, &err)) {
    std::cerr << "sterk init: " << err << "\n";
    if (usage) std::cerr << tr("hint: choose a new folder name, e.g. 'sterk init mijn-kaarten'") << "\n";
    return usage ? kExitUsage : kExitEnvironment;
  }
  int analyzed = run_analysis(dir);
  if (analyzed == 0) std::cerr << tr("analysed the study into {}/study/analysis.yaml", dir) << "\n";
  else std::cerr << tr("note: the study is not analysed yet; run 'sterk analyze' in {}", dir) << "\n";
  std::cerr << tr("next: cd {} && sterk check && sterk build   (sterk watch shows a live preview)", dir) << "\n";
  return kExitOk;
}

}  // namespace sterk
