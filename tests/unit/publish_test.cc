// sterk build's publishing outputs, as a distributor sees them: office sheets,
// PNGs, the web page, manifest.json, the zip bundle, CMYK and --jobs.
#include <zip.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>

#include "render/html_output.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {
const char* kDeck =
    "deck: {id: w, title: Sterk in Werk, subtitle: Voor werkgevers, audience: werkgever, "
    "template: professional, edition: '2026.1'}\n"
    "cards:\n"
    "  - {id: W-cover, kind: cover, title: Sterk in Werk, pictogram: handshake, pictogram_alt: Twee handen}\n"
    "  - id: W-1\n"
    "    cluster: werk\n"
    "    title: Werk <dat> past & zo\n"
    "    text: \"Bespreek **samen**\\nwelke taken passen.\"\n"
    "    tips: [Begin klein.]\n"
    "    question: Welke taak past?\n"
    "    pictogram: briefcase\n"
    "    pictogram_alt: Een \"koffer\"\n"
    "  - {id: W-2, cluster: steun, title: Steun, text: Vraag wat helpt., pictogram: users}\n";

const char* kSecondDeck =
    "deck: {id: j, title: Sterk in Werk, audience: jongere, template: easy-read}\n"
    "cards:\n"
    "  - {id: J-1, cluster: werk, title: Werk, text: Wat doe jij graag., pictogram: briefcase}\n"
    "  - {id: J-2, cluster: steun, title: Hulp, text: Vraag om hulp., pictogram: users}\n";

int build(const test::TempProject& p, const std::string& args, std::string* log) {
  return test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " " + args, log);
}

void png_dimensions(const std::string& data, int* w, int* h) {
  auto be = [&](size_t at) {
    return (static_cast<unsigned char>(data[at]) << 24) | (static_cast<unsigned char>(data[at + 1]) << 16) |
           (static_cast<unsigned char>(data[at + 2]) << 8) | static_cast<unsigned char>(data[at + 3]);
  };
  REQUIRE(data.size() > 24);
  *w = be(16);
  *h = be(20);
}

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}
}  // namespace

TEST_CASE("office sheets: A4 by default, other papers on request, a back page after each front", "[publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output sheets --paper a4,letter,a3", &log) == 0);
  const double mm = 72 / 25.4;
  struct Expect { const char* file; double w, h; size_t pages; };
  // Five printed cards (cover, two dividers, two cards): 2 per A4 or Letter sheet, 4 per A3.
  for (const Expect& e : {Expect{"w-sheets-a4.pdf", 210, 297, 6}, Expect{"w-sheets-letter.pdf", 215.9, 279.4, 6},
                          Expect{"w-sheets-a3.pdf", 297, 420, 4}}) {
    INFO(e.file);
    QPDF pdf;
    pdf.processFile(p.path(std::string("out/w/") + e.file).c_str());
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    CHECK(pages.size() == e.pages);
    auto media = pages[0].getObjectHandle().getKey("/MediaBox").getArrayAsRectangle();
    CHECK(media.urx - media.llx == Approx(e.w * mm).margin(0.01));
    CHECK(media.ury - media.lly == Approx(e.h * mm).margin(0.01));
    auto labels = pdf.getRoot().getKey("/PageLabels").getKey("/Nums");
    // A print dialog shows "vel 1 voorkant, blz. 1": the prefix, then the page number.
    CHECK(labels.getArrayItem(1).getKey("/P").getUTF8Value() == "vel 1 voorkant, blz. ");
    CHECK(labels.getArrayItem(1).getKey("/S").getName() == "/D");
    CHECK(labels.getArrayItem(3).getKey("/P").getUTF8Value() == "vel 1 achterkant, blz. ");
  }
  std::string out;
  test::run("pdfimages -list " + p.path("out/w/w-sheets-a4.pdf") + " | tail -n +3 | wc -l", &out);
  CHECK(out == "0\n");  // pictograms stay vectors on the sheets too
}

