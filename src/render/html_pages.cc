#include "render/html_pages.h"

#include <sstream>

#include "layout/card_layout.h"
#include "render/html_output.h"
#include "util/text.h"

namespace sterk {

namespace {

// The pages' own words (not card text), in the deck's language.
struct Words {
  const char* overview;   // link back to the overview
  const char* previous;
  const char* next;
  const char* read_aloud;
  const char* stop;
  const char* card_of;    // "Kaart %1 van %2"
  const char* cards_nav;  // name of the card navigation
  const char* for_whom;   // "Voor"
  const char* themes;
  const char* edition;
  const char* source;    // "Bron"
  const char* checked;   // "gecontroleerd"
};
const Words& words(const std::string& lang) {
  static const Words nl{"Alle kaarten", "Vorige", "Volgende", "Lees voor", "Stop met voorlezen", "Kaart %1 van %2",
                        "Kaarten", "Voor", "Thema's", "editie", "Bron", "gecontroleerd"};
  static const Words en{"All cards", "Previous", "Next", "Read aloud", "Stop reading", "Card %1 of %2",
                        "Cards", "For", "Themes", "edition", "Source", "checked"};
  return starts_with(lang, "en") ? en : nl;
}

std::string esc(const std::string& s) { return markup_escape(s); }

// "kaart/X.html" → "X.html": card pages link to each other inside kaart/.
std::string sibling(const std::string& page) { return page.substr(page.rfind('/') + 1); }

// White on the theme colour when it reads well, else the ink colour.
std::string theme_style(const Colour& theme, const WebDeck& d) {
  Colour on = contrast_ratio(d.paper, theme) >= 4.5 ? d.paper : d.ink;
  return "--theme: " + theme.hex() + "; --theme-ink: " + on.hex() + ";";
}

// Card text as HTML: on easy-read decks every sentence is its own line block, so it
// wraps only when it does not fit; otherwise the card's own line breaks.
// Each sentence of `text` as its own line block (read aloud and highlighted one by one).
std::string sentence_spans(const std::string& text, bool speak) {
  std::string out;
  const std::string attr = speak ? " data-lees" : "";
  for (const std::string& line : split_lines(text))
    for (const std::string& s : line_sentences(line)) out += "<span class=\"zin\"" + attr + ">" + card_html(s) + "</span>";
  return out;
}

std::string text_html(const std::string& text, bool easy_read, bool speak) {
  const std::string attr = speak ? " data-lees" : "";
  if (!easy_read) return "<p class=\"tekst\"" + attr + ">" + card_html(text) + "</p>\n";
  return "<p class=\"tekst\">" + sentence_spans(text, speak) + "</p>\n";
}

// A tip or the question: on easy-read pages sentence by sentence too ("Gaat het minder?
// Praat dan met je baas." is two lines, never "Praat dan met / je baas.").
std::string short_text_html(const std::string& tag, const std::string& text, bool easy_read) {
  if (!easy_read) return "<" + tag + " data-lees>" + card_html(text) + "</" + tag + ">\n";
  return "<" + tag + ">" + sentence_spans(text, true) + "</" + tag + ">\n";
}

std::string description(const WebCard& c) {
  std::string d = plain_text(c.card.text.value);
  if (d.empty()) d = plain_text(c.card.question.value);
  if (utf8_length(d) > 200) d = d.substr(0, utf8_offset(d, 197)) + "…";
  return d;
}

std::string head(const WebDeck& d, const std::string& title, const std::string& desc, const std::string& up,
                 const std::string& og_url, const std::string& og_image, const Colour& theme) {
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"" << esc(d.lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>" << esc(title) << "</title>\n";
  if (!desc.empty()) h << "<meta name=\"description\" content=\"" << esc(desc) << "\">\n";
  h << "<meta name=\"generator\" content=\"sterk " << STERK_VERSION << "\">\n"
    << "<meta property=\"og:type\" content=\"website\">\n"
    << "<meta property=\"og:title\" content=\"" << esc(title) << "\">\n";
  if (!desc.empty()) h << "<meta property=\"og:description\" content=\"" << esc(desc) << "\">\n";
  h << "<meta property=\"og:site_name\" content=\"" << esc(d.title) << "\">\n"
    << "<meta property=\"og:locale\" content=\"" << (starts_with(d.lang, "en") ? "en_GB" : "nl_NL") << "\">\n";
  if (!og_url.empty()) h << "<meta property=\"og:url\" content=\"" << esc(og_url) << "\">\n";
  if (!og_image.empty()) h << "<meta property=\"og:image\" content=\"" << esc(og_image) << "\">\n";
  h << "<meta name=\"theme-color\" content=\"" << theme.hex() << "\">\n"
    << "<link rel=\"icon\" href=\"" << up << "favicon.svg\" type=\"image/svg+xml\">\n"
    << "<link rel=\"manifest\" href=\"" << up << "manifest.webmanifest\">\n"
    << "<link rel=\"stylesheet\" href=\"" << up << "sterk.css\">\n"
    << "<script src=\"" << up << "sterk.js\" defer></script>\n</head>\n";
  return h.str();
}

std::string footer(const WebDeck& d) {
  std::string f = "<footer>\n<p>" + esc(d.title);
  if (!d.edition.empty()) f += " · " + std::string(words(d.lang).edition) + " " + esc(d.edition);
  if (!d.author.empty()) f += " · " + esc(d.author);
  return f + "</p>\n</footer>\n";
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

std::string tile(const WebDeck& d, const WebCard& c) {
  std::string t = "<li><a href=\"" + esc(c.page) + "\">";
  auto pic = d.pictograms.find(c.card.id.value);
  if (pic != d.pictograms.end()) t += "<img src=\"" + esc(pic->second) + "\" alt=\"\" width=\"56\" height=\"56\">";
  return t + "<span>" + card_html(c.card.title.empty() ? c.card.id.value : c.card.title.value) + "</span></a></li>\n";
}

}  // namespace

std::string overview_page(const WebDeck& d) {
  const Words& w = words(d.lang);
  std::string title = d.title + (d.subtitle.empty() ? "" : " – " + d.subtitle);
  std::string desc = plain_text(d.cover_text);
  if (desc.empty()) desc = d.subtitle;
  std::string image = d.png && !d.cards.empty() ? d.base_url + "png/overview.png" : "";
  std::ostringstream h;
  h << head(d, title, desc, "", d.base_url.empty() ? "" : d.base_url + "index.html", d.base_url.empty() ? "" : image,
            d.accent)
    << "<body class=\"overzichtpagina\">\n<header class=\"balk\">\n";
  if (!d.cover_pictogram.empty())
    h << "<img class=\"deck-pictogram\" src=\"" << esc(d.cover_pictogram) << "\" alt=\"" << esc(d.cover_alt)
      << "\" width=\"72\" height=\"72\">\n";
  h << "<p class=\"voor\">" << w.for_whom << " " << esc(d.audience) << "</p>\n<h1>" << esc(d.title) << "</h1>\n";
  if (!d.subtitle.empty()) h << "<p class=\"ondertitel\">" << esc(d.subtitle) << "</p>\n";
  if (!d.cover_text.empty()) h << text_html(d.cover_text, d.easy_read, false);
  h << "</header>\n<main>\n";
  // Cards without a theme (instructions, about) stay where the deck has them;
  // each theme is one section, at the place of its first card.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const WebCard*>> themed;
  for (const WebCard& c : d.cards) {
    std::string key = c.theme_id.empty() ? "" : "thema-" + c.theme_id;
    if (key.empty() || !themed.count(key)) order.push_back(key.empty() ? "kaart:" + c.card.id.value : key);
    if (!key.empty()) themed[key].push_back(&c);
  }
  bool open_loose = false;
  for (const std::string& key : order) {
    if (starts_with(key, "kaart:")) {
      if (!open_loose) h << "<ul class=\"raster los\">\n";
      open_loose = true;
      for (const WebCard& c : d.cards)
        if ("kaart:" + c.card.id.value == key) h << tile(d, c);
      continue;
    }
    if (open_loose) h << "</ul>\n";
    open_loose = false;
    const WebCard& first = *themed[key].front();
    h << "<section class=\"thema\" aria-labelledby=\"" << esc(key) << "\" style=\"" << theme_style(first.theme, d)
      << "\">\n<h2 id=\"" << esc(key) << "\">" << esc(first.theme_label) << "</h2>\n";
    if (auto t = d.theme_text.find(first.theme_id); t != d.theme_text.end())
      h << "<p>" << card_html(t->second) << "</p>\n";
    h << "<ul class=\"raster\">\n";
    for (const WebCard* c : themed[key]) h << tile(d, *c);
    h << "</ul>\n</section>\n";
  }
  if (open_loose) h << "</ul>\n";
  h << "</main>\n" << footer(d) << "</body>\n</html>\n";
  return h.str();
}

std::string card_page(const WebDeck& d, size_t index) {
  const Words& w = words(d.lang);
  const WebCard& c = d.cards[index];
  const std::string title = c.card.title.empty() ? c.card.id.value : c.card.title.value;
  const std::string plain_title = plain_text(title);
  const std::string page_url = d.base_url.empty() ? "" : d.base_url + c.page;
  const std::string image = d.png ? (d.base_url.empty() ? "../" : d.base_url) + "png/" + c.card.id.value + "-front.png" : "";
  std::ostringstream h;
  h << head(d, plain_title + " – " + d.title, description(c), "../", page_url, image, c.theme)
    << "<body class=\"kaartpagina" << (d.easy_read ? " makkelijk-lezen" : "") << "\" style=\""
    << theme_style(c.theme, d) << "\">\n"
    << "<header class=\"balk\"><a href=\"../index.html\">" << esc(d.title) << "</a></header>\n<main>\n"
    << "<article class=\"kaart\" aria-labelledby=\"titel\">\n";
  auto side = [&](const std::vector<WebField>& fields, bool front) {
    h << "<div class=\"kant " << (front ? "voorkant" : "achterkant") << "\">\n";
    if (front) {
      h << "<div class=\"kant-kop\">\n";
      if (auto pic = d.pictograms.find(c.card.id.value); pic != d.pictograms.end())
        h << "<img class=\"pictogram\" src=\"../" << esc(pic->second) << "\" alt=\"" << esc(c.pictogram_alt)
          << "\" width=\"72\" height=\"72\">\n";
      h << "<div>\n";
      if (!c.theme_id.empty()) h << "<p class=\"themanaam\">" << esc(c.theme_label) << "</p>\n";
      h << "<h1 id=\"titel\" data-lees>" << card_html(title) << "</h1>\n</div>\n</div>\n";
    }
    h << "<div class=\"kant-inhoud\">\n";
    for (const WebField& f : fields) {
      if (f.field == "card.title") continue;  // the page's heading
      if (f.field == "card.text") {
        if (!f.label.empty()) h << "<h2>" << f.label << "</h2>\n";
        h << text_html(c.card.text.value, d.easy_read, true);
      } else if (f.field == "card.tips") {
        if (!f.label.empty()) h << "<h2>" << f.label << "</h2>\n";
        h << "<ul class=\"tips\">\n";
        for (const auto& tip : c.card.tips)
          if (!trim(tip.value).empty()) h << short_text_html("li", tip.value, d.easy_read);
        h << "</ul>\n";
      } else if (f.field == "card.question") {
        h << "<div class=\"vraag\">\n";
        if (!f.label.empty()) h << "<h2>" << f.label << "</h2>\n";
        h << short_text_html("p", c.card.question.value, d.easy_read) << "</div>\n";
      } else if (f.field == "card.quote" && !c.card.quote->empty()) {
        // A quote from someone with lived experience, with who said it (or that it is an example).
        h << "<figure class=\"citaat\">\n";
        if (!f.label.empty()) h << "<h2>" << f.label << "</h2>\n";
        h << "<blockquote data-lees>" << card_html(c.card.quote->text.value) << "</blockquote>\n";
        if (!c.card.quote->source.empty()) h << "<figcaption>– " << esc(c.card.quote->source.value) << "</figcaption>\n";
        h << "</figure>\n";
      } else if (f.field == "card.sources" && !c.card.sources.empty()) {
        h << "<p class=\"bronnen\">" << w.source << ": ";
        for (size_t i = 0; i < c.card.sources.size(); ++i) {
          const FactSource& s = c.card.sources[i];
          h << (i ? "; " : "") << "<a href=\"" << esc(s.url.value) << "\">" << esc(s.name.value) << "</a>";
          if (!s.checked.empty()) h << " (" << w.checked << " " << esc(s.checked.value) << ")";
        }
        h << "</p>\n";
      }
    }
    h << "</div>\n</div>\n";
  };
  side(c.front, true);
  bool back_has = false;
  for (const WebField& f : c.back) back_has = back_has || f.field != "card.title";
  if (back_has) side(c.back, false);
  h << "</article>\n"
    << "<p class=\"voorlezen\"><button type=\"button\" id=\"lees-voor\" hidden data-stop=\"" << w.stop << "\">"
    << w.read_aloud << "</button></p>\n";
  if (c.number > 0)
    h << "<p class=\"telling\">"
      << replace_all(replace_all(w.card_of, "%1", std::to_string(c.number)), "%2", std::to_string(d.content_count))
      << "</p>\n";
  h << "<nav class=\"bladeren\" aria-label=\"" << w.cards_nav << "\">\n";
  if (index > 0)
    h << "<a class=\"vorige\" rel=\"prev\" href=\"" << esc(sibling(d.cards[index - 1].page))
      << "\"><span aria-hidden=\"true\">←</span> " << w.previous << "</a>\n";
  h << "<a class=\"overzicht\" href=\"../index.html\">" << w.overview << "</a>\n";
  if (index + 1 < d.cards.size())
    h << "<a class=\"volgende\" rel=\"next\" href=\"" << esc(sibling(d.cards[index + 1].page)) << "\">" << w.next
      << " <span aria-hidden=\"true\">→</span></a>\n";
  h << "</nav>\n</main>\n" << footer(d) << "</body>\n</html>\n";
  return h.str();
}

}  // namespace sterk
