#pragma once
// `sterk watch`: a warm preview of a project for designers and card editors.
// Fonts are registered once; each card remembers a digest of everything that
// decides how it looks, so after an edit only the cards whose digest changed
// are laid out and drawn again. A deck whose files do not load keeps its last
// good preview, and the diagnostics say why.
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct WatchOptions {
  std::string root = ".";
  std::vector<std::string> decks;  ///< deck ids; empty = all
  double dpi = 0;                  ///< 0 = output.png_dpi of sterk.yaml
  bool guides = false;
  bool once = false;  ///< render once and stop (scripts, tests)
};

/// What one card's preview is made from and what its layout reported.
struct PreviewedCard {
  std::string deck, id;
  std::string digest;     ///< everything that changes its pixels
  std::string locations;  ///< where its fields are written (changes the diagnostics only)
  std::string front_png, back_png;  ///< paths relative to out/preview/
  std::string front_hash, back_hash;
  Diagnostics diags;
};

class PreviewSession {
 public:
  explicit PreviewSession(WatchOptions options) : options_(std::move(options)) {}

  struct Result {
    int usage_error = 0;  ///< 2 when --deck names an unknown deck (message in *diags)
    int rendered = 0;     ///< cards drawn in this update
    int kept = 0;         ///< decks that kept their last good preview
  };
  /// Reloads the project, re-checks it, draws what changed into out/preview/
  /// and rewrites out/preview/preview.html. *diags gets the current state of
  /// every selected deck (also of cards that were not drawn again).
  Result update(Diagnostics* diags);

  std::string preview_dir() const;
  /// Folders an update reads from, for the file watcher.
  std::vector<std::string> watched_dirs() const;

 private:
  struct DeckState {
    std::string id, file, title;
    std::vector<std::string> order;  ///< card ids in printed order
    bool broken = false;
  };
  void write_gallery(const Diagnostics& diags);

  WatchOptions options_;
  std::string root_;
  std::string out_dir_, cards_dir_, templates_dir_, fonts_dir_, study_dir_;
  std::string fonts_digest_;
  bool fonts_alternate_ = false;
  int updates_ = 0;
  std::vector<DeckState> decks_;                  ///< as last shown, in file order
  std::map<std::string, PreviewedCard> cards_;  ///< by "<deck>/<card>"
};

/// Runs the watch loop until SIGINT or SIGTERM (or once with options.once).
/// After each update `report` gets the diagnostics; progress lines go to `log`.
/// Returns an exit code (SPEC §8); a usage error's message is in *usage.
int watch_project(const WatchOptions& options, std::ostream& log,
                  const std::function<void(const Diagnostics&)>& report, std::string* usage);

}  // namespace sterk
