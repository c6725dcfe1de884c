#include "load/study_loader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "load/csv.h"
#include "load/map_reader.h"
#include "model/deck.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

const char* const kInputFiles[] = {"study.yaml", "statements.csv", "participants.csv",
                                   "sorts.csv", "ratings.csv", nullptr};

/// The columns of a CSV header, looked up by name.
class Columns {
 public:
  Columns(const CsvTable& t, Diagnostics* diags) : table_(t), diags_(diags) {
    if (t.rows.empty()) return;
    const auto& cells = t.rows[0].cells;
    for (size_t i = 0; i < cells.size(); ++i) index_[trim(cells[i].value)] = static_cast<int>(i);
  }
  /// Column index of `name`, or -1 after an error naming the expected header.
  int require(const std::string& name, const std::string& expected_header) {
    auto it = index_.find(name);
    if (it != index_.end()) return it->second;
    Location at{table_.file, table_.rows.empty() ? 1 : table_.rows[0].line, 1};
    diags_->error(at, "study/missing-column",
                  tr("there is no column '{}'; the first line must be the header {}", name, expected_header));
    return -1;
  }
  int find(const std::string& name) const {
    auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
  }

 private:
  const CsvTable& table_;
  Diagnostics* diags_;
  std::map<std::string, int> index_;
};

/// The cell in column `col`, or an empty cell located just after the row's last cell.
CsvCell cell_at(const CsvRow& row, int col) {
  if (col >= 0 && col < static_cast<int>(row.cells.size())) {
    CsvCell c = row.cells[col];
    c.value = trim(c.value);
    return c;
  }
  CsvCell c;
  c.at = row.cells.back().at;
  c.at.column += utf8_length(row.cells.back().value) + 1;
  return c;
}

bool parse_int(const std::string& s, long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long v = std::strtol(s.c_str(), &end, 10);
  if (*end != '\0' || errno != 0) return false;
  *out = v;
  return true;
}

bool parse_double(const std::string& s, double* out) {
  if (s.empty()) return false;
  std::string t = s;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (*end != '\0' || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// ---- study.yaml -------------------------------------------------------------

void read_groups(const YamlNode& n, Study* study, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'groups' must be a list of group ids, like [jongere, werkgever]"));
    return;
  }
  std::set<std::string> seen;
  for (const auto& item : n.items) {
    Group g;
    g.at = item.at;
    if (item.is_scalar()) {
      g.id = item.text.value;
    } else if (item.is_map()) {
      MapReader r(item, tr("group"), diags);
      r.string("id", &g.id, true);
      r.string("label", &g.label);
      r.finish();
    } else {
      diags->error(item.at, "load/type", tr("a group must be an id or {id, label}"));
      continue;
    }
    if (g.id.empty()) continue;
    if (!seen.insert(g.id).second) {
      diags->error(item.at, "study/duplicate-id", tr("group '{}' is listed twice", g.id));
      continue;
    }
    if (g.label.empty()) g.label = g.id;
    study->groups.push_back(g);
  }
}

void read_ratings(const YamlNode& n, Study* study, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'ratings' must be a list of {id, label, min, max}"));
    return;
  }
  std::set<std::string> seen;
  for (const auto& item : n.items) {
    if (!expect_map(item, tr("a rating"), diags)) continue;
    RatingScale s;
    s.at = item.at;
    MapReader r(item, tr("rating"), diags);
    bool ok = r.string("id", &s.id, true);
    r.string("label", &s.label);
    ok = r.number("min", &s.min, true) && ok;
    ok = r.number("max", &s.max, true) && ok;
    r.finish();
    if (!ok) continue;
    if (s.min >= s.max) {
      diags->error(item.at, "study/rating-scale",
                   tr("rating '{}' needs min below max, found {}..{}", s.id, format_number(s.min, 3),
                      format_number(s.max, 3)));
      continue;
    }
    if (!seen.insert(s.id).second) {
      diags->error(item.at, "study/duplicate-id", tr("rating '{}' is listed twice", s.id));
      continue;
    }
    if (s.label.empty()) s.label = s.id;
    study->ratings.push_back(s);
  }
}

