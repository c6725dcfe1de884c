#include "load/rcmap_import.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "load/csv.h"
#include "util/csv_write.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

std::string yaml_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

bool positive_int(const std::string& s, long* v) {
  if (s.empty()) return false;
  char* end = nullptr;
  *v = std::strtol(s.c_str(), &end, 10);
  return *end == '\0' && *v > 0;
}

}  // namespace

std::string slug(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) && c < 0x80) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty() || !std::isalpha(static_cast<unsigned char>(out[0]))) out = "g-" + out;
  return out;
}

bool import_rcmap(const std::string& rcmap_dir, const std::string& study_dir,
                  const RcmapImportOptions& options, Diagnostics* diags) {
  int before = diags->error_count();
  CsvTable statements, sorts, ratings, demographics;
  bool ok = load_csv_file(path_join(rcmap_dir, "Statements.csv"), &statements, diags);
  ok = load_csv_file(path_join(rcmap_dir, "SortedCards.csv"), &sorts, diags) && ok;
  ok = load_csv_file(path_join(rcmap_dir, "Ratings.csv"), &ratings, diags) && ok;
  bool have_demo = file_exists(path_join(rcmap_dir, "Demographics.csv")) &&
                   load_csv_file(path_join(rcmap_dir, "Demographics.csv"), &demographics, diags);
  if (!ok) return false;

  // Statements.csv: StatementID,Statement
  std::string out_statements = "id,text\n";
  std::set<long> statement_ids;
  for (size_t r = 1; r < statements.rows.size(); ++r) {
    const auto& row = statements.rows[r];
    long id = 0;
    std::string cell = trim(row.cells[0].value);
    if (row.cells.size() < 2 || !positive_int(cell, &id)) {
      diags->error(row.cells[0].at, "rcmap/statement",
                   tr("expected 'StatementID,Statement' with a positive whole number, found '{}'", cell));
      continue;
    }
    statement_ids.insert(id);
    out_statements += std::to_string(id) + "," + csv_cell(trim(row.cells[1].value)) + "\n";
  }

  // Demographics.csv: RaterID,<variables>; the chosen column gives the group.
  std::map<std::string, std::string> group_of;  // participant → group label
  std::vector<std::string> group_labels;
  if (have_demo && !demographics.rows.empty()) {
    const auto& header = demographics.rows[0].cells;
    size_t col = 1;
    if (!options.group_column.empty()) {
      col = 0;
      for (size_t c = 1; c < header.size(); ++c)
        if (trim(header[c].value) == options.group_column) col = c;
      if (col == 0) {
        diags->error(header[0].at, "rcmap/group-column",
                     tr("Demographics.csv has no column '{}'", options.group_column));
        return false;
      }
    }
    for (size_t r = 1; r < demographics.rows.size() && col < header.size(); ++r) {
      const auto& row = demographics.rows[r];
      std::string g = col < row.cells.size() ? trim(row.cells[col].value) : "";
      if (g.empty()) continue;
      group_of[trim(row.cells[0].value)] = g;
      if (std::find(group_labels.begin(), group_labels.end(), g) == group_labels.end()) group_labels.push_back(g);
    }
  }

  // SortedCards.csv: sorter, pile label, statement ids…  (no header)
  std::string out_sorts = "participant,pile,statement\n";
  std::vector<std::string> participants;
  std::set<std::string> seen;
  auto add_participant = [&](const std::string& p) {
    if (seen.insert(p).second) participants.push_back(p);
  };
  std::map<std::string, int> pile_number;
  for (const auto& row : sorts.rows) {
    if (row.cells.size() < 3) {
      diags->error(row.cells[0].at, "rcmap/sort",
                   tr("expected 'sorter,pile label,statement ids…' (SortedCards.csv has no header row)"));
      continue;
    }
    std::string sorter = trim(row.cells[0].value);
    add_participant(sorter);
    std::string pile = std::to_string(++pile_number[sorter]);
    for (size_t c = 2; c < row.cells.size(); ++c) {
      std::string v = trim(row.cells[c].value);
      if (v.empty()) continue;
      long id = 0;
      if (!positive_int(v, &id)) {
        diags->error(row.cells[c].at, "rcmap/sort", tr("expected a statement id, found '{}'", v));
        continue;
      }
      out_sorts += csv_cell(sorter) + "," + pile + "," + std::to_string(id) + "\n";
    }
  }

  // Ratings.csv: RaterID,StatementID,<ratings>
  std::vector<std::string> rating_ids;
  std::vector<double> lo, hi;
  std::string out_ratings = "participant,statement";
  if (!ratings.rows.empty()) {
    const auto& header = ratings.rows[0].cells;
    for (size_t c = 2; c < header.size(); ++c) {
      rating_ids.push_back(slug(trim(header[c].value)));
      out_ratings += "," + rating_ids.back();
    }
  }
  out_ratings += "\n";
  lo.assign(rating_ids.size(), 1e300);
  hi.assign(rating_ids.size(), -1e300);
  for (size_t r = 1; r < ratings.rows.size(); ++r) {
    const auto& row = ratings.rows[r];
    std::string rater = trim(row.cells[0].value);
    add_participant(rater);
    out_ratings += csv_cell(rater);
    for (size_t c = 1; c < rating_ids.size() + 2; ++c) {
      std::string v = c < row.cells.size() ? trim(row.cells[c].value) : "";
      if (v == "NA") v.clear();  // R's missing value: not rated
      out_ratings += "," + csv_cell(v);
      if (c >= 2 && !v.empty()) {
        char* end = nullptr;
        double x = std::strtod(v.c_str(), &end);
        if (*end == '\0' && std::isfinite(x)) {
          lo[c - 2] = std::min(lo[c - 2], x);
          hi[c - 2] = std::max(hi[c - 2], x);
        }
      }
    }
    out_ratings += "\n";
  }
  if (diags->error_count() != before) return false;

  const std::string unknown = "unknown";
  std::string out_participants = "participant,group\n";
  bool any_unknown = false;
  for (const auto& p : participants) {
    auto it = group_of.find(p);
    any_unknown = any_unknown || it == group_of.end();
    out_participants += csv_cell(p) + "," + (it == group_of.end() ? unknown : slug(it->second)) + "\n";
  }

  std::string y;
  y += "# Imported from RCMap files in " + yaml_string(rcmap_dir) + " by 'sterk analyze --import rcmap'.\n";
  y += "# Set clusters.count and add names (id, label, anchor) once the map has been read.\n";
  y += "title: " + yaml_string("RCMap import: " + path_stem(rcmap_dir)) + "\n";
  y += "focus: \"\"\n";
  y += "groups:\n";
  for (const auto& g : group_labels) y += "  - {id: " + slug(g) + ", label: " + yaml_string(g) + "}\n";
  if (any_unknown || group_labels.empty()) y += "  - {id: " + unknown + ", label: \"no demographics\"}\n";
  y += "ratings:\n";
  for (size_t k = 0; k < rating_ids.size(); ++k) {
    double mn = lo[k] > hi[k] ? 1 : std::floor(lo[k]), mx = lo[k] > hi[k] ? 5 : std::ceil(hi[k]);
    if (mx <= mn) mx = mn + 1;
    y += "  - {id: " + rating_ids[k] + ", label: " + yaml_string(trim(ratings.rows[0].cells[k + 2].value)) +
         ", min: " + format_number(mn, 3) + ", max: " + format_number(mx, 3) + "}\n";
  }
  // K above n/3 is refused by the analysis (clusters of two or three statements say little).
  int k = std::max(1, std::min<int>(options.cluster_count, static_cast<int>(statement_ids.size()) / 3));
  y += "clusters:\n  count: " + std::to_string(k) + "\n";

  std::string err;
  if (!make_dirs(study_dir, &err)) {
    diags->error({study_dir, 0, 0}, "rcmap/write", err);
    return false;
  }
  const std::pair<const char*, const std::string*> files[] = {
      {"study.yaml", &y}, {"statements.csv", &out_statements}, {"participants.csv", &out_participants},
      {"sorts.csv", &out_sorts}, {"ratings.csv", &out_ratings}};
  for (const auto& [name, text] : files)
    if (!write_file_atomic(path_join(study_dir, name), *text, &err)) {
      diags->error({path_join(study_dir, name), 0, 0}, "rcmap/write", err);
      return false;
    }
  return true;
}

}  // namespace sterk
