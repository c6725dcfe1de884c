#include "analysis/map_step.h"

#include <algorithm>
#include <cmath>

#include "analysis/concept_map.h"
#include "analysis/map_checks.h"
#include "analysis/mds.h"
#include "analysis/similarity.h"
#include "analysis/stability.h"
#include "analysis/stress.h"
#include "analysis/ward.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

double round_to(double v, double scale) {
  double r = std::round(v * scale) / scale;
  return r == 0 ? 0.0 : r;
}

std::string number(double v, int decimals) { return format_number(v, decimals); }

Location file_in(const Study& study, const std::string& name) {
  return {study.dir.empty() ? name : study.dir + "/" + name, 0, 0};
}

void warn_left_out(const Study& study, const std::vector<int>& left_out, Diagnostics* diags) {
  const size_t shown = 20;
  for (size_t k = 0; k < left_out.size() && k < shown; ++k) {
    const Statement& s = study.statements[left_out[k]];
    diags->warning(s.at, "study/never-sorted-together",
                   tr("no sorter put statement {} in a pile with any other statement, so the sorts say nothing "
                      "about where it belongs; it is left out of the map and the clusters (drawn apart, below the "
                      "map)",
                      s.id));
  }
  if (left_out.size() > shown)
    diags->warning(file_in(study, "statements.csv"), "study/never-sorted-together",
                   tr("{} more statements were never sorted with another and are left out of the map as well",
                      left_out.size() - shown));
}

/// Names a degenerate map and its cause: stress near 0 or points on top of each other.
void warn_degenerate(const Study& study, const Eigen::MatrixXd& tm, const Eigen::MatrixXd& X, double stress,
                     const std::vector<int>& mapped, Diagnostics* diags) {
  std::vector<int> group;
  int groups = sorted_together_groups(tm, &group);
  int together = coinciding_points(X, 1e-3);
  if (stress >= 0.05 && together * 10 < static_cast<int>(mapped.size())) return;
  // Two whole clauses (what is wrong, why) in one frame sentence.
  std::string what = stress < 0.05 ? tr("the map has stress-1 {} (below 0.05)", number(stress, 4))
                                   : tr("{} of the {} statements lie on top of another statement", together,
                                        mapped.size());
  std::string cause;
  if (groups > 1) {
    std::vector<int> first(groups, -1);
    for (size_t i = 0; i < group.size(); ++i)
      if (first[group[i]] < 0) first[group[i]] = study.statements[mapped[i]].id;
    std::string examples;
    for (int g = 0; g < groups && g < 4; ++g) examples += (g ? ", " : "") + std::to_string(first[g]);
    if (groups > 4) examples += ", …";
    cause = tr("the statements fall into {} groups that no sorter ever combined (groups starting at statements {}), "
               "and non-metric MDS then puts each group on one spot; ask the sorters to sort across the themes, or "
               "analyse the groups apart",
               groups, examples);
  } else if (study.sorts.size() < 10) {
    cause = tr("only {} sorts are used; with so few sorters the map fits them too easily; collect more sorts",
               study.sorts.size());
  } else {
    cause = tr("the sorters (almost) always kept a few groups of statements together and apart, and non-metric MDS "
               "then draws each group nearly on one spot, so distances inside a group mean little; check that the "
               "sorts are not copies of each other");
  }
  diags->warning(file_in(study, "sorts.csv"), "study/degenerate-map",
                 tr("{}: read it with care, because {}", what, cause));
}

void warn_unstable(const Study& study, const MdsInfo& mds, Diagnostics* diags) {
  double kept = 0;
  for (const auto& r : mds.runs)
    if (r.start == mds.best_start) kept = r.stress;
  for (const auto& r : mds.runs) {
    if (r.start == mds.best_start || r.stress > kept * 1.01 || r.ari >= 0.8) continue;
    diags->warning(file_in(study, "sorts.csv"), "study/unstable-map",
                   // xgettext:no-c-format ("1 % of" is not a printf directive)
                   tr("start {} reaches stress-1 {}, within 1 % of the kept start {} ({}), but its clusters agree "
                      "with the kept ones only by ARI {} (below 0.8): the clusters are not settled by the data; read "
                      "them with care, compare the cluster replay in the report, or collect more sorts",
                      r.start, number(r.stress, 4), mds.best_start, number(kept, 4), number(r.ari, 2)));
    return;  // one warning names the problem; the report lists every start
  }
}

