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
int run(const std::string& command, std::string* out);
/// The repository folder (source dir).
std::string repo_dir();

}  // namespace sterk::test
