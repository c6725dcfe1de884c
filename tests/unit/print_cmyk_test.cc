// The print-shop files as a prepress operator checks them: PDF/X-3 keys, the
// FOGRA39 output intent and its embedded profile, no transparency anywhere, black
// text on 100 % K, total ink, and backgrounds that reach the bleed edge.
#include <catch2/catch.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "test_project.h"
#include "util/files.h"
#include "util/icc.h"

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
    "  - {id: W-2, cluster: steun, title: Steun, text: Vraag wat helpt., pictogram: users}\n";

const char* kFogra39Description = "Coated FOGRA39 (ISO 12647-2:2004), 300% TAC, sterk";

int build(const test::TempProject& p, const std::string& args, std::string* log) {
  return test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " " + args + " 2>&1", log);
}

std::string builtin_profile() { return path_dirname(STERK_BINARY) + "/sterk-fogra39.icc"; }

void require_tools() {
  std::string out;
  if (test::run("command -v gs && command -v qpdf", &out) != 0) FAIL("needs Ghostscript and qpdf (scripts/deps.sh)");
  if (!file_exists(builtin_profile())) FAIL("sterk-fogra39.icc was not built (needs argyll and icc-profiles-free)");
}

// What is in effect at each text-showing operator of a page: the fill colour as
// written ("0 0 0 1 k") and whether fills overprint (ExtGState /op).
struct TextPaint {
  std::string fill;
  bool overprint = false;
};

std::vector<TextPaint> text_paints(QPDFPageObjectHelper& page) {
  class Collect : public QPDFObjectHandle::ParserCallbacks {
   public:
    explicit Collect(QPDFObjectHandle states) : states_(states) {}
    std::vector<TextPaint> found;
    void handleObject(QPDFObjectHandle obj, size_t, size_t) override {
      if (!obj.isOperator()) {
        operands_.push_back(obj);
        return;
      }
      std::string op = obj.getOperatorValue();
      if (op == "q") stack_.push_back(now_);
      if (op == "Q" && !stack_.empty()) now_ = stack_.back(), stack_.pop_back();
      if (op == "k" || op == "g" || op == "rg" || op == "sc" || op == "scn") {
        now_.fill.clear();
        for (auto& o : operands_) now_.fill += o.unparse() + " ";
        now_.fill += op;
      }
      if (op == "gs" && operands_.size() == 1 && states_.isDictionary()) {
        auto st = states_.getKey(operands_[0].getName());
        if (st.isDictionary() && st.getKey("/op").isBool()) now_.overprint = st.getKey("/op").getBoolValue();
      }
      if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") found.push_back(now_);
      operands_.clear();
    }
    void handleEOF() override {}

   private:
    QPDFObjectHandle states_;
    std::vector<QPDFObjectHandle> operands_;
    TextPaint now_{"0 g", false};
    std::vector<TextPaint> stack_;
  };
  Collect c(page.getObjectHandle().getKey("/Resources").getKey("/ExtGState"));
  page.parseContents(&c);
  return c.found;
}

// Near black as a prepress operator means it: every channel at most 20 %, neutral.
bool rgb_near_black(const std::string& fill) {
  double r, g, b;
  if (std::sscanf(fill.c_str(), "%lf %lf %lf rg", &r, &g, &b) != 3) return false;
  double hi = std::max({r, g, b}), lo = std::min({r, g, b});
  return hi <= 0.2 && hi - lo <= 0.03;
}

bool parse_k(const std::string& fill, double* c, double* m, double* y, double* k) {
  return std::sscanf(fill.c_str(), "%lf %lf %lf %lf k", c, m, y, k) == 4;
}

// qpdf's uncompressed text of the whole file: every object, every stream.
std::string qdf_text(const std::string& pdf) {
  std::string out;
  test::run("qpdf --qdf --object-streams=disable '" + pdf + "' -", &out);
  return out;
}