// `labels: {jongere: Gezond blijven}`: the cluster's name in one audience's words,
// printed on that audience's cards instead of `label`.
void read_audience_labels(const YamlNode& n, ClusterName* c, Diagnostics* diags) {
  if (!n.is_map()) {
    diags->error(n.at, "load/type",
                 tr("'labels' must be a map of audience: label, e.g. {jongere: Gezond blijven}"));
    return;
  }
  for (const auto& [audience, label] : n.entries) {
    const auto& ids = audience_ids();
    if (std::find(ids.begin(), ids.end(), audience.value) == ids.end()) {
      std::string hint = did_you_mean(audience.value, ids);
      diags->error(audience.at, "load/unknown-audience",
                   hint.empty() ? tr("'{}' is not an audience; use jongere, werkgever, jobcoach or steunsysteem",
                                     audience.value)
                                : tr("'{}' is not an audience; did you mean '{}'?", audience.value, hint));
      continue;
    }
    if (!label.is_scalar() || trim(label.text.value).empty()) {
      diags->error(label.at, "load/type", tr("the label for '{}' must be a text", audience.value));
      continue;
    }
    c->labels[audience.value] = label.text.value;
  }
}

void read_clusters(const YamlNode& n, Study* study, Diagnostics* diags) {
  if (!expect_map(n, "'clusters'", diags)) return;
  MapReader r(n, "'clusters'", diags);
  if (r.integer("count", &study->cluster_count, true)) {
    study->cluster_count_at = n.find("count")->at;
    if (study->cluster_count < 1) {
      diags->error(study->cluster_count_at, "study/cluster-count",
                   tr("'count' must be at least 1, found {}", study->cluster_count));
      study->cluster_count = 0;
    }
  }
  study->names_at = n.at;
  if (const YamlNode* names = r.get("names")) {
    study->names_given = true;
    study->names_at = names->at;
    if (!names->is_sequence()) {
      diags->error(names->at, "load/type", tr("'names' must be a list of {id, label, anchor}"));
    } else {
      std::set<std::string> ids;
      for (const auto& item : names->items) {
        if (!expect_map(item, tr("a cluster name"), diags)) continue;
        ClusterName c;
        c.at = item.at;
        MapReader nr(item, tr("cluster name"), diags);
        bool ok = nr.string("id", &c.id, true);
        nr.string("label", &c.label);
        if (const YamlNode* l = nr.get("labels")) read_audience_labels(*l, &c, diags);
        ok = nr.integer("anchor", &c.anchor, true) && ok;
        nr.finish();
        if (!ok) continue;
        c.anchor_at = item.find("anchor")->at;
        if (!ids.insert(c.id).second) {
          diags->error(item.at, "study/duplicate-id", tr("cluster id '{}' is named twice", c.id));
          continue;
        }
        if (c.label.empty()) c.label = c.id;
        study->cluster_names.push_back(c);
      }
    }
  }
  r.finish();
}

// ---- CSV files --------------------------------------------------------------

// Which earlier files loaded without errors. A later file's references into a file
// that had errors are not reported: "unknown statement" a hundred times over would
// only repeat the one error that broke statements.csv.
struct Upstream {
  bool groups = true;        // study.yaml
  bool statements = true;    // statements.csv
  bool participants = true;  // participants.csv
};

void read_statements(const CsvTable& t, Study* study, Diagnostics* diags) {
  Columns cols(t, diags);
  int id_col = cols.require("id", "id,text");
  int text_col = cols.require("text", "id,text");
  if (id_col < 0 || text_col < 0) return;
  std::map<int, int> first_line;
  for (size_t r = 1; r < t.rows.size(); ++r) {
    CsvCell id = cell_at(t.rows[r], id_col), text = cell_at(t.rows[r], text_col);
    long v = 0;
    if (!parse_int(id.value, &v) || v <= 0 || v > 1000000000) {
      diags->error(id.at, "study/statement-id",
                   tr("expected a statement id (a positive whole number), found '{}'", id.value));
      continue;
    }
    if (auto it = first_line.find(v); it != first_line.end()) {
      diags->error(id.at, "study/duplicate-id",
                   tr("statement {} is already listed on line {}", v, it->second));
      continue;
    }
    first_line[v] = t.rows[r].line;
    if (text.value.empty())
      diags->error(text.at, "study/empty-text", tr("statement {} has no text", v));
    study->statements.push_back({static_cast<int>(v), text.value, id.at});
  }
  study->index_statements();
}

