#include "model/module.h"

namespace sterk {

const std::vector<std::string>& activity_kind_names() {
  static const std::vector<std::string> names = {"uitleg", "oefening", "gesprek", "reflectie", "pauze", "evaluatie"};
  return names;
}

std::string activity_kind_label(const std::string& kind) {
  if (kind.empty()) return "";
  std::string s = kind;
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace sterk
