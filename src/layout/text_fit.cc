#include "layout/text_fit.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "layout/fonts.h"
#include "layout/phrase_lines.h"
#include "layout/shaped_text.h"
#include "model/markup.h"
#include "util/text.h"

namespace sterk {

namespace {
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// A word around byte offset `at` of plain text.
std::string word_at(const std::string& text, size_t at) {
  size_t b = at, e = at;
  while (b > 0 && !is_space(text[b - 1])) --b;
  while (e < text.size() && !is_space(text[e])) ++e;
  return text.substr(b, e - b);
}
}  // namespace

std::string card_markup(const std::string& text) {
  // Without ** and line breaks the text is one plain span, its trailing spaces dropped
  // (what parse_card_markup gives): escaped as it is, without splitting it into spans.
  if (text.find_first_of("*\n\r") == std::string::npos) {
    size_t end = text.find_last_not_of(' ');
    return markup_escape(std::string_view(text).substr(0, end == std::string::npos ? 0 : end + 1));
  }
  std::string out;
  for (const TextSpan& span : parse_card_markup(text)) {
    if (span.line_break) out += '\n';
    if (span.text.empty()) continue;
    out += span.bold ? "<b>" + markup_escape(span.text) + "</b>" : markup_escape(span.text);
  }
  return out;
}

bool markup_is_plain(const std::string& markup) {
  // No tag, no entity, and only characters that GMarkup passes on as they are (it
  // rejects some control characters and invalid UTF-8, which set_text would not).
  for (char c : markup) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '<' || c == '&' || c == '>' || u == 0x7f || (u < 0x20 && c != '\n' && c != '\t')) return false;
  }
  return g_utf8_validate(markup.data(), static_cast<gssize>(markup.size()), nullptr);
}

PangoLayout* make_layout(const TextBlock& b) {
  PangoLayout* layout = pango_layout_new(text_context());
  PangoFontDescription* fd = pango_font_description_new();
  pango_font_description_set_family(fd, b.family.c_str());
  pango_font_description_set_weight(fd, b.weight == "bold" ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(fd, PANGO_STYLE_NORMAL);
  pango_font_description_set_absolute_size(fd, b.size_pt * PANGO_SCALE);
  pango_layout_set_font_description(layout, fd);
  pango_font_description_free(fd);
  pango_layout_set_width(layout, static_cast<int>(std::lround(b.width_pt * PANGO_SCALE)));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment(layout, b.align == "center" ? PANGO_ALIGN_CENTER
                                     : b.align == "right" ? PANGO_ALIGN_RIGHT
                                                          : PANGO_ALIGN_LEFT);
  if (b.indent_pt > 0) {
    int indent = static_cast<int>(std::lround(b.indent_pt * PANGO_SCALE));
    pango_layout_set_indent(layout, -indent);
    PangoTabArray* tabs = pango_tab_array_new_with_positions(1, FALSE, PANGO_TAB_LEFT, indent);
    pango_layout_set_tabs(layout, tabs);
    pango_tab_array_free(tabs);
  }
  PangoAttrList* attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
  pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute(
                                    static_cast<int>(std::lround(b.line_height_pt * PANGO_SCALE))));
  if (markup_is_plain(b.markup)) {
    // Most paragraphs have no bold: their markup is their text. Parsing it would give
    // the same text and an empty attribute list (ours merged into it is ours), so the
    // layout is the same without the parse and the list copy.
    pango_layout_set_text(layout, b.markup.c_str(), static_cast<int>(b.markup.size()));
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
    return layout;
  }
  pango_layout_set_markup(layout, b.markup.c_str(), -1);
  // set_markup replaces the attribute list; merge ours into the markup's.
  PangoAttrList* merged = pango_layout_get_attributes(layout);
  if (merged) {
    merged = pango_attr_list_copy(merged);
    pango_attr_list_insert(merged, pango_attr_insert_hyphens_new(FALSE));
    pango_attr_list_insert(merged, pango_attr_line_height_new_absolute(
                                       static_cast<int>(std::lround(b.line_height_pt * PANGO_SCALE))));
    pango_layout_set_attributes(layout, merged);
    pango_attr_list_unref(merged);
  } else {
    pango_layout_set_attributes(layout, attrs);
  }
  pango_attr_list_unref(attrs);
  return layout;
}

