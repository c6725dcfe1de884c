#include "model/project.h"

#include "util/files.h"

namespace sterk {

std::string Project::path(const std::string& rel) const {
  if (root.empty() || root == ".") return rel;
  return path_join(root, rel);
}

}  // namespace sterk
