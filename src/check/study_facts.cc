#include "check/study_facts.h"

#include "load/analysis_io.h"
#include "load/study_loader.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

const StudyFacts::Cluster* StudyFacts::find_cluster(const std::string& id) const {
  for (const auto& c : clusters)
    if (c.id == id) return &c;
  return nullptr;
}

void load_study_facts(const Project& project, StudyFacts* facts, Diagnostics* diags) {
  std::string study_dir = project.path(project.study_dir);
  facts->analysis_file = path_join(study_dir, "analysis.yaml");
  if (!file_exists(facts->analysis_file)) return;
  Analysis a;
  if (!load_analysis(facts->analysis_file, &a, diags)) {
    facts->unreadable = true;
    return;
  }
  facts->present = true;
  facts->statement_text = statement_texts(study_dir);
  facts->title = a.title;
  for (const auto& c : a.clusters) {
    facts->clusters.push_back({c.id, c.label.empty() ? c.id : c.label, c.statements, c.labels});
    for (int s : c.statements) facts->statement_cluster[s] = c.id;
  }
  for (const auto& s : a.statements) {
    if (!facts->statement_cluster.count(s.id)) facts->statement_cluster[s.id] = s.cluster;
    for (const auto& [group, in] : s.go_zone)
      if (in) facts->go_zone[s.id].insert(group);
  }
  // A project handed on with only analysis.yaml (the raw study data stay with the
  // researchers) cannot tell; as soon as any study file is there, one that changed,
  // appeared or went missing makes the analysis stale.
  bool any_input = false;
  for (const char* const* f = study_input_files(); *f; ++f)
    any_input = any_input || file_exists(path_join(study_dir, *f));
  if (any_input && a.input_digest != study_input_digest(study_dir)) {
    facts->stale = true;
    // Name the files: "sorts.csv changed" tells whoever edited it why, and whether
    // re-running is all it takes.
    std::vector<std::string> changed;
    for (const auto& [file, now] : study_input_file_digests(study_dir)) {
      auto then = a.input_files.find(file);
      if (then == a.input_files.end() || then->second == now) continue;
      std::string name = path_join(project.study_dir, file);
      changed.push_back(now == "missing"            ? tr("{} was removed", name)
                        : then->second == "missing" ? tr("{} was added", name)
                                                    : tr("{} changed", name));
    }
    facts->stale_reason = changed.empty() ? tr("a file in {}/ changed after 'sterk analyze' ran", project.study_dir)
                                          : tr("{} after 'sterk analyze' ran", join(changed, ", "));
  }
}

}  // namespace sterk
