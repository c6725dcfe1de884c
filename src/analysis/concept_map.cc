#include "analysis/concept_map.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "analysis/map_step.h"
#include "analysis/mds.h"
#include "analysis/similarity.h"
#include "analysis/stress.h"
#include "analysis/ward.h"
#include "util/messages.h"

namespace sterk {
namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

double round_to(double v, double scale) {
  double r = std::round(v * scale) / scale;
  return r == 0 ? 0.0 : r;  // no "-0"
}

std::string statement_list(const Study& study, const std::vector<int>& indices, size_t max = 6) {
  std::string out;
  for (size_t k = 0; k < indices.size() && k < max; ++k)
    out += (k ? ", " : "") + std::to_string(study.statements[indices[k]].id);
  if (indices.size() > max) out += ", …";
  return out;
}

std::string short_text(const std::string& s) {
  if (s.size() <= 60) return s;
  size_t cut = 57;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

/// Means per rating (k), per group (g: 0 = overall, 1.. = study groups), per statement.
struct RatingTable {
  std::vector<std::vector<std::vector<double>>> mean;  // [k][g][s], NaN = nobody rated
  int raters = 0;
};

RatingTable statement_means(const Study& study) {
  const size_t n = study.statements.size(), groups = study.groups.size() + 1;
  RatingTable t;
  std::map<std::string, size_t> group_of;
  for (const auto& p : study.participants)
    for (size_t g = 0; g < study.groups.size(); ++g)
      if (study.groups[g].id == p.group) group_of[p.id] = g + 1;
  std::set<std::string> raters;
  for (size_t k = 0; k < study.ratings.size(); ++k) {
    std::vector<std::vector<double>> sum(groups, std::vector<double>(n, 0.0));
    std::vector<std::vector<int>> count(groups, std::vector<int>(n, 0));
    for (const auto& r : study.ratings_given) {
      if (k >= r.rated.size() || !r.rated[k]) continue;
      int s = study.statement_index(r.statement);
      if (s < 0) continue;
      raters.insert(r.participant);
      sum[0][s] += r.values[k];
      count[0][s] += 1;
      auto it = group_of.find(r.participant);
      if (it != group_of.end()) {
        sum[it->second][s] += r.values[k];
        count[it->second][s] += 1;
      }
    }
    std::vector<std::vector<double>> mean(groups, std::vector<double>(n, kNaN));
    for (size_t g = 0; g < groups; ++g)
      for (size_t s = 0; s < n; ++s)
        if (count[g][s] > 0) mean[g][s] = sum[g][s] / count[g][s];
    t.mean.push_back(std::move(mean));
  }
  t.raters = static_cast<int>(raters.size());
  return t;
}

double mean_of(const std::vector<double>& values, const std::vector<int>& which) {
  double sum = 0;
  int count = 0;
  for (int s : which)
    if (!std::isnan(values[s])) sum += values[s], ++count;
  return count ? sum / count : kNaN;
}

std::vector<std::string> group_keys(const Study& study) {
  std::vector<std::string> keys = {"overall"};
  for (const auto& g : study.groups) keys.push_back(g.id);
  return keys;
}

std::vector<RatingMeans> means_entry(const Study& study, const std::vector<std::string>& keys,
                                     const std::vector<std::vector<double>>& per_rating_group) {
  std::vector<RatingMeans> out;
  for (size_t k = 0; k < study.ratings.size(); ++k) {
    RatingMeans m{study.ratings[k].id, {}};
    for (size_t g = 0; g < keys.size(); ++g)
      if (!std::isnan(per_rating_group[k][g])) m.by_group.push_back({keys[g], round_to(per_rating_group[k][g], 1e4)});
    out.push_back(std::move(m));
  }
  return out;
}

/// Assigns ids and labels to the computed clusters (SPEC §2). Returns the cluster
/// order for the output: names order when names are given, else computed order.
bool name_clusters(const Study& study, const std::vector<int>& labels, int k,
                   const std::vector<double>& bridging, std::vector<ClusterResult>* clusters,
                   Diagnostics* diags) {
  std::vector<std::vector<int>> members(k);
  for (size_t i = 0; i < labels.size(); ++i)
    if (labels[i] > 0) members[labels[i] - 1].push_back(static_cast<int>(i));
  auto suggestion = [&](int c) {
    int best = members[c][0];
    for (int i : members[c])
      if (bridging[i] < bridging[best]) best = i;
    return best;
  };
  if (!study.names_given) {
    for (int c = 0; c < k; ++c) {
      ClusterResult r;
      r.id = "cluster-" + std::to_string(c + 1);
      r.label = "Cluster " + std::to_string(c + 1);
      for (int i : members[c]) r.statements.push_back(i);
      int a = suggestion(c);
      diags->warning(study.names_at, "study/cluster-unnamed",
                     tr("{} (statements {}) has no name yet; add {id, label, anchor: {}} to clusters.names "
                        "(statement {} has the lowest bridging in it: \"{}\")",
                        r.id, statement_list(study, members[c]), study.statements[a].id, study.statements[a].id,
                        short_text(study.statements[a].text)));
      clusters->push_back(std::move(r));
    }
    return true;
  }
  int before = diags->error_count();
  std::vector<std::vector<size_t>> names_in(k);
  for (size_t m = 0; m < study.cluster_names.size(); ++m) {
    int idx = study.statement_index(study.cluster_names[m].anchor);
    if (idx < 0) continue;  // reported by the loader
    if (labels[idx] == 0) {
      diags->error(study.cluster_names[m].anchor_at, "study/cluster-names",
                   tr("'{}' is anchored to statement {}, which no sorter put with another statement, so it is in no "
                      "cluster; choose another anchor",
                      study.cluster_names[m].id, study.cluster_names[m].anchor));
      continue;
    }
    names_in[labels[idx] - 1].push_back(m);
  }
  for (int c = 0; c < k; ++c) {
    if (names_in[c].empty()) {
      int a = suggestion(c);
      diags->error(study.names_at, "study/cluster-name-missing",
                   tr("no name is anchored in the cluster of statements {}; add {id, label, anchor: {}} (statement "
                      "{}: \"{}\")",
                      statement_list(study, members[c]), study.statements[a].id, study.statements[a].id,
                      short_text(study.statements[a].text)));
    }
    for (size_t m = 1; m < names_in[c].size(); ++m) {
      const ClusterName& first = study.cluster_names[names_in[c][0]];
      const ClusterName& other = study.cluster_names[names_in[c][m]];
      diags->error(other.at, "study/cluster-names",
                   tr("'{}' (anchor {}) and '{}' (anchor {}) name the same cluster; give one of them an anchor in "
                      "another cluster or remove it",
                      other.id, other.anchor, first.id, first.anchor));
    }
  }
  if (diags->error_count() != before) return false;
  for (const auto& name : study.cluster_names) {
    int idx = study.statement_index(name.anchor);
    int c = labels[idx] - 1;
    if (c < 0) continue;
    if (names_in[c][0] != static_cast<size_t>(&name - &study.cluster_names[0])) continue;
    ClusterResult r;
    r.id = name.id;
    r.label = name.label;
    r.labels = name.labels;
    r.anchor = name.anchor;
    r.statements = members[c];
    clusters->push_back(std::move(r));
  }
  return true;
}

}  // namespace

bool pearson(const std::vector<double>& a, const std::vector<double>& b, double* r) {
  size_t n = std::min(a.size(), b.size());
  if (n < 2) return false;
  double ma = 0, mb = 0;
  for (size_t i = 0; i < n; ++i) ma += a[i], mb += b[i];
  ma /= n;
  mb /= n;
  double sab = 0, saa = 0, sbb = 0;
  for (size_t i = 0; i < n; ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  if (saa <= 1e-12 || sbb <= 1e-12) return false;
  *r = std::max(-1.0, std::min(1.0, sab / std::sqrt(saa * sbb)));
  return true;
}

double mean_silhouette(const Eigen::MatrixXd& X, const std::vector<int>& labels, int k) {
  const size_t n = labels.size();
  std::vector<int> size(k + 1, 0);
  for (int l : labels) size[l]++;
  std::vector<double> sum(k + 1);
  double total = 0;
  for (size_t i = 0; i < n; ++i) {
    std::fill(sum.begin(), sum.end(), 0.0);
    for (size_t j = 0; j < n; ++j) sum[labels[j]] += (X.row(i) - X.row(j)).norm();
    int own = labels[i];
    if (size[own] <= 1) continue;  // a singleton has silhouette 0
    double a = sum[own] / (size[own] - 1), b = std::numeric_limits<double>::max();
    for (int c = 1; c <= k; ++c)
      if (c != own && size[c] > 0) b = std::min(b, sum[c] / size[c]);
    double m = std::max(a, b);
    if (m > 0) total += (b - a) / m;
  }
  return n ? total / n : 0;
}

std::vector<double> bridging_index(const Eigen::MatrixXd& similarity, const Eigen::MatrixXd& X) {
  const Eigen::Index n = X.rows();
  std::vector<double> raw(n, kNaN);
  for (Eigen::Index i = 0; i < n; ++i) {
    double weight = 0, sum = 0;
    for (Eigen::Index j = 0; j < n; ++j) {
      if (j == i || similarity(i, j) <= 0) continue;
      weight += similarity(i, j);
      sum += similarity(i, j) * (X.row(i) - X.row(j)).norm();
    }
    if (weight > 0) raw[i] = sum / weight;
  }
  double lo = std::numeric_limits<double>::max(), hi = -lo;
  for (double v : raw)
    if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  std::vector<double> out(n, 0.0);
  for (Eigen::Index i = 0; i < n; ++i) {
    if (std::isnan(raw[i])) out[i] = 1.0;  // never sorted with anything: a bridge by definition
    else if (hi > lo) out[i] = (raw[i] - lo) / (hi - lo);
  }
  return out;
}

bool analyze_study(const Study& study, const AnalyzeOptions& options, Analysis* out,
                   Diagnostics* diags) {
  const int n = static_cast<int>(study.statements.size());
  Location statements_file{study.dir.empty() ? "statements.csv" : study.dir + "/statements.csv", 0, 0};
  Location sorts_file{study.dir.empty() ? "sorts.csv" : study.dir + "/sorts.csv", 0, 0};
  if (n < 3) {
    diags->error(statements_file, "study/too-few-statements",
                 tr("the analysis needs at least 3 statements, found {}", n));
    return false;
  }
  const int sorters = static_cast<int>(study.sorts.size());
  if (sorters == 0) {
    diags->error(sorts_file, "study/no-sorts",
                 tr("there is no usable sort, so there is nothing to map; sorts.csv needs the piles of at least one "
                    "participant"));
    return false;
  }
  const int k = study.cluster_count;
  if (k < 1 || k > n) return false;  // reported by the loader
  if (sorters == 1)
    diags->warning(sorts_file, "study/one-sorter",
                   tr("only one sort is used, so the map shows one person's piles, not a shared view"));

  std::vector<SortPiles> piles;
  for (const auto& sort : study.sorts) {
    SortPiles p;
    for (const auto& pile : sort.piles) {
      p.emplace_back();
      for (int id : pile) p.back().push_back(study.statement_index(id));
    }
    piles.push_back(std::move(p));
  }
  Eigen::MatrixXd t = total_similarity(n, piles);
  if (sorters > 1 && ((t.array() == 0) || (t.array() == sorters)).all())
    diags->warning(sorts_file, "study/identical-sorts",
                   tr("all {} sorts are the same, so the map shows one set of piles", sorters));

  if (options.progress) options.progress(tr("similarity of {} statements from {} sorts", n, sorters));
  StudyMap map;
  if (!map_study(study, t, sorters, options.random_starts, options.progress, &map, diags)) return false;
  const Eigen::MatrixXd& X = map.X;
  std::vector<double> bridging = bridging_index(t, X);

  std::vector<ClusterResult> clusters;
  if (!name_clusters(study, map.labels, k, bridging, &clusters, diags)) return false;

  Analysis& a = *out;
  a.title = study.title;
  a.statement_count = n;
  a.participant_count = static_cast<int>(study.participants.size());
  a.sorter_count = sorters;
  a.excluded_sorter_count = static_cast<int>(study.excluded.size());
  a.cluster_count = k;
  a.groups.clear();
  for (const auto& g : study.groups) a.groups.push_back(g.id);
  a.ratings.clear();
  for (const auto& r : study.ratings) a.ratings.push_back(r.id);
  a.go_zone_ratings.assign(a.ratings.begin(), a.ratings.begin() + std::min<size_t>(2, a.ratings.size()));
  a.mds = map.mds;
  a.merge_tree = map.merges;
  a.suggested_k = map.suggested_k;

  // Ratings: statement means, cluster means (mean of statement means), go-zones.
  RatingTable rt = statement_means(study);
  a.rater_count = rt.raters;
  const std::vector<std::string> keys = group_keys(study);
  const size_t groups = keys.size(), ratings = study.ratings.size();
  std::vector<int> all(n);
  for (int i = 0; i < n; ++i) all[i] = i;
  std::vector<std::vector<double>> grand(ratings, std::vector<double>(groups));
  for (size_t r = 0; r < ratings; ++r)
    for (size_t g = 0; g < groups; ++g) grand[r][g] = mean_of(rt.mean[r][g], all);
  std::vector<int> cluster_of(n, -1);  // -1: left out of the map
  for (size_t c = 0; c < clusters.size(); ++c)
    for (int i : clusters[c].statements) cluster_of[i] = static_cast<int>(c);
  // [c][r][g]
  std::vector<std::vector<std::vector<double>>> cmean(clusters.size(),
                                                      std::vector<std::vector<double>>(ratings, std::vector<double>(groups)));
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t r = 0; r < ratings; ++r)
      for (size_t g = 0; g < groups; ++g) cmean[c][r][g] = mean_of(rt.mean[r][g], clusters[c].statements);
    double b = 0;
    for (int i : clusters[c].statements) b += bridging[i];
    clusters[c].bridging = round_to(b / clusters[c].statements.size(), 1e4);
    clusters[c].ratings = means_entry(study, keys, cmean[c]);
  }
  for (size_t r = 0; r < ratings && r < 2; ++r) {
    double lo = std::numeric_limits<double>::max(), hi = -lo;
    for (int i = 0; i < n; ++i)
      if (!std::isnan(rt.mean[r][0][i])) lo = std::min(lo, rt.mean[r][0][i]), hi = std::max(hi, rt.mean[r][0][i]);
    if (hi <= lo)
      diags->warning(study.ratings[r].at, "study/rating-no-spread",
                     tr("every statement has the same mean '{}', so no statement is above the mean and the go-zone "
                        "is empty",
                        study.ratings[r].id));
  }
  a.statements.clear();
  for (int i = 0; i < n; ++i) {
    StatementResult s;
    s.id = study.statements[i].id;
    s.x = X(i, 0);
    s.y = X(i, 1);
    s.cluster = cluster_of[i] < 0 ? std::string() : clusters[cluster_of[i]].id;
    s.bridging = round_to(bridging[i], 1e4);
    std::vector<std::vector<double>> own(ratings, std::vector<double>(groups));
    for (size_t r = 0; r < ratings; ++r)
      for (size_t g = 0; g < groups; ++g) own[r][g] = rt.mean[r][g][i];
    s.ratings = means_entry(study, keys, own);
    if (ratings > 0) {
      for (size_t g = 0; g < groups; ++g) {
        bool in = true, in_cluster = true;
        for (size_t r = 0; r < ratings && r < 2; ++r) {
          double v = own[r][g];
          in = in && !std::isnan(v) && !std::isnan(grand[r][g]) && v > grand[r][g] + 1e-12;
          double cm = cluster_of[i] < 0 ? kNaN : cmean[cluster_of[i]][r][g];
          in_cluster = in_cluster && !std::isnan(v) && !std::isnan(cm) && v > cm + 1e-12;
        }
        s.go_zone.push_back({keys[g], in});
        s.go_zone_in_cluster.push_back({keys[g], in_cluster});
      }
    }
    a.statements.push_back(std::move(s));
  }
  for (auto& c : clusters)
    for (int& i : c.statements) i = study.statements[i].id;
  a.clusters = std::move(clusters);

