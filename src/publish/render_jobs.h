#pragma once
// Renders the selected decks into their staging folders: in this process, or
// with --jobs N in up to N child processes at once (Pango and Cairo share one
// context and are not thread-safe, so decks run in processes, not threads).
// Children send their progress and diagnostics back through a pipe; the
// diagnostics are reported in deck order, so the output does not depend on N.
#include <string>
#include <vector>

#include "layout/deck_plan.h"
#include "model/diagnostic.h"

namespace sterk {

class Progress;

struct DeckJob {
  DeckContext ctx;
  std::string staging;              ///< out/.staging-<deck>-<pid>/
  std::vector<std::string> inputs;  ///< files the deck is made from, relative to the project folder
  int cards = 0;                    ///< printed cards, for the progress bar
};

struct RenderSettings {
  std::vector<std::string> outputs;  ///< print, sheets, png, html, print-cmyk
  std::vector<std::string> papers;   ///< one sheets PDF per paper
  int dpi = 150;
  std::string ghostscript;           ///< needed for print-cmyk
  std::string cmyk_profile;          ///< print-cmyk: output.cmyk.profile or the built-in FOGRA39
};

/// Renders every job (`parallel` at a time; 1 = here, without forking), then
/// writes each deck's manifest.json. Returns 0, 1 (layout errors in *diags) or 3
/// (an environment error, reported in *diags with code "environment").
int render_decks(const std::vector<DeckJob>& jobs, const RenderSettings& settings, int parallel,
                 Progress* progress, Diagnostics* diags);

/// Default for --jobs: the number of cores.
int default_jobs();

}  // namespace sterk
