#include "analysis/rating_stats.h"

#include <cmath>
#include <map>

namespace sterk {

RatingStats rating_stats(const Study& study) {
  const size_t n = study.statements.size(), ratings = study.ratings.size(), groups = study.groups.size() + 1;
  std::map<std::string, size_t> group_of;
  for (const auto& p : study.participants)
    for (size_t g = 0; g < study.groups.size(); ++g)
      if (study.groups[g].id == p.group) group_of[p.id] = g + 1;
  // Two passes (mean, then squared deviations) for an accurate SD.
  std::vector<std::vector<std::vector<std::vector<double>>>> values(
      n, std::vector<std::vector<std::vector<double>>>(ratings, std::vector<std::vector<double>>(groups)));
  for (const auto& r : study.ratings_given) {
    int s = study.statement_index(r.statement);
    if (s < 0) continue;
    auto it = group_of.find(r.participant);
    for (size_t k = 0; k < ratings && k < r.rated.size(); ++k) {
      if (!r.rated[k]) continue;
      values[s][k][0].push_back(r.values[k]);
      if (it != group_of.end()) values[s][k][it->second].push_back(r.values[k]);
    }
  }
  RatingStats out(n, std::vector<std::vector<RatingStat>>(ratings, std::vector<RatingStat>(groups)));
  for (size_t s = 0; s < n; ++s)
    for (size_t k = 0; k < ratings; ++k)
      for (size_t g = 0; g < groups; ++g) {
        const auto& v = values[s][k][g];
        RatingStat& st = out[s][k][g];
        st.n = static_cast<int>(v.size());
        if (v.empty()) continue;
        double sum = 0;
        for (double x : v) sum += x;
        st.mean = sum / v.size();
        double sq = 0;
        for (double x : v) sq += (x - st.mean) * (x - st.mean);
        if (v.size() > 1) st.sd = std::sqrt(sq / (v.size() - 1));
      }
  return out;
}

}  // namespace sterk
