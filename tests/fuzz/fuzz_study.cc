// libFuzzer target: a whole study folder (study.yaml and the four CSV files) through
// load_study, so the cross-file rules (unknown sorter, sorter with no piles, all
// statements in one pile, ratings out of range) run on arbitrary data.
// The input is the five files one after another, each starting with a line
// "#== NAME" (see the seeds in corpus/fuzz_study/).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz_common.h"
#include "load/study_loader.h"
#include "util/files.h"

namespace {
const char* const kFiles[] = {"study.yaml", "statements.csv", "participants.csv", "sorts.csv", "ratings.csv"};

std::string study_dir() {
  static std::string dir = [] {
    char tmpl[] = "/tmp/sterk-fuzz-study-XXXXXX";
    if (!mkdtemp(tmpl)) std::abort();
    return std::string(tmpl);
  }();
  return dir;
}

std::map<std::string, std::string> split_files(const std::string& in) {
  std::map<std::string, std::string> files;
  std::string current = kFiles[0];
  size_t pos = 0;
  while (pos <= in.size()) {
    size_t end = in.find('\n', pos);
    if (end == std::string::npos) end = in.size();
    std::string line = in.substr(pos, end - pos);
    if (line.rfind("#== ", 0) == 0) current = line.substr(4);
    else files[current] += line + (end < in.size() ? "\n" : "");
    pos = end + 1;
  }
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sterk;
  std::map<std::string, std::string> files =
      split_files(std::string(reinterpret_cast<const char*>(data), size));
  const std::string dir = study_dir();
  for (const char* name : kFiles) {
    std::string path = dir + "/" + name, err;
    auto it = files.find(name);
    if (it == files.end()) ::unlink(path.c_str());
    else if (!write_file_atomic(path, it->second, &err)) std::abort();
  }
  Diagnostics diags;
  Study study;
  bool ok = load_study(dir, &study, &diags);
  if (!ok && !diags.has_errors()) fuzz::fail("load_study failed without an error diagnostic");
  for (const auto& d : diags.items())
    if (d.code.empty() || d.message.empty()) fuzz::fail("diagnostic without code or message", &d);
  for (const auto& s : study.sorts)
    for (const auto& pile : s.piles)
      for (int id : pile)
        if (study.statement_index(id) < 0) fuzz::fail("a sort refers to an unknown statement");
  return 0;
}
