#include "layout/card_layout.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "layout/fonts.h"
#include "layout/media.h"
#include "layout/qr_code.h"
#include "layout/template_files.h"
#include "layout/text_fit.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

namespace {
constexpr double kPtPerMm = 72.0 / 25.4;

std::string mm(double pt) { return format_number(pt / kPtPerMm, 1) + " mm"; }

struct SideState {
  const DeckContext& ctx;
  const PlannedCard& pc;
  Frame& frame;
  Diagnostics* diags;
};

}  // namespace

Colour resolve_colour(const std::string& ref, const DeckContext& ctx, const PlannedCard& pc) {
  const Template& t = *ctx.tpl;
  Colour c;
  if (parse_colour(ref, &c)) return c;
  auto audience = [&]() {
    auto it = t.audience_colours.find(ctx.deck->audience.value);
    if (it != t.audience_colours.end()) return it->second;
    auto ink = t.colours.find("ink");
    return ink != t.colours.end() ? ink->second : Colour{};
  };
  if (ref == "audience") return audience();
  if (ref == "cluster") {
    if (pc.cluster_index >= 0 && !t.cluster_palette.empty())
      return t.cluster_palette[pc.cluster_index % t.cluster_palette.size()];
    return audience();
  }
  auto it = t.colours.find(ref.empty() ? "ink" : ref);
  return it != t.colours.end() ? it->second : Colour{};
}

// Where the colour `ref` of element `e` (its key `key`) was written: the template's
// colour when it names one, the element's own key for a "#rrggbb".
Location colour_origin(const Element& e, const std::string& key, const std::string& ref, const DeckContext& ctx,
                       const PlannedCard& pc, std::string* name_out) {
  const Template& t = *ctx.tpl;
  std::string name = ref.empty() ? "ink" : ref;
  if (name == "cluster" && pc.cluster_index >= 0 && !t.cluster_palette.empty())
    name = "clusters." + std::to_string(pc.cluster_index % t.cluster_palette.size());
  else if (name == "audience" || name == "cluster")
    name = t.audience_colours.count(ctx.deck->audience.value) ? "audience." + ctx.deck->audience.value : "ink";
  auto it = t.colour_at.find(name);
  if (it != t.colour_at.end() && it->second.line > 0) {
    *name_out = name;
    return it->second;
  }
  name_out->clear();
  return e.where(key);
}

