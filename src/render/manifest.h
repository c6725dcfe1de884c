#pragma once
// manifest.json: what a deck folder holds (every file with its SHA-256 and size),
// the card count, a digest of the input files and the tool version (SPEC §7).
// Written last, over the finished staging folder; no dates, so it repeats.
#include <string>
#include <utility>
#include <vector>

namespace sterk {

struct InputFile {
  std::string path;    ///< relative to the project folder, as shown in the manifest
  std::string sha256;
};

struct ManifestInfo {
  std::string deck, title, audience, edition;
  int cards = 0;                  ///< printed cards (dividers and copies included)
  std::vector<InputFile> inputs;  ///< sorted by path
  /// A training module's folder instead of a deck's: "module" replaces "deck", and
  /// the sessions and each PDF's page count replace the card count.
  std::string module;
  int sessions = 0;
  std::vector<std::pair<std::string, int>> pages;
};

/// Reads each existing file in `paths` (relative to `root`) and digests it.
/// Missing files are left out.
std::vector<InputFile> digest_inputs(const std::string& root, const std::vector<std::string>& paths);

/// SHA-256 over the sorted list of "path sha256" lines.
std::string input_digest(const std::vector<InputFile>& inputs);

/// Writes `dir`/manifest.json listing every other file under `dir`.
bool write_manifest(const std::string& dir, const ManifestInfo& info, std::string* err);

/// The files a manifest lists (paths relative to its folder). Used by --bundle.
bool read_manifest_files(const std::string& manifest_path, std::vector<std::string>* files, std::string* err);

}  // namespace sterk
