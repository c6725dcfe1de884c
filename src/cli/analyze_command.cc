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
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

namespace {

// What the run found and wrote, on stdout (SPEC §3): counts, the map's fit, the clusters.
void print_summary(const Analysis& analysis, bool have_previous, const std::vector<MovedStatement>& moved,
                   const std::string& out, const std::vector<std::string>& figures, const std::string& figures_dir,
                   const std::string& report_file, const std::vector<std::string>& exports,
                   const std::string& export_dir) {
  const int sorts = analysis.sorter_count, left = analysis.excluded_sorter_count;
  std::cout << (left ? tr("{} statements, {} sorts used ({} left out), {} raters", analysis.statement_count, sorts,
                          left, analysis.rater_count)
                     : tr("{} statements, {} sorts used, {} raters", analysis.statement_count, sorts,
                          analysis.rater_count))
            << "\n";
  std::cout << tr("map: stress-1 {} (best of {} starts: {})", fixed_number(analysis.mds.stress, 4), analysis.mds.starts,
                  analysis.mds.best_start)
            << "\n";
  if (analysis.mds.runs.size() > 1) {
    std::vector<std::string> runs;
    for (const MdsStartInfo& r : analysis.mds.runs)
      runs.push_back(r.start + " " + fixed_number(r.stress, 4) + " (" + fixed_number(r.ari, 2) + ")");
    std::cout << tr("starts (stress-1, agreement of the clusters with the kept start as ARI): {}", join(runs, ", "))
              << "\n";
  }
  if (analysis.suggested_k.k > 0) {
    double score = 0;
    for (const auto& [k, s] : analysis.suggested_k.scores)
      if (k == analysis.suggested_k.k) score = s;
    std::cout << tr("clusters: {}; suggested K: {} (highest mean silhouette, {}); change clusters.count in study.yaml "
                    "to use it",
                    analysis.cluster_count, analysis.suggested_k.k, fixed_number(score, 3));
  } else {
    std::cout << tr("clusters: {}", analysis.cluster_count);
  }
  std::cout << "\n";
  if (!analysis.mds.left_out.empty())
    std::cout << tr("left out of the map (never sorted with another statement): {}", analysis.mds.left_out.size())
              << "\n";
  if (have_previous) {
    if (moved.empty()) std::cout << tr("no statement changed cluster since the previous analysis.yaml") << "\n";
    else
      std::cout << trn("changed cluster since the previous analysis.yaml: {} statement: {}",
                       "changed cluster since the previous analysis.yaml: {} statements: {}", moved.size(),
                       moved.size(), describe_moves(moved))
                << "\n";
  }
  std::cout << tr("wrote {}", out) << "\n";
  if (!figures.empty()) std::cout << tr("wrote {} figure files into {}", figures.size(), figures_dir) << "\n";
  if (!report_file.empty()) std::cout << tr("wrote {}", report_file) << "\n";
  if (!exports.empty()) std::cout << tr("wrote {} table files into {}", exports.size(), export_dir) << "\n";
}

}  // namespace

int run_analyze(int argc, char** argv) {
  CLI::App app{tr("Run the concept-mapping analysis: study/ → study/analysis.yaml"), "analyze"};
  app.footer(tr("Examples:") + "\n  sterk analyze\n  sterk analyze --figures docs/figures --report docs/analysis-report.pdf\n"
             "  sterk analyze --import rcmap rcmap-files/ --study study-rcmap");
  std::string study_dir, figures_dir, report_file, export_dir;
  std::vector<std::string> import_args;
  int import_clusters = 10;
  std::string import_group;
  bool quiet = false;
  app.add_option("--study", study_dir, tr("the study folder (default: paths.study of sterk.yaml, else study/)"));
  app.add_option("--figures", figures_dir, tr("also draw the figures as PDF and PNG into this folder"));
  app.add_option("--report", report_file, tr("also write a report of the analysis (PDF) for researchers"));
  app.add_option("--export", export_dir,
                 tr("also write the statement, cluster and pattern-match tables as CSV and one XLSX workbook"));
  app.add_option("--import", import_args, tr("first turn another tool's files into a study folder: --import rcmap DIR"))
      ->expected(2);
  app.add_option("--import-clusters", import_clusters, tr("clusters.count written by --import (default 10)"));
  app.add_option("--import-group", import_group,
                 tr("the Demographics.csv column whose values become the groups (default: the first)"));
  app.add_flag("-q,--quiet", quiet, tr("no summary on stdout"));
  if (int rc = parse_command_line(app, argc, argv); rc >= 0) return rc;

  Diagnostics diags;
  Project project;
  if (!load_project(".", &project, &diags)) return report(diags, "text");
  if (study_dir.empty()) study_dir = project.path(project.study_dir);

  if (!import_args.empty()) {
    if (import_args[0] != "rcmap") {
      std::cerr << "sterk analyze: " << tr("cannot import '{}'", import_args[0]) << "\n"
                << tr("hint: the only import format is rcmap: sterk analyze --import rcmap DIR --study OUT") << "\n";
      return kExitUsage;
    }
    if (file_exists(path_join(study_dir, "study.yaml"))) {
      std::cerr << "sterk analyze: " << tr("'{}' already holds a study; an import would overwrite it", study_dir)
                << "\n"
                << tr("hint: import into a new folder: sterk analyze --import rcmap {} --study study-rcmap",
                      import_args[1])
                << "\n";
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
    if (!quiet) std::cout << tr("imported RCMap files from {} into {}", import_args[1], study_dir) << "\n";
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

  step(tr("writing {}", out));
  if (!write_analysis(out, analysis, &err)) {
    print_diagnostics(diags, std::cerr);
    std::cerr << "sterk analyze: " << err << "\n";
    return kExitEnvironment;
  }
  std::vector<std::string> figures, exports;
  if (!figures_dir.empty()) {
    step(tr("drawing the figures into {}", figures_dir));
    if (!draw_figures(analysis, study, project.path(project.fonts_dir), figures_dir, &figures, &err)) {
      print_diagnostics(diags, std::cerr);
      std::cerr << "sterk analyze: " << err << "\n";
      return kExitEnvironment;
    }
  }
  if (!report_file.empty()) {
    step(tr("writing the report {}", report_file));
    ReportOptions ro{project.path(project.fonts_dir), project.date, STERK_VERSION};
    if (!write_analysis_report(analysis, study, rating_stats(study), ro, report_file, &err)) {
      print_diagnostics(diags, std::cerr);
      std::cerr << "sterk analyze: " << err << "\n";
      return kExitEnvironment;
    }
  }
  if (!export_dir.empty()) {
    step(tr("writing the tables into {}", export_dir));
    if (!write_exports(export_tables(analysis, study, rating_stats(study)), export_dir, project.date, &exports,
                       &err)) {
      print_diagnostics(diags, std::cerr);
      std::cerr << "sterk analyze: " << err << "\n";
      return kExitEnvironment;
    }
  }
  if (!diags.items().empty()) print_diagnostics(diags, std::cerr);
  if (!quiet) print_summary(analysis, have_previous, moved, out, figures, figures_dir, report_file, exports, export_dir);
  return kExitOk;
}

}  // namespace sterk