// The highest total ink (C+M+Y+K, %) of any pixel on each page, rendered at 50 dpi
// with the file's own CMYK values.
std::vector<double> max_ink_per_page(const std::string& pdf, const std::string& dir) {
  std::string log;
  test::run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pamcmyk32 -r50 -o '" + dir + "/ink-%03d.pam' '" + pdf + "'",
            &log);
  std::vector<double> out;
  for (int i = 1;; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/ink-%03d.pam", i);
    std::string data, err;
    if (!read_file(dir + name, &data, &err)) break;
    size_t start = data.find("ENDHDR\n");
    REQUIRE(start != std::string::npos);
    int most = 0;
    for (size_t p = start + 7; p + 3 < data.size(); p += 4) {
      int sum = 0;
      for (int ch = 0; ch < 4; ++ch) sum += static_cast<unsigned char>(data[p + ch]);
      most = std::max(most, sum);
    }
    out.push_back(most * 100.0 / 255);
  }
  return out;
}

}  // namespace

TEST_CASE("print-cmyk is PDF/X-3 with the FOGRA39 output intent and its profile embedded", "[cmyk][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print,print-cmyk", &log) == 0);
  QPDF pdf;
  pdf.processFile(p.path("out/w/w-print-cmyk.pdf").c_str());
  auto info = pdf.getTrailer().getKey("/Info");
  CHECK(info.getKey("/GTS_PDFXVersion").getUTF8Value() == "PDF/X-3:2002");
  CHECK(info.getKey("/Trapped").isName());
  CHECK(info.getKey("/Trapped").getName() == "/False");
  CHECK(info.getKey("/Title").getUTF8Value() == "Sterk in Werk – Voor werkgevers");
  CHECK(pdf.getPDFVersion() == "1.3");  // PDF/X-3:2002 is based on PDF 1.3
  auto intents = pdf.getRoot().getKey("/OutputIntents");
  REQUIRE(intents.isArray());
  REQUIRE(intents.getArrayNItems() == 1);
  auto intent = intents.getArrayItem(0);
  CHECK(intent.getKey("/S").getName() == "/GTS_PDFX");
  CHECK(intent.getKey("/OutputConditionIdentifier").getUTF8Value() == "FOGRA39");
  CHECK(intent.getKey("/RegistryName").getUTF8Value() == "http://www.color.org");
  CHECK(intent.getKey("/Info").getUTF8Value() == kFogra39Description);
  // The embedded profile is the one built from FOGRA39L.ti3, byte for byte.
  auto stream = intent.getKey("/DestOutputProfile");
  REQUIRE(stream.isStream());
  CHECK(stream.getDict().getKey("/N").getIntValue() == 4);
  auto data = stream.getStreamData();
  std::string embedded(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()), built, err;
  REQUIRE(read_file(builtin_profile(), &built, &err));
  CHECK(embedded == built);
  IccProfile icc;
  REQUIRE(parse_icc_profile(embedded, &icc, &err));
  CHECK(icc.device_class == "prtr");
  CHECK(icc.colour_space == "CMYK");
  CHECK(icc.description == kFogra39Description);
  // Fonts embedded (pdffonts: the "emb" column says yes for every font).
  std::string fonts;
  test::run("pdffonts " + p.path("out/w/w-print-cmyk.pdf") + " | tail -n +3 | awk '{print $(NF-4)}' | sort -u", &fonts);
  CHECK(fonts == "yes\n");
}

TEST_CASE("no transparency group in the RGB print PDF nor in the PDF/X", "[cmyk][render][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print,print-cmyk,sheets", &log) == 0);
  for (const char* f : {"out/w/w-print.pdf", "out/w/w-print-cmyk.pdf", "out/w/w-sheets-a4.pdf"}) {
    INFO(f);
    std::string text = qdf_text(p.path(f));
    REQUIRE(text.size() > 10000);
    CHECK(text.find("/Transparency") == std::string::npos);
    CHECK(text.find("/SMask") == std::string::npos);
  }
}

