#include <catch2/catch.hpp>

#include "layout/card_layout.h"
#include "layout/fonts.h"
#include "layout/text_fit.h"
#include "model/markup.h"
#include "load/project_loader.h"
#include "test_project.h"

using namespace sterk;

namespace {
void fonts() {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
}

FontStyle body(double size, double min) {
  FontStyle f;
  f.size_pt = size;
  f.min_pt = min;
  f.line_spacing = 1.4;
  return f;
}
}  // namespace

TEST_CASE("only the project's fonts are available", "[layout]") {
  fonts();
  CHECK(font_families() == std::vector<std::string>{"Atkinson Hyperlegible"});
}

TEST_CASE("text that fits keeps its size and longer text shrinks in steps", "[layout]") {
  fonts();
  FitResult short_text = fit_text({"Wat vind jij leuk?"}, body(16, 14), "left", "", 200, 100);
  CHECK(short_text.fits);
  CHECK(short_text.size_pt == 16);
  CHECK(short_text.measures[0].lines == 1);
  // Line height is size x line spacing.
  CHECK(short_text.total_height == Approx(16 * 1.4).margin(0.5));

  std::string longer = "Zoek werk dat past bij wat je leuk vindt en goed kunt. Vraag hulp.";
  FitResult shrunk = fit_text({longer}, body(16, 12), "left", "", 150, 80);
  CHECK(shrunk.fits);
  CHECK(shrunk.size_pt < 16);
  CHECK(shrunk.size_pt >= 12);
  CHECK(std::fmod(shrunk.size_pt * 2, 1.0) == 0);  // half-point steps
}

TEST_CASE("text that cannot fit at the minimum size does not fit", "[layout]") {
  fonts();
  FitResult r = fit_text({std::string(40, 'a') + " woord"}, body(16, 14), "left", "", 100, 200);
  CHECK_FALSE(r.fits);
  CHECK(r.size_pt == 14);
  REQUIRE_FALSE(r.measures[0].too_wide_words.empty());
  CHECK(r.measures[0].too_wide_words[0] == std::string(40, 'a'));
}

TEST_CASE("wrapping breaks only between words", "[layout]") {
  fonts();
  FitResult r = fit_text({"een twee drie vier vijf zes zeven acht negen tien"}, body(14, 14), "left", "", 90, 300);
  CHECK(r.fits);
  CHECK(r.measures[0].lines > 1);
  CHECK(r.measures[0].broken_words.empty());
}

TEST_CASE("characters the font lacks are counted", "[layout]") {
  fonts();
  TextBlock b;
  b.family = "Atkinson Hyperlegible";
  b.markup = "Werk \xe4\xb8\xad\xe6\x96\x87";  // two CJK characters
  b.width_pt = 300;
  TextMeasure m = measure(b);
  CHECK(m.unknown_glyphs == 2);
}

TEST_CASE("a family not in fonts/ is a fallback", "[layout]") {
  fonts();
  TextBlock b;
  b.family = "Comic Sans MS";
  b.markup = "Werk";
  b.width_pt = 300;
  TextMeasure m = measure(b);
  CHECK(m.fallback_families == std::vector<std::string>{"Atkinson Hyperlegible"});
}

TEST_CASE("card markup allows bold and line breaks, escapes the rest", "[layout]") {
  CHECK(card_markup("Zeg wat **goed** gaat.\nEn <meer> & zo.\n") ==
        "Zeg wat <b>goed</b> gaat.\nEn &lt;meer&gt; &amp; zo.");
}

namespace {
struct Fixture {
  test::TempProject p;
  Workspace ws;
  Diagnostics d;
  DeckContext ctx;
  explicit Fixture(const std::string& card_text) {
    p.write("cards/j.yaml",
            "deck: {id: j, title: Sterk in Werk, audience: jongere, template: easy-read, edition: '1'}\n"
            "cards:\n"
            "  - id: J-1\n"
            "    cluster: werk\n"
            "    title: Werk dat past\n"
            "    text: |\n" +
                card_text +
                "    question: Wat doe jij graag?\n"
                "    pictogram: briefcase\n");
    REQUIRE(load_workspace(p.root(), &ws, &d));
    fonts();
    ctx.project = &ws.project;
    ctx.deck = &ws.decks[0];
    ctx.tpl = &ws.templates.at("easy-read");
    ctx.clusters = {{"werk", "Passend werk", {}}};
  }
};
}  // namespace

TEST_CASE("placeholders are filled from the deck, card and cluster", "[layout]") {
  Fixture f("      Tekst.\n");
  auto plan = plan_deck(f.ctx);
  REQUIRE(plan.size() == 2);  // generated divider + card
  CHECK(plan[0].card->kind == CardKind::divider);
  CHECK(plan[0].card->generated);
  Location src;
  std::string s = expand_placeholders("{card.number}/{deck.count} {cluster.label} ({cluster.number}) {deck.title}",
                                      f.ctx, plan[1], {}, &src, &f.d);
  CHECK(s == "2/2 Passend werk (1) Sterk in Werk");
  std::string t = expand_placeholders("{card.title}", f.ctx, plan[1], {}, &src, &f.d);
  CHECK(t == "Werk dat past");
  CHECK(src.line == 5);  // a single card field points at the card
  expand_placeholders("{card.titel}", f.ctx, plan[1], {"t.yaml", 3, 4}, &src, &f.d);
  REQUIRE(f.d.items().size() == 1);
  CHECK(f.d.items()[0].message == "'{card.titel}' is not a known field; did you mean '{card.title}'?");
}

