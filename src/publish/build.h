#pragma once
// `sterk build`: load, check, lay out each card once, hand the frames to every
// requested output, and put the files in place only when nothing failed.
#include <iosfwd>
#include <string>
#include <vector>

#include "load/project_loader.h"
#include "model/diagnostic.h"

namespace sterk {

struct BuildOptions {
  std::string root = ".";
  std::vector<std::string> decks;      ///< deck ids; empty = all
  std::vector<std::string> audiences;  ///< audience ids; empty = all
  std::vector<std::string> modules;    ///< training module ids; empty = all (none with only --deck)
  std::vector<std::string> outputs;    ///< empty = the project's output.formats
  std::string out_dir;                 ///< empty = the project's paths.out
  int jobs = 0;                        ///< decks rendered in parallel; 0 = number of cores
  // Publishing (docs/publishing.md). Unset values come from sterk.yaml.
  std::vector<std::string> papers;     ///< sheets: a4, a3, letter; empty = output.sheets.paper
  std::string duplex;                  ///< long-edge | short-edge
  bool back_offset_set = false;
  double back_offset_x = 0, back_offset_y = 0;  ///< mm
  int dpi = 0;                         ///< PNG resolution; 0 = output.png_dpi
  bool bundle = false;                 ///< also write out/sets/<audience>.zip
  bool calibration = false;            ///< only write the duplex test sheet
};

/// What a check or build looked at, for its closing summary line (cli/report.h).
struct Counted {
  int decks = 0;
  int cards = 0;
  int modules = 0;
  /// sterk.yaml (this path) has errors, so nothing else was read or checked.
  std::string unread_project;
};
/// The decks and cards in `decks`, and `modules`.
Counted count_checked(const std::vector<const Deck*>& decks, size_t modules);

/// Returns an exit code (SPEC §8). Diagnostics go to *diags; progress lines to `log`;
/// the decks, cards and modules it checked to *counted (when not null).
int build_decks(const BuildOptions& options, Diagnostics* diags, std::ostream& log, Counted* counted = nullptr);

/// The decks of a workspace that the --deck/--audience options select. Unknown ids
/// are usage errors: returns false with *err ("unknown deck 'x'; did you mean 'y'?").
bool select_decks(const Workspace& ws, const std::vector<std::string>& decks,
                  const std::vector<std::string>& audiences, std::vector<const Deck*>* out, std::string* err);

/// The cluster ids and labels in analysis order, from study/analysis.yaml.
/// A missing analysis gives no clusters (labels then fall back to ids).
std::vector<struct ClusterLabel> cluster_labels(const Project& project, std::string* study_title,
                                                Diagnostics* diags);

}  // namespace sterk
