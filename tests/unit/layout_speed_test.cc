// The short cuts layout takes for speed (docs/performance.md, "CPU per card, fifth
// session") must give what the long way gives: plain text handed to Pango without
// parsing it as markup, and fit results remembered per deck.
#include <catch2/catch.hpp>

#include "layout/fonts.h"
#include "layout/text_fit.h"
#include "model/markup.h"
#include "util/text.h"
#include "test_project.h"

using namespace sterk;

namespace {
void fonts() {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
}

TextBlock block(const std::string& markup) {
  TextBlock b;
  b.family = "Atkinson Hyperlegible";
  b.markup = markup;
  b.size_pt = 11;
  b.line_height_pt = 17;
  b.width_pt = 120;
  return b;
}

// Everything a renderer and the checks read of a shaped text.
void same_shape(const ShapedText& a, const ShapedText& b) {
  CHECK(a.text() == b.text());
  CHECK(a.width() == b.width());
  CHECK(a.height() == b.height());
  REQUIRE(a.lines().size() == b.lines().size());
  for (size_t i = 0; i < a.lines().size(); ++i) {
    CHECK(a.lines()[i].x == b.lines()[i].x);
    CHECK(a.lines()[i].baseline == b.lines()[i].baseline);
    CHECK(a.lines()[i].width == b.lines()[i].width);
    CHECK(a.lines()[i].start_byte == b.lines()[i].start_byte);
  }
}
}  // namespace

TEST_CASE("markup without tags or entities is recognised as plain text", "[layout]") {
  CHECK(markup_is_plain("Vraag je collega om hulp."));
  CHECK(markup_is_plain("Eén regel\nen nog één, met\teen tab"));
  CHECK(markup_is_plain(""));
  CHECK_FALSE(markup_is_plain("Dit is <b>belangrijk</b>"));
  CHECK_FALSE(markup_is_plain("Rust &amp; ruimte"));
  CHECK_FALSE(markup_is_plain("a > b"));
  CHECK_FALSE(markup_is_plain("bel\x01"));  // a control character: GMarkup decides
  CHECK_FALSE(markup_is_plain("kapot \xc3"));  // invalid UTF-8: GMarkup decides
}

TEST_CASE("plain text is shaped as its markup would be", "[layout]") {
  fonts();
  // The same words through the markup parser (an empty <span> adds no attribute) and
  // handed over as text: the same lines, line height included, and no hyphens.
  const std::string text =
      "Een afspraak met je jobcoach helpt als je werk zoekt dat bij je past en je wilt weten waar je goed in bent.";
  auto plain = ShapedText::shape(block(text));
  auto parsed = ShapedText::shape(block(text + "<span></span>"));
  REQUIRE(plain->lines().size() >= 3);
  same_shape(*plain, *parsed);
  CHECK(plain->lines()[1].baseline - plain->lines()[0].baseline == Approx(17).margin(0.01));
  CHECK(plain->text().find('-') == std::string::npos);
}

TEST_CASE("the deck's fit cache gives what fitting again gives, and keeps texts apart", "[layout]") {
  fonts();
  FontStyle style;
  style.family = "Atkinson Hyperlegible";
  style.size_pt = 12;
  style.min_pt = 8;
  style.line_spacing = 1.3;
  FitCache cache;
  auto tips = cache.fit({"Tips"}, style, "left", "", 200, 30);
  auto again = cache.fit({"Tips"}, style, "left", "", 200, 30);
  CHECK(again == tips);  // remembered: the same result, not fitted again
  CHECK(cache.size() == 1);
  FitResult direct = fit_text({"Tips"}, style, "left", "", 200, 30);
  CHECK(tips->size_pt == direct.size_pt);
  CHECK(tips->total_height == direct.total_height);
  REQUIRE(tips->shaped.size() == 1);
  same_shape(*tips->shaped[0], *direct.shaped[0]);

  // Anything that changes the fit is another entry: the text, the box, the style.
  auto other = cache.fit({"Tip"}, style, "left", "", 200, 30);
  CHECK(other->shaped[0]->text() == "Tip");
  auto narrow = cache.fit({"Om over te praten"}, style, "left", "", 40, 200);
  auto wide = cache.fit({"Om over te praten"}, style, "left", "", 200, 200);
  CHECK(narrow->measures[0].lines > wide->measures[0].lines);
  FontStyle big = style;
  big.size_pt = 20;
  CHECK(cache.fit({"Tips"}, big, "left", "", 200, 30)->size_pt == 20);
  CHECK(cache.fit({"Tips"}, style, "left", "", 200, 30)->size_pt == 12);
  CHECK(cache.fit({"Tips"}, style, "left", "• ", 200, 30)->shaped[0]->text() == "• \tTips");
  CHECK(cache.size() == 6);
}

TEST_CASE("card text without bold or line breaks becomes the markup the span way gives", "[layout]") {
  // The span way, written out: parse the card markup, escape each span, bold in <b>.
  auto by_spans = [](const std::string& text) {
    std::string out;
    for (const TextSpan& span : parse_card_markup(text)) {
      if (span.line_break) out += '\n';
      if (!span.text.empty()) out += span.bold ? "<b>" + markup_escape(span.text) + "</b>" : markup_escape(span.text);
    }
    return out;
  };
  for (const std::string t : {"Vraag hulp.", "Vraag hulp.   ", "", "   ", "Rust & <ruimte> \"zo\" 'n keer",
                              " voor spaties", "Tab\tin het midden", "Eén, twee; drie?"})
    CHECK(card_markup(t) == by_spans(t));
  CHECK(card_markup("Rust & ruimte  ") == "Rust &amp; ruimte");
  // With bold or line breaks it still goes the span way.
  CHECK(card_markup("Wat **goed** gaat ") == "Wat <b>goed</b> gaat");
  CHECK(card_markup("Een\nTwee \n") == "Een\nTwee");
}