void read_participants(const CsvTable& t, Study* study, const Upstream& up, Diagnostics* diags) {
  Columns cols(t, diags);
  int p_col = cols.require("participant", "participant,group");
  int g_col = cols.require("group", "participant,group");
  if (p_col < 0 || g_col < 0) return;
  std::vector<std::string> group_ids;
  for (const auto& g : study->groups) group_ids.push_back(g.id);
  std::map<std::string, int> first_line;
  for (size_t r = 1; r < t.rows.size(); ++r) {
    CsvCell p = cell_at(t.rows[r], p_col), g = cell_at(t.rows[r], g_col);
    if (p.value.empty()) {
      diags->error(p.at, "study/participant-id", tr("expected a participant id here"));
      continue;
    }
    if (auto it = first_line.find(p.value); it != first_line.end()) {
      diags->error(p.at, "study/duplicate-id",
                   tr("participant {} is already listed on line {}", quoted(p.value), it->second));
      continue;
    }
    first_line[p.value] = t.rows[r].line;
    bool known = false;
    for (const auto& id : group_ids) known = known || id == g.value;
    if (!known && up.groups) {
      std::string hint = did_you_mean(g.value, group_ids);
      diags->error(g.at, "study/unknown-group",
                   hint.empty() ? tr("unknown group {}; study.yaml lists {}", quoted(g.value), join(group_ids, ", "))
                                : tr("unknown group {}; study.yaml lists {}; did you mean {}?", quoted(g.value),
                                     join(group_ids, ", "), quoted(hint)));
    }
    study->participants.push_back({p.value, g.value, p.at});
  }
}

/// Participant ids in one file that are not in participants.csv. Each id is reported
/// once, at its first row, with the number of rows it is on; after kMaxNamed ids the
/// rest are summed up in one error. So a sorts.csv of a million rows against the wrong
/// participants.csv gives a readable list (and finishes in seconds), not a million
/// "did you mean" searches.
class UnknownParticipants {
 public:
  static constexpr size_t kMaxNamed = 20;

  void add(const CsvCell& p) {
    auto [it, fresh] = rows_.emplace(p.value, 0);
    ++it->second;
    if (fresh) order_.push_back({p.value, p.at});
  }

  void report(const Study& study, Diagnostics* diags) const {
    if (order_.empty()) return;
    std::vector<std::string> ids;
    for (const auto& q : study.participants) ids.push_back(q.id);
    for (size_t k = 0; k < order_.size() && k < kMaxNamed; ++k) {
      const auto& [id, at] = order_[k];
      size_t rows = rows_.at(id);
      std::string hint = did_you_mean(id, ids);
      std::string message;
      if (rows > 1)
        message = hint.empty() ? tr("unknown participant {} (on {} rows); every participant must be in "
                                    "participants.csv",
                                    quoted(id), rows)
                               : tr("unknown participant {} (on {} rows); every participant must be in "
                                    "participants.csv; did you mean {}?",
                                    quoted(id), rows, quoted(hint));
      else
        message = hint.empty() ? tr("unknown participant {}; every participant must be in participants.csv", quoted(id))
                               : tr("unknown participant {}; every participant must be in participants.csv; did "
                                    "you mean {}?",
                                    quoted(id), quoted(hint));
      diags->error(at, "study/unknown-participant", message);
    }
    if (order_.size() <= kMaxNamed) return;
    size_t more_rows = 0;
    for (size_t k = kMaxNamed; k < order_.size(); ++k) more_rows += rows_.at(order_[k].first);
    diags->error(order_[kMaxNamed].second, "study/unknown-participant",
                 tr("and {} more participants that are not in participants.csv, from here on ({} rows); is "
                    "participants.csv the list of this study?",
                    order_.size() - kMaxNamed, more_rows));
  }

 private:
  std::map<std::string, size_t> rows_;
  std::vector<std::pair<std::string, Location>> order_;
};

/// Checks a participant id against participants.csv; collects unknown ones.
bool known_participant(const std::unordered_set<std::string>& known, const CsvCell& p, const Upstream& up,
                       UnknownParticipants* unknown, Diagnostics* diags) {
  if (p.value.empty()) {
    diags->error(p.at, "study/participant-id", tr("expected a participant id here"));
    return false;
  }
  if (known.count(p.value)) return true;
  if (up.participants) unknown->add(p);
  return false;
}

/// Reads a statement id cell; reports non-numbers and unknown ids.
bool known_statement(const Study& study, const CsvCell& s, int* id, const Upstream& up, Diagnostics* diags) {
  long v = 0;
  if (!parse_int(s.value, &v) || v <= 0 || v > 1000000000) {
    diags->error(s.at, "study/statement-id",
                 tr("expected a statement id (a positive whole number), found '{}'", s.value));
    return false;
  }
  if (study.statement_index(static_cast<int>(v)) < 0) {
    if (!up.statements) return false;
    diags->error(s.at, "study/unknown-statement",
                 tr("unknown statement {}; it is not in statements.csv", v));
    return false;
  }
  *id = static_cast<int>(v);
  return true;
}