TEST_CASE("near-black text is exactly 0 0 0 1 k, never rich black or 90 % K", "[cmyk][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print,print-cmyk", &log) == 0);
  QPDF rgb, cmyk;
  rgb.processFile(p.path("out/w/w-print.pdf").c_str());
  cmyk.processFile(p.path("out/w/w-print-cmyk.pdf").c_str());
  auto rgb_pages = QPDFPageDocumentHelper(rgb).getAllPages();
  auto cmyk_pages = QPDFPageDocumentHelper(cmyk).getAllPages();
  REQUIRE(rgb_pages.size() == cmyk_pages.size());
  int black_pages = 0;
  for (size_t i = 0; i < rgb_pages.size(); ++i) {
    INFO("page " << i + 1);
    bool rgb_black = false, cmyk_black = false;
    for (const TextPaint& t : text_paints(rgb_pages[i])) rgb_black = rgb_black || rgb_near_black(t.fill);
    for (const TextPaint& t : text_paints(cmyk_pages[i])) {
      INFO(t.fill);
      double c, m, y, k;
      REQUIRE(parse_k(t.fill, &c, &m, &y, &k));  // every text colour is DeviceCMYK
      CHECK_FALSE((k > 0.5 && (c > 0 || m > 0 || y > 0)));  // no rich black text
      CHECK_FALSE((c == 0 && m == 0 && y == 0 && k >= 0.8 && k < 1));  // no 90 % K "black"
      if (t.fill == "0 0 0 1 k") cmyk_black = true;
      CHECK_FALSE(t.overprint);  // overprint is off unless sterk.yaml asks
    }
    CHECK(rgb_black == cmyk_black);
    black_pages += cmyk_black;
  }
  CHECK(black_pages >= 4);
}

TEST_CASE("overprint_black: 100 % K text overprints, white text still knocks out", "[cmyk][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  p.write("sterk.yaml", "output:\n  cmyk:\n    overprint_black: true\n");
  std::string log;
  REQUIRE(build(p, "--output print-cmyk", &log) == 0);
  QPDF cmyk;
  cmyk.processFile(p.path("out/w/w-print-cmyk.pdf").c_str());
  int black = 0, white = 0;
  for (auto& page : QPDFPageDocumentHelper(cmyk).getAllPages())
    for (const TextPaint& t : text_paints(page)) {
      INFO(t.fill);
      if (t.fill == "0 0 0 1 k") {
        CHECK(t.overprint);
        ++black;
      } else {
        CHECK_FALSE(t.overprint);
        white += t.fill == "0 0 0 0 k";
      }
    }
  CHECK(black > 0);
  CHECK(white > 0);  // white text on the coloured bands
  // The overprint state is the PDF's: /OPM 1 so zero components leave the plate alone.
  CHECK(qdf_text(p.path("out/w/w-print-cmyk.pdf")).find("/OPM 1") != std::string::npos);
}

TEST_CASE("total ink stays at or below 300 % on every page", "[cmyk][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print-cmyk", &log) == 0);
  std::vector<double> ink = max_ink_per_page(p.path("out/w/w-print-cmyk.pdf"), p.root());
  REQUIRE(ink.size() == 10);
  for (size_t i = 0; i < ink.size(); ++i) {
    INFO("page " << i + 1 << ": " << ink[i] << " %");
    CHECK(ink[i] <= 300.5);
  }
  // The measurement sees the dark bands (a 300 % limit that measured nothing proves nothing).
  CHECK(*std::max_element(ink.begin(), ink.end()) > 150);
}

TEST_CASE("output.cmyk.profile: the shop's profile is embedded and named in the output intent", "[cmyk][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  // A "FOGRA51" profile: the built one with another name in its description.
  std::string bytes, err;
  REQUIRE(read_file(builtin_profile(), &bytes, &err));
  size_t at = bytes.find("Coated FOGRA39");
  REQUIRE(at != std::string::npos);
  bytes.replace(at + 12, 2, "51");
  p.write("drukker/fogra51.icc", bytes);
  p.write("sterk.yaml", "output:\n  cmyk:\n    profile: drukker/fogra51.icc\n");
  std::string log;
  REQUIRE(build(p, "--output print-cmyk", &log) == 0);
  QPDF pdf;
  pdf.processFile(p.path("out/w/w-print-cmyk.pdf").c_str());
  auto intent = pdf.getRoot().getKey("/OutputIntents").getArrayItem(0);
  CHECK(intent.getKey("/OutputConditionIdentifier").getUTF8Value() == "FOGRA51");
  CHECK(intent.getKey("/Info").getUTF8Value() == "Coated FOGRA51 (ISO 12647-2:2004), 300% TAC, sterk");
  auto data = intent.getKey("/DestOutputProfile").getStreamData();
  CHECK(std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()) == bytes);
}

