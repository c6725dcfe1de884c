#include "render/html_output.h"

#include <map>
#include <set>

#include "layout/card_layout.h"
#include "layout/fonts.h"
#include "model/markup.h"
#include "render/picture_cache.h"
#include "render/svg_sanitize.h"
#include "render/html_pages.h"
#include "render/web_assets.h"
#include "render/web_card.h"
#include "util/files.h"
#include "util/text.h"

namespace sterk {

std::string card_html(const std::string& text) {
  std::string out;
  for (const TextSpan& span : parse_card_markup(text)) {
    if (span.line_break) out += "<br>\n";
    if (span.text.empty()) continue;
    out += span.bold ? "<strong>" + markup_escape(span.text) + "</strong>" : markup_escape(span.text);
  }
  return out;
}

std::string inline_svg(const std::string& svg, const std::string& alt) {
  // Only the allow-listed drawing goes into the page (render/svg_sanitize.h).
  std::string clean = sanitize_svg(svg);
  size_t start = clean.find("<svg");
  if (start == std::string::npos) return "";
  // Attribute values are escaped, so the first '>' ends the <svg> tag.
  size_t open_end = clean.find('>', start);
  if (open_end == std::string::npos) return "";
  std::string head = clean.substr(0, start);
  std::string tag = clean.substr(start, open_end - start);
  std::string body = clean.substr(open_end + 1);
  std::string attrs = alt.empty() ? " aria-hidden=\"true\" focusable=\"false\""
                                  : " role=\"img\" aria-label=\"" + markup_escape(alt) + "\" focusable=\"false\"";
  bool self_closing = !tag.empty() && tag.back() == '/';
  if (self_closing) tag.pop_back();
  std::string out = head + tag + attrs + ">";
  if (!alt.empty()) out += "<title>" + markup_escape(alt) + "</title>";
  out += self_closing ? "</svg>" : body;
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

namespace {

Colour mix(const Colour& a, const Colour& b, double t) {
  return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

// The colour itself when it reaches `ratio` against `against`, else moved towards
// `to` (black on light paper, white on dark) until it does.
Colour readable(Colour c, const Colour& against, double ratio, const Colour& to = {0, 0, 0}) {
  for (int i = 0; i < 20 && contrast_ratio(c, against) < ratio; ++i) c = mix(c, to, 0.1);
  return c;
}

Colour named(const Template& t, const std::string& name, Colour fallback) {
  auto it = t.colours.find(name);
  return it != t.colours.end() ? it->second : fallback;
}

double font_pt(const Template& t, const std::string& name, double fallback) {
  auto it = t.fonts.find(name);
  return it != t.fonts.end() ? it->second.size_pt : fallback;
}

std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

class HtmlOutput : public DeckOutput {
 public:
  HtmlOutput(const DeckContext& ctx, std::string path, bool png)
      : ctx_(ctx), path_(std::move(path)), dir_(path_dirname(path_)), png_(png) {}

  bool add_card(const PlannedCard& pc, const Frame& front, const Frame& back, std::string*) override {
    const Card& c = *pc.card;
    if (!seen_.insert(c.id.value).second) return true;  // copies appear once on the web
    WebCard w = web_card(ctx_, pc, front, back);
    switch (c.kind) {
      case CardKind::cover:
        if (cover_.card.id.empty()) cover_ = w;
        return true;
      case CardKind::divider:
        if (!c.generated && !c.text.empty() && !c.cluster.empty()) theme_text_[c.cluster.value] = c.text.value;
        return true;
      case CardKind::content: w.number = ++content_count_; break;
      default: break;
    }
    cards_.push_back(std::move(w));
    return true;
  }

  bool finish(std::string* err) override {
    const Deck& d = *ctx_.deck;
    const Template& t = *ctx_.tpl;
    WebDeck deck;
    deck.id = d.id.value;
    deck.lang = d.language.empty() ? "nl" : d.language.value;
    deck.title = d.title.value;
    deck.subtitle = d.subtitle.value;
    deck.audience = audience_label(d.audience.value);
    deck.edition = d.edition.value;
    deck.author = ctx_.project ? ctx_.project->author : "";
    deck.easy_read = t.rules == "easy-read";
    deck.png = png_;
    deck.content_count = content_count_;
    deck.theme_text = theme_text_;
    if (ctx_.project && !ctx_.project->web_base_url.empty())
      deck.base_url = ctx_.project->web_base_url + deck.id + "/";

    WebLook look;
    look.paper = named(t, "paper", {1, 1, 1});
    look.ink = readable(named(t, "ink", {0.1, 0.1, 0.1}), look.paper, 7);
    Colour accent = look.ink;
    if (auto it = t.audience_colours.find(d.audience.value); it != t.audience_colours.end()) accent = it->second;
    look.accent = readable(accent, look.paper, 4.5);
    look.dark_accent = readable(accent, Colour{0.07, 0.07, 0.07}, 4.5, Colour{1, 1, 1});
    look.tint = named(t, "tint", look.paper);
    if (contrast_ratio(look.ink, look.tint) < 7) look.tint = look.paper;
    look.muted = readable(named(t, "muted", look.ink), look.tint, 4.5);
    look.easy_read = deck.easy_read;
    look.card_w_mm = t.width_mm;
    look.card_h_mm = t.height_mm;
    look.safe_mm = t.safe_mm;
    look.body_pt = font_pt(t, "body", 14);
    look.title_pt = font_pt(t, "title", 19);
    look.question_pt = font_pt(t, "question", look.body_pt);
    look.label_pt = font_pt(t, "label", 9);
    if (auto it = t.fonts.find("body"); it != t.fonts.end()) look.family = it->second.family;
    deck.paper = look.paper;
    deck.ink = look.ink;
    deck.accent = look.accent;

    if (!copy_fonts(t, &look, err) || !write_pictograms(&deck, err)) return false;
    deck.cover_text = cover_.card.text.value;
    deck.cards = cards_;
    if (!write("sterk.css", web_stylesheet(look), err) || !write("sterk.js", web_script(), err) ||
        !write("favicon.svg", web_favicon(look.accent, look.paper), err) ||
        !write("manifest.webmanifest",
               web_app_manifest(deck.title + (deck.subtitle.empty() ? "" : " – " + deck.subtitle), deck.title,
                                deck.lang, look.accent, look.paper),
               err) ||
        !write("index.html", overview_page(deck), err))
      return false;
    for (size_t i = 0; i < deck.cards.size(); ++i)
      if (!write(deck.cards[i].page, card_page(deck, i), err)) return false;
    // The service worker lists every file above; its cache is named after their
    // contents, so a phone picks up a new build and drops the old one.
    std::string all;
    std::vector<std::string> files;
    for (const auto& [name, digest] : written_) {
      files.push_back(name);
      all += name + " " + digest + "\n";
    }
    files.insert(files.begin(), "./");
    return write("sw.js", web_service_worker(deck.id, sha256_hex(all).substr(0, 16), files), err);
  }

 private:
  bool write(const std::string& rel, const std::string& contents, std::string* err) {
    std::string path = path_join(dir_, rel);
    if (!make_dirs(path_dirname(path), err) || !write_file_atomic(path, contents, err)) return false;
    written_[rel] = sha256_hex(contents);
    return true;
  }

  // The template's font families, shipped beside the pages as the same files print uses.
  bool copy_fonts(const Template& t, WebLook* look, std::string* err) {
    std::set<std::string> families;
    for (const auto& [name, style] : t.fonts) families.insert(style.family);
    for (const FontFile& f : registered_font_files()) {
      if (!families.count(f.family)) continue;
      std::string data;
      if (!read_file(f.path, &data, err)) return false;
      std::string rel = "fonts/" + file_name(f.path);
      if (!write(rel, data, err)) return false;
      look->fonts.push_back({f.family, rel, f.weight, f.italic});
    }
    return true;
  }

  // Each pictogram in each colour once, as a file beside the pages, shown with <img>
  // (an image cannot run script), and sanitised (render/svg_sanitize.h) in case the file
  // is opened on its own. A file whose markup cannot be followed is left out.
  bool write_pictograms(WebDeck* deck, std::string* err) {
    auto add = [&](const WebCard& c, std::string* rel) -> bool {
      if (c.pictogram_file.empty()) return true;
      std::string svg, ignored;
      if (!read_file(c.pictogram_file, &svg, &ignored)) return true;
      svg = sanitize_svg(svg);  // only the allow-listed drawing, even in a file of its own
      if (svg.empty()) return true;
      // On the page a pictogram stands on a white tile: one drawn in white on the
      // print card's band takes the theme colour instead (WCAG 1.4.11: 3:1).
      Colour white{1, 1, 1}, colour = c.pictogram_colour;
      if (contrast_ratio(colour, white) < 3) colour = contrast_ratio(c.theme, white) >= 3 ? c.theme : deck->ink;
      std::string name = path_stem(c.pictogram_file) + "-" + colour.hex().substr(1);
      if (c.pictogram_stroke > 0) name += "-" + format_number(c.pictogram_stroke, 2);
      *rel = "beeld/" + name + ".svg";
      if (written_.count(*rel)) return true;
      return write(*rel, recolour_svg(svg, colour, c.pictogram_stroke), err);
    };
    for (const WebCard& c : cards_) {
      std::string rel;
      if (!add(c, &rel)) return false;
      if (!rel.empty()) deck->pictograms[c.card.id.value] = rel;
    }
    // The cover's pictogram is drawn on the audience colour; on the page it stands on paper.
    WebCard cover = cover_;
    cover.pictogram_colour = deck->accent;
    if (!add(cover, &deck->cover_pictogram)) return false;
    deck->cover_alt = cover_.pictogram_alt;
    return true;
  }

  const DeckContext& ctx_;
  std::string path_, dir_;
  bool png_;
  std::set<std::string> seen_;
  std::vector<WebCard> cards_;
  WebCard cover_;
  std::map<std::string, std::string> theme_text_;
  std::map<std::string, std::string> written_;  ///< relative path → SHA-256
  int content_count_ = 0;
};

}  // namespace

std::unique_ptr<DeckOutput> make_html_output(const DeckContext& ctx, const std::string& path, bool link_png) {
  return std::make_unique<HtmlOutput>(ctx, path, link_png);
}

}  // namespace sterk