TEST_CASE("sheet options are checked: paper, duplex, back offset", "[publish][cli]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  CHECK(build(p, "--paper a5", &log) == 2);
  CHECK(log == "sterk build: unknown paper 'a5'\nhint: papers are a4, a3, letter\n");
  CHECK(build(p, "--back-offset 1", &log) == 2);
  CHECK(log.find("--back-offset needs two numbers in mm, X,Y") != std::string::npos);
  CHECK(build(p, "--duplex sideways", &log) == 2);
  CHECK(build(p, "--output sheets --duplex short-edge --back-offset 0.5,-1", &log) == 0);
}

TEST_CASE("the calibration sheet is a front and a back page", "[publish]") {
  test::TempProject p;
  std::string log;
  REQUIRE(build(p, "--calibration --paper letter --back-offset 1,0", &log) == 0);
  CHECK(log == "wrote " + p.root() + "/out/calibration-letter.pdf\n");
  QPDF pdf;
  pdf.processFile(p.path("out/calibration-letter.pdf").c_str());
  CHECK(QPDFPageDocumentHelper(pdf).getAllPages().size() == 2);
  std::string text;
  test::run("pdftotext " + p.path("out/calibration-letter.pdf") + " -", &text);
  CHECK(text.find("back_offset_x = +1 mm") != std::string::npos);
}

TEST_CASE("PNGs: every side of every card at the chosen dpi, and an overview", "[publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output png", &log) == 0);
  int w = 0, h = 0;
  for (const char* id : {"W-cover", "divider-werk", "W-1", "divider-steun", "W-2"})
    for (const char* side : {"-front.png", "-back.png"}) {
      INFO(id << side);
      png_dimensions(p.read(std::string("out/w/png/") + id + side), &w, &h);
      CHECK(w == 620);  // 105 mm at 150 dpi, cut at the trim line
      CHECK(h == 874);  // 148 mm
    }
  png_dimensions(p.read("out/w/png/overview.png"), &w, &h);
  CHECK(w > 5 * 160);
  CHECK(h < w);
  REQUIRE(build(p, "--output png --dpi 300", &log) == 0);
  png_dimensions(p.read("out/w/png/W-1-front.png"), &w, &h);
  CHECK(w == 1240);
  CHECK(h == 1748);
}

TEST_CASE("inline SVGs lose scripts and keep their licence comment", "[html]") {
  CHECK(inline_svg("<svg><script>alert(1)</script></svg>", "x") ==
        "<svg role=\"img\" aria-label=\"x\" focusable=\"false\"><title>x</title></svg>");
  CHECK(inline_svg("<svg onload=\"javascript:alert(1)\"/>", "") == "<svg aria-hidden=\"true\" focusable=\"false\"></svg>");
  CHECK(inline_svg("<?xml version=\"1.0\"?>\n<!-- ISC -->\n<svg viewBox=\"0 0 1 1\"><path/></svg>\n", "A & B") ==
        "<!-- ISC -->\n<svg viewBox=\"0 0 1 1\" role=\"img\" aria-label=\"A &amp; B\" focusable=\"false\">"
        "<title>A &amp; B</title><path/></svg>");
  CHECK(card_html("a **b** <c>\n") == "a <strong>b</strong> &lt;c&gt;");
}

