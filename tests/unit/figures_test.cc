// The figures of the shipped study as a reader sees them: Dutch words and decimal
// commas, and no label on top of another (word boxes read back from the PDF by
// poppler's pdftotext, not from our own placement code).
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>

#include "analysis/concept_map.h"
#include "load/study_loader.h"
#include "render/figures.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

struct Word {
  double x0, y0, x1, y1;
  std::string text;
};

std::vector<Word> words(const std::string& pdf) {
  std::string out;
  REQUIRE(test::run("pdftotext -bbox '" + pdf + "' -", &out) == 0);
  std::vector<Word> w;
  std::regex re(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(out.begin(), out.end(), re); it != std::sregex_iterator(); ++it)
    w.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]});
  return w;
}

/// Pairs of words whose boxes overlap (boxes trimmed by a fifth of their height at
/// top and bottom: pdftotext takes the font's full ascent and descent).
std::vector<std::string> overlapping(const std::vector<Word>& w) {
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size(); ++i)
    for (size_t j = i + 1; j < w.size(); ++j) {
      double ti = (w[i].y1 - w[i].y0) * 0.2, tj = (w[j].y1 - w[j].y0) * 0.2;
      if (w[i].x0 + 0.3 < w[j].x1 && w[j].x0 + 0.3 < w[i].x1 && w[i].y0 + ti < w[j].y1 - tj && w[j].y0 + tj < w[i].y1 - ti)
        out.push_back(w[i].text + " / " + w[j].text);
    }
  return out;
}

}  // namespace

TEST_CASE("figures of the shipped study: Dutch, decimal comma, no overlapping labels", "[analysis][render]") {
  Study s;
  Diagnostics d;
  REQUIRE(load_study(test::repo_dir() + "/study", &s, &d));
  Analysis a;
  REQUIRE(analyze_study(s, {}, &a, &d));
  test::TempProject p(true);
  std::vector<std::string> files;
  std::string err;
  int overlaps = -1;
  REQUIRE(draw_figures(a, s, p.path("fonts"), p.path("figures"), &files, &err, &overlaps));
  CHECK(overlaps == 0);
  for (const auto& f : files) {
    if (f.size() < 4 || f.substr(f.size() - 4) != ".pdf" || f.find("dendrogram") != std::string::npos) continue;
    INFO(f);
    CHECK(overlapping(words(f)).empty());
  }
  std::string text;
  REQUIRE(test::run("pdftotext '" + p.path("figures/cluster-map.pdf") + "' -", &text) == 0);
  CHECK(text.find("Clusterkaart") != std::string::npos);
  char stress[32];
  std::snprintf(stress, sizeof stress, "%.3f", a.mds.stress);
  std::string comma = stress;
  comma[comma.find('.')] = ',';
  CHECK(text.find("stress-1 " + comma) != std::string::npos);
  // The go-zone's mean line carries the mean of the statement means, with a comma.
  double sum = 0;
  for (const auto& st : a.statements) sum += *st.ratings[0].find("overall");
  char mean[32];
  std::snprintf(mean, sizeof mean, "%.2f", sum / a.statements.size());
  std::string m = mean;
  m[m.find('.')] = ',';
  REQUIRE(test::run("pdftotext -raw '" + p.path("figures/go-zone.pdf") + "' -", &text) == 0);
  CHECK(text.find("gemiddelde " + m) != std::string::npos);
  CHECK(text.find("Go-zone: op beide hoog") != std::string::npos);
  CHECK(text.find("Belang (gemiddelde)") != std::string::npos);
}
