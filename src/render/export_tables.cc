#include "render/export_tables.h"

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>

#include "util/csv_write.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

ExportCell text(const std::string& s) { return {s, false, 0}; }
ExportCell number(double v, int decimals) {
  if (!std::isfinite(v)) return {};
  double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;  // no "-0"
  return {format_number(r, decimals), true, r};
}
ExportCell count(int n) { return {std::to_string(n), true, static_cast<double>(n)}; }
ExportCell empty() { return {}; }

std::vector<std::string> group_keys(const Study& study) {
  std::vector<std::string> keys = {"overall"};
  for (const auto& g : study.groups) keys.push_back(g.id);
  return keys;
}

ExportTable statements_table(const Analysis& a, const Study& study, const RatingStats& stats) {
  ExportTable t{"statements", {"StatementID", "Statement", "ClusterID", "Cluster", "x", "y", "BridgingIndex"}, {}};
  const auto keys = group_keys(study);
  for (const auto& r : study.ratings)
    for (const auto& g : keys)
      for (const char* what : {"N", "Mean", "SD"}) t.header.push_back(r.id + "_" + g + "_" + what);
  for (const auto& g : keys) t.header.push_back("GoZone_" + g);
  for (size_t i = 0; i < study.statements.size(); ++i) {
    const Statement& st = study.statements[i];
    const StatementResult* s = a.find_statement(st.id);
    if (!s) continue;
    const ClusterResult* c = a.find_cluster(s->cluster);
    std::vector<ExportCell> row = {count(st.id), text(st.text), text(s->cluster), text(c ? c->label : ""),
                                   number(s->x, 6), number(s->y, 6), number(s->bridging, 4)};
    for (size_t k = 0; k < study.ratings.size(); ++k)
      for (size_t g = 0; g < keys.size(); ++g) {
        const RatingStat& rs = stats[i][k][g];
        row.push_back(count(rs.n));
        row.push_back(rs.n > 0 ? number(rs.mean, 4) : empty());
        row.push_back(rs.n > 1 ? number(rs.sd, 4) : empty());
      }
    for (const auto& g : keys) {
      std::string v;
      for (const auto& [key, in] : s->go_zone)
        if (key == g) v = in ? "TRUE" : "FALSE";
      row.push_back(text(v));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

/// Cluster mean = mean of its statement means (as analysis.yaml); SD over those means.
ExportTable clusters_table(const Analysis& a, const Study& study) {
  ExportTable t{"clusters", {"ClusterID", "Cluster", "AnchorStatement", "Statements", "BridgingIndex"}, {}};
  const auto keys = group_keys(study);
  for (const auto& r : study.ratings)
    for (const auto& g : keys)
      for (const char* what : {"Mean", "SD"}) t.header.push_back(r.id + "_" + g + "_" + what);
  for (const auto& c : a.clusters) {
    std::vector<ExportCell> row = {text(c.id), text(c.label), c.anchor ? count(c.anchor) : empty(),
                                   count(static_cast<int>(c.statements.size())), number(c.bridging, 4)};
    for (const auto& r : study.ratings)
      for (const auto& g : keys) {
        std::vector<double> v;
        for (int id : c.statements)
          if (const StatementResult* s = a.find_statement(id))
            for (const auto& m : s->ratings)
              if (m.rating == r.id)
                if (const double* x = m.find(g)) v.push_back(*x);
        double mean = 0, sq = 0;
        for (double x : v) mean += x;
        if (!v.empty()) mean /= v.size();
        for (double x : v) sq += (x - mean) * (x - mean);
        row.push_back(v.empty() ? empty() : number(mean, 4));
        row.push_back(v.size() > 1 ? number(std::sqrt(sq / (v.size() - 1)), 4) : empty());
      }
    t.rows.push_back(std::move(row));
  }
  return t;
}

ExportTable pattern_table(const Analysis& a) {
  ExportTable t{"pattern-matches", {"Rating", "Group", "A", "B", "r"}, {}};
  for (const auto& p : a.pattern_match)
    t.rows.push_back({text(p.rating), text(p.group), text(p.a), text(p.b), p.defined ? number(p.r, 4) : empty()});
  return t;
}


time_t date_of(const std::string& ymd) {
  std::tm tm{};
  if (std::sscanf(ymd.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3) return 0;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  tm.tm_hour = 12;
  return timegm(&tm);
}

bool write_workbook(const std::vector<ExportTable>& tables, const std::string& path, const std::string& created,
                    std::string* err) {
  std::string tmp = path + ".tmp";
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) {
    *err = tr("cannot write '{}'", path);
    return false;
  }
  lxw_doc_properties props{};
  props.created = date_of(created);
  workbook_set_properties(wb, &props);
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (const auto& t : tables) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, t.name.c_str());
    for (size_t c = 0; c < t.header.size(); ++c) worksheet_write_string(ws, 0, c, t.header[c].c_str(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t r = 0; r < t.rows.size(); ++r)
      for (size_t c = 0; c < t.rows[r].size(); ++c) {
        const ExportCell& cell = t.rows[r][c];
        // Text goes in as a string cell, never a formula, whatever it starts with.
        if (cell.number) worksheet_write_number(ws, r + 1, c, cell.value, nullptr);
        else if (!cell.text.empty()) worksheet_write_string(ws, r + 1, c, cell.text.c_str(), nullptr);
      }
  }
  lxw_error e = workbook_close(wb);
  if (e != LXW_NO_ERROR) {
    std::remove(tmp.c_str());
    *err = tr("cannot write '{}': {}", path, lxw_strerror(e));
    return false;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    *err = tr("cannot write '{}'", path);
    return false;
  }
  return true;
}

}  // namespace

std::vector<ExportTable> export_tables(const Analysis& a, const Study& study, const RatingStats& stats) {
  return {statements_table(a, study, stats), clusters_table(a, study), pattern_table(a)};
}

bool write_exports(const std::vector<ExportTable>& tables, const std::string& dir, const std::string& created,
                   std::vector<std::string>* written, std::string* err) {
  if (!make_dirs(dir, err)) return false;
  for (const auto& t : tables) {
    CsvWriter csv;
    csv.row(t.header);
    for (const auto& row : t.rows) {
      std::vector<std::string> cells;
      for (const auto& c : row) cells.push_back(c.text);
      csv.row(cells);
    }
    std::string path = path_join(dir, t.name + ".csv");
    if (!write_file_atomic(path, csv.text(), err)) return false;
    written->push_back(path);
  }
  std::string xlsx = path_join(dir, "analysis.xlsx");
  if (!write_workbook(tables, xlsx, created, err)) return false;
  written->push_back(xlsx);
  return true;
}

}  // namespace sterk
