#include "layout/flow.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/flow_text.h"
#include "layout/shaped_text.h"
#include "util/text.h"

namespace sterk {

PageStyle a5_page() {
  PageStyle s;
  s.width_pt = 419.528;
  s.height_pt = 595.276;
  s.margin_top = 50;
  s.margin_bottom = 50;
  s.margin_inner = 50;
  s.margin_outer = 40;
  s.mirror = true;
  s.body_pt = 10;
  s.heading_pt[0] = 22;
  s.heading_pt[1] = 16;
  s.heading_pt[2] = 12.5;
  s.heading_pt[3] = 11;
  s.thumbnail_mm = 26;
  return s;
}

namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kCellPad = 4;
constexpr double kListGap = 3;
constexpr double kNumberWidth = 36;  // contents: the page-number column
constexpr int kMinLines = 2;         // lines a split paragraph keeps on each page

// A paragraph or list item ready to be cut at line starts.
struct Para {
  TextBlock base;       // everything but the markup
  std::string prefix;   // "•\t" or "3.\t" on the first piece
  StyledText text;
  LineBreaks breaks;    // of prefix + text
  size_t prefix_len = 0;
  int lines() const { return static_cast<int>(breaks.starts.size()); }
  double line_h() const { return base.line_height_pt; }
  double height(int n) const { return n * line_h(); }
  // Markup of lines [from, to).
  std::string markup(int from, int to) const {
    size_t a = from == 0 ? 0 : breaks.starts[from] - prefix_len;
    size_t b = to >= lines() ? text.plain.size() : breaks.starts[to] - prefix_len;
    std::string body = text.markup(a, b);
    while (!body.empty() && (body.back() == ' ' || body.back() == '\n')) body.pop_back();
    if (from == 0) return prefix + body;
    return (base.indent_pt > 0 ? "\t" : "") + body;
  }
};

class Flow {
 public:
  Flow(const std::vector<FlowBlock>& blocks, const PageStyle& st, const std::string& name,
       const std::vector<int>& toc_pages, FlowResult* out)
      : blocks_(blocks), st_(st), name_(name), toc_pages_(toc_pages), out_(out) {
    width_ = st.width_pt - st.margin_inner - st.margin_outer;
  }

  void run() {
    new_page();
    for (size_t i = 0; i < blocks_.size(); ++i) place(i);
    decorate();
  }

 private:
  // ---- pages ----
  double top() const { return st_.margin_top; }
  double bottom() const { return st_.height_pt - st_.margin_bottom; }
  double x0() const {
    // Page 1 is a right-hand page: its inner margin is on the left.
    bool right_page = (out_->pages.size() % 2) == 1;
    return !st_.mirror || right_page ? st_.margin_inner : st_.margin_outer;
  }
  Frame& page() { return out_->pages.back(); }
  int page_no() const { return static_cast<int>(out_->pages.size()); }

  void new_page() {
    Frame f;
    f.card_id = name_;
    f.side = "page";
    f.width = st_.width_pt;
    f.height = st_.height_pt;
    f.trim = {0, 0, st_.width_pt, st_.height_pt};
    f.safe = {0, top(), st_.width_pt, bottom() - top()};
    f.paper = {1, 1, 1};
    out_->pages.push_back(f);
    // x0() depends on the page count, so it is read after the push.
    out_->pages.back().safe.x = x0();
    out_->pages.back().safe.w = width_;
    y_ = top();
    empty_ = true;
  }

  // Space before a block; none at the top of a page. Starts a new page when `need`
  // (the block, or the part of it that must stay together) does not fit.
  void start(double before, double need) {
    if (!empty_ && y_ + before + need > bottom() + 0.01) new_page();
    if (!empty_) y_ += before;
  }

