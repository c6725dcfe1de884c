#pragma once
// `--deck X` (and --module, --audience) check only what was asked for: the problems of
// reading the other decks, their templates and the other modules are not shown (SPEC §6,
// issue 19). What every deck shares (sterk.yaml, the study, word lists) is always shown.
#include <string>
#include <vector>

#include "load/project_loader.h"
#include "model/diagnostic.h"

namespace sterk {

/// Drops the findings in `*diags` that lie in a deck, template or module file only the
/// decks and modules left out of the run use. `wanted_decks` are the --deck ids asked
/// for: a deck whose file does not load has no id, and is kept when its file's name is
/// one of them, or when no --deck was given (its errors are what to show). Keeps a finding that names a kept file
/// ("card id 'J-1' is also used in cards/jongeren.yaml:7").
void keep_selected_findings(const Workspace& ws, const std::vector<const Deck*>& decks,
                            const std::vector<const Module*>& modules, const std::vector<std::string>& wanted_decks,
                            Diagnostics* diags);

}  // namespace sterk
