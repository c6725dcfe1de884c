// The audience set (--bundle) as the print shop receives it: README.txt and
// drukinstructies.pdf say what is in this zip, and nothing that is not.
#include <zip.h>

#include <catch2/catch.hpp>

#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {
const char* kDeck =
    "deck: {id: w, title: Sterk in Werk, audience: werkgever, template: professional}\n"
    "cards:\n"
    "  - {id: W-cover, kind: cover, title: Sterk in Werk, pictogram: handshake}\n"
    "  - {id: W-1, cluster: werk, title: Werk, text: Bespreek samen welke taken passen., pictogram: briefcase}\n"
    "  - {id: W-2, cluster: steun, title: Steun, text: Vraag wat helpt., pictogram: users}\n";

int build(const test::TempProject& p, const std::string& args, std::string* log) {
  return test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " " + args + " 2>&1", log);
}

std::string entry(const std::string& zip_path, const std::string& name) {
  int err = 0;
  zip_t* z = zip_open(zip_path.c_str(), ZIP_RDONLY, &err);
  REQUIRE(z);
  zip_stat_t st;
  std::string out;
  if (zip_stat(z, name.c_str(), 0, &st) == 0) {
    out.resize(st.size);
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    zip_fread(f, out.data(), st.size);
    zip_fclose(f);
  }
  zip_close(z);
  return out;
}

// The job sheet's text, as pdftotext reads it, and its page count.
std::string job_sheet_text(const test::TempProject& p, int* pages) {
  p.write("job.pdf", entry(p.path("out/sets/werkgever.zip"), "drukinstructies.pdf"));
  std::string text, info;
  test::run("pdftotext -layout " + p.path("job.pdf") + " -", &text);
  test::run("pdfinfo " + p.path("job.pdf") + " | grep -E '^Pages:' | awk '{print $2}'", &info);
  *pages = std::atoi(info.c_str());
  return text;
}
}  // namespace

TEST_CASE("the job sheet: one A4 page with the files, count, size, bleed, order, turn and contact", "[publish][bundle]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  p.write("sterk.yaml", "project:\n  name: Samen werken werkt\n  contact: 'Jan de Vries, drukwerk@example.nl'\n");
  std::string log;
  REQUIRE(build(p, "--bundle --output print,sheets", &log) == 0);
  int pages = 0;
  std::string text = job_sheet_text(p, &pages);
  CHECK(pages == 1);
  for (const char* want : {"Drukinstructies", "Jan de Vries, drukwerk@example.nl", "w/w-print.pdf (RGB)",
                           "5 kaarten, 10 pagina's",  // cover, two dividers, two cards
                           "105 mm × 148 mm (TrimBox)", "3 mm rondom; pagina 111 mm × 154 mm (BleedBox)",
                           "pagina 1 voorkant kaart 1, pagina 2 achterkant kaart 1", "om de lange zijde",
                           "300–350 g/m²"}) {
    INFO(want << "\n" << text);
    CHECK(text.find(want) != std::string::npos);
  }
  CHECK(text.find("Hoeken") == std::string::npos);  // the template does not round them
  CHECK(text.find("cmyk") == std::string::npos);     // no CMYK file in this set
}

TEST_CASE("the README describes only what is in the zip", "[publish][bundle]") {
  test::TempProject p;
  p.write("cards/w.yaml", kDeck);
  std::string log;
  REQUIRE(build(p, "--bundle --output print", &log) == 0);
  std::string readme = entry(p.path("out/sets/werkgever.zip"), "README.txt");
  INFO(readme);
  CHECK(readme.find("drukinstructies.pdf") != std::string::npos);
  CHECK(readme.find("<set>-print.pdf") != std::string::npos);
  for (const char* absent : {"sheets", "index.html", "png/", "cmyk", "kantoor", "sterk build", "Hoeken", "Contact"})
    CHECK(readme.find(absent) == std::string::npos);

  // Short-edge sheets: the office part says short edge, never long edge.
  p.write("sterk.yaml", "output:\n  sheets:\n    duplex: short-edge\n    bleed: 3mm\n");
  REQUIRE(build(p, "--bundle --output print,sheets", &log) == 0);
  readme = entry(p.path("out/sets/werkgever.zip"), "README.txt");
  CHECK(readme.find("Dubbelzijdig, omslaan langs de korte kant.") != std::string::npos);
  CHECK(readme.find("lange kant") == std::string::npos);
  CHECK(readme.find("(elke kaart heeft 3 mm afloop rondom)") != std::string::npos);
  CHECK(readme.find("<set>-sheets-*.pdf") != std::string::npos);
  CHECK(readme.find("sterk build") == std::string::npos);
}

TEST_CASE("rounded corners appear in README and job sheet only when the template asks", "[publish][bundle]") {
  test::TempProject p;
  p.write("cards/w.yaml", std::string(kDeck).replace(std::string(kDeck).find("professional"), 12, "rond"));
  p.write("templates/rond.yaml", "extends: professional\nname: rond\ncard:\n  radius: 5mm\n  round_corners: true\n");
  std::string log;
  REQUIRE(build(p, "--bundle --output print", &log) == 0);
  INFO(log);
  std::string readme = entry(p.path("out/sets/werkgever.zip"), "README.txt");
  CHECK(readme.find("Hoeken:           afronden met 5 mm straal (na het snijden)") != std::string::npos);
  int pages = 0;
  CHECK(job_sheet_text(p, &pages).find("afronden met 5 mm straal, na het snijden") != std::string::npos);
}
