// `sterk analyze --report`: what a researcher reads in it, checked in the PDF text.
#include <catch2/catch.hpp>

#include <cstdio>

#include "analysis/concept_map.h"
#include "analysis/rating_stats.h"
#include "load/study_loader.h"
#include "render/report.h"
#include "test_project.h"

using namespace sterk;

namespace {
std::string comma(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (auto dot = s.find('.'); dot != std::string::npos) s[dot] = ',';
  return s;
}
}  // namespace

TEST_CASE("report: study, stress with norms, starts, replay, clusters with N/mean/SD, go-zones, figures",
          "[analysis][render]") {
  Study s;
  Diagnostics d;
  REQUIRE(load_study(test::repo_dir() + "/study", &s, &d));
  Analysis a;
  REQUIRE(analyze_study(s, {}, &a, &d));
  a.input_digest = "sha256:test";
  test::TempProject p(true);
  std::string err;
  RatingStats stats = rating_stats(s);
  ReportOptions o{p.path("fonts"), "2026-11-01", "0.1.0"};
  REQUIRE(write_analysis_report(a, s, stats, o, p.path("report.pdf"), &err));
  std::string text, info;
  REQUIRE(test::run("pdftotext -raw '" + p.path("report.pdf") + "' -", &text) == 0);
  REQUIRE(test::run("pdfinfo '" + p.path("report.pdf") + "'", &info) == 0);
  CHECK(info.find("Page size:       595.28 x 841.89 pts (A4)") != std::string::npos);
  CHECK(text.find("Rapport concept mapping: Sterk in Werk") != std::string::npos);
  CHECK(text.find("Stress-1 van de kaart is " + comma(a.mds.stress, 3)) != std::string::npos);
  CHECK(text.find("Rosas en Kane (2012)") != std::string::npos);
  CHECK(text.find("Kruskal (gelijke ongelijkheden mogen elke") != std::string::npos);  // the tie approach
  // Every start with its stress and ARI.
  for (const auto& r : a.mds.runs) {
    INFO(r.start);
    CHECK(text.find(r.start) != std::string::npos);
    CHECK(text.find(comma(r.stress, 4)) != std::string::npos);
  }
  // Replay: from K + 5 down to K − 3, with the merge at K (9 → 8) naming two whole clusters.
  std::vector<ReplayStep> replay = cluster_replay(a, true);
  REQUIRE(replay.size() == 9);
  CHECK(replay.front().from == 14);
  CHECK(replay.back().from == 6);
  for (const auto& step : replay)
    if (step.from == 9) {
      CHECK(step.a.find("deel van") == std::string::npos);
      CHECK(step.b.find("deel van") == std::string::npos);
      CHECK(step.height == a.merge_tree[90 - 9].height);
    }
  // A statement with its N, mean and SD per group (statement 1, belang, overall).
  int i = s.statement_index(1);
  const RatingStat& st = stats[i][0][0];
  CHECK(text.find("alle " + std::to_string(st.n) + ": " + comma(st.mean, 2) + " (" + comma(st.sd, 2) + ")") !=
        std::string::npos);
  for (const auto& c : a.clusters) CHECK(text.find(c.label + " (" + std::to_string(c.statements.size()) + " uitspraken") != std::string::npos);
  CHECK(text.find("Go-zones") != std::string::npos);
  CHECK(text.find("Patroonvergelijkingen") != std::string::npos);
  CHECK(text.find("Clusterkaart met scores: Belang") != std::string::npos);
  CHECK(text.find("afkappunt bij K = 9") != std::string::npos);
  CHECK(text.find("pagina 1 van ") != std::string::npos);
  // The same input gives the same bytes.
  REQUIRE(write_analysis_report(a, s, stats, o, p.path("again.pdf"), &err));
  CHECK(p.read("report.pdf") == p.read("again.pdf"));
}