  // ---- text ----
  TextBlock text_style(double size, bool bold, double width, double indent = 0) const {
    TextBlock b;
    b.family = st_.family;
    b.weight = bold ? "bold" : "regular";
    b.size_pt = size;
    b.line_height_pt = std::round(size * (bold ? 1.22 : st_.line_spacing) * 100) / 100;
    b.width_pt = width;
    b.indent_pt = indent;
    return b;
  }

  Para para(const std::string& text, const TextBlock& base, const std::string& prefix = "") const {
    Para p;
    p.base = base;
    p.prefix = prefix;
    p.text = styled_text(text);
    TextBlock whole = base;
    whole.markup = prefix + p.text.markup(0, p.text.plain.size());
    p.breaks = line_breaks(whole);
    // The prefix is markup ("•\t", "3.\t"); in Pango's plain text it is as long as written.
    p.prefix_len = prefix.size();
    return p;
  }

  void put_text(const TextBlock& tb, double x, double y, double h, const Colour& c, const std::string& element) {
    FrameItem it;
    it.kind = FrameItem::text_box;
    it.element = element;
    it.box = {x, y, tb.width_pt, h};
    it.content = it.box;
    it.text = tb;
    it.shaped = ShapedText::shape(tb);
    it.colour = c;
    it.source = source_;
    page().items.push_back(it);
  }

  void put_rect(const Rect& r, const Colour& c) {
    FrameItem it;
    it.kind = FrameItem::rect;
    it.element = "rule";
    it.box = r;
    it.content = r;
    it.colour = c;
    page().items.push_back(it);
  }

  void piece(size_t block, int lines = 0, bool split = false) {
    out_->pieces.push_back({block, blocks_[block].kind, page_no(), lines, split});
    empty_ = false;
  }

  // Places a paragraph from line `from` on, splitting it over pages as needed.
  void flow_para(const Para& p, size_t block, double before, const Colour& c, const std::string& element) {
    const int n = p.lines();
    const bool splittable = n >= 2 * kMinLines;
    start(before, splittable ? p.height(kMinLines) : p.height(n));
    int from = 0;
    bool split = false;
    while (from < n) {
      int fit = static_cast<int>(std::floor((bottom() - y_ + 0.01) / p.line_h()));
      int left = n - from;
      int take = left;
      if (fit < left) {
        // Keep two lines here and two on the next page, or move the rest over whole.
        take = std::min(fit, left - kMinLines);
        if (take < kMinLines || !splittable) take = 0;
        if (take == 0 && empty_) take = std::max(1, fit);  // taller than a page: no choice
      }
      if (take == 0) {
        new_page();
        continue;
      }
      TextBlock tb = p.base;
      tb.markup = p.markup(from, from + take);
      put_text(tb, x0(), y_, p.height(take), c, element);
      split = split || from > 0 || take < left;
      piece(block, take, split);
      if (split && from == 0) out_->pieces.back().split = true;
      y_ += p.height(take);
      from += take;
      if (from < n) new_page();
    }
    if (split)  // every piece of a split paragraph says so
      for (auto& pc : out_->pieces)
        if (pc.block == block) pc.split = true;
  }

  // ---- space before each kind of block (none at the top of a page) ----
  double before(const FlowBlock& b) const {
    switch (b.kind) {
      case FlowBlock::heading: return heading_before(b);
      case FlowBlock::table: return 8;
      case FlowBlock::card_row: return 8;
      case FlowBlock::paragraph: return b.boxed ? 8 : 6;
      case FlowBlock::spacer:
      case FlowBlock::toc:
      case FlowBlock::page_break: return 0;
      default: return 6;
    }
  }

