// Office sheets as the person at the printer sees them: read the words on each page of
// the built PDF (pdftotext -bbox) and check that each card's back lands behind its own
// front after duplex printing, and that the note under the cards counts the sheets.
// Four A6 cards go two to an A4 sheet, turned a quarter: one card in the top half of
// the page, one in the bottom half.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "test_project.h"

using namespace sterk;

namespace {

const char* kDeck = R"(deck: {id: w, title: Fruit, audience: werkgever, template: professional, kind: workshop}
cards:
  - {id: W-1, title: Appel, text: Een kaart., tips: [Peer.]}
  - {id: W-2, title: Banaan, text: Een kaart., tips: [Kers.]}
  - {id: W-3, title: Citroen, text: Een kaart., tips: [Pruim.]}
  - {id: W-4, title: Dadel, text: Een kaart., tips: [Vijg.]}
)";

struct Word {
  int page = 0;
  double x = 0, y = 0;  ///< centre, points from the top-left of the page
  double page_h = 0;
};

/// Every word of the PDF with the page it is on and where.
std::vector<std::pair<std::string, Word>> words_of(const std::string& pdf) {
  std::string html;
  REQUIRE(test::run("pdftotext -bbox '" + pdf + "' -", &html) == 0);
  std::vector<std::pair<std::string, Word>> out;
  std::regex page_re(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
  std::regex word_re(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  int page = 0;
  double page_h = 0;
  size_t at = 0;
  while (at < html.size()) {
    size_t nl = html.find('\n', at);
    std::string line = html.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    at = nl == std::string::npos ? html.size() : nl + 1;
    std::smatch m;
    if (std::regex_search(line, m, page_re)) {
      ++page;
      page_h = std::stod(m[2]);
    } else if (std::regex_search(line, m, word_re)) {
      Word w{page, (std::stod(m[1]) + std::stod(m[3])) / 2, (std::stod(m[2]) + std::stod(m[4])) / 2, page_h};
      out.push_back({m[5], w});
    }
  }
  return out;
}

Word find(const std::vector<std::pair<std::string, Word>>& words, const std::string& text) {
  for (const auto& [t, w] : words)
    if (t == text) return w;
  FAIL("the word '" << text << "' is on no page");
  return {};
}

/// "top" or "bottom": which of the two cards of an A4 sheet a word belongs to.
std::string half(const Word& w) { return w.y < w.page_h / 2 ? "top" : "bottom"; }

std::string page_text(const std::string& pdf, int page) {
  std::string out;
  test::run("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf + "' -", &out);
  return out;
}

}  // namespace

TEST_CASE("office sheets: each card's back lands behind its own front", "[publish][sheets]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  for (const char* duplex : {"long-edge", "short-edge"}) {
    INFO("duplex " << duplex);
    REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output sheets --duplex " + duplex,
                      &log) == 0);
    auto words = words_of(p.path("out/w/w-sheets-a4.pdf"));
    // Sheet 1: Appel and Banaan on the front (page 1), their tips Peer and Kers on the back (page 2).
    Word appel = find(words, "Appel"), banaan = find(words, "Banaan");
    Word peer = find(words, "Peer."), kers = find(words, "Kers.");
    CHECK(appel.page == 1);
    CHECK(banaan.page == 1);
    CHECK(peer.page == 2);
    CHECK(kers.page == 2);
    REQUIRE(half(appel) != half(banaan));
    // Turned over the long edge, the top half stays on top; over the short edge, the
    // top of the front is the bottom of the back.
    bool long_edge = std::string(duplex) == "long-edge";
    CHECK(half(peer) == (long_edge ? half(appel) : half(banaan)));
    CHECK(half(kers) == (long_edge ? half(banaan) : half(appel)));
    // Sheet 2 the same: Citroen's back Pruim, Dadel's back Vijg.
    Word citroen = find(words, "Citroen"), pruim = find(words, "Pruim.");
    Word dadel = find(words, "Dadel"), vijg = find(words, "Vijg.");
    CHECK(citroen.page == 3);
    CHECK(pruim.page == 4);
    CHECK(half(pruim) == (long_edge ? half(citroen) : half(dadel)));
    CHECK(half(vijg) == (long_edge ? half(dadel) : half(citroen)));
  }
}

TEST_CASE("office sheets: the note under the cards says which sheet of how many", "[publish][sheets]") {
  test::TempProject p;
  std::string deck = kDeck;
  p.write("cards/w.yaml", deck);
  std::string log;
  REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output sheets", &log) == 0);
  std::string pdf = p.path("out/w/w-sheets-a4.pdf");
  // Four cards, two a sheet: two sheets, so four pages.
  CHECK(page_text(pdf, 1).find("vel 1 van 2 · voorkant") != std::string::npos);
  CHECK(page_text(pdf, 2).find("vel 1 van 2 · achterkant") != std::string::npos);
  CHECK(page_text(pdf, 3).find("vel 2 van 2 · voorkant") != std::string::npos);
  CHECK(page_text(pdf, 4).find("vel 2 van 2 · achterkant") != std::string::npos);
  // Three cards still need two sheets; the second holds one card.
  deck.erase(deck.find("  - {id: W-4"));
  p.write("cards/w.yaml", deck);
  REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output sheets", &log) == 0);
  CHECK(page_text(pdf, 3).find("vel 2 van 2 · voorkant") != std::string::npos);
  // Two cards fill one sheet exactly.
  deck.erase(deck.find("  - {id: W-3"));
  p.write("cards/w.yaml", deck);
  REQUIRE(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output sheets", &log) == 0);
  CHECK(page_text(pdf, 1).find("vel 1 van 1 · voorkant") != std::string::npos);
}