namespace {
Rect element_box(const Element& e, const Frame& f) {
  const Rect& area = e.area == "trim" ? f.trim : f.safe;
  Rect r;
  r.x = area.x + e.box[0].to_pt(area.w);
  r.y = area.y + e.box[1].to_pt(area.h);
  r.w = e.box[2].to_pt(area.w);
  r.h = e.box[3].to_pt(area.h);
  return r;
}

// Field lookups for `when:` and `items:`.
bool field_present(const std::string& field, const PlannedCard& pc) {
  const Card& c = *pc.card;
  if (field == "card.title") return !c.title.empty();
  if (field == "card.text") return !c.text.empty();
  if (field == "card.question") return !c.question.empty();
  if (field == "card.tips") return !c.tips.empty();
  if (field == "card.pictogram") return !c.pictogram.empty();
  if (field == "card.quote" || field == "card.quote.source") return !c.quote->empty();
  if (field == "card.sources") return !c.sources.empty();
  if (field == "cluster.id" || field == "cluster.label") return !c.cluster.empty() || !c.theme.empty();
  return true;
}

// `card_field`: the text is (or holds) one of the card's own fields, so no other card
// has it and the deck's FitCache is not asked (layout/text_fit.h).
void add_text(SideState& s, const Element& e, const Rect& box, const std::vector<std::string>& paragraphs,
              const Location& source, const std::string& bullet, bool card_field) {
  const Template& t = *s.ctx.tpl;
  auto fit = t.fonts.find(e.font);
  if (fit == t.fonts.end()) return;  // reported by the template loader
  const FontStyle& style = fit->second;
  const std::string& mode = e.lines.empty() ? t.lines : e.lines;
  LineBreaking lines = mode == "phrases" ? LineBreaking::phrases : LineBreaking::wrap;
  std::shared_ptr<const FitResult> shared;
  FitResult own;
  if (s.ctx.fits && !card_field) shared = s.ctx.fits->fit(paragraphs, style, e.align, bullet, box.w, box.h, lines);
  else own = fit_text(paragraphs, style, e.align, bullet, box.w, box.h, lines);
  const FitResult& r = shared ? *shared : own;
  for (const auto& m : r.measures) {
    if (m.unknown_glyphs > 0)
      s.diags->error(source, "preflight/missing-glyph",
                     trn("font '{}' has no glyph for {} character in this text; use other characters or another "
                         "font",
                         "font '{}' has no glyph for {} characters in this text; use other characters or another "
                         "font",
                         m.unknown_glyphs, style.family, m.unknown_glyphs));
    // A family that is not in fonts/ at all is the template's doing: one cause, one
    // message, template/font-missing at the line that names the family (the child's,
    // with extends); check counts the cards that say it. The font that was used
    // instead adds nothing a designer can act on.
    if (!m.fallback_families.empty() && font_family_missing(style))
      report_missing_family(style, font_families(), s.diags);
    else  // the family is there, but has no sign for some characters of this text
      for (const auto& fam : m.fallback_families)
        s.diags->error(source, "preflight/font-fallback",
                       tr("font '{}' has no sign for some characters of this text, so '{}' was used for them; use "
                          "other characters or a font that has them", style.family, fam));
    for (const auto& w : m.broken_words)
      s.diags->error(source, "preflight/broken-word",
                     tr("the word '{}' is broken across two lines in box '{}'", w, e.name));
  }
  if (!r.fits) {
    std::string too_wide;
    for (const auto& m : r.measures)
      if (!m.too_wide_words.empty()) too_wide = m.too_wide_words.front();
    const std::string& card = s.pc.card->id.value;
    const std::string min_pt = format_number(style.min_pt, 1);
    s.diags->error(source, "layout/overflow",
                   too_wide.empty()
                       ? tr("text of card '{}' does not fit box '{}' even at the minimum size {} pt: it needs {} "
                            "of height and the box has {}; shorten the text",
                            card, e.name, min_pt, mm(r.total_height), mm(box.h))
                       : tr("text of card '{}' does not fit box '{}' even at the minimum size {} pt: the word "
                            "'{}' is wider than the box; shorten the text",
                            card, e.name, min_pt, too_wide));
  }
  double y = box.y;
  if (e.valign == "middle") y += std::max(0.0, (box.h - r.total_height) / 2);
  else if (e.valign == "bottom") y += std::max(0.0, box.h - r.total_height);
  Colour ink = resolve_colour(e.colour.empty() ? "ink" : e.colour, s.ctx, s.pc);
  std::string ink_name;
  Location ink_at = colour_origin(e, "colour", e.colour, s.ctx, s.pc, &ink_name);
  for (size_t i = 0; i < r.blocks.size(); ++i) {
    FrameItem item;
    item.kind = FrameItem::text_box;
    item.element = e.name;
    item.box = box;
    item.colour = ink;
    item.text = r.blocks[i];
    item.shaped = r.shaped[i];
    double x = box.x;
    const TextMeasure& m = r.measures[i];
    if (e.align == "center") x = box.x + (box.w - std::min(m.width, box.w)) / 2;
    else if (e.align == "right") x = box.right() - std::min(m.width, box.w);
    item.content = {x, y, m.width, m.height};
    item.source = source;
    item.colour_at = ink_at;
    item.colour_name = ink_name;
    item.overflows = !r.fits;
    s.frame.items.push_back(std::move(item));
    y += m.height + r.gap_pt;
  }
}

bool safe_name(const std::string& name) {
  if (name.empty() || name.size() > 100) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  return true;
}

bool safe_relative_path(const std::string& p) {
  return !p.empty() && p[0] != '/' && p != ".." && !starts_with(p, "../") &&
         p.find("/../") == std::string::npos && !ends_with(p, "/..");
}

void add_pictogram(SideState& s, const Element& e, const Rect& box) {
  Location source;
  std::string name = expand_placeholders(e.pictogram, s.ctx, s.pc, e.at, &source, s.diags);
  if (name.empty()) return;
  if (!safe_name(name)) {
    s.diags->error(source, "preflight/path",
                   tr("a pictogram is named by a word such as 'briefcase', not '{}'", name));
    return;
  }
  const std::string folder = s.ctx.project->path(s.ctx.project->templates_dir);
  std::string path = path_join(folder, "pictograms/" + name + ".svg");
  const TemplateFile file = s.ctx.files ? s.ctx.files->pictogram(path, folder) : look_at_pictogram(path, folder);
  switch (file.state) {
    case TemplateFile::State::missing:
      s.diags->error(source, "preflight/missing-pictogram", tr("there is no pictogram '{}' ({})", name, path));
      return;
    case TemplateFile::State::outside:
      s.diags->error(source, "preflight/path",
                     tr("pictogram '{}' is a link to a file outside the templates folder; copy the SVG in", name));
      return;
    case TemplateFile::State::unusable:
      s.diags->error(source, "preflight/bad-image", tr("pictogram '{}' cannot be used: {}", name, file.problem));
      return;
    case TemplateFile::State::ok:
      break;
  }
  FrameItem item;
  item.kind = FrameItem::pictogram;
  item.element = e.name;
  item.box = box;
  item.file = path;
  item.colour = resolve_colour(e.colour.empty() ? "ink" : e.colour, s.ctx, s.pc);
  item.stroke_width = e.stroke_width;
  item.alt = s.pc.card->pictogram_alt.value;
  double side = std::min(box.w, box.h);
  item.content = {box.x + (box.w - side) / 2, box.y + (box.h - side) / 2, side, side};
  if (e.align == "left") item.content.x = box.x;
  else if (e.align == "right") item.content.x = box.right() - side;
  if (e.valign == "top") item.content.y = box.y;
  else if (e.valign == "bottom") item.content.y = box.bottom() - side;
  item.source = source;
  s.frame.items.push_back(item);
}

void add_image(SideState& s, const Element& e, const Rect& box) {
  if (!safe_relative_path(e.file)) {
    s.diags->error(e.where("file"), "preflight/path",
                   tr("image '{}' must be a path inside the templates folder", e.file));
    return;
  }
  const std::string folder = s.ctx.project->path(s.ctx.project->templates_dir);
  std::string path = path_join(folder, e.file);
  const TemplateFile file = s.ctx.files ? s.ctx.files->image(path, folder) : look_at_image(path, folder);
  switch (file.state) {
    case TemplateFile::State::missing:
      s.diags->error(e.where("file"), "preflight/missing-image", tr("there is no image '{}'", path));
      return;
    case TemplateFile::State::outside:
      s.diags->error(e.where("file"), "preflight/path",
                     tr("image '{}' is a link to a file outside the templates folder; copy the image in", e.file));
      return;
    case TemplateFile::State::unusable:
      s.diags->error(e.where("file"), "preflight/bad-image", tr("image '{}' cannot be used: {}", e.file, file.problem));
      return;
    case TemplateFile::State::ok:
      break;
  }
  const double iw = file.width, ih = file.height;
  const bool raster = ends_with(path, ".png");
  double scale = std::min(box.w / iw, box.h / ih);
  FrameItem item;
  item.kind = FrameItem::image;
  item.element = e.name;
  item.box = box;
  item.file = path;
  item.content = {box.x + (box.w - iw * scale) / 2, box.y + (box.h - ih * scale) / 2, iw * scale, ih * scale};
  item.source = e.at;
  if (raster) {
    double dpi = iw / (item.content.w / 72.0);
    if (dpi < 300)
      s.diags->error(e.at, "preflight/image-resolution",
                     tr("image '{}' prints at {} dpi; print needs at least 300 dpi (use a larger image or a "
                        "smaller box)",
                        e.file, format_number(dpi, 0)));
  }
  s.frame.items.push_back(item);
}

// A QR code: a light square (code + quiet zone) and one rectangle per run of dark
// modules in a row, so print, sheets and PNG draw it as sharp vectors.
void add_qr(SideState& s, const Element& e, const Rect& box) {
  if (e.text.find("card.url") != std::string::npos &&
      (!s.ctx.project || s.ctx.project->web_base_url.empty())) {
    s.diags->error(e.where("text"), "template/qr-needs-base-url",
                   tr("QR code '{}' shows {card.url}, but sterk.yaml has no web address; add "
                      "'web: {base_url: https://…}' with the address where the web pages are put online",
                      e.name));
    return;
  }
  // Reported at the address in sterk.yaml, once for all cards (the same location and text).
  const std::string example = s.ctx.project ? s.ctx.project->web_base_url_example_host() : "";
  if (e.text.find("card.url") != std::string::npos && !example.empty())
    s.diags->warning(s.ctx.project->web_base_url_at, "template/qr-example-address",
                     tr("'base_url' is an example address ({} is reserved for examples and never has these "
                        "pages), so the QR codes printed on the cards would lead nowhere; set it to the "
                        "address where out/ is put online before printing",
                        example));
  Location source;
  std::string text = trim(expand_placeholders(e.text, s.ctx, s.pc, e.where("text"), &source, s.diags));
  if (text.empty()) return;
  QrMatrix qr;
  if (!encode_qr(text, &qr)) {
    s.diags->error(source, "preflight/qr-too-small",
                   tr("the text of QR code '{}' is too long for a QR code; shorten it", e.name));
    return;
  }
  const int modules = qr.size + 2 * kQrQuietZone;
  const double side = std::min(box.w, box.h), module = side / modules;
  if (module < kQrMinModuleMm * kPtPerMm - 1e-9) {
    s.diags->error(e.where("box"), "preflight/qr-too-small",
                   tr("QR code '{}' has modules of {} mm; phones need at least {} mm, so make the box at least "
                      "{} mm square or use a shorter web address",
                      e.name, format_number(module / kPtPerMm, 2), format_number(kQrMinModuleMm, 1),
                      format_number(std::ceil(modules * kQrMinModuleMm), 0)));
    return;
  }
  double x0 = box.x + (box.w - side) / 2, y0 = box.y + (box.h - side) / 2;
  if (e.align == "left") x0 = box.x;
  else if (e.align == "right") x0 = box.right() - side;
  if (e.valign == "top") y0 = box.y;
  else if (e.valign == "bottom") y0 = box.bottom() - side;
  FrameItem quiet;
  quiet.kind = FrameItem::rect;
  quiet.element = e.name;
  quiet.box = quiet.content = {x0, y0, side, side};
  quiet.colour = s.frame.paper;
  quiet.source = e.at;
  s.frame.items.push_back(quiet);
  Colour ink = resolve_colour(e.colour.empty() ? "ink" : e.colour, s.ctx, s.pc);
  for (int y = 0; y < qr.size; ++y) {
    for (int x = 0; x < qr.size;) {
      if (!qr.at(x, y)) { ++x; continue; }
      int run = x;
      while (run < qr.size && qr.at(run, y)) ++run;
      FrameItem m;
      m.kind = FrameItem::rect;
      m.element = e.name;
      m.box = m.content = {x0 + (kQrQuietZone + x) * module, y0 + (kQrQuietZone + y) * module,
                           (run - x) * module, module};
      m.colour = ink;
      m.source = e.at;
      s.frame.items.push_back(m);
      x = run;
    }
  }
}

// The first placeholder of a template text, by its name trimmed ("card.title" for
// "{ card.title }"), for which `wanted` says true; "" when none.
template <class Wanted>
std::string first_placeholder(const std::string& text, Wanted wanted) {
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = trim(text.substr(open + 1, close - open - 1));
    if (wanted(name)) return name;
  }
  return "";
}

