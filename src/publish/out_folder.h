#pragma once
// The output folder as a contract (SPEC §9, docs/publishing.md "The out/ folder"):
// out/<deck>/ holds exactly the files of the last successful build of that deck.
// A build renders into a staging folder and swaps it in as a whole; a killed build
// leaves only names the next build recognises and removes; two builds on one out/
// do not interleave. Decks (out/<deck>/) and modules (out/modules/<id>/) use the
// same functions: whatever a render job wrote into its staging folder is swapped in.
#include <string>
#include <vector>

namespace sterk {

/// An exclusive lock on the out/ folder itself (flock on the folder, so no lock
/// file is left behind), held until the object goes away.
class OutLock {
 public:
  OutLock() = default;
  OutLock(const OutLock&) = delete;
  OutLock& operator=(const OutLock&) = delete;
  ~OutLock();
  /// False with *err when another build holds it ("another sterk build is writing…")
  /// or the folder cannot be opened.
  bool acquire(const std::string& out_dir, std::string* err);

 private:
  int fd_ = -1;
};

/// Removes what an interrupted build left in out/ (and in out/sets/, out/modules/):
/// `.staging-*` and `.old-*` folders, `*.tmp*` and `*.cairo` scratch files. Call it
/// while holding the lock: no live build owns them then. Links are removed, never
/// followed. The removed names (relative to out_dir) go to *removed.
bool remove_leftovers(const std::string& out_dir, std::vector<std::string>* removed, std::string* err);

/// The staging folder for `name` (a deck or module id) inside `parent`.
std::string staging_folder(const std::string& parent, const std::string& name);

/// Puts the finished `staging` folder in the place of `final_dir` as a whole: an
/// existing folder is exchanged with it in one step (renameat2 RENAME_EXCHANGE,
/// two renames where the file system cannot) and then removed; a symbolic link is
/// replaced, never followed; a file in the way is an error. *gone gets the files
/// (relative to final_dir, sorted) of the previous build the new one no longer has.
bool swap_in(const std::string& staging, const std::string& final_dir, std::vector<std::string>* gone,
             std::string* err);

/// Every file under `dir` (relative, sorted), links included, not followed.
std::vector<std::string> list_files(const std::string& dir);

/// Test hook: when the environment variable STERK_TEST_CRASH_AT equals `point`,
/// the process kills itself with SIGKILL right here (tests/unit/out_folder_test.cc).
void crash_point(const char* point);

}  // namespace sterk