TEST_CASE("output.cmyk.profile must exist and be a CMYK output profile", "[cmyk][loader]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  p.write("drukker/leeg.icc", "geen profiel");
  std::string log;
  p.write("sterk.yaml", "output:\n  cmyk:\n    profile: drukker/fogra51.icc\n");
  CHECK(build(p, "--output print-cmyk", &log) == 1);
  CHECK(log.find("sterk.yaml:3:14: error: the colour profile 'drukker/fogra51.icc' does not exist "
                 "[load/missing-file]") != std::string::npos);
  p.write("sterk.yaml", "output:\n  cmyk:\n    profile: drukker/leeg.icc\n");
  CHECK(build(p, "--output print-cmyk", &log) == 1);
  CHECK(log.find("sterk.yaml:3:14: error: 'drukker/leeg.icc': this is not an ICC colour profile "
                 "[load/cmyk-profile]") != std::string::npos);
  p.write("sterk.yaml", "output:\n  cmyk:\n    profile: /usr/share/color/icc/sRGB.icc\n");
  CHECK(build(p, "--output print-cmyk", &log) == 1);
  CHECK(log.find("sterk.yaml:3:14: error: 'profile' must be a file inside the project, not "
                 "'/usr/share/color/icc/sRGB.icc' [preflight/path]") != std::string::npos);
  CHECK_FALSE(file_exists(p.path("out/w")));
}

TEST_CASE("without a built profile, print-cmyk is an environment error that says how to get one", "[cmyk][needs][needs-gs]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(test::run("cp " + std::string(STERK_BINARY) + " " + p.path("sterk-alone"), &log) == 0);
  CHECK(test::run(p.path("sterk-alone") + " build -C " + p.root() + " --output print-cmyk 2>&1", &log) == 3);
  CHECK(log.find("error: --output print-cmyk needs a CMYK profile: sterk-fogra39.icc was not built next to the "
                 "sterk program") != std::string::npos);
  CHECK_FALSE(file_exists(p.path("out/w")));
}

TEST_CASE("full-bleed backgrounds reach the BleedBox edge (Ghostscript's bbox device)", "[render][needs][needs-gs]") {
  require_tools();
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output print,print-cmyk", &log) == 0);
  for (const char* f : {"out/w/w-print.pdf", "out/w/w-print-cmyk.pdf"}) {
    INFO(f);
    QPDF pdf;
    pdf.processFile(p.path(f).c_str());
    auto media = QPDFPageDocumentHelper(pdf).getAllPages()[0].getObjectHandle().getKey("/MediaBox").getArrayAsRectangle();
    // Page 1 is the cover: its background is a full-bleed rectangle.
    std::string out;
    test::run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=bbox -dFirstPage=1 -dLastPage=1 " + p.path(f) +
                  " 2>&1 | grep HiRes",
              &out);
    double x0, y0, x1, y1;
    REQUIRE(std::sscanf(out.c_str(), "%%%%HiResBoundingBox: %lf %lf %lf %lf", &x0, &y0, &x1, &y1) == 4);
    INFO(out);
    CHECK(x0 == Approx(media.llx).margin(0.02));
    CHECK(y0 == Approx(media.lly).margin(0.02));
    CHECK(x1 == Approx(media.urx).margin(0.02));  // Cairo's whole-point clip stopped at 314 of 314.65
    CHECK(y1 == Approx(media.ury).margin(0.02));
  }
}