  // Pattern matches on cluster means: groups against each other per rating, then
  // ratings against each other per group.
  a.pattern_match.clear();
  auto match = [&](size_t r1, size_t g1, size_t r2, size_t g2, PatternMatch pm) {
    std::vector<double> x, y;
    for (size_t c = 0; c < cmean.size(); ++c)
      if (!std::isnan(cmean[c][r1][g1]) && !std::isnan(cmean[c][r2][g2]))
        x.push_back(cmean[c][r1][g1]), y.push_back(cmean[c][r2][g2]);
    double r = 0;
    pm.defined = pearson(x, y, &r);
    pm.r = pm.defined ? round_to(r, 1e4) : 0;
    a.pattern_match.push_back(pm);
  };
  for (size_t r = 0; r < ratings; ++r)
    for (size_t g1 = 1; g1 < groups; ++g1)
      for (size_t g2 = g1 + 1; g2 < groups; ++g2)
        match(r, g1, r, g2, {study.ratings[r].id, "", keys[g1], keys[g2], 0, false});
  for (size_t g = 0; g < groups; ++g)
    for (size_t r1 = 0; r1 < ratings; ++r1)
      for (size_t r2 = r1 + 1; r2 < ratings; ++r2)
        match(r1, g, r2, g, {"", keys[g], study.ratings[r1].id, study.ratings[r2].id, 0, false});

  return true;
}

}  // namespace sterk