/// Silhouette per K (from 2) with the merge heights, and the suggestion among K ≥ 3:
/// two clusters nearly always have the best silhouette on a 2-D map and say little.
SuggestedK suggest_k(const Eigen::MatrixXd& X, const std::vector<MergeStep>& merges, int n) {
  SuggestedK s;
  double best = -2;
  for (int kk = 2; kk <= std::min(15, n / 3); ++kk) {
    double score = round_to(mean_silhouette(X, cut_tree(merges, n, kk), kk), 1e4);
    s.scores.push_back({kk, score});
    s.heights.push_back({kk, round_to(merges[n - kk].height, 1e6)});
    if (kk >= 3 && score > best) best = score, s.k = kk;
  }
  if (s.k == 0 && !s.scores.empty()) s.k = s.scores[0].first;
  return s;
}

Eigen::MatrixXd rows_of(const Eigen::MatrixXd& m, const std::vector<int>& idx) {
  Eigen::MatrixXd out(idx.size(), idx.size());
  for (size_t a = 0; a < idx.size(); ++a)
    for (size_t b = 0; b < idx.size(); ++b) out(a, b) = m(idx[a], idx[b]);
  return out;
}

}  // namespace

bool map_study(const Study& study, const Eigen::MatrixXd& t, int sorters, int random_starts,
               const std::function<void(const std::string&)>& progress, StudyMap* out, Diagnostics* diags) {
  const int n = static_cast<int>(study.statements.size());
  out->left_out = never_sorted_together(t);
  out->mapped.clear();
  for (int i = 0, k = 0; i < n; ++i) {
    if (k < static_cast<int>(out->left_out.size()) && out->left_out[k] == i) ++k;
    else out->mapped.push_back(i);
  }
  const int m = static_cast<int>(out->mapped.size());
  warn_left_out(study, out->left_out, diags);
  if (m < 3) {
    diags->error(file_in(study, "sorts.csv"), "study/too-few-statements",
                 tr("only {} statements were ever sorted together with another; the map needs at least 3", m));
    return false;
  }
  const int k = study.cluster_count;
  if (k * 3 > m) {
    diags->error(study.cluster_count_at, "study/cluster-count",
                 tr("'count' asks for {} clusters of {} statements on the map; at most {} (three statements per "
                    "cluster on average) give clusters that mean something",
                    k, m, m / 3));
    return false;
  }
  Eigen::MatrixXd tm = rows_of(t, out->mapped);
  Eigen::MatrixXd delta = dissimilarity(tm, sorters);
  NonMetricOptions mo;
  mo.progress = progress;
  mo.random_starts = random_starts;
  StressModel stress_model(delta);
  NonMetricResult mds = nonmetric_mds(delta, stress_model, mo);
  Eigen::MatrixXd Xm = normalize_configuration(mds.X);
  // Round as written, so that everything below (and anyone re-running hclust on the
  // file's coordinates) works on exactly the published map.
  Xm = Xm.unaryExpr([](double v) { return round_to(v, 1e6); });
  double stress = stress_model.evaluate(Xm);
  if (!std::isfinite(stress)) stress = 0;
  warn_degenerate(study, tm, Xm, stress, out->mapped, diags);

  if (progress) progress(tr("Ward clusters of {} statements", m));
  std::vector<MergeStep> merges = ward_d2(Xm);
  std::vector<int> labels = cut_tree(merges, m, k);

  out->mds = {round_to(stress, 1e6), mds.starts, mds.iterations, mds.best_start, round_to(mds.classical_stress, 1e6),
              {}, {}};
  if (progress && mds.runs.size() > 1) progress(tr("comparing the clusters of {} starts", mds.runs.size()));
  for (auto r : compare_starts(mds.runs, mds.best_start, k)) {
    r.stress = round_to(r.stress, 1e6);
    r.ari = round_to(r.ari, 1e4);
    out->mds.runs.push_back(r);
  }
  if (stress >= 0.05) warn_unstable(study, out->mds, diags);  // a degenerate map has its own warning
  for (int i : out->left_out) out->mds.left_out.push_back(study.statements[i].id);
  if (progress) progress(tr("silhouette for K = 2 … {}", std::min(15, m / 3)));
  out->suggested_k = suggest_k(Xm, merges, m);

  // Back to all statements: leaves renumbered to statements.csv order.
  out->X.resize(n, 2);
  out->labels.assign(n, 0);
  for (int a = 0; a < m; ++a) out->X.row(out->mapped[a]) = Xm.row(a), out->labels[out->mapped[a]] = labels[a];
  Eigen::MatrixXd apart = positions_apart(Xm, static_cast<int>(out->left_out.size()));
  for (size_t a = 0; a < out->left_out.size(); ++a)
    out->X.row(out->left_out[a]) = apart.row(a).unaryExpr([](double v) { return round_to(v, 1e6); });
  for (auto& step : merges) {
    for (int* leaf : {&step.a, &step.b})
      if (*leaf < 0) *leaf = -(out->mapped[-*leaf - 1] + 1);
    step.height = round_to(step.height, 1e6);
  }
  out->merges = std::move(merges);
  return true;
}

}  // namespace sterk
