#include "render/manifest.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "util/files.h"
#include "util/messages.h"

namespace sterk {

namespace fs = std::filesystem;

std::vector<InputFile> digest_inputs(const std::string& root, const std::vector<std::string>& paths) {
  std::vector<InputFile> out;
  for (const auto& p : paths) {
    // Hashed in pieces: a deck file of 10 000 cards (3.5 MB) read whole was held at the
    // end of the build, when it holds the most.
    std::string digest, err;
    uint64_t bytes = 0;
    if (!sha256_file(path_join(root, p), &digest, &bytes, &err)) continue;
    out.push_back({p, digest});
  }
  std::sort(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
            out.end());
  return out;
}

std::string input_digest(const std::vector<InputFile>& inputs) {
  std::string all;
  for (const auto& i : inputs) all += i.path + " " + i.sha256 + "\n";
  return sha256_hex(all);
}

bool write_manifest(const std::string& dir, const ManifestInfo& info, std::string* err) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), dir).generic_string();
    if (rel != "manifest.json") files.push_back(rel);
  }
  if (ec) {
    *err = tr("cannot list '{}': {}", dir, ec.message());
    return false;
  }
  std::sort(files.begin(), files.end());
  nlohmann::ordered_json j;
  if (info.module.empty()) j["deck"] = info.deck;
  else j["module"] = info.module;
  j["title"] = info.title;
  j["audience"] = info.audience;
  j["edition"] = info.edition;
  if (info.module.empty()) {
    j["cards"] = info.cards;
  } else {
    j["sessions"] = info.sessions;
    j["pages"] = nlohmann::ordered_json::object();
    for (const auto& [file, n] : info.pages) j["pages"][file] = n;
  }
  j["tool"] = "sterk";
  j["tool_version"] = STERK_VERSION;
  j["input_digest"] = "sha256:" + input_digest(info.inputs);
  j["inputs"] = nlohmann::ordered_json::array();
  for (const auto& i : info.inputs) j["inputs"].push_back({{"path", i.path}, {"sha256", i.sha256}});
  j["files"] = nlohmann::ordered_json::array();
  for (const auto& f : files) {
    std::string digest;
    uint64_t bytes = 0;
    if (!sha256_file(path_join(dir, f), &digest, &bytes, err)) return false;
    j["files"].push_back({{"path", f}, {"bytes", bytes}, {"sha256", digest}});
  }
  return write_file_atomic(path_join(dir, "manifest.json"), j.dump(2) + "\n", err);
}

bool read_manifest_files(const std::string& manifest_path, std::vector<std::string>* files, std::string* err) {
  std::string text;
  if (!read_file(manifest_path, &text, err)) return false;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.contains("files") || !j["files"].is_array()) {
    *err = tr("'{}' is not a sterk manifest", manifest_path);
    return false;
  }
  for (const auto& f : j["files"])
    if (f.contains("path") && f["path"].is_string()) files->push_back(f["path"].get<std::string>());
  return true;
}

}  // namespace sterk