// The card field a template text shows: "card.quote" for "“{card.quote}”", "card.sources"
// for "Bron: {card.sources}"; the first such field, or "" for text of the template only.
std::string shown_field(const std::string& text) {
  static const std::vector<std::string> fields = {"card.title", "card.text", "card.question", "card.quote",
                                                  "card.sources"};
  return first_placeholder(text, [](const std::string& name) {
    return std::find(fields.begin(), fields.end(), name) != fields.end();
  });
}

// True when a template text has a placeholder of the card's own ({card.title},
// { card.number }): its text differs from card to card.
bool shows_card_field(const std::string& text) {
  return !first_placeholder(text, [](const std::string& name) { return starts_with(name, "card."); }).empty();
}

void place_element(SideState& s, const Element& e) {
  if (!e.when.empty() && !field_present(e.when, s.pc)) return;
  Rect box = element_box(e, s.frame);
  Rect page{0, 0, s.frame.width, s.frame.height};
  if (!page.contains(box, 0.5)) {
    s.diags->error(e.where("box"), "template/box-outside",
                   tr("the box of element '{}' lies outside the card", e.name));
  }
  switch (e.type) {
    case ElementType::rect: {
      FrameItem item;
      item.kind = FrameItem::rect;
      item.element = e.name;
      if (e.bleed) {
        const Rect& t = s.frame.trim;
        double l = box.x, top = box.y, r = box.right(), b = box.bottom();
        if (std::fabs(l - t.x) < 0.01) l = 0;
        if (std::fabs(top - t.y) < 0.01) top = 0;
        if (std::fabs(r - t.right()) < 0.01) r = s.frame.width;
        if (std::fabs(b - t.bottom()) < 0.01) b = s.frame.height;
        box = {l, top, r - l, b - top};
      }
      item.box = item.content = box;
      item.colour = resolve_colour(e.fill, s.ctx, s.pc);
      item.radius_pt = e.radius_mm * kPtPerMm;
      item.source = e.at;
      s.frame.items.push_back(std::move(item));
      break;
    }
    case ElementType::text: {
      Location source;
      std::string text = expand_placeholders(e.text, s.ctx, s.pc, e.at, &source, s.diags);
      if (trim(text).empty()) return;
      // One block per line, so each line's wrapping (and widow) is handled on its own.
      std::string body = text;
      while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
      size_t first = s.frame.items.size();
      add_text(s, e, box, split_lines(body), source, "", shows_card_field(e.text));
      std::string field = shown_field(e.text);
      for (size_t i = first; i < s.frame.items.size(); ++i) {
        s.frame.items[i].field = field;
        if (e.text.find('{') == std::string::npos) s.frame.items[i].label_for = e.when;
      }
      break;
    }
    case ElementType::list: {
      if (e.items != "card.tips") {
        s.diags->error(e.where("items"), "template/list", tr("a list shows 'card.tips'; '{}' is not a list field", e.items));
        return;
      }
      std::vector<std::string> items;
      for (const auto& t : s.pc.card->tips)
        if (!trim(t.value).empty()) items.push_back(t.value);
      if (items.empty()) return;
      size_t first = s.frame.items.size();
      add_text(s, e, box, items, s.pc.card->tips.front().at, e.bullet, true);
      for (size_t i = first; i < s.frame.items.size(); ++i) s.frame.items[i].field = e.items;
      break;
    }
    case ElementType::pictogram: add_pictogram(s, e, box); break;
    case ElementType::image: add_image(s, e, box); break;
    case ElementType::qr: add_qr(s, e, box); break;
  }
}

