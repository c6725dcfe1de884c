#include "model/deck.h"

namespace sterk {

const std::vector<std::string>& audience_ids() {
  static const std::vector<std::string> ids = {"jongere", "werkgever", "jobcoach", "steunsysteem"};
  return ids;
}

const char* card_kind_name(CardKind k) {
  switch (k) {
    case CardKind::content: return "content";
    case CardKind::cover: return "cover";
    case CardKind::instruction: return "instruction";
    case CardKind::divider: return "divider";
    case CardKind::about: return "about";
  }
  return "content";
}

const std::vector<std::string>& card_kind_names() {
  static const std::vector<std::string> names = {"content", "cover", "instruction", "divider", "about"};
  return names;
}

bool Card::allows(const std::string& rule) const {
  for (const auto& a : allow)
    if (a.rule.value == rule && !a.reason.value.empty()) return true;
  return false;
}

}  // namespace sterk
