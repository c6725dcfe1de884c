#include "render/figures.h"
namespace sterk {
bool draw_figures(const Analysis&, const Study&, const std::string&, const std::string&,
                  std::vector<std::string>*, std::string* err) {
  *err = "figures are not drawn yet";
  return false;
}
}  // namespace sterk
