#include "render/web_card.h"

#include <set>

#include "util/sentences.h"
#include "layout/card_layout.h"
#include "model/markup.h"
#include "util/text.h"

namespace sterk {

std::string label_html(const std::string& m) {
  std::string out;
  for (size_t i = 0; i < m.size();) {
    if (m.compare(i, 3, "<b>") == 0) { out += "<strong>"; i += 3; }
    else if (m.compare(i, 4, "</b>") == 0) { out += "</strong>"; i += 4; }
    else if (m[i] == '\n') { out += "<br>"; ++i; }
    else if (m[i] == '<') { out += "&lt;"; ++i; }  // layout only writes <b>; anything else stays text
    else { out += m[i]; ++i; }
  }
  return out;
}

std::vector<std::string> line_sentences(const std::string& line) {
  std::vector<Sentence> found = split_sentences(line);
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 1; i < found.size(); ++i) {
    // A sentence starts at its first word; what comes before it (quotes, **)
    // belongs to it, so cut just before the spaces that precede that.
    size_t cut = found[i].begin;
    while (cut > start && line[cut - 1] != ' ') --cut;
    std::string part = trim(line.substr(start, cut - start));
    if (!part.empty()) out.push_back(part);
    start = cut;
  }
  std::string rest = trim(line.substr(start));
  if (!rest.empty()) out.push_back(rest);
  return out;
}

std::string plain_text(const std::string& text) {
  std::string out;
  for (const TextSpan& span : parse_card_markup(text)) {
    if (span.line_break && !out.empty()) out += ' ';
    out += span.text;
  }
  return trim(out);
}

WebCard web_card(const DeckContext& ctx, const PlannedCard& pc, const Frame& front, const Frame& back) {
  WebCard w;
  w.card = pc.card;
  w.page = web_page(pc.card);
  w.theme_id = pc.card.theme.empty() ? pc.card.cluster.value : pc.card.theme.value;
  w.theme_label = pc.cluster_label.empty() ? w.theme_id : pc.cluster_label;
  w.theme = resolve_colour(w.theme_id.empty() ? "audience" : "cluster", ctx, pc);
  std::set<std::string> shown;
  for (const Frame* f : {&front, &back}) {
    std::vector<WebField>& side = f == &front ? w.front : w.back;
    std::vector<std::pair<std::string, std::string>> labels;  // field → label, in print order
    for (const FrameItem& it : f->items) {
      if (it.kind == FrameItem::pictogram && w.pictogram_file.empty() && !it.file.empty()) {
        w.pictogram_file = it.file;
        w.pictogram_alt = it.alt;
        w.pictogram_colour = it.colour;
        w.pictogram_stroke = it.stroke_width;
      }
      if (it.kind != FrameItem::text_box) continue;
      if (!it.label_for.empty()) {
        bool same = !labels.empty() && labels.back().first == it.label_for;
        if (same) labels.back().second += "<br>" + label_html(it.text.markup);
        else labels.push_back({it.label_for, label_html(it.text.markup)});
        continue;
      }
      static const std::set<std::string> fields = {"card.title", "card.text", "card.tips", "card.question",
                                                       "card.quote", "card.sources"};
      if (!fields.count(it.field) || !shown.insert(it.field).second) continue;
      side.push_back({it.field, ""});
    }
    for (const auto& [field, label] : labels)
      for (WebField& wf : side)
        if (wf.field == field && wf.label.empty()) wf.label = label;
  }
  return w;
}

}  // namespace sterk