TEST_CASE("manifest.json lists every file with its SHA-256, the cards, inputs and version", "[publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print,sheets,png,html", &log) == 0);
  auto m = nlohmann::json::parse(p.read("out/w/manifest.json"));
  CHECK(m["deck"] == "w");
  CHECK(m["cards"] == 5);
  CHECK(m["tool_version"] == STERK_VERSION);
  std::set<std::string> listed;
  for (const auto& f : m["files"]) {
    std::string path = f["path"];
    listed.insert(path);
    std::string data = p.read("out/w/" + path);
    CHECK(f["sha256"] == sha256_hex(data));
    CHECK(f["bytes"] == data.size());
  }
  CHECK(listed.count("w-print.pdf") == 1);
  CHECK(listed.count("w-sheets-a4.pdf") == 1);
  CHECK(listed.count("png/overview.png") == 1);
  CHECK(listed.count("index.html") == 1);
  CHECK(listed.count("kaart/W-1.html") == 1);
  CHECK(listed.count("fonts/AtkinsonHyperlegible-Regular.ttf") == 1);
  // 2 PDFs, the overview and 10 card sides, index.html, and the web deck's 12 other
  // files: 2 card pages, 3 pictograms, 2 fonts, stylesheet, script, service worker,
  // web app manifest and favicon.
  CHECK(listed.size() == 3 + 1 + 10 + 12);
  std::string digest = m["input_digest"];
  CHECK(digest.rfind("sha256:", 0) == 0);
  CHECK(m["inputs"][0]["path"] == "cards/w.yaml");
  // Another card text: another input digest.
  std::string deck = kDeck;
  deck.replace(deck.find("Vraag wat helpt."), 16, "Vraag wat werkt.");
  p.write("cards/w.yaml", deck);
  REQUIRE(build(p, "--output html", &log) == 0);
  auto m2 = nlohmann::json::parse(p.read("out/w/manifest.json"));
  CHECK(m2["input_digest"] != digest);
}

TEST_CASE("bundles: one zip per audience that repeats byte for byte", "[publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  p.write("cards/j.yaml", kSecondDeck);
  std::string log;
  REQUIRE(build(p, "--audience werkgever --bundle --output print,sheets,png,html", &log) == 0);
  CHECK(log.find("wrote " + p.root() + "/out/sets/werkgever.zip\n") != std::string::npos);
  CHECK_FALSE(file_exists(p.path("out/sets/jongere.zip")));
  std::string first = p.read("out/sets/werkgever.zip");
  int err = 0;
  zip_t* z = zip_open(p.path("out/sets/werkgever.zip").c_str(), ZIP_RDONLY, &err);
  REQUIRE(z);
  std::set<std::string> names;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) names.insert(zip_get_name(z, static_cast<zip_uint64_t>(i), 0));
  for (const char* n : {"README.txt", "w/w-print.pdf", "w/w-sheets-a4.pdf", "w/png/W-1-front.png", "w/png/overview.png",
                        "w/index.html", "w/manifest.json"})
    CHECK(names.count(n) == 1);
  zip_stat_t st;
  REQUIRE(zip_stat(z, "README.txt", 0, &st) == 0);
  std::string readme(st.size, '\0');
  zip_file_t* f = zip_fopen(z, "README.txt", 0);
  zip_fread(f, readme.data(), st.size);
  zip_fclose(f);
  zip_close(z);
  CHECK(readme.find("105 mm x 148 mm") != std::string::npos);
  CHECK(readme.find("Afloop:           3 mm") != std::string::npos);
  CHECK(readme.find("voorkant kaart 1, achterkant kaart 1") != std::string::npos);
  CHECK(readme.find("300-350 g/m2") != std::string::npos);
  REQUIRE(build(p, "--audience werkgever --bundle --output print,sheets,png,html", &log) == 0);
  CHECK(p.read("out/sets/werkgever.zip") == first);
}