  // ---- how much of block i must fit on the page after what comes before it ----
  // (its space before included), so a heading can be kept with it.
  double min_start(size_t i, int depth = 0) const {
    if (i >= blocks_.size() || depth > 4) return 0;
    const FlowBlock& b = blocks_[i];
    double need = 0;
    switch (b.kind) {
      case FlowBlock::heading: need = heading_height(b) + heading_after(b) + min_start(i + 1, depth + 1); break;
      case FlowBlock::paragraph: {
        Para p = paragraph_para(b);
        need = p.lines() >= 2 * kMinLines && !b.boxed ? p.height(kMinLines) : paragraph_height(b, p);
        break;
      }
      case FlowBlock::bullets:
      case FlowBlock::numbered: {
        if (b.items.empty()) return 0;
        Para p = item_para(b, 0);
        need = p.lines() >= 2 * kMinLines ? p.height(kMinLines) : p.height(p.lines());
        break;
      }
      case FlowBlock::table: need = b.rows.empty() ? 0 : row_height(b, 0) + (b.rows.size() > 1 ? row_height(b, 1) : 0); break;
      case FlowBlock::card_row: need = b.cards.empty() ? 0 : thumb_row_height(b, 0); break;
      case FlowBlock::toc: need = toc_row_height(); break;
      case FlowBlock::page_break: return 0;
      default: need = simple_height(b); break;
    }
    return before(b) + need;
  }

  // ---- headings ----
  double heading_size(const FlowBlock& b) const { return st_.heading_pt[std::clamp(b.level, 0, 3)]; }
  double heading_before(const FlowBlock& b) const { return b.level <= 1 ? 18 : b.level == 2 ? 12 : 8; }
  double heading_after(const FlowBlock& b) const { return b.level <= 1 ? 10 : 5; }
  TextBlock heading_block(const FlowBlock& b) const {
    TextBlock tb = text_style(heading_size(b), true, width_);
    tb.markup = styled_text(b.text).markup(0, std::string::npos);
    return tb;
  }
  double heading_height(const FlowBlock& b) const { return line_breaks(heading_block(b)).height; }

  void place_heading(size_t i) {
    const FlowBlock& b = blocks_[i];
    TextBlock tb = heading_block(b);
    double h = line_breaks(tb).height;
    // Kept with the start of what follows: never the last thing on a page.
    start(heading_before(b), h + heading_after(b) + min_start(i + 1));
    put_text(tb, x0(), y_, h, b.level <= 1 ? st_.accent : st_.ink, "heading");
    y_ += h;
    if (b.level == 1) put_rect({x0(), y_ + 3, width_, 1.2}, st_.accent);
    out_->headings.push_back({styled_text(b.text).plain, b.level, page_no()});
    piece(i);
    y_ += heading_after(b);
  }

  // ---- paragraphs and lists ----
  Para paragraph_para(const FlowBlock& b) const {
    double size = b.small ? st_.body_pt * 0.88 : st_.body_pt;
    return para(b.text, text_style(size, false, b.boxed ? width_ - 2 * 8 : width_));
  }
  double paragraph_height(const FlowBlock& b, const Para& p) const {
    return p.height(p.lines()) + (b.boxed ? 16 : 0);
  }

  void place_paragraph(size_t i) {
    const FlowBlock& b = blocks_[i];
    Para p = paragraph_para(b);
    if (b.boxed) {  // a panel is never split
      double h = paragraph_height(b, p);
      start(before(b), h);
      put_rect({x0(), y_, width_, h}, st_.shade);
      TextBlock tb = p.base;
      tb.markup = p.markup(0, p.lines());
      put_text(tb, x0() + 8, y_ + 8, p.height(p.lines()), st_.ink, "paragraph");
      piece(i, p.lines());
      y_ += h;
      return;
    }
    flow_para(p, i, before(b), b.small ? st_.muted : st_.ink, "paragraph");
  }

  Para item_para(const FlowBlock& b, size_t k) const {
    double indent = b.kind == FlowBlock::numbered ? 18 : 13;
    std::string prefix = b.kind == FlowBlock::numbered ? std::to_string(k + 1) + ".\t" : "\u2022\t";
    return para(b.items[k], text_style(st_.body_pt, false, width_, indent), prefix);
  }

