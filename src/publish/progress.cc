#include "publish/progress.h"
#include "util/messages.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace sterk {

bool progress_wanted() {
  const char* ci = std::getenv("CI");
  if (ci && (!std::strcmp(ci, "true") || !std::strcmp(ci, "1"))) return false;
  return ::isatty(STDERR_FILENO) == 1;
}

Progress::Progress(int total, bool enabled) : total_(total), enabled_(enabled && total > 0) {
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { done(); }

void Progress::step(int n) {
  done_ += n;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1)) return;
  if (shown_ && now - last_ < std::chrono::milliseconds(100) && done_ < total_) return;
  last_ = now;
  draw();
}

void Progress::draw() {
  const int width = 30;
  int filled = total_ ? done_ * width / total_ : width;
  char bar[width + 1];
  for (int i = 0; i < width; ++i) bar[i] = i < filled ? '#' : '.';
  bar[width] = 0;
  const std::string line = trn("[{}] {}/{} card", "[{}] {}/{} cards", static_cast<unsigned long>(total_), bar,
                               done_ < total_ ? done_ : total_, total_);
  std::fprintf(stderr, "\r%s", line.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::done() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace sterk
