#include "model/project.h"

#include <cctype>

#include "util/files.h"

namespace sterk {

std::string Project::path(const std::string& rel) const {
  if (root.empty() || root == ".") return rel;
  return path_join(root, rel);
}

std::string Project::web_base_url_example_host() const {
  size_t start = web_base_url.find("://");
  if (start == std::string::npos) return "";
  start += 3;
  size_t end = web_base_url.find_first_of(":/?#", start);
  std::string host = web_base_url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!host.empty() && host.back() == '.') host.pop_back();
  auto is_or_under = [&](const std::string& name) {
    return host == name || (host.size() > name.size() && host.compare(host.size() - name.size(), name.size(), name) == 0 &&
                            host[host.size() - name.size() - 1] == '.');
  };
  for (const char* name : {"example.org", "example.com", "example.net", "example", "test", "invalid", "localhost"})
    if (is_or_under(name)) return host;
  return "";
}

}  // namespace sterk