  void place_list(size_t i) {
    const FlowBlock& b = blocks_[i];
    for (size_t k = 0; k < b.items.size(); ++k) flow_para(item_para(b, k), i, k == 0 ? before(b) : kListGap, st_.ink, "list");
  }

  // ---- tables ----
  std::vector<double> column_widths(const FlowBlock& b) const {
    size_t n = b.rows.empty() ? 0 : b.rows[0].size();
    std::vector<double> w(n, n ? width_ / n : 0);
    double total = 0;
    for (size_t c = 0; c < n && c < b.columns.size(); ++c) total += b.columns[c];
    if (b.columns.size() >= n && total > 0)
      for (size_t c = 0; c < n; ++c) w[c] = width_ * b.columns[c] / total;
    return w;
  }
  TextBlock cell_block(const FlowBlock& b, size_t r, size_t c, double w) const {
    TextBlock tb = text_style(st_.body_pt * 0.92, r == 0, w - 2 * kCellPad);
    tb.line_height_pt = std::round(tb.size_pt * 1.3 * 100) / 100;
    tb.markup = styled_text(c < b.rows[r].size() ? b.rows[r][c] : "").markup(0, std::string::npos);
    return tb;
  }
  double row_height(const FlowBlock& b, size_t r) const {
    std::vector<double> w = column_widths(b);
    double h = 0;
    for (size_t c = 0; c < w.size(); ++c) h = std::max(h, line_breaks(cell_block(b, r, c, w[c])).height);
    return h + 2 * kCellPad;
  }
  void put_row(const FlowBlock& b, size_t r) {
    std::vector<double> w = column_widths(b);
    double h = row_height(b, r);
    if (r == 0) put_rect({x0(), y_, width_, h}, st_.shade);
    double x = x0();
    for (size_t c = 0; c < w.size(); ++c) {
      TextBlock tb = cell_block(b, r, c, w[c]);
      put_text(tb, x + kCellPad, y_ + kCellPad, h - 2 * kCellPad, st_.ink, "table");
      x += w[c];
    }
    y_ += h;
    put_rect({x0(), y_ - 0.3, width_, 0.6}, st_.rule);
  }
  void place_table(size_t i) {
    const FlowBlock& b = blocks_[i];
    if (b.rows.empty()) return;
    start(before(b), min_start(i) - before(b));
    put_row(b, 0);
    piece(i);
    for (size_t r = 1; r < b.rows.size(); ++r) {
      double h = row_height(b, r);
      if (y_ + h > bottom() + 0.01) {  // rows are never split; the header comes along
        new_page();
        put_row(b, 0);
        piece(i);
      }
      put_row(b, r);
    }
    y_ += 2;
  }

  // ---- card thumbnails ----
  double thumb_w() const { return st_.thumbnail_mm * kMm; }
  double thumb_h(const FlowBlock& b) const {
    const Frame& f = *b.cards.front();
    return f.trim.w > 0 ? thumb_w() * f.trim.h / f.trim.w : thumb_w() * 1.41;
  }
  size_t per_row() const { return std::max<size_t>(1, static_cast<size_t>((width_ + 8) / (thumb_w() + 8))); }
  TextBlock caption_block(const std::string& caption) const {
    TextBlock tb = text_style(st_.body_pt * 0.78, false, thumb_w());
    tb.line_height_pt = std::round(tb.size_pt * 1.25 * 100) / 100;
    tb.markup = styled_text(caption).markup(0, std::string::npos);
    return tb;
  }
  double thumb_row_height(const FlowBlock& b, size_t first) const {
    double caption = 0;
    for (size_t k = first; k < std::min(b.cards.size(), first + per_row()); ++k)
      if (k < b.captions.size()) caption = std::max(caption, line_breaks(caption_block(b.captions[k])).height);
    return thumb_h(b) + (caption > 0 ? 4 + caption : 0);
  }
  void place_cards(size_t i) {
    const FlowBlock& b = blocks_[i];
    for (size_t first = 0; first < b.cards.size(); first += per_row()) {
      double h = thumb_row_height(b, first);
      start(before(b), h);
      double x = x0();
      for (size_t k = first; k < std::min(b.cards.size(), first + per_row()); ++k) {
        Rect box{x, y_, thumb_w(), thumb_h(b)};
        put_rect({box.x - 0.6, box.y - 0.6, box.w + 1.2, box.h + 1.2}, st_.rule);  // a hairline edge
        FrameItem it;
        it.kind = FrameItem::thumbnail;
        it.element = "card";
        it.box = box;
        it.content = box;
        it.card = b.cards[k];
        it.alt = k < b.captions.size() ? b.captions[k] : "";
        page().items.push_back(it);
        if (k < b.captions.size()) {
          TextBlock tb = caption_block(b.captions[k]);
          put_text(tb, x, y_ + thumb_h(b) + 4, line_breaks(tb).height, st_.muted, "caption");
        }
        x += thumb_w() + 8;
      }
      piece(i);
      y_ += h;
    }
  }

