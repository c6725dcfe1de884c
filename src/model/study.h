#pragma once
// A concept-mapping study as loaded from study/ (SPEC §2): plain data, std only.
#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct Statement {
  int id = 0;  ///< positive, need not be consecutive
  std::string text;
  Location at;  ///< the id cell in statements.csv
};

struct Group {
  std::string id, label;
  Location at;
};

struct Participant {
  std::string id, group;
  Location at;
};

/// The scale of one rating, e.g. belang 1..5.
struct RatingScale {
  std::string id, label;
  double min = 1, max = 5;
  Location at;
};

/// One sorter's piles. Statements the sorter left out are not listed here; the
/// analysis counts each of them as a pile of its own.
struct Sort {
  std::string participant;
  std::vector<std::string> pile_labels;
  std::vector<std::vector<int>> piles;  ///< statement ids, file order
  Location at;                          ///< first row of this sorter in sorts.csv
};

/// One row of ratings.csv: one participant's ratings of one statement.
struct Rating {
  std::string participant;
  int statement = 0;
  std::vector<double> values;  ///< one per RatingScale, in study order
  std::vector<bool> rated;     ///< false where the cell was empty
  Location at;
};

/// A name for a computed cluster: the cluster that holds `anchor` gets it.
struct ClusterName {
  std::string id, label;
  int anchor = 0;
  Location at;         ///< the entry in study.yaml
  Location anchor_at;  ///< its anchor value
  /// Audience id → the label in that audience's words (`labels: {jongere: …}`).
  std::map<std::string, std::string> labels;
};

struct Study {
  std::string dir;  ///< the study folder as given
  std::string title, focus;
  std::string language = "nl";  ///< of figures and report: "nl" or "en" (study.yaml `language`)
  std::vector<Group> groups;
  std::vector<RatingScale> ratings;
  int cluster_count = 0;
  Location cluster_count_at;
  bool names_given = false;  ///< `clusters.names` present
  Location names_at;         ///< the `names` list (or `clusters` when absent)
  std::vector<ClusterName> cluster_names;
  std::vector<Statement> statements;  ///< file order
  std::vector<Participant> participants;
  std::vector<Sort> sorts;           ///< usable sorts only
  std::vector<std::string> excluded; ///< participants whose sort was left out
  std::vector<Rating> ratings_given;

  /// Statement id → index into `statements`; rebuilt by index_statements().
  std::map<int, int> statement_by_id;
  void index_statements() {
    statement_by_id.clear();
    for (size_t i = 0; i < statements.size(); ++i) statement_by_id.emplace(statements[i].id, static_cast<int>(i));
  }
  /// Index into `statements`, -1 when unknown.
  int statement_index(int id) const {
    if (statement_by_id.size() == statements.size()) {
      auto it = statement_by_id.find(id);
      return it == statement_by_id.end() ? -1 : it->second;
    }
    for (size_t i = 0; i < statements.size(); ++i)
      if (statements[i].id == id) return static_cast<int>(i);
    return -1;
  }
};

}  // namespace sterk
