#pragma once
// Test helpers: a throw-away project folder with the repo's fonts and templates.
#include <string>

namespace sterk::test {

/// A fresh folder under /tmp, removed when the object goes away.
class TempProject {
 public:
  /// `with_assets`: copy fonts/ and templates/ of the repository into it.
  explicit TempProject(bool with_assets = true);
  ~TempProject();
  const std::string& root() const { return root_; }
  std::string path(const std::string& rel) const { return root_ + "/" + rel; }
  /// Writes a file (creating folders). Returns its path.
  std::string write(const std::string& rel, const std::string& contents) const;
  std::string read(const std::string& rel) const;

 private:
  std::string root_;
};

/// Runs a shell command, returns its exit status; output captured into *out.
/// stdout and stderr are merged: use run_split where it matters which is which.
int run(const std::string& command, std::string* out);
/// Runs a shell command with stdout (data) and stderr (diagnostics) kept apart.
int run_split(const std::string& command, std::string* out, std::string* err);
/// The repository folder (source dir).
std::string repo_dir();

}  // namespace sterk::test
