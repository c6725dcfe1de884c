#include "test_project.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "util/files.h"

namespace sterk::test {

std::string repo_dir() { return STERK_SOURCE_DIR; }

// The tests assert English messages: every sterk they start speaks English unless the
// test asks for Dutch itself (STERK_LANG=nl, --lang nl; messages_test.cc).
static const int kEnglishForTests = setenv("STERK_LANG", "en", 1);

TempProject::TempProject(bool with_assets) {
  char tmpl[] = "/tmp/sterk-test-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  root_ = tmpl;
  if (with_assets) {
    std::string out;
    run("cp -r '" + repo_dir() + "/fonts' '" + repo_dir() + "/templates' '" + root_ + "/'", &out);
  }
}

TempProject::~TempProject() {
  std::string err;
  remove_tree(root_, &err);
}

std::string TempProject::write(const std::string& rel, const std::string& contents) const {
  std::string p = path(rel), err;
  make_dirs(path_dirname(p), &err);
  write_file_atomic(p, contents, &err);
  return p;
}

std::string TempProject::read(const std::string& rel) const {
  std::string s, err;
  read_file(path(rel), &s, &err);
  return s;
}

int run(const std::string& command, std::string* out) {
  out->clear();
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run_split(const std::string& command, std::string* out, std::string* err) {
  char tmpl[] = "/tmp/sterk-stderr-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return -1;
  close(fd);
  std::string merged;
  int code = -1;
  out->clear();
  if (FILE* p = popen((command + " 2>'" + tmpl + "'").c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
    int status = pclose(p);
    code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string e;
  read_file(tmpl, &e, &merged);
  *err = e;
  std::remove(tmpl);
  return code;
}

}  // namespace sterk::test