  // ---- the rest ----
  double simple_height(const FlowBlock& b) const {
    switch (b.kind) {
      case FlowBlock::pictogram: return b.size_pt > 0 ? b.size_pt : 40;
      case FlowBlock::lines: return b.count * 24.0;
      case FlowBlock::spacer: return b.size_pt;
      default: return 0;
    }
  }

  void place_simple(size_t i) {
    const FlowBlock& b = blocks_[i];
    double h = simple_height(b);
    start(before(b), h);
    if (b.kind == FlowBlock::pictogram) {
      FrameItem it;
      it.kind = FrameItem::pictogram;
      it.element = "pictogram";
      it.box = {x0(), y_, h, h};
      it.content = it.box;
      it.file = b.file;
      it.colour = st_.accent;
      it.alt = b.alt;
      page().items.push_back(it);
    } else if (b.kind == FlowBlock::lines) {
      for (int k = 1; k <= b.count; ++k) put_rect({x0(), y_ + k * 24.0 - 0.3, width_, 0.6}, st_.rule);
    }
    if (b.kind != FlowBlock::spacer || !empty_) piece(i);
    y_ += h;
  }

  // ---- contents ----
  double toc_row_height() const { return std::round(st_.body_pt * 1.7 * 100) / 100; }
  void place_toc(size_t i) {
    size_t k = 0;
    for (const auto& b : blocks_) {
      if (b.kind != FlowBlock::heading || !b.in_toc || b.level < 1 || b.level > 2) continue;
      double h = toc_row_height();
      start(k == 0 ? 6 : 0, h);
      double indent = b.level == 2 ? 16 : 0;
      TextBlock title = text_style(st_.body_pt, b.level == 1, width_ - indent - kNumberWidth);
      title.line_height_pt = h;
      std::string plain = styled_text(b.text).plain;
      title.markup = markup_escape(plain);
      put_text(title, x0() + indent, y_, h, st_.ink, "contents");
      int number = k < toc_pages_.size() ? toc_pages_[k] : 0;
      TextBlock num = text_style(st_.body_pt, b.level == 1, kNumberWidth);
      num.line_height_pt = h;
      num.align = "right";
      num.markup = number > 0 ? std::to_string(number) : "\u2013";
      put_text(num, x0() + width_ - kNumberWidth, y_, h, st_.ink, "contents");
      out_->toc.push_back({plain, b.level, number});
      piece(i);
      y_ += h;
      ++k;
    }
  }

  void place(size_t i) {
    const FlowBlock& b = blocks_[i];
    source_ = b.source;
    switch (b.kind) {
      case FlowBlock::heading: place_heading(i); break;
      case FlowBlock::paragraph: place_paragraph(i); break;
      case FlowBlock::bullets:
      case FlowBlock::numbered: place_list(i); break;
      case FlowBlock::table: place_table(i); break;
      case FlowBlock::card_row: place_cards(i); break;
      case FlowBlock::toc: place_toc(i); break;
      case FlowBlock::page_break:
        if (!empty_) new_page();
        break;
      default: place_simple(i); break;
    }
  }