void layout_element(SideState& s, const Element& e) {
  size_t first = s.frame.items.size();
  place_element(s, e);
  for (size_t i = first; i < s.frame.items.size(); ++i) s.frame.items[i].element_at = e.at;
}

bool meets(const Rect& a, const Rect& b) {
  // Half a point of touching is a shared edge, not text drawn over something.
  constexpr double kTouch = 0.5;
  return a.x + kTouch < b.right() && b.x + kTouch < a.right() && a.y + kTouch < b.bottom() &&
         b.y + kTouch < a.bottom();
}

// One whole sentence for each kind of thing the text meets and each side, so Dutch can
// say it in its own word order.
std::string overlap_message(const std::string& text, const FrameItem& o, bool front) {
  const std::string& other = o.element;
  if (o.kind == FrameItem::text_box)
    return front ? tr("the text of '{}' is drawn over the text of '{}' on the front; move or shrink one of the two "
                      "boxes",
                      text, other)
                 : tr("the text of '{}' is drawn over the text of '{}' on the back; move or shrink one of the two "
                      "boxes",
                      text, other);
  if (o.kind == FrameItem::rect)
    return front ? tr("the text of '{}' is drawn over the shape '{}' on the front; move or shrink one of the two "
                      "boxes",
                      text, other)
                 : tr("the text of '{}' is drawn over the shape '{}' on the back; move or shrink one of the two "
                      "boxes",
                      text, other);
  return front ? tr("the text of '{}' is drawn over the picture '{}' on the front; move or shrink one of the two "
                    "boxes",
                    text, other)
               : tr("the text of '{}' is drawn over the picture '{}' on the back; move or shrink one of the two "
                    "boxes",
                    text, other);
}

