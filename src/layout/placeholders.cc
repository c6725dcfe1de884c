#include "layout/card_layout.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

const std::vector<std::string>& placeholder_names() {
  static const std::vector<std::string> names = {
      "deck.id",      "deck.title",      "deck.subtitle",  "deck.edition",  "deck.audience",
      "deck.count",   "card.id",         "card.title",     "card.text",     "card.question",
      "card.number",  "card.pictogram",  "card.url",     "card.quote",   "card.quote.source", "card.sources",
      "cluster.id",     "cluster.label", "cluster.number",
      "cluster.count", "study.title",    "project.name",   "project.author"};
  return names;
}

std::string web_page(const Card& card) {
  if (card.kind == CardKind::cover || card.kind == CardKind::divider) return "";
  return "kaart/" + card.id.value + ".html";
}

std::string card_url(const DeckContext& ctx, const PlannedCard& pc) {
  if (!ctx.project || ctx.project->web_base_url.empty()) return "";
  return ctx.project->web_base_url + ctx.deck->id.value + "/" + web_page(*pc.card);
}

namespace {
// "UWV (gecontroleerd 12-2026); 113 Zelfmoordpreventie (gecontroleerd 12-2026)":
// the printed card names each source and when it was checked; the web page links them.
std::string sources_line(const Card& c) {
  std::string out;
  for (const auto& s : c.sources) {
    if (!out.empty()) out += "; ";
    out += s.name.value;
    const std::string& m = s.checked.value;
    if (m.size() == 7) out += " (gecontroleerd " + m.substr(5) + "-" + m.substr(0, 4) + ")";
  }
  return out;
}

// The value of one placeholder, and where it was written when it is a card field.
bool lookup(const std::string& field, const DeckContext& ctx, const PlannedCard& pc, std::string* value,
            Location* at) {
  // Compared as string_views: lengths first, so most of the 23 names are passed over
  // without comparing characters.
  const std::string_view name = field;
  const Deck& d = *ctx.deck;
  const Card& c = *pc.card;
  auto text = [&](const LocatedText& t) { *value = t.value; *at = t.at; return true; };
  if (name == "deck.id") return text(d.id);
  if (name == "deck.title") return text(d.title);
  if (name == "deck.subtitle") return text(d.subtitle);
  if (name == "deck.edition") return text(d.edition);
  if (name == "deck.audience") { *value = audience_label(d.audience.value); return true; }
  if (name == "deck.count") { *value = std::to_string(pc.count); return true; }
  if (name == "card.id") return text(c.id);
  if (name == "card.title") return text(c.title);
  if (name == "card.text") return text(c.text);
  if (name == "card.question") return text(c.question);
  if (name == "card.pictogram") return text(c.pictogram);
  if (name == "card.url") { *value = card_url(ctx, pc); return true; }
  if (name == "card.number") { *value = std::to_string(pc.number); return true; }
  if (name == "card.quote") return text(c.quote->text);
  if (name == "card.quote.source") return text(c.quote->source);  // "voorbeeld" until a real source is given
  if (name == "card.sources") { *value = sources_line(c); return true; }
  if (name == "cluster.id") return text(c.theme.empty() ? c.cluster : c.theme);
  if (name == "cluster.label") { *value = pc.cluster_label; return true; }
  if (name == "cluster.number") {
    *value = pc.cluster_index >= 0 ? std::to_string(pc.cluster_index + 1) : "";
    return true;
  }
  if (name == "cluster.count") { *value = std::to_string(pc.cluster_count); return true; }
  if (name == "study.title") { *value = ctx.study_title; return true; }
  if (name == "project.name") { *value = ctx.project ? ctx.project->name : ""; return true; }
  if (name == "project.author") { *value = ctx.project ? ctx.project->author : ""; return true; }
  return false;
}
}  // namespace

std::string expand_placeholders(const std::string& text, const DeckContext& ctx, const PlannedCard& card,
                                const Location& where, Location* source, Diagnostics* diags) {
  std::string out;
  int fields = 0;
  Location field_at;
  bool only_field = true;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('{', i);
    if (open == std::string::npos) {
      if (i < text.size()) only_field = false;
      out += text.substr(i);
      break;
    }
    if (open > i) only_field = false;
    out += text.substr(i, open - i);
    size_t close = text.find('}', open);
    if (close == std::string::npos) {
      out += text.substr(open);
      only_field = false;
      break;
    }
    std::string name = trim(text.substr(open + 1, close - open - 1));
    std::string value;
    Location at;
    if (lookup(name, ctx, card, &value, &at)) {
      out += value;
      ++fields;
      field_at = at;
    } else {
      if (diags) {
        std::string hint = did_you_mean(name, placeholder_names());
        diags->error(where, "template/placeholder",
                     hint.empty() ? tr("'{{}}' is not a known field", name)
                                  : tr("'{{}}' is not a known field; did you mean '{{}}'?", name, hint));
      }
      out += text.substr(open, close - open + 1);
      only_field = false;
    }
    i = close + 1;
  }
  if (source) *source = (fields == 1 && only_field && field_at.line > 0) ? field_at : where;
  return out;
}

}  // namespace sterk
