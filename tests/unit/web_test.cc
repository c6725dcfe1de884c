// The web deck (SPEC §12, docs/publishing.md) as a young person and a distributor
// see it: one page per card made from the same frames as print, the overview,
// what lies beside the pages, and the QR code on the printed card that leads there.
// The browser checks (axe-core, fonts, line breaks, keyboard, read aloud) are in
// tests/a11y/web_check.mjs.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "model/project.h"
#include "render/html_output.h"
#include "render/web_card.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {
const char* kEasyDeck =
    "deck: {id: j, title: Sterk in Werk, subtitle: Voor jongeren, audience: jongere, template: easy-read, "
    "edition: '2026.1', kind: workshop}\n"
    "cards:\n"
    "  - {id: J-omslag, kind: cover, title: Sterk in Werk, text: Kaarten over werk., pictogram: sprout, "
    "pictogram_alt: Een plantje}\n"
    "  - {id: J-uitleg, kind: instruction, title: Zo werkt het, text: \"Pak een kaart. Lees de kaart samen.\"}\n"
    "  - id: J-1\n"
    "    cluster: werk\n"
    "    title: Werk <dat> past & zo\n"
    "    text: \"Wat vind jij **leuk**? En wat kun je goed?\\nZoek werk dat past.\"\n"
    "    tips: [Maak een lijst., \"Is het moeilijk? Vraag het aan je coach.\"]\n"
    "    question: Wat doe jij graag?\n"
    "    pictogram: briefcase\n"
    "    pictogram_alt: Een \"koffer\"\n"
    "    copies: 2\n"
    "  - {id: J-2, cluster: werk, title: Rustig, text: Begin klein., pictogram: clock}\n"
    "  - {id: J-over, kind: about, title: Over de kaarten, text: Gemaakt met jongeren.}\n"
    "  - {id: J-3, cluster: thuis, title: Thuis, text: Vertel het thuis., question: \"Wie helpt?\", pictogram: house}\n";

int build(const test::TempProject& p, const std::string& args, std::string* log) {
  return test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " " + args, log);
}

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}
bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// The colour of one pixel of a PNG, as "#rrggbb".
std::string pixel(const std::string& png, int x, int y) {
  cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
  const unsigned char* row = cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
  uint32_t v = reinterpret_cast<const uint32_t*>(row)[x];
  cairo_surface_destroy(s);
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  return buf;
}
}  // namespace

