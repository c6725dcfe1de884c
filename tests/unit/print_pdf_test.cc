#include <catch2/catch.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "test_project.h"

using namespace sterk;

namespace {
const char* kDeck =
    "deck: {id: w, title: Sterk in Werk, subtitle: Voor werkgevers, audience: werkgever, "
    "template: professional, edition: '2026.1'}\n"
    "cards:\n"
    "  - {id: W-cover, kind: cover, title: Sterk in Werk, pictogram: handshake}\n"
    "  - id: W-1\n"
    "    cluster: werk\n"
    "    title: Werk dat past\n"
    "    text: Bespreek samen welke taken passen.\n"
    "    tips: [Begin klein.]\n"
    "    question: Welke taak past?\n"
    "    pictogram: briefcase\n"
    "  - id: W-2\n"
    "    cluster: steun\n"
    "    title: Steun\n"
    "    text: Vraag wat helpt.\n"
    "    pictogram: users\n";

std::string build(const test::TempProject& p, int* code) {
  std::string out;
  *code = test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output print", &out);
  return out;
}

QPDFObjectHandle::Rectangle rect(QPDFObjectHandle page, const char* key) {
  return page.getKey(key).getArrayAsRectangle();
}
}  // namespace

TEST_CASE("the print PDF has one side per page with trim and bleed boxes", "[render]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  int code = 0;
  std::string log = build(p, &code);
  INFO(log);
  REQUIRE(code == 0);
  QPDF pdf;
  pdf.processFile(p.path("out/w/w-print.pdf").c_str());
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  // cover, divider werk, W-1, divider steun, W-2: five cards, two sides each.
  REQUIRE(pages.size() == 10);
  const double mm = 72 / 25.4;
  for (auto& page : pages) {
    auto oh = page.getObjectHandle();
    auto media = rect(oh, "/MediaBox"), bleed = rect(oh, "/BleedBox"), trim = rect(oh, "/TrimBox");
    CHECK(media.urx - media.llx == Approx(111 * mm).margin(0.01));
    CHECK(media.ury - media.lly == Approx(154 * mm).margin(0.01));
    CHECK(bleed.llx == media.llx);
    CHECK(bleed.urx == media.urx);
    CHECK(trim.llx == Approx(media.llx + 3 * mm).margin(0.01));
    CHECK(trim.ury == Approx(media.ury - 3 * mm).margin(0.01));
  }
  auto trailer = pdf.getTrailer();
  CHECK(trailer.getKey("/ID").isArray());
  auto info = trailer.getKey("/Info");
  CHECK(info.getKey("/Title").getUTF8Value() == "Sterk in Werk – Voor werkgevers");
  CHECK(info.getKey("/CreationDate").getUTF8Value().rfind("D:", 0) == 0);
  CHECK(info.getKey("/Keywords").getUTF8Value().find("werkgevers") != std::string::npos);
  auto root = pdf.getRoot();
  auto nums = root.getKey("/PageLabels").getKey("/Nums");
  CHECK(nums.getArrayItem(1).getKey("/P").getUTF8Value() == "W-cover voor");
  CHECK(nums.getArrayItem(3).getKey("/P").getUTF8Value() == "W-cover achter");
  auto outline = root.getKey("/Outlines");
  CHECK(outline.getKey("/Count").getIntValue() == 2);
  CHECK(outline.getKey("/First").getKey("/Title").getUTF8Value() == "werk");
}

TEST_CASE("fonts are embedded, pictograms stay vectors, qpdf finds no errors", "[render]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  int code = 0;
  build(p, &code);
  REQUIRE(code == 0);
  std::string pdf = p.path("out/w/w-print.pdf"), out;
  test::run("pdffonts " + pdf, &out);
  CHECK(out.find("AtkinsonHyperlegible-Regular") != std::string::npos);
  CHECK(out.find(" no ") == std::string::npos);  // every font: emb yes
  test::run("pdfimages -list " + pdf + " | tail -n +3 | wc -l", &out);
  CHECK(out == "0\n");
  CHECK(test::run("qpdf --check " + pdf, &out) == 0);
}

TEST_CASE("two builds give byte-identical PDFs", "[render]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  int code = 0;
  build(p, &code);
  REQUIRE(code == 0);
  std::string first = p.read("out/w/w-print.pdf");
  build(p, &code);
  REQUIRE(code == 0);
  CHECK(first == p.read("out/w/w-print.pdf"));
  CHECK(first.size() > 1000);
}

TEST_CASE("text that cannot fit fails the build and leaves out/ as it was", "[render]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  int code = 0;
  build(p, &code);
  REQUIRE(code == 0);
  std::string before = p.read("out/w/w-print.pdf");
  std::string long_text;
  for (int i = 0; i < 30; ++i) long_text += "Bespreek samen welke taken passen bij wat iemand kan. ";
  std::string deck = kDeck;
  deck.replace(deck.find("Bespreek samen welke taken passen."), 34, long_text);
  p.write("cards/w.yaml", deck);
  std::string log = build(p, &code);
  CHECK(code == 1);
  CHECK(log.find(p.root() + "/cards/w.yaml:7:11: error: text of card 'W-1' does not fit box 'body'") !=
        std::string::npos);
  CHECK(log.find("[layout/overflow]") != std::string::npos);
  CHECK(log.find("nothing was written") != std::string::npos);
  CHECK(p.read("out/w/w-print.pdf") == before);
  std::string ls;
  test::run("ls -A " + p.path("out"), &ls);
  CHECK(ls == "w\n");  // no staging folder left behind
}

TEST_CASE("build usage errors exit 2 with a hint", "[cli]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string out;
  CHECK(test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --deck ww", &out) == 2);
  CHECK(out == "sterk build: unknown deck 'ww'; did you mean 'w'?\nhint: run 'sterk build --help'\n");
  CHECK(test::run(std::string(STERK_BINARY) + " biuld", &out) == 2);
  CHECK(out == "sterk: unknown command 'biuld'; did you mean 'build'?\nhint: run 'sterk --help' for the list of commands\n");
}
