#pragma once
// N, mean and standard deviation of each rating per statement, overall and per group,
// for the report and the exports (analysis.yaml keeps only the means).
#include <vector>

#include "model/study.h"

namespace sterk {

struct RatingStat {
  int n = 0;        ///< raters who gave this rating
  double mean = 0;  ///< valid when n > 0
  double sd = 0;    ///< sample standard deviation (n − 1), as R's sd(); valid when n > 1
};

/// stats[statement index][rating][g]: g = 0 overall, 1.. the study's groups in order.
using RatingStats = std::vector<std::vector<std::vector<RatingStat>>>;

RatingStats rating_stats(const Study& study);

}  // namespace sterk
