#include "render/html_output.h"

#include <set>
#include <sstream>

#include "layout/card_layout.h"
#include "layout/text_fit.h"
#include "model/markup.h"
#include "render/svg_sanitize.h"
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

// The colour itself when it reaches `ratio` against `against`, else darkened until it does.
Colour readable(Colour c, const Colour& against, double ratio) {
  Colour black{0, 0, 0};
  for (int i = 0; i < 20 && contrast_ratio(c, against) < ratio; ++i) c = mix(c, black, 0.1);
  return c;
}

Colour named(const Template& t, const std::string& name, Colour fallback) {
  auto it = t.colours.find(name);
  return it != t.colours.end() ? it->second : fallback;
}

const char* kStyle = R"(
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: "Atkinson Hyperlegible", Verdana, Arial, sans-serif; font-size: 1.125rem;
  line-height: 1.5; color: var(--ink); background: var(--paper); }
header, main, footer, nav { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 2rem; }
.audience { font-weight: bold; color: var(--accent); margin: 0; }
h1 { font-size: 2.25rem; line-height: 1.2; margin: 0.25rem 0; }
.subtitle { font-size: 1.25rem; margin: 0 0 1rem; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; list-style: none; }
a { color: var(--accent); }
a:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
section { margin: 2rem 0; }
h2 { font-size: 1.6rem; margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-radius: 0.4rem; }
section.theme > h2 { background: var(--band); color: var(--band-ink); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
article { border: 2px solid var(--accent); border-radius: 0.6rem; padding: 1rem; background: var(--paper); }
article h2, article h3 { font-size: 1.3rem; margin: 0 0 0.5rem; padding: 0; background: none; color: var(--ink); }
article h3 + p, article h2 + p { margin-top: 0; }
.pictogram { color: var(--accent); float: right; margin: 0 0 0.5rem 0.5rem; }
.pictogram svg { width: 3.5rem; height: 3.5rem; display: block; }
.tips-heading { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
ul.tips { margin: 0; padding-left: 1.25rem; }
.question { background: var(--tint); padding: 0.75rem; border-radius: 0.4rem; font-weight: bold; margin: 1rem 0 0; }
.number { color: var(--muted); font-size: 0.9rem; margin: 0.75rem 0 0; }
footer { padding-bottom: 2rem; color: var(--muted); }
@media print {
  body { font-size: 11pt; background: #fff; color: #000; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  section.theme > h2 { background: none; color: #000; border-bottom: 2pt solid #000; border-radius: 0; }
  .cards { display: block; }
  article { break-inside: avoid; page-break-inside: avoid; border: 1pt solid #000; margin: 0 0 8pt; }
  .question { background: none; border: 1pt solid #000; }
  a { color: #000; text-decoration: none; }
}
)";

struct Section {
  std::string id, label;
  bool theme = false;
  std::vector<std::string> articles;
};

class HtmlOutput : public DeckOutput {
 public:
  HtmlOutput(const DeckContext& ctx, std::string path) : ctx_(ctx), path_(std::move(path)) {}

  bool add_card(const PlannedCard& pc, const Frame& front, const Frame& back, std::string*) override {
    const Card& c = pc.card;
    if (!seen_.insert(c.id.value).second) return true;  // copies appear once on the web
    switch (c.kind) {
      case CardKind::cover:
        if (cover_text_.empty()) cover_text_ = c.text.value;
        if (cover_pictogram_.empty()) cover_pictogram_ = pictogram(front, back);
        return true;
      case CardKind::divider: {
        Section& s = section_for(pc);
        if (!c.generated && !c.text.empty()) s.articles.push_back("<p>" + card_html(c.text.value) + "</p>");
        return true;
      }
      default: break;
    }
    bool in_theme = !c.cluster.empty() || !c.theme.empty();  // a workshop deck's own themes too
    Section& s = in_theme ? section_for(pc) : loose_section();
    int level = in_theme ? 3 : 2;
    s.articles.push_back(article(pc, front, back, level));
    return true;
  }

  bool finish(std::string* err) override {
    const Deck& d = *ctx_.deck;
    const Template& t = *ctx_.tpl;
    Colour paper = named(t, "paper", {1, 1, 1});
    Colour ink = readable(named(t, "ink", {0.1, 0.1, 0.1}), paper, 7);
    Colour accent = paper;
    if (auto it = t.audience_colours.find(d.audience.value); it != t.audience_colours.end()) accent = it->second;
    accent = readable(accent, paper, 4.5);
    Colour tint = named(t, "tint", paper);
    if (contrast_ratio(ink, tint) < 7) tint = paper;
    Colour muted = readable(named(t, "muted", ink), paper, 4.5);
    Colour band = accent;
    Colour band_ink = contrast_ratio(paper, band) >= 4.5 ? paper : ink;

    std::ostringstream h;
    std::string lang = d.language.empty() ? "nl" : d.language.value;
    std::string title = d.title.value + (d.subtitle.empty() ? "" : " – " + d.subtitle.value);
    h << "<!DOCTYPE html>\n<html lang=\"" << markup_escape(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"sterk " << STERK_VERSION << "\">\n"
      << "<title>" << markup_escape(title) << "</title>\n<style>\n:root { --ink: " << ink.hex()
      << "; --paper: " << paper.hex() << "; --accent: " << accent.hex() << "; --tint: " << tint.hex()
      << "; --muted: " << muted.hex() << "; --band: " << band.hex() << "; --band-ink: " << band_ink.hex()
      << "; }" << kStyle << "</style>\n</head>\n<body>\n<header>\n";
    if (!cover_pictogram_.empty()) h << "<div class=\"pictogram\">" << cover_pictogram_ << "</div>\n";
    h << "<p class=\"audience\">Voor " << markup_escape(audience_label(d.audience.value)) << "</p>\n"
      << "<h1>" << markup_escape(d.title.value) << "</h1>\n";
    if (!d.subtitle.empty()) h << "<p class=\"subtitle\">" << markup_escape(d.subtitle.value) << "</p>\n";
    if (!cover_text_.empty()) h << "<p>" << card_html(cover_text_) << "</p>\n";
    h << "</header>\n";
    bool any_theme = false;
    for (const Section& s : sections_) any_theme = any_theme || s.theme;
    if (any_theme) {
      h << "<nav aria-label=\"Thema's\">\n<ul>\n";
      for (const Section& s : sections_)
        if (s.theme) h << "<li><a href=\"#" << markup_escape(s.id) << "\">" << markup_escape(s.label) << "</a></li>\n";
      h << "</ul>\n</nav>\n";
    }
    h << "<main>\n";
    for (const Section& s : sections_) {
      if (s.theme) {
        h << "<section class=\"theme\" aria-labelledby=\"" << markup_escape(s.id) << "\">\n<h2 id=\""
          << markup_escape(s.id) << "\">" << markup_escape(s.label) << "</h2>\n<div class=\"cards\">\n";
        for (const auto& a : s.articles) h << a;
        h << "</div>\n</section>\n";
      } else {
        h << "<div class=\"cards\">\n";
        for (const auto& a : s.articles) h << a;
        h << "</div>\n";
      }
    }
    h << "</main>\n<footer>\n<p>" << markup_escape(d.title.value);
    if (!d.edition.empty()) h << " · editie " << markup_escape(d.edition.value);
    h << " · " << markup_escape(ctx_.project->author) << "</p>\n</footer>\n</body>\n</html>\n";
    return write_file_atomic(path_, h.str(), err);
  }

 private:
  Section& section_for(const PlannedCard& pc) {
    // A cluster whose cards are not together in the deck still gets one heading.
    const std::string& key = pc.card.theme.empty() ? pc.card.cluster.value : pc.card.theme.value;
    const std::string id = "thema-" + key;
    for (Section& s : sections_)
      if (s.id == id) return s;
    sections_.push_back({id, pc.cluster_label.empty() ? key : pc.cluster_label, true, {}});
    return sections_.back();
  }
  Section& loose_section() {
    if (sections_.empty() || sections_.back().theme) sections_.push_back({"", "", false, {}});
    return sections_.back();
  }

  // The first pictogram on the card, front before back.
  std::string pictogram(const Frame& front, const Frame& back) const {
    for (const Frame* f : {&front, &back})
      for (const FrameItem& it : f->items) {
        if (it.kind != FrameItem::pictogram || it.file.empty()) continue;
        std::string svg, err;
        if (!read_file(it.file, &svg, &err)) continue;
        std::string inl = inline_svg(svg, it.alt);
        if (!inl.empty()) return inl;
      }
    return "";
  }

  std::string article(const PlannedCard& pc, const Frame& front, const Frame& back, int level) const {
    const Card& c = pc.card;
    const std::string hn = "h" + std::to_string(level), sub = "h" + std::to_string(level + 1);
    const std::string title_id = "kaart-" + c.id.value;
    std::ostringstream a;
    a << "<article aria-labelledby=\"" << markup_escape(title_id) << "\">\n";
    std::string pic = pictogram(front, back);
    if (!pic.empty()) a << "<div class=\"pictogram\">" << pic << "</div>\n";
    a << "<" << hn << " id=\"" << markup_escape(title_id) << "\">"
      << markup_escape(c.title.empty() ? c.id.value : c.title.value) << "</" << hn << ">\n";
    if (!c.text.empty()) a << "<p>" << card_html(c.text.value) << "</p>\n";
    if (!c.tips.empty()) {
      a << "<" << sub << " class=\"tips-heading\">Tips</" << sub << ">\n<ul class=\"tips\">\n";
      for (const auto& tip : c.tips) a << "<li>" << card_html(tip.value) << "</li>\n";
      a << "</ul>\n";
    }
    if (!c.question.empty()) a << "<p class=\"question\">" << card_html(c.question.value) << "</p>\n";
    if (!c.quote.empty())  // an example quote says so, as on the printed card
      a << "<figure class=\"quote\"><blockquote>" << card_html(c.quote.text.value) << "</blockquote><figcaption>"
        << markup_escape(c.quote.source.value) << "</figcaption></figure>\n";
    if (!c.sources.empty()) {
      a << "<p class=\"sources\">Bron: ";
      for (size_t i = 0; i < c.sources.size(); ++i)
        a << (i ? "; " : "") << "<a href=\"" << markup_escape(c.sources[i].url.value) << "\">"
          << markup_escape(c.sources[i].name.value) << "</a> (gecontroleerd " << markup_escape(c.sources[i].checked.value)
          << ")";
      a << "</p>\n";
    }
    a << "<p class=\"number\">Kaart " << pc.number << " van " << pc.count << "</p>\n</article>\n";
    return a.str();
  }

  const DeckContext& ctx_;
  std::string path_;
  std::set<std::string> seen_;
  std::vector<Section> sections_;
  std::string cover_text_, cover_pictogram_;
};

}  // namespace

std::unique_ptr<DeckOutput> make_html_output(const DeckContext& ctx, const std::string& path) {
  return std::make_unique<HtmlOutput>(ctx, path);
}

}  // namespace sterk
