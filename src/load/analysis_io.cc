#include "load/analysis_io.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "load/study_loader.h"
#include "load/yaml_tree.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {
namespace {

bool plain_key(const std::string& s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  static const char* reserved[] = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "Y", "N"};
  for (const char* r : reserved)
    if (s == r) return false;
  return true;
}

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string key(const std::string& s) { return plain_key(s) ? s : quote(s); }
std::string str(const std::string& s) { return plain_key(s) ? s : quote(s); }
std::string boolean(bool b) { return b ? "true" : "false"; }

std::string id_list(const std::vector<int>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + std::to_string(ids[i]);
  return out + "]";
}

std::string str_list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + str(v[i]);
  return out + "]";
}

void write_ratings(std::string* o, const std::vector<RatingMeans>& ratings, const std::string& indent) {
  if (ratings.empty()) return;
  *o += indent + "ratings:\n";
  for (const auto& r : ratings) {
    *o += indent + "  " + key(r.rating) + ": {";
    for (size_t g = 0; g < r.by_group.size(); ++g)
      *o += (g ? ", " : "") + key(r.by_group[g].first) + ": " + fixed_number(r.by_group[g].second, 4);
    *o += "}\n";
  }
}

void write_go_zone(std::string* o, const char* name, const GoZone& z) {
  if (z.empty()) return;
  *o += std::string("    ") + name + ": {";
  for (size_t g = 0; g < z.size(); ++g) *o += (g ? ", " : "") + key(z[g].first) + ": " + boolean(z[g].second);
  *o += "}\n";
}

// ---- reading ----------------------------------------------------------------

class Reader {
 public:
  Reader(std::string file, Diagnostics* diags) : file_(std::move(file)), diags_(diags) {}

  const YamlNode* need(const YamlNode& map, const std::string& k) {
    const YamlNode* n = map.is_map() ? map.find(k) : nullptr;
    if (!n) diags_->error(map.at, "analysis/format", tr("analysis.yaml has no '{}' here; run 'sterk analyze' again", k));
    return n;
  }
  std::string text(const YamlNode& map, const std::string& k) {
    const YamlNode* n = need(map, k);
    return n && n->is_scalar() ? n->text.value : "";
  }
  double number(const YamlNode& n) {
    char* end = nullptr;
    double v = std::strtod(n.text.value.c_str(), &end);
    if (!n.is_scalar() || n.text.value.empty() || *end != '\0') {
      diags_->error(n.at, "analysis/format", tr("expected a number in analysis.yaml, found '{}'", n.text.value));
      return 0;
    }
    return v;
  }
  double number(const YamlNode& map, const std::string& k) {
    const YamlNode* n = need(map, k);
    return n ? number(*n) : 0;
  }
  int integer(const YamlNode& map, const std::string& k) { return static_cast<int>(std::lround(number(map, k))); }
  std::vector<int> ids(const YamlNode& map, const std::string& k) {
    std::vector<int> out;
    if (const YamlNode* n = need(map, k); n && n->is_sequence())
      for (const auto& i : n->items) out.push_back(static_cast<int>(std::lround(number(i))));
    return out;
  }
  std::vector<std::string> strings(const YamlNode& map, const std::string& k) {
    std::vector<std::string> out;
    if (const YamlNode* n = map.find(k); n && n->is_sequence())
      for (const auto& i : n->items) out.push_back(i.text.value);
    return out;
  }
  std::vector<RatingMeans> ratings(const YamlNode& map) {
    std::vector<RatingMeans> out;
    if (const YamlNode* n = map.find("ratings"); n && n->is_map())
      for (const auto& [name, groups] : n->entries) {
        RatingMeans m{name.value, {}};
        for (const auto& [g, v] : groups.entries) m.by_group.push_back({g.value, number(v)});
        out.push_back(std::move(m));
      }
    return out;
  }
  GoZone go_zone(const YamlNode& map, const std::string& k) {
    GoZone z;
    if (const YamlNode* n = map.find(k); n && n->is_map())
      for (const auto& [g, v] : n->entries) z.push_back({g.value, v.text.value == "true"});
    return z;
  }