// docs/cards.md promises that text is never drawn over something else: laid-out text
// (not its box: boxes may overlap where the text does not reach) must not meet another
// element's text, pictogram, image or QR code, nor a shape painted after it (on top).
// Shapes painted before the text are its background and are checked for contrast.
void check_overlap(const Frame& f, Diagnostics* diags) {
  std::set<std::string> said;  // one message per pair of elements
  for (size_t i = 0; i < f.items.size(); ++i) {
    const FrameItem& t = f.items[i];
    if (t.kind != FrameItem::text_box || t.overflows) continue;
    for (size_t j = 0; j < f.items.size(); ++j) {
      const FrameItem& o = f.items[j];
      if (j == i || o.element == t.element) continue;
      bool painted = o.kind == FrameItem::pictogram || o.kind == FrameItem::image ||
                     (o.kind == FrameItem::text_box && j > i) || (o.kind == FrameItem::rect && j > i);
      if (!painted || !meets(t.content, o.content)) continue;
      if (!said.insert(t.element + "\n" + o.element).second) continue;
      diags->error(t.element_at, "preflight/overlap", overlap_message(t.element, o, f.side == "front"));
    }
  }
}

double luminance(const Colour& c) {
  auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

// What a reader sees behind each text: the topmost filled shape under its middle.
void check_frame(const Frame& f, const DeckContext& ctx, Diagnostics* diags) {
  bool easy = ctx.tpl->rules == "easy-read";
  for (size_t i = 0; i < f.items.size(); ++i) {
    const FrameItem& it = f.items[i];
    if (it.kind != FrameItem::text_box && it.kind != FrameItem::pictogram) continue;
    if (!it.overflows && !f.safe.contains(it.content, 0.5))
      diags->error(it.source, "preflight/outside-safe-area",
                   tr("'{}' reaches outside the safe area; a cutting error could cut it off", it.element));
    if (it.kind != FrameItem::text_box) continue;
    Colour behind = f.paper;
    double cx = it.content.x + it.content.w / 2, cy = it.content.y + it.content.h / 2;
    for (size_t j = 0; j < i; ++j) {
      const FrameItem& r = f.items[j];
      if (r.kind == FrameItem::rect && cx >= r.box.x && cx <= r.box.right() && cy >= r.box.y &&
          cy <= r.box.bottom())
        behind = r.colour;
    }
    double ratio = contrast_ratio(it.colour, behind);
    if (ratio >= 7 || (!easy && ratio >= 4.5)) continue;  // most texts: nothing to say, nothing to format
    // The colour is the cause, not the card: one message at the line that set it.
    const Location& at = it.colour_at.line > 0 ? it.colour_at : it.source;
    // At a template colour, every element in that colour is one problem: the message
    // names the colour, not the element, so all of them are said once.
    bool by_colour = !it.colour_name.empty() && it.colour_at.line > 0;
    const std::string& who = by_colour ? it.colour_name : it.element;
    const std::string shown = format_number(ratio, 2), ink = it.colour.hex(), paper = behind.hex();
    if (ratio < 4.5)
      diags->error(at, "preflight/contrast",
                   by_colour ? tr("text in colour '{}' has contrast {}:1 ({} on {}); at least 4.5:1 is needed", who,
                                  shown, ink, paper)
                             : tr("text in '{}' has contrast {}:1 ({} on {}); at least 4.5:1 is needed", who, shown,
                                  ink, paper));
    else if (easy && ratio < 7)
      diags->warning(at, "preflight/contrast-easy-read",
                     by_colour ? tr("text in colour '{}' has contrast {}:1 ({} on {}); easy-read decks should have "
                                    "at least 7:1",
                                    who, shown, ink, paper)
                               : tr("text in '{}' has contrast {}:1 ({} on {}); easy-read decks should have at "
                                    "least 7:1",
                                    who, shown, ink, paper));
  }
}
}  // namespace

