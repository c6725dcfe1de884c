// The office sheets PDF as a printer driver reads it: actual size, the duplex
// mode, numbered page labels, and the bleed setting.
#include <catch2/catch.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "layout/fonts.h"
#include "render/calibration.h"
#include "test_project.h"

using namespace sterk;

namespace {
const char* kDeck =
    "deck: {id: w, title: Sterk in Werk, audience: werkgever, template: professional}\n"
    "cards:\n"
    "  - {id: W-1, cluster: werk, title: Werk, text: Bespreek samen welke taken passen., pictogram: briefcase}\n"
    "  - {id: W-2, cluster: steun, title: Steun, text: Vraag wat helpt., pictogram: users}\n";

int build(const test::TempProject& p, const std::string& args, std::string* log) {
  return test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " " + args + " 2>&1", log);
}
}  // namespace

TEST_CASE("sheets ask for actual size and the duplex mode, and number their pages", "[sheets][publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  for (const char* duplex : {"long-edge", "short-edge"}) {
    INFO(duplex);
    REQUIRE(build(p, std::string("--output sheets --duplex ") + duplex, &log) == 0);
    QPDF pdf;
    pdf.processFile(p.path("out/w/w-sheets-a4.pdf").c_str());
    auto prefs = pdf.getRoot().getKey("/ViewerPreferences");
    REQUIRE(prefs.isDictionary());
    CHECK(prefs.getKey("/PrintScaling").getName() == "/None");
    CHECK(prefs.getKey("/Duplex").getName() ==
          (std::string(duplex) == "long-edge" ? "/DuplexFlipLongEdge" : "/DuplexFlipShortEdge"));
  }
  // Two cards plus two generated dividers: two sheets, four pages.
  QPDF pdf;
  pdf.processFile(p.path("out/w/w-sheets-a4.pdf").c_str());
  auto nums = pdf.getRoot().getKey("/PageLabels").getKey("/Nums");
  REQUIRE(nums.getArrayNItems() == 8);
  const char* want[] = {"vel 1 voorkant, blz. ", "vel 1 achterkant, blz. ", "vel 2 voorkant, blz. ",
                        "vel 2 achterkant, blz. "};
  for (int i = 0; i < 4; ++i) {
    auto label = nums.getArrayItem(2 * i + 1);
    CHECK(nums.getArrayItem(2 * i).getIntValue() == i);
    CHECK(label.getKey("/P").getUTF8Value() == want[i]);
    CHECK(label.getKey("/S").getName() == "/D");
    CHECK(label.getKey("/St").getIntValue() == i + 1);  // shown as "vel 1 voorkant, blz. 1"
  }
}

TEST_CASE("output.sheets.bleed prints the bleed around each card and keeps the marks off it", "[sheets][publish]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--output sheets", &log) == 0);
  std::string plain = p.read("out/w/w-sheets-a4.pdf");
  p.write("sterk.yaml", "output:\n  sheets:\n    bleed: 3mm\n");
  REQUIRE(build(p, "--output sheets", &log) == 0);
  CHECK(p.read("out/w/w-sheets-a4.pdf") != plain);
  // The first divider is a full-bleed colour: 3 mm beyond its trim is coloured now.
  // Its trim on the A4 page (turned, upper card): x 31..179 mm, y 40.5..145.5 mm.
  std::string out;
  const double px = 100 / 25.4;  // pixels per mm at 100 dpi
  auto sample = [&](double x_mm, double y_mm) {
    test::run("pdftoppm -r 100 -f 1 -l 1 -x " + std::to_string(int(x_mm * px)) + " -y " +
                  std::to_string(int(y_mm * px)) + " -W 1 -H 1 -gray " + p.path("out/w/w-sheets-a4.pdf") +
                  " | tail -c 1 | od -An -tu1",
              &out);
    return std::stoi(out);
  };
  CHECK(sample(105, 40.5 - 1.5) < 200);  // in the bleed above the upper card: card colour
  CHECK(sample(105, 40.5 - 4.5) > 250);  // beyond the bleed: paper
  CHECK(sample(31 - 1.5, 90) < 200);     // in the bleed left of the card
  p.write("sterk.yaml", "output:\n  sheets:\n    bleed: 30mm\n");
  CHECK(build(p, "--output sheets", &log) == 1);
  CHECK(log.find("sterk.yaml:3:12: error: 'bleed' of the sheets must be a length from 0 to 10mm, like 3mm "
                 "[load/type]") != std::string::npos);
}

TEST_CASE("the calibration sheet's 7 pt scale numbers touch neither each other nor the ticks", "[sheets]") {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
  for (const char* paper : {"a4", "letter", "a3"})
    for (bool long_edge : {true, false}) {
      SheetSpec s;
      REQUIRE(paper_size(paper, &s.paper_w, &s.paper_h));
      s.long_edge = long_edge;
      s.back_offset_x = 1.5;
      std::vector<ScaleLabel> labels = calibration_labels(s);
      REQUIRE(labels.size() == 5 * 2 * 5);  // five crosses, two scales, five numbers
      for (size_t i = 0; i < labels.size(); ++i) {
        const Box& a = labels[i].box;
        INFO(paper << " " << labels[i].text << " at " << a.x << "," << a.y);
        CHECK(a.w > 1.5);  // 7 pt text, measured: "+4" is about 3 mm wide
        CHECK(a.h > 2.5);
        for (size_t j = i + 1; j < labels.size(); ++j) {
          const Box& b = labels[j].box;
          bool overlap = a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
          CHECK_FALSE(overlap);
        }
      }
    }
}
