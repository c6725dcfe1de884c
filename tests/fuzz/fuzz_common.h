#pragma once
// Shared by the libFuzzer targets (tests/fuzz/run.sh builds and runs them).
// Besides "no crash, no sanitizer report", each target checks the promise every
// loader makes: an error is never silent, and it points into the file it blames.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "model/diagnostic.h"

namespace sterk::fuzz {

inline void fail(const char* what, const Diagnostic* d = nullptr) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  if (d)
    std::fprintf(stderr, "  %s:%d:%d: [%s] %s\n", d->where.file.c_str(), d->where.line, d->where.column,
                 d->code.c_str(), d->message.c_str());
  std::abort();
}

inline int count_lines(const std::string& s) {
  int n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

/// `ok` is what the loader returned. Every diagnostic about `file` must have a
/// code, a message and a line inside the text (0 = whole file is allowed).
inline void check_diagnostics(bool ok, const Diagnostics& diags, const std::string& file,
                              const std::string& text) {
  if (!ok && !diags.has_errors()) fail("the loader failed without an error diagnostic");
  int lines = count_lines(text);
  for (const auto& d : diags.items()) {
    if (d.code.empty() || d.message.empty()) fail("diagnostic without code or message", &d);
    if (d.where.file != file) continue;
    if (d.where.line < 0 || d.where.line > lines + 1 || d.where.column < 0)
      fail("diagnostic points outside the file", &d);
  }
}

}  // namespace sterk::fuzz
