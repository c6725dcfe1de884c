#include "layout/flow_text.h"

#include <algorithm>

#include "layout/shaped_text.h"
#include "model/markup.h"
#include "util/text.h"

namespace sterk {

StyledText styled_text(const std::string& card_text) {
  StyledText s;
  for (const TextSpan& span : parse_card_markup(card_text)) {
    if (span.line_break) s.plain += '\n';
    size_t start = s.plain.size();
    s.plain += span.text;
    if (span.bold && !span.text.empty()) s.bold.push_back({start, s.plain.size()});
  }
  return s;
}

std::string StyledText::markup(size_t begin, size_t end) const {
  end = std::min(end, plain.size());
  std::string out;
  size_t at = begin;
  for (const auto& [b, e] : bold) {
    if (e <= at) continue;
    if (b >= end) break;
    size_t bb = std::max(b, at), ee = std::min(e, end);
    if (bb > at) out += markup_escape(plain.substr(at, bb - at));
    out += "<b>" + markup_escape(plain.substr(bb, ee - bb)) + "</b>";
    at = ee;
  }
  if (at < end) out += markup_escape(plain.substr(at, end - at));
  return out;
}

LineBreaks line_breaks(const TextBlock& block) {
  LineBreaks r;
  r.shaped = ShapedText::shape(block);
  r.height = r.shaped->height();
  r.width = r.shaped->width();
  for (const auto& line : r.shaped->lines()) r.starts.push_back(static_cast<size_t>(line.start_byte));
  if (r.starts.empty()) r.starts.push_back(0);
  return r;
}

}  // namespace sterk