void read_sorts(const CsvTable& t, Study* study, const Upstream& up, Diagnostics* diags) {
  Columns cols(t, diags);
  const char* header = "participant,pile,statement";
  int p_col = cols.require("participant", header);
  int pile_col = cols.require("pile", header);
  int s_col = cols.require("statement", header);
  if (p_col < 0 || pile_col < 0 || s_col < 0) return;
  std::unordered_set<std::string> known;
  for (const auto& q : study->participants) known.insert(q.id);
  std::unordered_map<std::string, size_t> sort_of;  // participant → index in study->sorts
  // Per sort: statement id → (pile index, line) where it was put first.
  std::vector<std::unordered_map<int, std::pair<size_t, int>>> placed;
  UnknownParticipants unknown;
  for (size_t r = 1; r < t.rows.size(); ++r) {
    CsvCell p = cell_at(t.rows[r], p_col), pile = cell_at(t.rows[r], pile_col),
            s = cell_at(t.rows[r], s_col);
    bool ok = known_participant(known, p, up, &unknown, diags);
    int id = 0;
    ok = known_statement(*study, s, &id, up, diags) && ok;
    if (pile.value.empty()) {
      diags->error(pile.at, "study/pile", tr("expected a pile name or number here"));
      ok = false;
    }
    if (!ok) continue;
    auto [it, fresh] = sort_of.emplace(p.value, study->sorts.size());
    if (fresh) {
      study->sorts.push_back({p.value, {}, {}, p.at});
      placed.emplace_back();
    }
    Sort& sort = study->sorts[it->second];
    size_t k = 0;
    while (k < sort.pile_labels.size() && sort.pile_labels[k] != pile.value) ++k;
    auto [where, first] = placed[it->second].emplace(id, std::make_pair(k, t.rows[r].line));
    if (!first) {
      diags->error(s.at, "study/duplicate-sort",
                   tr("statement {} is already in pile {} of participant {} (line {})", id,
                      quoted(sort.pile_labels[where->second.first]), quoted(p.value), where->second.second));
      continue;
    }
    if (k == sort.pile_labels.size()) {
      sort.pile_labels.push_back(pile.value);
      sort.piles.emplace_back();
    }
    sort.piles[k].push_back(id);
  }
  unknown.report(*study, diags);
}

void read_rating_rows(const CsvTable& t, Study* study, const Upstream& up, Diagnostics* diags) {
  Columns cols(t, diags);
  std::string header = "participant,statement";
  for (const auto& r : study->ratings) header += "," + r.id;
  int p_col = cols.require("participant", header);
  int s_col = cols.require("statement", header);
  std::vector<int> value_cols;
  bool ok = p_col >= 0 && s_col >= 0;
  for (const auto& r : study->ratings) {
    value_cols.push_back(cols.require(r.id, header));
    ok = ok && value_cols.back() >= 0;
  }
  if (!ok) return;
  std::unordered_set<std::string> known;
  for (const auto& q : study->participants) known.insert(q.id);
  std::unordered_map<std::string, std::unordered_map<int, int>> first_line;  // participant → statement → line
  UnknownParticipants unknown;
  std::vector<std::string> ranges;
  for (const RatingScale& scale : study->ratings)
    ranges.push_back(tr("{} to {}", format_number(scale.min, 3), format_number(scale.max, 3)));
  study->ratings_given.reserve(study->ratings_given.size() + t.rows.size());
  for (size_t r = 1; r < t.rows.size(); ++r) {
    const CsvRow& row = t.rows[r];
    CsvCell p = cell_at(row, p_col), s = cell_at(row, s_col);
    bool row_ok = known_participant(known, p, up, &unknown, diags);
    int id = 0;
    row_ok = known_statement(*study, s, &id, up, diags) && row_ok;
    if (!row_ok) continue;
    auto [it, fresh] = first_line[p.value].emplace(id, row.line);
    if (!fresh) {
      diags->error(s.at, "study/duplicate-rating",
                   tr("participant {} already rated statement {} on line {}", quoted(p.value), id, it->second));
      continue;
    }
    Rating rating{p.value, id, {}, {}, p.at};
    for (size_t k = 0; k < study->ratings.size(); ++k) {
      const RatingScale& scale = study->ratings[k];
      CsvCell v = cell_at(row, value_cols[k]);
      double x = 0;
      bool rated = false;
      const std::string& range = ranges[k];
      if (v.value.empty()) {
        // not rated
      } else if (!parse_double(v.value, &x)) {
        diags->error(v.at, "study/rating-value",
                     tr("expected a number from {} for {}, found '{}'", range, quoted(scale.id), v.value));
      } else if (x < scale.min || x > scale.max) {
        diags->error(v.at, "study/rating-range",
                     tr("rating {} for {} is outside its scale {}", v.value, quoted(scale.id), range));
      } else {
        rated = true;
      }
      rating.values.push_back(rated ? x : 0.0);
      rating.rated.push_back(rated);
    }
    study->ratings_given.push_back(std::move(rating));
  }
  unknown.report(*study, diags);
}

