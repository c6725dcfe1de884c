#include "check/study_facts.h"

#include <cstdlib>

#include "load/yaml_tree.h"
#include "util/files.h"

namespace sterk {
namespace {

bool truthy(const YamlNode& n) {
  const std::string& v = n.text.value;
  return n.is_scalar() && (v == "true" || v == "yes" || v == "1");
}

// go_zone may be written as a flag, a list of groups, or maps of rating or
// group → flag; collect every group (or "overall") that ends in a true flag.
void collect_go_zone(const YamlNode& n, const std::string& group, std::set<std::string>* out) {
  if (n.is_scalar()) {
    if (truthy(n)) out->insert(group);
    return;
  }
  if (n.is_sequence()) {
    for (const auto& i : n.items)
      if (i.is_scalar()) out->insert(i.text.value);
    return;
  }
  for (const auto& [key, value] : n.entries) {
    bool is_group = key.value == "overall";
    for (const auto& a : std::vector<std::string>{"jongere", "werkgever", "jobcoach", "steunsysteem"})
      if (key.value == a) is_group = true;
    collect_go_zone(value, is_group ? key.value : group, out);
  }
}

}  // namespace

const StudyFacts::Cluster* StudyFacts::find_cluster(const std::string& id) const {
  for (const auto& c : clusters)
    if (c.id == id) return &c;
  return nullptr;
}

void load_study_facts(const Project& project, StudyFacts* facts, Diagnostics* diags) {
  facts->analysis_file = project.path(path_join(project.study_dir, "analysis.yaml"));
  if (!file_exists(facts->analysis_file)) return;
  YamlNode doc;
  if (!load_yaml_file(facts->analysis_file, &doc, diags)) return;
  facts->present = true;
  if (const YamlNode* t = doc.find("title")) facts->title = t->text.value;
  if (const YamlNode* clusters = doc.find("clusters"); clusters && clusters->is_sequence()) {
    for (const auto& c : clusters->items) {
      StudyFacts::Cluster cl;
      if (const YamlNode* id = c.find("id")) cl.id = id->text.value;
      if (const YamlNode* label = c.find("label")) cl.label = label->text.value;
      if (const YamlNode* s = c.find("statements"); s && s->is_sequence())
        for (const auto& i : s->items) {
          int sid = std::atoi(i.text.value.c_str());
          cl.statements.push_back(sid);
          facts->statement_cluster[sid] = cl.id;
        }
      if (cl.label.empty()) cl.label = cl.id;
      facts->clusters.push_back(std::move(cl));
    }
  }
  if (const YamlNode* statements = doc.find("statements"); statements && statements->is_sequence()) {
    for (const auto& s : statements->items) {
      const YamlNode* id = s.find("id");
      if (!id) continue;
      int sid = std::atoi(id->text.value.c_str());
      if (const YamlNode* c = s.find("cluster"); c && c->is_scalar() && !facts->statement_cluster.count(sid))
        facts->statement_cluster[sid] = c->text.value;
      else if (!facts->statement_cluster.count(sid))
        facts->statement_cluster[sid] = "";
      if (const YamlNode* g = s.find("go_zone")) collect_go_zone(*g, "overall", &facts->go_zone[sid]);
    }
  }
}

}  // namespace sterk
