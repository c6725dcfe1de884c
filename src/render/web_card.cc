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
    else if (m.compare(i, 3, "\xE2\x80\xA8") == 0) { out += "<br>"; i += 3; }  // a line break layout chose
    else if (m[i] == '<') { out += "&lt;"; ++i; }  // layout only writes <b>; anything else stays text
    else { out += m[i]; ++i; }
  }
  return out;
}

std::vector<std::string> line_sentences(const std::string& line) {
  std::vector<size_t> starts = sentence_starts(line);
  std::vector<std::string> out;
  for (size_t i = 0; i < starts.size(); ++i) {
    size_t end = i + 1 < starts.size() ? starts[i + 1] : line.size();
    std::string part = trim(line.substr(starts[i], end - starts[i]));
    if (!part.empty()) out.push_back(part);
  }
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