 private:
  std::string file_;
  Diagnostics* diags_;
};

}  // namespace

std::string fixed_number(double v, int decimals) {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

std::string analysis_yaml(const Analysis& a) {
  std::string o;
  o += "# Written by 'sterk analyze'; do not edit by hand. Fields: docs/analysis.md\n";
  o += "tool: " + quote("sterk " + a.tool_version) + "\n";
  o += "input_digest: " + quote(a.input_digest) + "\n";
  if (!a.input_files.empty()) {
    o += "input_files:\n";
    for (const auto& [file, digest] : a.input_files) o += "  " + quote(file) + ": " + quote(digest) + "\n";
  }
  o += "title: " + quote(a.title) + "\n";
  o += "counts:\n";
  o += "  statements: " + std::to_string(a.statement_count) + "\n";
  o += "  participants: " + std::to_string(a.participant_count) + "\n";
  o += "  sorters: " + std::to_string(a.sorter_count) + "\n";
  o += "  sorters_excluded: " + std::to_string(a.excluded_sorter_count) + "\n";
  o += "  raters: " + std::to_string(a.rater_count) + "\n";
  o += "  clusters: " + std::to_string(a.cluster_count) + "\n";
  o += "groups: " + str_list(a.groups) + "\n";
  o += "ratings: " + str_list(a.ratings) + "\n";
  o += "go_zone_ratings: " + str_list(a.go_zone_ratings) + "\n";
  o += "mds:\n";
  o += "  stress: " + fixed_number(a.mds.stress, 6) + "\n";
  o += "  starts: " + std::to_string(a.mds.starts) + "\n";
  o += "  iterations: " + std::to_string(a.mds.iterations) + "\n";
  o += "  best_start: " + str(a.mds.best_start) + "\n";
  o += "  classical_stress: " + fixed_number(a.mds.classical_stress, 6) + "\n";
  o += "  runs:";
  if (a.mds.runs.empty()) o += " []";
  o += "\n";
  for (const auto& r : a.mds.runs)
    o += "    - {start: " + str(r.start) + ", stress: " + fixed_number(r.stress, 6) + ", iterations: " +
         std::to_string(r.iterations) + ", ari: " + fixed_number(r.ari, 4) + "}\n";
  o += "  left_out: " + id_list(a.mds.left_out) + "\n";
  o += "suggested_k:\n";
  o += "  k: " + std::to_string(a.suggested_k.k) + "\n";
  o += "  method: " + str(a.suggested_k.method) + "\n";
  o += "  scores: {";
  for (size_t i = 0; i < a.suggested_k.scores.size(); ++i)
    o += (i ? ", " : "") + std::to_string(a.suggested_k.scores[i].first) + ": " +
         fixed_number(a.suggested_k.scores[i].second, 4);
  o += "}\n";
  o += "  heights: {";
  for (size_t i = 0; i < a.suggested_k.heights.size(); ++i)
    o += (i ? ", " : "") + std::to_string(a.suggested_k.heights[i].first) + ": " +
         fixed_number(a.suggested_k.heights[i].second, 6);
  o += "}\n";
  o += "clusters:\n";
  for (const auto& c : a.clusters) {
    o += "  - id: " + str(c.id) + "\n";
    o += "    label: " + quote(c.label) + "\n";
    if (!c.labels.empty()) {
      o += "    labels: {";
      bool first = true;
      for (const auto& [audience, label] : c.labels) {
        o += (first ? "" : ", ") + key(audience) + ": " + quote(label);
        first = false;
      }
      o += "}\n";
    }
    if (c.anchor) o += "    anchor: " + std::to_string(c.anchor) + "\n";
    o += "    statements: " + id_list(c.statements) + "\n";
    o += "    bridging: " + fixed_number(c.bridging, 4) + "\n";
    write_ratings(&o, c.ratings, "    ");
  }
  o += "statements:\n";
  for (const auto& s : a.statements) {
    o += "  - id: " + std::to_string(s.id) + "\n";
    o += "    x: " + fixed_number(s.x, 6) + "\n";
    // Quoted: YAML 1.1 readers (R's yaml package, PyYAML) take a bare y for "true".
    o += "    \"y\": " + fixed_number(s.y, 6) + "\n";
    o += "    cluster: " + str(s.cluster) + "\n";
    o += "    bridging: " + fixed_number(s.bridging, 4) + "\n";
    write_ratings(&o, s.ratings, "    ");
    write_go_zone(&o, "go_zone", s.go_zone);
    write_go_zone(&o, "go_zone_in_cluster", s.go_zone_in_cluster);
  }
  o += "pattern_match:\n";
  if (a.pattern_match.empty()) o.back() = ' ', o += "[]\n";
  for (const auto& p : a.pattern_match) {
    std::string r = p.defined ? fixed_number(p.r, 4) : "null";
    if (!p.rating.empty())
      o += "  - {rating: " + str(p.rating) + ", a: " + str(p.a) + ", b: " + str(p.b) + ", r: " + r + "}\n";
    else
      o += "  - {group: " + str(p.group) + ", a: " + str(p.a) + ", b: " + str(p.b) + ", r: " + r + "}\n";
  }
  o += "# merge_tree: R's hclust merge convention (-i = statement number i in statements.csv order,\n";
  o += "# k = the cluster made at step k) and the ward.D2 height of each step.\n";
  o += "merge_tree:\n";
  if (a.merge_tree.empty()) o.back() = ' ', o += "[]\n";
  for (const auto& m : a.merge_tree)
    o += "  - [" + std::to_string(m.a) + ", " + std::to_string(m.b) + ", " + fixed_number(m.height, 6) + "]\n";
  return o;
}

bool write_analysis(const std::string& path, const Analysis& a, std::string* err) {
  return write_file_atomic(path, analysis_yaml(a), err);
}

bool load_analysis(const std::string& path, Analysis* a, Diagnostics* diags) {
  int before = diags->error_count();
  YamlNode doc;
  if (!load_yaml_file(path, &doc, diags)) return false;
  if (!doc.is_map()) {
    diags->error(doc.at, "analysis/format", tr("analysis.yaml is not a map of keys; run 'sterk analyze' again"));
    return false;
  }
  Reader r(path, diags);
  std::string tool = r.text(doc, "tool");
  a->tool_version = tool.rfind("sterk ", 0) == 0 ? tool.substr(6) : tool;
  a->input_digest = r.text(doc, "input_digest");
  if (const YamlNode* f = doc.find("input_files"); f && f->is_map())
    for (const auto& [file, digest] : f->entries)
      if (digest.is_scalar()) a->input_files[file.value] = digest.text.value;
  if (const YamlNode* t = doc.find("title")) a->title = t->text.value;
  if (const YamlNode* c = r.need(doc, "counts")) {
    a->statement_count = r.integer(*c, "statements");
    a->participant_count = r.integer(*c, "participants");
    a->sorter_count = r.integer(*c, "sorters");
    a->excluded_sorter_count = r.integer(*c, "sorters_excluded");
    a->rater_count = r.integer(*c, "raters");
    a->cluster_count = r.integer(*c, "clusters");
  }
  a->groups = r.strings(doc, "groups");
  a->ratings = r.strings(doc, "ratings");
  a->go_zone_ratings = r.strings(doc, "go_zone_ratings");
  if (const YamlNode* m = r.need(doc, "mds")) {
    a->mds.stress = r.number(*m, "stress");
    a->mds.starts = r.integer(*m, "starts");
    a->mds.iterations = r.integer(*m, "iterations");
    a->mds.best_start = r.text(*m, "best_start");
    a->mds.classical_stress = r.number(*m, "classical_stress");
    a->mds.runs.clear();
    if (const YamlNode* rs = m->find("runs"); rs && rs->is_sequence())
      for (const auto& run : rs->items)
        a->mds.runs.push_back({r.text(run, "start"), r.number(run, "stress"), r.integer(run, "iterations"),
                               r.number(run, "ari")});
    a->mds.left_out.clear();
    if (m->find("left_out")) a->mds.left_out = r.ids(*m, "left_out");
  }
  if (const YamlNode* k = doc.find("suggested_k"); k && k->is_map()) {
    a->suggested_k.k = r.integer(*k, "k");
    a->suggested_k.method = r.text(*k, "method");
    a->suggested_k.scores.clear();
    if (const YamlNode* s = k->find("scores"); s && s->is_map())
      for (const auto& [kk, v] : s->entries) a->suggested_k.scores.push_back({std::atoi(kk.value.c_str()), r.number(v)});
    a->suggested_k.heights.clear();
    if (const YamlNode* h = k->find("heights"); h && h->is_map())
      for (const auto& [kk, v] : h->entries) a->suggested_k.heights.push_back({std::atoi(kk.value.c_str()), r.number(v)});
  }
  a->clusters.clear();
  if (const YamlNode* cs = r.need(doc, "clusters"); cs && cs->is_sequence())
    for (const auto& c : cs->items) {
      ClusterResult cr;
      cr.id = r.text(c, "id");
      cr.label = r.text(c, "label");
      if (const YamlNode* l = c.find("labels"); l && l->is_map())
        for (const auto& [audience, label] : l->entries) cr.labels[audience.value] = label.text.value;
      if (c.find("anchor")) cr.anchor = r.integer(c, "anchor");
      cr.statements = r.ids(c, "statements");
      cr.bridging = r.number(c, "bridging");
      cr.ratings = r.ratings(c);
      a->clusters.push_back(std::move(cr));
    }
  a->statements.clear();
  if (const YamlNode* ss = r.need(doc, "statements"); ss && ss->is_sequence())
    for (const auto& s : ss->items) {
      StatementResult sr;
      sr.id = r.integer(s, "id");
      sr.x = r.number(s, "x");
      sr.y = r.number(s, "y");
      sr.cluster = r.text(s, "cluster");
      sr.bridging = r.number(s, "bridging");
      sr.ratings = r.ratings(s);
      sr.go_zone = r.go_zone(s, "go_zone");
      sr.go_zone_in_cluster = r.go_zone(s, "go_zone_in_cluster");
      a->statements.push_back(std::move(sr));
    }
  a->pattern_match.clear();
  if (const YamlNode* ps = doc.find("pattern_match"); ps && ps->is_sequence())
    for (const auto& p : ps->items) {
      PatternMatch pm;
      if (p.find("rating")) pm.rating = r.text(p, "rating");
      if (p.find("group")) pm.group = r.text(p, "group");
      pm.a = r.text(p, "a");
      pm.b = r.text(p, "b");
      const YamlNode* v = r.need(p, "r");
      pm.defined = v && v->is_scalar() && v->text.value != "null" && !v->text.value.empty();
      if (pm.defined) pm.r = r.number(*v);
      a->pattern_match.push_back(pm);
    }
  a->merge_tree.clear();
  if (const YamlNode* ms = doc.find("merge_tree"); ms && ms->is_sequence())
    for (const auto& m : ms->items) {
      if (!m.is_sequence() || m.items.size() != 3) {
        diags->error(m.at, "analysis/format", tr("a merge_tree step must be [a, b, height]"));
        continue;
      }
      a->merge_tree.push_back({static_cast<int>(std::lround(r.number(m.items[0]))),
                               static_cast<int>(std::lround(r.number(m.items[1]))), r.number(m.items[2])});
    }
  return diags->error_count() == before;
}

std::string study_input_digest(const std::string& study_dir) {
  std::string all;
  for (const char* const* f = study_input_files(); *f; ++f) {
    std::string contents, err;
    all += *f;
    if (read_file(path_join(study_dir, *f), &contents, &err))
      all += "\n" + std::to_string(contents.size()) + "\n" + contents;
    else
      all += "\nmissing\n";
  }
  return "sha256:" + sha256_hex(all);
}

std::map<std::string, std::string> study_input_file_digests(const std::string& study_dir) {
  std::map<std::string, std::string> out;
  for (const char* const* f = study_input_files(); *f; ++f) {
    std::string contents, err;
    out[*f] = read_file(path_join(study_dir, *f), &contents, &err) ? "sha256:" + sha256_hex(contents) : "missing";
  }
  return out;
}

}  // namespace sterk