  // Running heads (document title, and the chapter the page is in) and page numbers.
  void decorate() {
    std::string chapter;
    size_t h = 0;
    for (size_t p = 0; p < out_->pages.size(); ++p) {
      int no = static_cast<int>(p) + 1;
      while (h < out_->headings.size() && out_->headings[h].page <= no) {
        if (out_->headings[h].level == 1) chapter = out_->headings[h].text;
        ++h;
      }
      if (no < st_.first_decorated_page) continue;
      Frame& f = out_->pages[p];
      bool right_page = p % 2 == 0;
      double x = !st_.mirror || right_page ? st_.margin_inner : st_.margin_outer;
      double size = st_.body_pt * 0.8;
      TextBlock head = text_style(size, false, width_ * 0.6);
      head.markup = markup_escape(st_.running_head);
      TextBlock right = text_style(size, false, width_ * 0.4);
      right.align = "right";
      right.markup = markup_escape(chapter);
      double hy = top() - 30;
      auto add = [&](const TextBlock& tb, double tx, double ty) {
        FrameItem it;
        it.kind = FrameItem::text_box;
        it.element = "running-head";
        it.box = {tx, ty, tb.width_pt, tb.line_height_pt};
        it.content = it.box;
        it.text = tb;
        it.shaped = ShapedText::shape(tb);
        it.colour = st_.muted;
        f.items.push_back(it);
      };
      add(head, x, hy);
      add(right, x + width_ * 0.6, hy);
      FrameItem line;
      line.kind = FrameItem::rect;
      line.element = "running-head";
      line.box = line.content = {x, hy + size * 1.6, width_, 0.5};
      line.colour = st_.rule;
      f.items.push_back(line);
      TextBlock num = text_style(size, false, width_);
      num.align = st_.mirror ? (right_page ? "right" : "left") : "center";
      num.markup = std::to_string(no);
      add(num, x, bottom() + 24);
    }
  }

  const std::vector<FlowBlock>& blocks_;
  const PageStyle& st_;
  std::string name_;
  const std::vector<int>& toc_pages_;
  FlowResult* out_;
  double width_ = 0;
  double y_ = 0;
  bool empty_ = true;
  Location source_;  // of the block being placed
};

std::vector<int> heading_pages_for_toc(const std::vector<FlowBlock>& blocks, const FlowResult& r) {
  // The headings in r.headings are in block order; pick those the contents lists.
  std::vector<int> pages;
  size_t h = 0;
  for (const auto& b : blocks) {
    if (b.kind != FlowBlock::heading) continue;
    if (b.in_toc && b.level >= 1 && b.level <= 2 && h < r.headings.size()) pages.push_back(r.headings[h].page);
    ++h;
  }
  return pages;
}

}  // namespace

FlowResult flow_document(const std::vector<FlowBlock>& blocks, const PageStyle& style, const std::string& name) {
  bool has_toc = std::any_of(blocks.begin(), blocks.end(), [](const FlowBlock& b) { return b.kind == FlowBlock::toc; });
  std::vector<int> toc_pages;
  FlowResult r;
  // The contents shows page numbers only known after layout; lay out again with
  // the numbers found until they stay the same (twice, unless the contents grew).
  for (int pass = 1; pass <= 5; ++pass) {
    r = FlowResult{};
    Flow(blocks, style, name, toc_pages, &r).run();
    r.passes = pass;
    std::vector<int> found = heading_pages_for_toc(blocks, r);
    if (!has_toc || found == toc_pages) break;
    toc_pages = found;
  }
  return r;
}

}  // namespace sterk