TextMeasure measure(const TextBlock& block) { return measure(block, *ShapedText::shape(block)); }

TextMeasure measure(const TextBlock& block, const ShapedText& shaped) {
  TextMeasure m;
  PangoLayout* layout = shaped.pango();
  m.height = shaped.height();
  m.lines = static_cast<int>(shaped.lines().size());
  m.unknown_glyphs = shaped.unknown_glyphs();
  const std::string& plain = shaped.text();

  // Widest line, words wider than the box, lines that start inside a word, widows.
  double widest = 0;
  int paragraph_lines = 0;
  GSList* lines = pango_layout_get_lines_readonly(layout);
  for (GSList* l = lines; l; l = l->next) {
    PangoLayoutLine* line = static_cast<PangoLayoutLine*>(l->data);
    paragraph_lines = line->is_paragraph_start ? 1 : paragraph_lines + 1;
    bool paragraph_end = !l->next || static_cast<PangoLayoutLine*>(l->next->data)->is_paragraph_start;
    if (paragraph_end && paragraph_lines >= 2) {
      std::string last = trim(plain.substr(line->start_index, line->length));
      if (!last.empty() && last.find(' ') == std::string::npos) ++m.widows;
    }
    PangoRectangle lr;
    pango_layout_line_get_extents(line, nullptr, &lr);
    double w = lr.width / double(PANGO_SCALE);
    // Trailing spaces do not count: measure up to the last visible character.
    widest = std::max(widest, w);
    if (w > block.width_pt + 0.5) {
      std::string segment = plain.substr(line->start_index, line->length);
      std::string longest;
      size_t pos = 0;
      while (pos < segment.size()) {
        size_t e = segment.find_first_of(" \n\t", pos);
        if (e == std::string::npos) e = segment.size();
        std::string word = segment.substr(pos, e - pos);
        if (utf8_length(word) > utf8_length(longest)) longest = word;
        pos = e + 1;
      }
      if (!longest.empty()) m.too_wide_words.push_back(longest);
    }
    if (l != lines && line->start_index > 0) {
      char before = plain[line->start_index - 1];
      bool chosen_break = line->start_index >= 3 && plain.compare(line->start_index - 3, 3, kLineBreak) == 0;
      if (!chosen_break && !is_space(before) && before != '-' && before != '/' && before != '\t')
        m.broken_words.push_back(word_at(plain, line->start_index));
    }
  }
  m.width = widest;

  // Which fonts were used: a run in another family than asked is a fallback.
  PangoLayoutIter* it = pango_layout_get_iter(layout);
  PangoFont* asked = nullptr;  // the last font looked at (the layout holds it, so it stays the same font)
  do {
    PangoLayoutRun* run = pango_layout_iter_get_run_readonly(it);
    if (!run) continue;
    // Runs of one paragraph are mostly in one font: each font is described once.
    if (run->item->analysis.font == asked) continue;
    asked = run->item->analysis.font;
    PangoFontDescription* used = pango_font_describe(run->item->analysis.font);
    const char* fam = pango_font_description_get_family(used);
    std::string family = fam ? fam : "";
    if (strcasecmp(family.c_str(), block.family.c_str()) != 0 &&
        std::find(m.fallback_families.begin(), m.fallback_families.end(), family) == m.fallback_families.end())
      m.fallback_families.push_back(family);
    pango_font_description_free(used);
  } while (pango_layout_iter_next_run(it));
  pango_layout_iter_free(it);
  return m;
}