TEST_CASE("print-cmyk: PDF/X-3 with boxes, no raster images, black text on the black plate only", "[publish][cmyk][needs][needs-gs]") {
  // ctest runs this through tests/needs.sh gs: skipped without Ghostscript, a failure with CI=true.
  std::string out;
  REQUIRE(test::run("command -v gs", &out) == 0);
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print,print-cmyk", &log) == 0);
  std::string cmyk = p.path("out/w/w-print-cmyk.pdf");
  QPDF pdf, rgb;
  pdf.processFile(cmyk.c_str());
  rgb.processFile(p.path("out/w/w-print.pdf").c_str());
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  auto rgb_pages = QPDFPageDocumentHelper(rgb).getAllPages();
  REQUIRE(pages.size() == rgb_pages.size());
  for (size_t i = 0; i < pages.size(); ++i)
    for (const char* box : {"/TrimBox", "/BleedBox"}) {
      auto a = pages[i].getObjectHandle().getKey(box).getArrayAsRectangle();
      auto b = rgb_pages[i].getObjectHandle().getKey(box).getArrayAsRectangle();
      CHECK(a.llx == Approx(b.llx).margin(0.02));
      CHECK(a.ury == Approx(b.ury).margin(0.02));
    }
  auto intents = pdf.getRoot().getKey("/OutputIntents");
  REQUIRE(intents.isArray());
  CHECK(intents.getArrayItem(0).getKey("/S").getName() == "/GTS_PDFX");
  test::run("pdfimages -list " + cmyk + " | tail -n +3 | wc -l", &out);
  CHECK(out == "0\n");
  // The fill colour in effect at each text-showing operator.
  std::set<std::string> text_colours, all_operators;
  for (auto& page : pages) {
    class Collect : public QPDFObjectHandle::ParserCallbacks {
     public:
      std::vector<std::string> operands;
      std::string fill;
      std::set<std::string>* text;
      std::set<std::string>* ops;
      void handleObject(QPDFObjectHandle obj, size_t, size_t) override {
        if (!obj.isOperator()) {
          operands.push_back(obj.unparse());
          return;
        }
        std::string op = obj.getOperatorValue();
        ops->insert(op);
        if (op == "k" || op == "g" || op == "rg" || op == "sc" || op == "scn") {
          fill = op;
          for (const auto& o : operands) fill += " " + o;
        }
        if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") text->insert(fill);
        operands.clear();
      }
      void handleEOF() override {}
    } collect;
    collect.text = &text_colours;
    collect.ops = &all_operators;
    page.parseContents(&collect);
  }
  CHECK(all_operators.count("rg") == 0);  // nothing left in RGB
  CHECK(all_operators.count("g") == 0);
  bool black_text = false;
  for (const std::string& c : text_colours) {
    INFO(c);
    REQUIRE(c.rfind("k ", 0) == 0);  // every text colour is DeviceCMYK
    double cyan, magenta, yellow, key;
    REQUIRE(std::sscanf(c.c_str(), "k %lf %lf %lf %lf", &cyan, &magenta, &yellow, &key) == 4);
    bool neutral = cyan == 0 && magenta == 0 && yellow == 0;
    CHECK((neutral || key == 0));  // no rich black: dark text is K only
    if (neutral && key > 0.8) black_text = true;
  }
  CHECK(black_text);
  std::string first = p.read("out/w/w-print-cmyk.pdf");
  REQUIRE(build(p, "--output print,print-cmyk", &log) == 0);
  CHECK(p.read("out/w/w-print-cmyk.pdf") == first);
}

TEST_CASE("print-cmyk without Ghostscript is an environment error", "[publish][cmyk]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  CHECK(test::run("PATH=/nonexistent " + std::string(STERK_BINARY) + " build -C " + p.root() + " --output print-cmyk",
                  &log) == 3);
  CHECK(log.find("error: --output print-cmyk needs Ghostscript ('gs'), which is not installed") != std::string::npos);
  CHECK_FALSE(file_exists(p.path("out/w")));
}

TEST_CASE("parallel builds: --jobs 2 writes the same files as --jobs 1", "[publish][jobs]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  p.write("cards/j.yaml", kSecondDeck);
  std::string log1, log2;
  REQUIRE(build(p, "--jobs 1 --out " + p.path("one"), &log1) == 0);
  REQUIRE(build(p, "--jobs 2 --out " + p.path("two"), &log2) == 0);
  std::string diff;
  CHECK(test::run("diff -r " + p.path("one") + " " + p.path("two"), &diff) == 0);
  CHECK(diff.empty());
  CHECK(log2.find("wrote " + p.path("two") + "/j/\nwrote " + p.path("two") + "/w/\n") != std::string::npos);
  // Piped stderr: no progress bar, no carriage returns.
  CHECK(log2.find('\r') == std::string::npos);
}
