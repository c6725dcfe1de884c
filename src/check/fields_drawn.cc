// template/field-not-drawn: a card field that the card's template does not draw for
// that kind of card (a pictogram on an instruction card, a question on a cover) is
// left off the printed card without a word; say so at the field.
#include <set>

#include "check/check.h"
#include "util/messages.h"

namespace sterk {
namespace {

// The card fields a side draws: {card.x} in texts and QR codes, a list's items, a
// pictogram's name.
void drawn_fields(const std::vector<Element>& side, std::set<std::string>* out) {
  auto scan = [&](const std::string& s) {
    for (size_t open = s.find("{card."); open != std::string::npos; open = s.find("{card.", open + 1)) {
      size_t close = s.find('}', open);
      if (close == std::string::npos) break;
      std::string name = s.substr(open + 6, close - open - 6);
      out->insert(name.substr(0, name.find('.')));  // quote.source → quote
    }
  };
  for (const Element& e : side) {
    scan(e.text);
    scan(e.pictogram);
    if (e.items.rfind("card.", 0) == 0) out->insert(e.items.substr(5));
  }
}

}  // namespace

void check_fields_drawn(const Workspace& ws, const Card& card, const Deck& deck, Diagnostics* diags) {
  auto tpl = ws.templates.find(deck.template_name.value);
  if (tpl == ws.templates.end()) return;
  auto kind = tpl->second.kinds.find(card.kind);
  if (kind == tpl->second.kinds.end()) kind = tpl->second.kinds.find(CardKind::content);
  if (kind == tpl->second.kinds.end()) return;
  std::set<std::string> drawn;
  drawn_fields(kind->second.front, &drawn);
  drawn_fields(kind->second.back, &drawn);
  auto check = [&](const std::string& field, bool present, const Location& at) {
    if (!present || drawn.count(field) || at.line == 0) return;
    diags->warning(at, "template/field-not-drawn",
                   tr("template '{}' does not print a {} on {} cards, so this {} is not on the card; remove it, or "
                      "ask the designer to add it to the template", tpl->second.name, field, card_kind_name(card.kind),
                      field));
  };
  check("text", !card.text.empty(), card.text.at);
  check("question", !card.question.empty(), card.question.at);
  check("tips", !card.tips.empty(), card.tips.empty() ? Location{} : card.tips.front().at);
  check("pictogram", !card.pictogram.empty(), card.pictogram.at);
  check("quote", !card.quote->empty(), card.quote->at);
  check("sources", !card.sources.empty(), card.sources.empty() ? Location{} : card.sources.front().at);
}

}  // namespace sterk