// Narrows a block's wrap width in 2 % steps until no paragraph ends with a lone
// word, as long as that adds no line; otherwise leaves the block as it was.
static void avoid_widows(FitResult* r) {
  for (size_t i = 0; i < r->blocks.size(); ++i) {
    if (r->measures[i].widows == 0) continue;
    const double full = r->blocks[i].width_pt;
    // Words wrap greedily: a width at which every line still fits as it is gives the
    // same lines again, so those widths are not shaped (1 pt to spare for rounding).
    double right = 0;
    for (const auto& line : r->shaped[i]->lines()) right = std::max(right, line.x + line.width);
    for (double f = 0.98; f >= 0.80; f -= 0.02) {
      if (full * f > right + 1) continue;
      TextBlock b = r->blocks[i];
      b.width_pt = full * f;
      auto shaped = ShapedText::shape(b);
      TextMeasure m = measure(b, *shaped);
      if (m.lines > r->measures[i].lines || !m.broken_words.empty() || !m.too_wide_words.empty()) break;
      if (m.widows < r->measures[i].widows) {
        r->blocks[i] = b;
        r->measures[i] = m;
        r->shaped[i] = shaped;
        if (m.widows == 0) break;
      }
    }
  }
}

FitResult fit_text(const std::vector<std::string>& paragraphs, const FontStyle& style,
                   const std::string& align, const std::string& bullet, double width, double height,
                   LineBreaking lines) {
  FitResult r;
  double size = style.size_pt;
  for (;;) {
    r = FitResult{};
    r.size_pt = size;
    r.gap_pt = bullet.empty() ? 0 : 0.35 * size;
    double total = 0;
    bool fits = true;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      TextBlock b;
      b.family = style.family;
      b.weight = style.weight;
      b.size_pt = size;
      b.line_height_pt = size * style.line_spacing;
      b.width_pt = width;
      b.align = align;
      if (!bullet.empty()) b.indent_pt = std::ceil(size * 1.1);
      std::string text = lines == LineBreaking::phrases ? phrase_markup(paragraphs[i], b) : card_markup(paragraphs[i]);
      b.markup = bullet.empty() ? text : markup_escape(bullet) + "\t" + text;
      auto shaped = ShapedText::shape(b);
      TextMeasure m = measure(b, *shaped);
      if (!m.too_wide_words.empty() || !m.broken_words.empty()) fits = false;
      total += m.height + (i ? r.gap_pt : 0);
      r.blocks.push_back(b);
      r.measures.push_back(m);
      r.shaped.push_back(std::move(shaped));
    }
    r.total_height = total;
    r.fits = fits && total <= height + 0.01;
    if (r.fits || size - 0.5 < style.min_pt - 1e-9) break;
    size -= 0.5;
  }
  if (r.fits && align == "left" && lines == LineBreaking::wrap) avoid_widows(&r);
  return r;
}

std::shared_ptr<const FitResult> FitCache::fit(const std::vector<std::string>& paragraphs, const FontStyle& style,
                                               const std::string& align, const std::string& bullet, double width,
                                               double height, LineBreaking lines) {
  // Everything fit_text reads, exactly (doubles by their bits): equal keys give equal results.
  std::string key;
  auto add = [&key](const void* p, size_t n) { key.append(static_cast<const char*>(p), n); };
  auto add_text = [&](const std::string& t) {
    size_t n = t.size();
    add(&n, sizeof n);
    key += t;
  };
  for (const auto& p : paragraphs) add_text(p);
  key += '\0';
  add_text(style.family);
  add_text(style.weight);
  add_text(align);
  add_text(bullet);
  key += lines == LineBreaking::phrases ? 'p' : 'w';
  for (double d : {style.size_pt, style.min_pt, style.line_spacing, width, height}) add(&d, sizeof d);
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second;
  auto r = std::make_shared<const FitResult>(fit_text(paragraphs, style, align, bullet, width, height, lines));
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_.emplace(std::move(key), r);
  return r;
}

}  // namespace sterk
