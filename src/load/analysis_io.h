#pragma once
// study/analysis.yaml: written by `sterk analyze`, read by `sterk check` and
// `sterk build`. The text is emitted here key by key (not through a YAML library)
// so that the key order is fixed and a re-run gives the same bytes.
#include <map>
#include <string>

#include "model/analysis.h"
#include "model/diagnostic.h"

namespace sterk {

/// The YAML text of an analysis. Numbers have fixed decimals (trailing zeros cut).
std::string analysis_yaml(const Analysis& a);

/// Writes analysis_yaml(a) atomically. Returns false and fills *err.
bool write_analysis(const std::string& path, const Analysis& a, std::string* err);

/// Reads an analysis.yaml back. Problems (missing file, syntax, missing keys) are
/// diagnostics located in that file; returns false when there were errors.
bool load_analysis(const std::string& path, Analysis* a, Diagnostics* diags);

/// "sha256:…" over the study's input files (study.yaml and the four CSV files, by
/// name and contents; a missing file counts as missing). Equal to
/// Analysis::input_digest while the analysis is up to date.
std::string study_input_digest(const std::string& study_dir);
/// Each study input file (study_input_files()) → "sha256:…" of its bytes, or "missing".
std::map<std::string, std::string> study_input_file_digests(const std::string& study_dir);

/// A fixed-point number with at most `decimals` decimals, no trailing zeros, never "-0".
std::string fixed_number(double v, int decimals);

}  // namespace sterk
