#pragma once
// `sterk check` of training modules (SPEC §11): what a module refers to (decks,
// cards, goals, clusters, trainers), whether the minutes add up, whether every
// goal is served, which clusters each audience's modules cover, and the text
// rules (easy-read on the handouts of a module for young people, plain language
// on everything else).
#include <string>
#include <vector>

#include "check/check.h"
#include "model/module.h"

namespace sterk {

/// The modules that --module, --audience and --deck select: with --deck alone none
/// (the user asked for decks), otherwise those named by --module and of the audiences.
/// Unknown module ids are usage errors (false with *err, "did you mean").
bool select_modules(const Workspace& ws, const std::vector<std::string>& modules,
                    const std::vector<std::string>& audiences, bool decks_named,
                    std::vector<const Module*>* out, std::string* err);

/// Every module rule on `modules`. Needs the dictionaries (waits for them).
void check_modules(const Workspace& ws, const std::vector<const Module*>& modules, const CheckContext& ctx,
                   Diagnostics* diags);

/// `sterk check --coverage` for modules: clusters × modules, learning goals per cluster.
std::string module_coverage_table(const std::vector<const Module*>& modules, const StudyFacts& study);

}  // namespace sterk
