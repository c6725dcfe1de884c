// Easy-read lines on print (template `lines: phrases`): every sentence starts a line
// and a sentence that needs two lines breaks between word groups, lines about as
// long as each other. The expected breaks are decided by the Dutch easy-read rules
// (docs/templates.md, "Lines"), not read back from the program.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/fonts.h"
#include "layout/frame.h"
#include "layout/phrase_breaks.h"
#include "layout/phrase_lines.h"
#include "layout/shaped_text.h"
#include "layout/text_fit.h"
#include "test_project.h"

using namespace sterk;

namespace {
using Lines = std::vector<std::string>;
constexpr double kPtPerMm = 72.0 / 25.4;

void fonts() {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
}

// The easy-read template's body text: 17 pt, 1.45 line spacing.
TextBlock body(double width_mm, double indent_pt = 0) {
  TextBlock b;
  b.family = "Atkinson Hyperlegible";
  b.size_pt = 17;
  b.line_height_pt = 17 * 1.45;
  b.width_pt = width_mm * kPtPerMm;
  b.indent_pt = indent_pt;
  return b;
}

FontStyle body_style() {
  FontStyle f;
  f.size_pt = 17;
  f.min_pt = 14;
  f.line_spacing = 1.45;
  return f;
}

// The lines of shaped text as Pango laid them out (U+2028 left out).
Lines shaped_lines(const ShapedText& t) {
  Lines out;
  for (const auto& line : t.lines()) {
    std::string s = t.text().substr(line.start_byte, line.length_bytes);
    size_t ls = s.find(kLineBreak);
    if (ls != std::string::npos) s.erase(ls);
    out.push_back(s);
  }
  return out;
}
}  // namespace

// The penalty of the break marked " / " in `sentence`.
double pen(const std::string& sentence) {
  std::vector<std::string> words;
  size_t at = 0;
  size_t i = 0;
  while (i < sentence.size()) {
    size_t j = sentence.find(' ', i);
    if (j == std::string::npos) j = sentence.size();
    std::string w = sentence.substr(i, j - i);
    if (w == "/") at = words.size();
    else if (!w.empty()) words.push_back(w);
    i = j + 1;
  }
  REQUIRE(at > 0);
  return break_penalty(words, at);
}

TEST_CASE("phrase breaks: where a Dutch word group ends is better than inside one", "[layout][phrases]") {
  // Inside a word group: after an article, a preposition, "om", "te", a possessive.
  CHECK(pen("Maak een / lijstje van wat je graag doet.") >= 1000);
  CHECK(pen("Praat met / je baas.") >= 1000);
  // A preposition before a clause ("over / hoe het gaat") is less bad, still worse than before it.
  CHECK(pen("Maak een lijstje van / wat je graag doet.") >= 200);
  CHECK(pen("Maak een lijstje van / wat je graag doet.") > pen("Maak een lijstje / van wat je graag doet.") + 200);
  CHECK(pen("Wat vind jij leuk om / te doen?") >= 1000);
  CHECK(pen("Wat vind jij leuk om te / doen?") >= 1000);
  CHECK(pen("Dit is mijn / werk.") >= 1000);
  CHECK(pen("Jij kiest of je over je / beperking vertelt.") >= 1000);  // "over je": your
  // An adjective and its noun: "Een vaste / collega helpt je."
  CHECK(pen("Een vaste / collega helpt je.") >= 500);
  CHECK(pen("Kies een vast / moment om te praten.") >= 500);
  CHECK(pen("Eet in de pauze / met je collega's.") < 0);  // "pauze" ends in -e but is the noun
  // A verb and "je" as its subject stay together; after them is a good place.
  CHECK(pen("Later kun / je meer uren werken.") >= 300);
  CHECK(pen("Later kun je / meer uren werken.") == 0);
  // Before a particle that ends the sentence or its clause.
  CHECK(pen("Schrijf het / op.") >= 500);
  CHECK(pen("Zoek de reistijd / op met je telefoon.") >= 300);
  CHECK(pen("Zoek de reistijd op / met je telefoon.") < 0);  // after the particle, before a preposition
  CHECK(pen("Wat helpt jou om / op tijd te zijn?") >= 1000);  // but "om" is no particle
  // A name of several words.
  CHECK(pen("De letters zijn van Atkinson / Hyperlegible.") >= 300);
  // Good places: after a comma, before a conjunction, a relative pronoun, a preposition.
  CHECK(pen("Als het niet lukt, / vraag hulp.") < 0);
  CHECK(pen("Zoek werk met dingen / die je leuk vindt.") < 0);
  CHECK(pen("Kies werk / omdat je het leuk vindt.") < 0);
  CHECK(pen("Maak een lijstje / van wat je graag doet.") < 0);
  // "om te doen" completes the word before it ("leuk om te doen"): a small penalty
  // that balance can outweigh; "om" before anything else is neutral.
  CHECK(pen("Wat vind jij leuk / om te doen?") > 0);
  CHECK(pen("Wat vind jij leuk / om te doen?") < 100);
  CHECK(pen("Vraag je coach / om hulp.") == 0);
  // "het" is an article or a pronoun ("Gaat het / minder?"): less sure than "de".
  CHECK(pen("Gaat het / minder?") < pen("Praat met de / baas."));
  // Capitals and quotes do not hide a word.
  CHECK(pen("De / baas helpt.") >= 1000);
  CHECK(pen("Hij zei \xE2\x80\x9Cvan / hem\xE2\x80\x9D.") >= 1000);
}

