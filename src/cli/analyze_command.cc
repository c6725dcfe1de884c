// sterk analyze: study/ → study/analysis.yaml (SPEC §3), optionally figures and an
// RCMap import first.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "analysis/concept_map.h"
#include "analysis/rating_stats.h"
#include "cli/analysis_changes.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "cli/report.h"
#include "load/analysis_io.h"
#include "load/project_loader.h"
#include "load/rcmap_import.h"
#include "load/study_loader.h"
#include "render/export_tables.h"
#include "render/figures.h"
#include "render/report.h"
#include "util/files.h"
#include "util/text.h"

namespace sterk {

int run_analyze(int argc, char** argv) {
  CLI::App app{"Run the concept-mapping analysis: study/ → study/analysis.yaml", "analyze"};
  std::string study_dir, figures_dir, report_file, export_dir;
  std::vector<std::string> import_args;
  int import_clusters = 10;
  std::string import_group;
  bool quiet = false;
  app.add_option("--study", study_dir, "the study folder (default: paths.study of sterk.yaml, else study/)");
  app.add_option("--figures", figures_dir, "also draw the figures as PDF and PNG into this folder");
  app.add_option("--report", report_file, "also write a report of the analysis (PDF) for researchers");
  app.add_option("--export", export_dir,
                 "also write the statement, cluster and pattern-match tables as CSV and one XLSX workbook");
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
  const auto started = std::chrono::steady_clock::now();
  if (isatty(2) || study.statements.size() > 300)
    options.progress = [started](const std::string& line) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      char at[32];
      std::snprintf(at, sizeof at, "%6.1f s", s);
      std::cerr << "analyze [" << at << "]: " << line << std::endl;
    };
  auto step = [&](const std::string& line) {
    if (options.progress) options.progress(line);
  };
  Analysis analysis;
  if (!analyze_study(study, options, &analysis, &diags)) {
    print_diagnostics(diags, std::cerr);
    return kExitInputErrors;
  }
  analysis.tool_version = STERK_VERSION;
  analysis.input_digest = study_input_digest(study_dir);
  analysis.input_files = study_input_file_digests(study_dir);
  std::string out = path_join(study_dir, "analysis.yaml"), err;

  // What the re-analysis changed, against the analysis.yaml it replaces.
  Analysis previous;
  std::vector<MovedStatement> moved;
  bool have_previous = false;
  if (file_exists(out)) {
    Diagnostics ignored;  // a damaged old file is simply replaced
    have_previous = load_analysis(out, &previous, &ignored);
  }
  if (have_previous) {
    moved = moved_statements(previous, analysis);
    warn_cards_of_moved(project, moved, &diags);
  }

  step("writing " + out);
  if (!write_analysis(out, analysis, &err)) {
    print_diagnostics(diags, std::cerr);
    std::cerr << "sterk analyze: " << err << "\n";
    return kExitEnvironment;
  }
  std::vector<std::string> figures, exports;
  if (!figures_dir.empty()) {
    step("drawing the figures into " + figures_dir);
    if (!draw_figures(analysis, study, project.path(project.fonts_dir), figures_dir, &figures, &err)) {
      print_diagnostics(diags, std::cerr);
      std::cerr << "sterk analyze: " << err << "\n";
      return kExitEnvironment;
    }
  }
  if (!report_file.empty()) {
    step("writing the report " + report_file);
    ReportOptions ro{project.path(project.fonts_dir), project.date, STERK_VERSION};
    if (!write_analysis_report(analysis, study, rating_stats(study), ro, report_file, &err)) {
      print_diagnostics(diags, std::cerr);
      std::cerr << "sterk analyze: " << err << "\n";
      return kExitEnvironment;
    }
  }
  if (!export_dir.empty()) {
    step("writing the tables into " + export_dir);
    if (!write_exports(export_tables(analysis, study, rating_stats(study)), export_dir, project.date, &exports,
                       &err)) {
      print_diagnostics(diags, std::cerr);
      std::cerr << "sterk analyze: " << err << "\n";
      return kExitEnvironment;
    }
  }
  if (!diags.items().empty()) print_diagnostics(diags, std::cerr);
  if (!quiet) {
    std::printf("%d statements, %d sorts used", analysis.statement_count, analysis.sorter_count);
    if (analysis.excluded_sorter_count) std::printf(" (%d left out)", analysis.excluded_sorter_count);
    std::printf(", %d raters\n", analysis.rater_count);
    std::printf("map: stress-1 %s (best of %d starts: %s)\n", fixed_number(analysis.mds.stress, 4).c_str(),
                analysis.mds.starts, analysis.mds.best_start.c_str());
    if (analysis.mds.runs.size() > 1) {
      std::printf("starts (stress-1, agreement of the clusters with the kept start as ARI):");
      for (size_t i = 0; i < analysis.mds.runs.size(); ++i) {
        const MdsStartInfo& r = analysis.mds.runs[i];
        std::printf("%s %s %s (%s)", i ? "," : "", r.start.c_str(), fixed_number(r.stress, 4).c_str(),
                    fixed_number(r.ari, 2).c_str());
      }
      std::printf("\n");
    }
    std::printf("clusters: %d", analysis.cluster_count);
    if (analysis.suggested_k.k > 0) {
      double score = 0;
      for (const auto& [k, s] : analysis.suggested_k.scores)
        if (k == analysis.suggested_k.k) score = s;
      std::printf("; suggested K: %d (highest mean silhouette, %s); change clusters.count in study.yaml to use it",
                  analysis.suggested_k.k, fixed_number(score, 3).c_str());
    }
    std::printf("\n");
    if (!analysis.mds.left_out.empty())
      std::printf("left out of the map (never sorted with another statement): %zu\n", analysis.mds.left_out.size());
    if (have_previous) {
      if (moved.empty()) std::printf("no statement changed cluster since the previous analysis.yaml\n");
      else
        std::printf("changed cluster since the previous analysis.yaml: %zu statement%s: %s\n", moved.size(),
                    moved.size() == 1 ? "" : "s", describe_moves(moved).c_str());
    }
    std::printf("wrote %s\n", out.c_str());
    if (!figures.empty()) std::printf("wrote %zu figure files into %s\n", figures.size(), figures_dir.c_str());
    if (!report_file.empty()) std::printf("wrote %s\n", report_file.c_str());
    if (!exports.empty()) std::printf("wrote %zu table files into %s\n", exports.size(), export_dir.c_str());
  }
  return kExitOk;
}

}  // namespace sterk
