#include "cli/language.h"

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "load/project_loader.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {
namespace {

/// The value of `--lang X` or `--lang=X`, removed from argv; "" when absent.
std::string take_lang_option(int* argc, char** argv) {
  std::string value;
  int out = 1;
  for (int i = 1; i < *argc; ++i) {
    if (!std::strcmp(argv[i], "--lang") && i + 1 < *argc) {
      value = argv[++i];
      continue;
    }
    if (!std::strncmp(argv[i], "--lang=", 7)) {
      value = argv[i] + 7;
      continue;
    }
    argv[out++] = argv[i];
  }
  *argc = out;
  argv[out] = nullptr;
  return value;
}

/// The project folder the command will use: -C/--project DIR, else the current folder.
std::string project_folder(int argc, char** argv) {
  std::string root = ".";
  for (int i = 1; i < argc; ++i) {
    if ((!std::strcmp(argv[i], "-C") || !std::strcmp(argv[i], "--project")) && i + 1 < argc) root = argv[i + 1];
    else if (!std::strncmp(argv[i], "--project=", 10)) root = argv[i] + 10;
  }
  return root;
}

/// The folder with sterk.yaml: `root` itself when -C named it, else the current folder or
/// the nearest one above it, as the commands look for their project (cli_util).
bool find_project_folder(const std::string& root, std::string* found) {
  if (root != ".") {
    *found = root;
    return file_exists(path_join(root, "sterk.yaml"));
  }
  *found = nearest_project_folder();
  return !found->empty();
}

/// project.language of the project's sterk.yaml: nl when it is there and does not say
/// otherwise; false when there is no sterk.yaml (outside a project). A sterk.yaml with
/// mistakes still gives its language: the command reports the mistakes, in that language.
bool project_language(const std::string& root, Language* out) {
  Project project;
  if (!find_project_folder(root, &project.root)) return false;
  Diagnostics ignored;  // the command loads sterk.yaml again and reports these
  load_project(project.root, &project, &ignored);
  if (!parse_language(project.language, out)) *out = Language::nl;
  return true;
}

}  // namespace

int choose_language(int* argc, char** argv) {
  std::string chosen = take_lang_option(argc, argv);
  const char* from = "--lang";
  if (chosen.empty()) {
    const char* env = std::getenv("STERK_LANG");
    if (env && *env) {
      chosen = env;
      from = "STERK_LANG";
    }
  }
  Language lang = Language::en;
  if (!chosen.empty()) {
    if (!parse_language(chosen, &lang)) {
      set_language(language_from_environment());
      std::cerr << "sterk: " << tr("{} must be nl (Dutch) or en (English), not '{}'", from, chosen) << "\n";
      return kExitUsage;
    }
  } else if (!project_language(project_folder(*argc, argv), &lang)) {
    lang = language_from_environment();
  }
  set_language(lang);
  return -1;
}

}  // namespace sterk