double contrast_ratio(const Colour& a, const Colour& b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

Frame layout_side(const DeckContext& ctx, const PlannedCard& pc, const std::string& side, Diagnostics* diags) {
  const Template& t = *ctx.tpl;
  Frame f;
  f.card_id = pc.card->id.value;
  f.side = side;
  f.bleed = t.bleed_mm * kPtPerMm;
  f.width = (t.width_mm + 2 * t.bleed_mm) * kPtPerMm;
  f.height = (t.height_mm + 2 * t.bleed_mm) * kPtPerMm;
  f.trim = {f.bleed, f.bleed, t.width_mm * kPtPerMm, t.height_mm * kPtPerMm};
  double s = t.safe_mm * kPtPerMm;
  f.safe = {f.trim.x + s, f.trim.y + s, f.trim.w - 2 * s, f.trim.h - 2 * s};
  f.corner_radius = t.radius_mm * kPtPerMm;
  auto paper = t.colours.find("paper");
  f.paper = paper != t.colours.end() ? paper->second : Colour{1, 1, 1};
  auto kind = t.kinds.find(pc.card->kind);
  if (kind == t.kinds.end()) kind = t.kinds.find(CardKind::content);
  if (kind == t.kinds.end()) return f;
  SideState state{ctx, pc, f, diags};
  const std::vector<Element>& elements = side == "front" ? kind->second.front : kind->second.back;
  // About one item per element (a list adds one per tip): reserved, the vector of
  // FrameItems (each some 500 bytes) is not moved as it grows.
  f.items.reserve(elements.size() + 4);
  for (const Element& e : elements) layout_element(state, e);
  check_frame(f, ctx, diags);
  check_overlap(f, diags);
  return f;
}

}  // namespace sterk
