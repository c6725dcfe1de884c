#pragma once
// What the checks need to know about the study: its clusters, which cluster
// each statement is in, which statements are in the go-zone for whom, and
// whether the analysis still matches the study files. Filled from
// study/analysis.yaml.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/project.h"

namespace sterk {

struct StudyFacts {
  bool present = false;       ///< analysis.yaml exists and was read
  bool unreadable = false;    ///< analysis.yaml exists but has errors (already reported)
  std::string analysis_file;  ///< path of study/analysis.yaml
  std::string title;          ///< the study's title, for {study.title}
  struct Cluster {
    std::string id, label;
    std::vector<int> statements;
    std::map<std::string, std::string> audience_labels;  ///< study.yaml `labels:`
  };
  std::vector<Cluster> clusters;  ///< analysis order
  std::map<int, std::string> statement_cluster;  ///< statement id → cluster id
  /// Statement id → who it is in the go-zone for: "overall" and/or audience ids.
  std::map<int, std::set<std::string>> go_zone;
  /// Statement id → its text from statements.csv (empty without the study files).
  std::map<int, std::string> statement_text;
  /// Set when the study files changed after the analysis was made.
  bool stale = false;
  std::string stale_reason;

  const Cluster* find_cluster(const std::string& id) const;
};

/// Reads study/analysis.yaml. A missing file leaves present = false (the
/// reference checks say so); a broken one is reported in *diags.
void load_study_facts(const Project& project, StudyFacts* facts, Diagnostics* diags);

}  // namespace sterk
