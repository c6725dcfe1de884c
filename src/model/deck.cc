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

bool Quote::is_example() const { return source.value == "voorbeeld"; }

bool Deck::is_draft() const {
  static const std::string suffix = "-concept";
  const std::string& e = edition.value;
  bool concept_edition = e.size() >= suffix.size() && e.compare(e.size() - suffix.size(), suffix.size(), suffix) == 0;
  return status.value == "concept" || concept_edition;
}

const Theme* Deck::find_theme(const std::string& id) const {
  for (const auto& t : themes)
    if (t.id.value == id) return &t;
  return nullptr;
}

}  // namespace sterk