TEST_CASE("phrase breaks: the breaker balances lines and avoids penalised breaks", "[layout][phrases]") {
  // Six words, each 10 pt wide with 5 pt between them: 85 pt in all, 50 pt lines.
  BreakInput in;
  for (int i = 0; i < 6; ++i) {
    in.start.push_back(i * 15.0);
    in.end.push_back(i * 15.0 + 10);
    in.penalty.push_back(0);
  }
  CHECK(choose_breaks(in, 100).empty());                      // fits on one line
  CHECK(choose_breaks(in, 50) == std::vector<size_t>{3});     // 3 + 3 words, not 4 + 2
  in.penalty[3] = 1000;                                       // e.g. after an article
  CHECK(choose_breaks(in, 60) == std::vector<size_t>{2});     // 2 + 4 rather than inside the group
  in.penalty[4] = -60;                                        // after a comma
  CHECK(choose_breaks(in, 60) == std::vector<size_t>{4});
  // Three lines when two cannot hold it.
  in.penalty = std::vector<double>(6, 0);
  CHECK(choose_breaks(in, 30) == std::vector<size_t>{2, 4});
  // A word wider than the box gets a line of its own.
  in.end[5] = 5 * 15.0 + 80;
  std::vector<size_t> wide = choose_breaks(in, 50);
  REQUIRE_FALSE(wide.empty());
  CHECK(wide.back() == 5);
}

TEST_CASE("phrase lines: real easy-read sentences break between word groups", "[layout][phrases]") {
  fonts();
  // The body box of the easy-read content card: 65 mm beside the pictogram.
  const TextBlock box = body(65);
  CHECK(phrase_lines("Wat vind jij leuk om te doen?", box) == Lines{"Wat vind jij", "leuk om te doen?"});
  CHECK(phrase_lines("Zoek werk met dingen die je leuk vindt.", box) ==
        Lines{"Zoek werk met dingen", "die je leuk vindt."});
  CHECK(phrase_lines("En wat kun je goed?", box) == Lines{"En wat kun je goed?"});
  // Each sentence starts its own line, even when two would fit on one.
  CHECK(phrase_lines("Gaat het minder? Praat dan.", body(95)) == Lines{"Gaat het minder?", "Praat dan."});
  // A tip: the whole card width (95 mm) less the bullet's hanging indent.
  const TextBlock tip = body(95, 19);
  CHECK(phrase_lines("Maak een lijstje van wat je graag doet.", tip) ==
        Lines{"Maak een lijstje", "van wat je graag doet."});
  CHECK(phrase_lines("Zoek de reistijd op met je telefoon.", tip) == Lines{"Zoek de reistijd op", "met je telefoon."});
  CHECK(phrase_lines("Kies een vast moment om te praten.", tip) == Lines{"Kies een vast moment", "om te praten."});
  // A verb and its subject stay together ("Later kun / je" was Pango's break).
  CHECK(phrase_lines("Later kun je meer uren werken.", box) == Lines{"Later kun je", "meer uren werken."});
  CHECK(phrase_lines("Een vaste collega helpt je.", box) == Lines{"Een vaste collega", "helpt je."});
  // Three lines when two cannot hold the sentence.
  CHECK(phrase_lines("Een gesprek voor een baan is spannend.", box) ==
        Lines{"Een gesprek", "voor een baan", "is spannend."});
}