TEST_CASE("web deck: a page per card, front then back, numbered over content cards, linked in deck order", "[html]") {
  test::TempProject p;
  p.write("cards/j.yaml", kEasyDeck);
  std::string log;
  REQUIRE(build(p, "--output html", &log) == 0);
  // The cover is the start page and dividers are its themes: no page of their own.
  std::string pages;
  test::run("cd " + p.path("out/j/kaart") + " && ls", &pages);
  CHECK(pages == "J-1.html\nJ-2.html\nJ-3.html\nJ-over.html\nJ-uitleg.html\n");
  std::string c1 = p.read("out/j/kaart/J-1.html");
  CHECK(c1.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
  CHECK(has(c1, "<h1 id=\"titel\" data-lees>Werk &lt;dat&gt; past &amp; zo</h1>"));
  CHECK(has(c1, "<title>Werk &lt;dat&gt; past &amp; zo – Sterk in Werk</title>"));
  // Easy-read: every sentence its own line block, bold kept.
  CHECK(has(c1, "<p class=\"tekst\"><span class=\"zin\" data-lees>Wat vind jij <strong>leuk</strong>?</span>"
                "<span class=\"zin\" data-lees>En wat kun je goed?</span>"
                "<span class=\"zin\" data-lees>Zoek werk dat past.</span></p>"));
  // The back after the front, with the labels the print card has.
  size_t front = c1.find("class=\"kant voorkant\""), back = c1.find("class=\"kant achterkant\"");
  REQUIRE(front != std::string::npos);
  REQUIRE(back != std::string::npos);
  CHECK(front < back);
  CHECK(c1.find("<h2>Tips</h2>") > back);
  // Tips and the question sentence by sentence too: "Vraag het aan je coach." never breaks
  // after the first sentence's line.
  CHECK(has(c1, "<li><span class=\"zin\" data-lees>Maak een lijst.</span></li>\n"
                "<li><span class=\"zin\" data-lees>Is het moeilijk?</span><span class=\"zin\" data-lees>Vraag het aan je coach.</span></li>"));
  CHECK(has(c1, "<div class=\"vraag\">\n<h2>Praat erover</h2>\n<p><span class=\"zin\" data-lees>Wat doe jij graag?</span></p>"));
  // Counting only content cards (the copy, instruction and about card do not count).
  CHECK(has(c1, "<p class=\"telling\">Kaart 1 van 3</p>"));
  CHECK(has(p.read("out/j/kaart/J-3.html"), "Kaart 3 van 3"));
  CHECK(!has(p.read("out/j/kaart/J-uitleg.html"), "class=\"telling\""));
  // Deck order: uitleg, J-1, J-2, over, J-3; the first has no previous, the last no next.
  CHECK(has(c1, "<a class=\"vorige\" rel=\"prev\" href=\"J-uitleg.html\">"));
  CHECK(has(c1, "<a class=\"volgende\" rel=\"next\" href=\"J-2.html\">"));
  CHECK(has(p.read("out/j/kaart/J-2.html"), "rel=\"next\" href=\"J-over.html\""));
  CHECK(!has(p.read("out/j/kaart/J-uitleg.html"), "rel=\"prev\""));
  CHECK(!has(p.read("out/j/kaart/J-3.html"), "rel=\"next\""));
  CHECK(has(c1, "<a class=\"overzicht\" href=\"../index.html\">Alle kaarten</a>"));
  // Read aloud is a button the script shows; the page has no inline script or handlers.
  CHECK(has(c1, "<button type=\"button\" id=\"lees-voor\" hidden data-stop=\"Stop met voorlezen\">Lees voor</button>"));
  CHECK(has(c1, "<script src=\"../sterk.js\" defer></script>"));
  CHECK(count(c1, "<script") == 1);
  CHECK(!std::regex_search(c1, std::regex("\\son[a-z]+\\s*=", std::regex::icase)));
  CHECK(!has(c1, "javascript:"));
  // The pictogram is a file beside the pages, never inline SVG.
  CHECK(has(c1, "<img class=\"pictogram\" src=\"../beeld/briefcase-"));
  CHECK(has(c1, "alt=\"Een &quot;koffer&quot;\""));
  CHECK(!has(c1, "<svg"));
}

TEST_CASE("web deck: the overview is a grid of pictograms and titles per theme", "[html]") {
  test::TempProject p;
  p.write("cards/j.yaml", kEasyDeck);
  std::string log;
  REQUIRE(build(p, "--output html", &log) == 0);
  std::string index = p.read("out/j/index.html");
  CHECK(count(index, "<h1>") == 1);
  CHECK(count(index, "<section class=\"thema\"") == 2);
  CHECK(has(index, "<h2 id=\"thema-werk\">werk</h2>\n<ul class=\"raster\">\n"
                   "<li><a href=\"kaart/J-1.html\"><img src=\"beeld/briefcase-"));
  CHECK(has(index, "alt=\"\" width=\"56\" height=\"56\"><span>Werk &lt;dat&gt; past &amp; zo</span></a></li>\n"
                   "<li><a href=\"kaart/J-2.html\">"));
  CHECK(count(index, "href=\"kaart/J-1.html\"") == 1);  // two printed copies, one tile
  CHECK(has(index, "<img class=\"deck-pictogram\" src=\"beeld/sprout-"));
  CHECK(has(index, "<p class=\"tekst\"><span class=\"zin\">Kaarten over werk.</span></p>"));
  CHECK(has(index, "<link rel=\"manifest\" href=\"manifest.webmanifest\">"));
  CHECK(has(index, "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">"));
}

TEST_CASE("web deck: the page shows what the template prints, so a template change shows on the web too", "[html]") {
  test::TempProject p;
  p.write("cards/j.yaml", kEasyDeck);
  // Another label for the question, and no tips on the back.
  p.write("templates/eigen.yaml",
          "extends: easy-read\nname: eigen\ncards:\n  content:\n    back:\n"
          "      - {name: question-label, text: \"Om over te praten\"}\n"
          "      - {name: tips, remove: true}\n"
          "      - {name: heading, remove: true}\n");
  std::string deck = kEasyDeck;
  deck.replace(deck.find("template: easy-read"), 19, "template: eigen");
  p.write("cards/j.yaml", deck);
  std::string log;
  REQUIRE(build(p, "--output html", &log) == 0);
  std::string c1 = p.read("out/j/kaart/J-1.html");
  CHECK(has(c1, "<h2>Om over te praten</h2>\n<p><span class=\"zin\" data-lees>Wat doe jij graag?</span></p>"));
  CHECK(!has(c1, "Praat erover"));
  CHECK(!has(c1, "Maak een lijst."));
  CHECK(!has(c1, "<h2>Tips</h2>"));
}

TEST_CASE("web deck: fonts, stylesheet, script, service worker, app manifest, sharing tags", "[html]") {
  test::TempProject p;
  p.write("cards/j.yaml", kEasyDeck);
  p.write("sterk.yaml", "web: {base_url: 'https://example.org/sik'}\n");
  std::string log;
  REQUIRE(build(p, "--output html,png", &log) == 0);
  // The fonts print uses, beside the pages, byte for byte.
  CHECK(p.read("out/j/fonts/AtkinsonHyperlegible-Regular.ttf") == p.read("fonts/AtkinsonHyperlegible-Regular.ttf"));
  std::string css = p.read("out/j/sterk.css");
  CHECK(has(css, "@font-face { font-family: \"Atkinson Hyperlegible\"; src: url(\"fonts/AtkinsonHyperlegible-Bold.ttf\") "
                 "format(\"truetype\"); font-weight: 700;"));
  CHECK(has(css, "src: url(\"fonts/AtkinsonHyperlegible-Regular.ttf\") format(\"truetype\"); font-weight: 400;"));
  CHECK(has(css, "--body: 1.25rem;"));  // 20 px for easy-read
  CHECK(has(css, "@media (prefers-color-scheme: dark)"));
  CHECK(has(css, "@media (prefers-contrast: more)"));
  CHECK(has(css, "overflow-wrap: break-word"));
  // Printing a card: the card's own size and the template's type sizes (easy-read body 17 pt).
  CHECK(has(css, "@page kaart { size: 105mm 148mm; margin: 6mm; }"));
  CHECK(has(css, "body { font-size: 17pt;"));
  CHECK(has(css, ".kant + .kant { break-before: page; }"));
  // Sharing: description, Open Graph with the card's PNG and page address.
  std::string c1 = p.read("out/j/kaart/J-1.html");
  CHECK(has(c1, "<meta name=\"description\" content=\"Wat vind jij leuk? En wat kun je goed? Zoek werk dat past.\">"));
  CHECK(has(c1, "<meta property=\"og:image\" content=\"https://example.org/sik/j/png/J-1-front.png\">"));
  CHECK(has(c1, "<meta property=\"og:url\" content=\"https://example.org/sik/j/kaart/J-1.html\">"));
  CHECK(file_exists(p.path("out/j/png/J-1-front.png")));
  auto app = nlohmann::json::parse(p.read("out/j/manifest.webmanifest"));
  CHECK(app["start_url"] == "index.html");
  CHECK(app["display"] == "standalone");
  CHECK(app["lang"] == "nl");
  CHECK(app["icons"][0]["src"] == "favicon.svg");
  CHECK(has(p.read("out/j/favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""));
  // The service worker keeps every page and what it needs, all listed in manifest.json too.
  std::string sw = p.read("out/j/sw.js");
  auto listed = nlohmann::json::parse(p.read("out/j/manifest.json"))["files"];
  int offline = 0;
  for (const auto& f : listed) {
    std::string path = f["path"];
    if (path == "sw.js" || path == "manifest.json" || path.rfind("png/", 0) == 0) continue;
    INFO(path);
    CHECK(has(sw, "\"" + path + "\""));
    ++offline;
  }
  CHECK(offline == 5 + 1 + 2 + 4 + 4);  // pages, index, fonts, pictograms, css/js/app manifest/favicon
  // A new card text: a new cache name, so phones fetch the new pages.
  std::string before = sw.substr(0, sw.find("var FILES"));
  std::string deck = kEasyDeck;
  deck.replace(deck.find("Begin klein."), 12, "Begin rustig.");
  p.write("cards/j.yaml", deck);
  REQUIRE(build(p, "--output html", &log) == 0);
  std::string after = p.read("out/j/sw.js");
  CHECK(after.substr(0, after.find("var FILES")) != before);
  // Without PNGs there is no image to share.
  CHECK(!has(p.read("out/j/kaart/J-1.html"), "og:image"));
}

TEST_CASE("web deck: the theme colours are the print card's", "[html]") {
  // The repository's jongere deck: nine themes, each its own colour on print.
  test::TempProject out(false);
  std::string log;
  REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + test::repo_dir() +
                        " --deck jongeren --output png,html --out " + out.path("o"), &log) == 0);
  std::set<std::string> colours;
  for (const char* id : {"J-werk-01", "J-start-01", "J-thuis-01", "J-coach-01", "J-geld-01"}) {
    INFO(id);
    std::string band = pixel(out.path(std::string("o/jongeren/png/") + id + "-front.png"), 5, 5);
    std::string page = out.read(std::string("o/jongeren/kaart/") + id + ".html");
    CHECK(has(page, "style=\"--theme: " + band + ";"));
    colours.insert(band);
  }
  CHECK(colours.size() == 5);
  std::string index = out.read("o/jongeren/index.html");
  CHECK(count(index, "<section class=\"thema\"") == 9);
  CHECK(has(index, "Kaarten voor jongeren"));
  CHECK(has(out.read("o/jongeren/kaart/J-open-04.html"), "Kaart 44 van 44"));
}

TEST_CASE("sentences of one line of card text", "[html]") {
  CHECK(line_sentences("Pak een kaart. Lees de kaart samen.") ==
        std::vector<std::string>{"Pak een kaart.", "Lees de kaart samen."});
  CHECK(line_sentences("Wat vind **jij** leuk? **Let op!** Vraag hulp.") ==
        std::vector<std::string>{"Wat vind **jij** leuk?", "**Let op!**", "Vraag hulp."});
  CHECK(line_sentences("Bel bijv. je coach.") == std::vector<std::string>{"Bel bijv.", "je coach."});
  CHECK(plain_text("Wat **leuk**\nis dat.") == "Wat leuk is dat.");
}

TEST_CASE("QR code on the printed card: a phone reads the card's page address", "[html][qr][needs][needs-zbar]") {
  test::TempProject p;
  std::string deck = kEasyDeck;
  deck.replace(deck.find("template: easy-read"), 19, "template: easy-read-web");
  p.write("cards/j.yaml", deck);
  p.write("sterk.yaml", "web:\n  base_url: https://example.org/sterk-in-werk\n");
  std::string log;
  REQUIRE(build(p, "--output print,png", &log) == 0);
  std::string out;
  REQUIRE(test::run("command -v zbarimg", &out) == 0);  // zbar-tools, scripts/deps.sh
  CHECK(test::run("(zbarimg -q --raw " + p.path("out/j/png/J-2-back.png") + " 2>/dev/null)", &out) == 0);
  CHECK(out == "https://example.org/sterk-in-werk/j/kaart/J-2.html\n");
  CHECK(test::run("(zbarimg -q --raw " + p.path("out/j/png/J-3-back.png") + " 2>/dev/null)", &out) == 0);
  CHECK(out == "https://example.org/sterk-in-werk/j/kaart/J-3.html\n");
  // From the print PDF too: pages are cover front/back, uitleg, divider 'werk', then J-1 front 7, back 8.
  test::run("pdftoppm -r 300 -f 8 -l 8 -png " + p.path("out/j/j-print.pdf") + " " + p.path("page"), &out);
  std::string page;
  test::run("ls " + p.path("page") + "*.png", &page);
  page.pop_back();
  CHECK(test::run("(zbarimg -q --raw " + page + " 2>/dev/null)", &out) == 0);
  CHECK(out == "https://example.org/sterk-in-werk/j/kaart/J-1.html\n");
  // Drawn as vectors: no image in the print file.
  test::run("pdfimages -list " + p.path("out/j/j-print.pdf") + " | tail -n +3 | wc -l", &out);
  CHECK(out == "0\n");
}

TEST_CASE("a QR code needs web.base_url and modules of at least 0.4 mm", "[html][qr]") {
  test::TempProject p;
  std::string deck = kEasyDeck;
  deck.replace(deck.find("template: easy-read"), 19, "template: easy-read-web");
  p.write("cards/j.yaml", deck);
  std::string log;
  CHECK(test::run(std::string(STERK_BINARY) + " check -C " + p.root(), &log) == 1);
  CHECK(has(log, "templates/easy-read-web.yaml:16:37: error: QR code 'qr' shows {card.url}, but sterk.yaml has no "
                 "web address"));
  CHECK(count(log, "[template/qr-needs-base-url]") == 1);
  // These addresses need 33 modules + 8 of quiet zone: 0.61 mm in 25 mm, 0.39 mm in 16 mm.
  p.write("sterk.yaml", "web:\n  base_url: https://example.org/sterk-in-werk\n");
  CHECK(test::run(std::string(STERK_BINARY) + " check -C " + p.root(), &log) == 0);
  p.write("templates/klein.yaml", "extends: easy-read-web\nname: klein\ncards:\n  content:\n    back:\n"
                                  "      - {name: qr, box: [77mm, 71mm, 16mm, 16mm]}\n");
  deck.replace(deck.find("template: easy-read-web"), 23, "template: klein");
  p.write("cards/j.yaml", deck);
  CHECK(test::run(std::string(STERK_BINARY) + " check -C " + p.root(), &log) == 1);
  CHECK(has(log, "error: QR code 'qr' has modules of 0.39 mm; phones need at least 0.4 mm, so make the box at least "
                 "17 mm square or use a shorter web address"));
  CHECK(count(log, "[preflight/qr-too-small]") == 1);
}

TEST_CASE("an example web address is recognised by its host and a real-looking one is not", "[html][qr]") {
  auto host = [](const std::string& url) {
    Project p;
    p.web_base_url = url;
    return p.web_base_url_example_host();
  };
  // Reserved for examples and tests (RFC 2606, RFC 6761): a QR code there leads nowhere.
  CHECK(host("https://example.org/sterk-in-werk/") == "example.org");
  CHECK(host("http://www.EXAMPLE.com:8080/x/") == "www.example.com");
  CHECK(host("https://example.net./") == "example.net");
  CHECK(host("https://kaarten.example/") == "kaarten.example");
  CHECK(host("https://sik.test/") == "sik.test");
  CHECK(host("https://sik.invalid/") == "sik.invalid");
  CHECK(host("http://localhost/out/") == "localhost");
  // Names that only contain or end in those letters are somebody's real address.
  CHECK(host("https://example.organic.nl/") == "");
  CHECK(host("https://myexample.org/") == "");
  CHECK(host("https://samenwerkenwerkt.nl/example.org/") == "");
  CHECK(host("https://contest/") == "");
  CHECK(host("") == "");
}