/// Leaves out sorts that carry no information, with a warning naming the sorter.
void exclude_uninformative_sorts(Study* study, Diagnostics* diags) {
  size_t n = study->statements.size();
  std::vector<Sort> kept;
  for (auto& sort : study->sorts) {
    size_t sorted = 0;
    for (const auto& pile : sort.piles) sorted += pile.size();
    size_t piles = sort.piles.size() + (n - sorted);  // each unsorted statement is a pile
    if (piles != 1 && piles != n) {
      kept.push_back(std::move(sort));
      continue;
    }
    diags->warning(sort.at, "study/sort-excluded",
                   piles == 1 ? tr("the sort of participant {} has every statement in one pile, so it says nothing "
                                   "about which statements belong together; it is left out",
                                   quoted(sort.participant))
                              : tr("the sort of participant {} has every statement in a pile of its own, so it says "
                                   "nothing about which statements belong together; it is left out",
                                   quoted(sort.participant)));
    study->excluded.push_back(sort.participant);
  }
  study->sorts = std::move(kept);
}

void check_anchors(Study* study, Diagnostics* diags) {
  if (study->cluster_count > 0 && !study->statements.empty() &&
      study->cluster_count > static_cast<int>(study->statements.size()))
    diags->error(study->cluster_count_at, "study/cluster-count",
                 tr("'count' asks for {} clusters, but there are only {} statements", study->cluster_count,
                    study->statements.size()));
  for (const auto& c : study->cluster_names)
    if (study->statement_index(c.anchor) < 0)
      diags->error(c.anchor_at, "study/unknown-statement",
                   tr("cluster '{}' is anchored to statement {}, which is not in statements.csv", c.id, c.anchor));
}

}  // namespace

const char* const* study_input_files() { return kInputFiles; }

std::map<int, std::string> statement_texts(const std::string& study_dir) {
  std::map<int, std::string> out;
  Diagnostics ignored;  // the checks only quote statements; analyze reports a broken file
  CsvTable t;
  if (!load_csv_file(path_join(study_dir, "statements.csv"), &t, &ignored)) return out;
  Study s;
  read_statements(t, &s, &ignored);
  for (const auto& st : s.statements) out[st.id] = st.text;
  return out;
}

bool read_study_yaml(const YamlNode& root, Study* study, Diagnostics* diags) {
  int before = diags->error_count();
  if (!expect_map(root, "study.yaml", diags)) return false;
  MapReader r(root, "study.yaml", diags);
  r.string("title", &study->title, true);
  r.string("focus", &study->focus);
  r.string("language", &study->language);  // of the figures and the report: nl (default) or en
  if (const YamlNode* g = r.get("groups", true)) read_groups(*g, study, diags);
  if (const YamlNode* g = r.get("ratings")) read_ratings(*g, study, diags);
  if (const YamlNode* c = r.get("clusters", true)) read_clusters(*c, study, diags);
  r.allow("example");
  r.allow("note");
  r.finish();
  return diags->error_count() == before;
}

bool load_study(const std::string& dir, Study* study, Diagnostics* diags) {
  int before = diags->error_count();
  study->dir = dir;
  Upstream up;
  YamlNode root;
  if (load_yaml_file(path_join(dir, "study.yaml"), &root, diags)) read_study_yaml(root, study, diags);
  up.groups = diags->error_count() == before;
  CsvTable t;
  int mark = diags->error_count();
  if (load_csv_file(path_join(dir, "statements.csv"), &t, diags)) read_statements(t, study, diags);
  up.statements = diags->error_count() == mark;
  mark = diags->error_count();
  if (load_csv_file(path_join(dir, "participants.csv"), &t, diags)) read_participants(t, study, up, diags);
  up.participants = diags->error_count() == mark;
  if (load_csv_file(path_join(dir, "sorts.csv"), &t, diags)) read_sorts(t, study, up, diags);
  if (load_csv_file(path_join(dir, "ratings.csv"), &t, diags)) read_rating_rows(t, study, up, diags);
  if (up.statements) check_anchors(study, diags);
  exclude_uninformative_sorts(study, diags);
  return diags->error_count() == before;
}

}  // namespace sterk