TEST_CASE("a card's frame has its items in the boxes the template gives", "[layout]") {
  Fixture f("      Wat vind jij leuk?\n      Zoek werk dat daarbij past.\n");
  auto plan = plan_deck(f.ctx);
  Frame front = layout_side(f.ctx, plan[1], "front", &f.d);
  CHECK(f.d.items().empty());
  const double pt = 72 / 25.4;
  CHECK(front.width == Approx(111 * pt));
  CHECK(front.height == Approx(154 * pt));
  CHECK(front.trim.x == Approx(3 * pt));
  bool band_in_bleed = false, pictogram = false, body = false;
  for (const auto& it : front.items) {
    if (it.element == "band") band_in_bleed = it.box.x == 0 && it.box.y == 0 && it.box.w == Approx(front.width);
    if (it.element == "pictogram") pictogram = it.kind == FrameItem::pictogram && it.alt.empty();
    if (it.element == "body") {
      body = true;
      CHECK(it.text.size_pt == f.ctx.tpl->fonts.at("body").size_pt);  // short text keeps its size
      CHECK(front.safe.contains(it.content));
    }
  }
  CHECK(band_in_bleed);
  CHECK(pictogram);
  CHECK(body);
}

TEST_CASE("overflow is an error at the card's text, not the template", "[layout]") {
  std::string many;
  for (int i = 0; i < 14; ++i) many += "      Dit is een hele lange zin over werk en nog meer.\n";
  Fixture f(many);
  auto plan = plan_deck(f.ctx);
  layout_side(f.ctx, plan[1], "front", &f.d);
  for (const auto& i : f.d.items()) UNSCOPED_INFO(i.code << " " << i.message);
  REQUIRE(f.d.error_count() == 1);
  const Diagnostic& e = f.d.items()[0];
  CHECK(e.code == "layout/overflow");
  CHECK(e.where.file == f.p.root() + "/cards/j.yaml");
  CHECK(e.where.line == 7);
  CHECK(e.where.column == 7);
  CHECK(e.message.rfind("text of card 'J-1' does not fit box 'body' even at the minimum size 14 pt: it needs", 0) == 0);
}

TEST_CASE("contrast is measured against the colour behind the text", "[layout]") {
  CHECK(contrast_ratio({0, 0, 0}, {1, 1, 1}) == Approx(21));
  CHECK(contrast_ratio({1, 1, 1}, {1, 1, 1}) == Approx(1));
  Colour grey;
  parse_colour("#767676", &grey);
  CHECK(contrast_ratio(grey, {1, 1, 1}) == Approx(4.54).margin(0.01));
}

TEST_CASE("a paragraph does not end with one word alone when a narrower wrap avoids it", "[layout]") {
  fonts();
  // At this width the last word wraps alone; a slightly narrower wrap takes a second word along.
  const std::string text = "Wat vind jij leuk om te doen?";
  FontStyle style = body(17, 14);
  TextBlock probe;
  probe.family = style.family;
  probe.size_pt = 17;
  probe.line_height_pt = 17 * 1.45;
  probe.markup = text;
  double width = 0;
  for (double w = 150; w < 260; w += 1) {
    probe.width_pt = w;
    TextMeasure m = measure(probe);
    if (m.lines == 2 && m.widows == 1) {
      width = w;
      break;
    }
  }
  REQUIRE(width > 0);
  FitResult r = fit_text({text}, style, "left", "", width, 200);
  REQUIRE(r.fits);
  CHECK(r.measures[0].lines == 2);
  CHECK(r.measures[0].widows == 0);
  CHECK(r.blocks[0].width_pt < width);
  // Centred text is left alone: narrowing would move it off its centre.
  FitResult centred = fit_text({text}, style, "center", "", width, 200);
  CHECK(centred.measures[0].widows == 1);
}

TEST_CASE("card markup is parsed into bold spans and line breaks", "[layout]") {
  auto spans = parse_card_markup("Zeg wat **goed** gaat.\nNog een **zin\n");
  REQUIRE(spans.size() == 5);
  CHECK(spans[0].text == "Zeg wat ");
  CHECK(spans[1].text == "goed");
  CHECK(spans[1].bold);
  CHECK_FALSE(spans[2].bold);
  CHECK(spans[3].line_break);
  CHECK(spans[3].text == "Nog een ");
  CHECK(spans[4].bold);  // an unclosed ** runs to the end
  CHECK(card_markup("a **b\nc** d") == "a <b>b</b>\n<b>c</b> d");
}

TEST_CASE("a carriage return in card text is one line break, never two", "[layout]") {
  // "\r" reaches a card through a quoted YAML escape or a file pasted from Windows;
  // Pango's markup parser would turn it into one or two breaks of its own.
  CHECK(card_markup("Een\r\nTwee\rDrie\r\n") == "Een\nTwee\nDrie");
}
