// sterk analyze: study/ → study/analysis.yaml (SPEC §3), optionally figures and an
// RCMap import first.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "analysis/concept_map.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "cli/report.h"
#include "load/analysis_io.h"
#include "load/project_loader.h"
#include "load/rcmap_import.h"
#include "load/study_loader.h"
#include "render/figures.h"
#include "util/files.h"
#include "util/text.h"

namespace sterk {

int run_analyze(int argc, char** argv) {
  CLI::App app{"Run the concept-mapping analysis: study/ → study/analysis.yaml", "analyze"};
  std::string study_dir, figures_dir;
  std::vector<std::string> import_args;
  int import_clusters = 10;
  std::string import_group;
  bool quiet = false;
  app.add_option("--study", study_dir, "the study folder (default: paths.study of sterk.yaml, else study/)");
  app.add_option("--figures", figures_dir, "also draw the figures as PDF and PNG into this folder");
  app.add_option("--import", import_args, "first turn another tool's files into a study folder: --import rcmap DIR")
      ->expected(2);
  app.add_option("--import-clusters", import_clusters, "clusters.count written by --import (default 10)");
  app.add_option("--import-group", import_group,
                 "the Demographics.csv column whose values become the groups (default: the first)");
  app.add_flag("-q,--quiet", quiet, "no summary on stdout");
  if (int rc = parse_command_line(app, argc, argv); rc >= 0) return rc;

  Diagnostics diags;
  Project project;
  if (!load_project(".", &project, &diags)) return report(diags, "text");
  if (study_dir.empty()) study_dir = project.path(project.study_dir);

  if (!import_args.empty()) {
    if (import_args[0] != "rcmap") {
      std::cerr << "sterk analyze: cannot import '" << import_args[0] << "'\n"
                << "hint: the only import format is rcmap: sterk analyze --import rcmap DIR --study OUT\n";
      return kExitUsage;
    }
    if (file_exists(path_join(study_dir, "study.yaml"))) {
      std::cerr << "sterk analyze: '" << study_dir << "' already holds a study; an import would overwrite it\n"
                << "hint: import into a new folder: sterk analyze --import rcmap " << import_args[1]
                << " --study study-rcmap\n";
      return kExitUsage;
    }
    RcmapImportOptions io;
    io.cluster_count = import_clusters;
    io.group_column = import_group;
    if (!import_rcmap(import_args[1], study_dir, io, &diags)) {
      print_diagnostics(diags, std::cerr);
      for (const auto& d : diags.items())
        if (d.code == "rcmap/write") return kExitEnvironment;
      return kExitInputErrors;
    }
    if (!quiet) std::cout << "imported RCMap files from " << import_args[1] << " into " << study_dir << "\n";
  }

  Study study;
  if (!load_study(study_dir, &study, &diags)) {
    print_diagnostics(diags, std::cerr);
    return kExitInputErrors;
  }
  AnalyzeOptions options;
  if (isatty(2) || study.statements.size() > 300)
    options.progress = [](const std::string& line) { std::cerr << "analyze: " << line << "\n"; };
  Analysis analysis;
  if (!analyze_study(study, options, &analysis, &diags)) {
    print_diagnostics(diags, std::cerr);
    return kExitInputErrors;
  }
  analysis.tool_version = STERK_VERSION;
  analysis.input_digest = study_input_digest(study_dir);
  std::string out = path_join(study_dir, "analysis.yaml"), err;
  if (!write_analysis(out, analysis, &err)) {
    print_diagnostics(diags, std::cerr);
    std::cerr << "sterk analyze: " << err << "\n";
    return kExitEnvironment;
  }
  std::vector<std::string> figures;
  if (!figures_dir.empty() &&
      !draw_figures(analysis, study, project.path(project.fonts_dir), figures_dir, &figures, &err)) {
    print_diagnostics(diags, std::cerr);
    std::cerr << "sterk analyze: " << err << "\n";
    return kExitEnvironment;
  }
  if (!diags.items().empty()) print_diagnostics(diags, std::cerr);
  if (!quiet) {
    std::printf("%d statements, %d sorts used", analysis.statement_count, analysis.sorter_count);
    if (analysis.excluded_sorter_count) std::printf(" (%d left out)", analysis.excluded_sorter_count);
    std::printf(", %d raters\n", analysis.rater_count);
    std::printf("map: stress-1 %s (best of %d starts: %s)\n", fixed_number(analysis.mds.stress, 4).c_str(),
                analysis.mds.starts, analysis.mds.best_start.c_str());
    std::printf("clusters: %d", analysis.cluster_count);
    if (analysis.suggested_k.k > 0) {
      double score = 0;
      for (const auto& [k, s] : analysis.suggested_k.scores)
        if (k == analysis.suggested_k.k) score = s;
      std::printf("; suggested K: %d (highest mean silhouette, %s); change clusters.count in study.yaml to use it",
                  analysis.suggested_k.k, fixed_number(score, 3).c_str());
    }
    std::printf("\nwrote %s\n", out.c_str());
    if (!figures.empty()) std::printf("wrote %zu figure files into %s\n", figures.size(), figures_dir.c_str());
  }
  return kExitOk;
}

}  // namespace sterk