TEST_CASE("phrase lines: fitting lays the text out with exactly the chosen breaks", "[layout][phrases]") {
  fonts();
  FitResult r = fit_text({"Wat vind jij leuk om te doen?", "Zoek werk met dingen die je leuk vindt."}, body_style(),
                         "left", "", 65 * kPtPerMm, 100 * kPtPerMm, LineBreaking::phrases);
  REQUIRE(r.fits);
  CHECK(r.size_pt == 17);
  REQUIRE(r.shaped.size() == 2);
  CHECK(shaped_lines(*r.shaped[0]) == Lines{"Wat vind jij", "leuk om te doen?"});
  CHECK(shaped_lines(*r.shaped[1]) == Lines{"Zoek werk met dingen", "die je leuk vindt."});
  for (const auto& m : r.measures) {
    CHECK(m.broken_words.empty());
    CHECK(m.unknown_glyphs == 0);
    CHECK(m.width <= 65 * kPtPerMm);
  }
  // Pango alone fills the first line: the old, mid-phrase break.
  FitResult wrapped = fit_text({"Wat vind jij leuk om te doen?"}, body_style(), "left", "", 65 * kPtPerMm,
                               100 * kPtPerMm);
  CHECK(shaped_lines(*wrapped.shaped[0]) == Lines{"Wat vind jij leuk om ", "te doen?"});
}

TEST_CASE("phrase lines: a list item keeps its hanging indent and bold stays bold", "[layout][phrases]") {
  fonts();
  FitResult r = fit_text({"Maak een **lijstje** van wat je graag doet."}, body_style(), "left", "•",
                         95 * kPtPerMm, 60 * kPtPerMm, LineBreaking::phrases);
  REQUIRE(r.fits);
  const ShapedText& t = *r.shaped[0];
  REQUIRE(t.lines().size() == 2);
  CHECK(shaped_lines(t) == Lines{"•\tMaak een lijstje", "van wat je graag doet."});
  // The second line starts under the text, not under the bullet.
  CHECK(t.lines()[1].x == Approx(r.blocks[0].indent_pt).margin(0.5));
  CHECK(r.blocks[0].markup.find("<b>lijstje</b>") != std::string::npos);
}

TEST_CASE("phrase lines: text that cannot fit still shrinks, and too wide a word is still reported", "[layout][phrases]") {
  fonts();
  // Three sentences of two lines each need 6 lines; at 17 pt only 5 fit in 40 mm.
  FitResult shrunk = fit_text({"Wat vind jij leuk om te doen? Zoek werk met dingen die je leuk vindt. "
                               "Maak een lijstje van wat je graag doet."},
                              body_style(), "left", "", 65 * kPtPerMm, 40 * kPtPerMm, LineBreaking::phrases);
  CHECK(shrunk.size_pt < 17);
  const std::string wide = "Arbeidsongeschiktheidsverzekeringsmaatschappij";
  FitResult r = fit_text({"Bel de " + wide + " op."}, body_style(), "left", "", 65 * kPtPerMm, 100 * kPtPerMm,
                         LineBreaking::phrases);
  CHECK_FALSE(r.fits);
  CHECK(r.size_pt == 14);
  REQUIRE(r.measures.size() == 1);
  bool named = !r.measures[0].too_wide_words.empty() || !r.measures[0].broken_words.empty();
  CHECK(named);
}
