#pragma once
// A progress bar for builds that take more than a second, on a terminal only:
// nothing is drawn when stderr is not a terminal or when CI=true, so logs and
// pipes see the same lines as before.
#include <chrono>
#include <string>

namespace sterk {

class Progress {
 public:
  /// `total`: the number of steps (cards); `enabled`: see progress_wanted().
  Progress(int total, bool enabled);
  ~Progress();
  /// One more step done. Draws at most ten times a second, after the first second.
  void step(int n = 1);
  /// Removes the bar (if it was drawn), so the next line starts clean.
  void done();

 private:
  void draw();
  int total_, done_ = 0;
  bool enabled_, shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

/// True when stderr is a terminal and the CI environment variable is not "true".
bool progress_wanted();

}  // namespace sterk
