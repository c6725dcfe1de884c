#pragma once
// What layout needs to know about a file in the templates folder that a card names
// (a pictogram, an image): is it there, is it really inside the folder (not a link
// out of it), can it be used, and how big is it. Asked once per file for a whole
// deck, not once per card: for a pictogram on 10 000 cards the per-card questions
// cost 14 readlink calls a card (realpath) and a copy of the SVG's text.
#include <string>
#include <unordered_map>

namespace sterk {

struct TemplateFile {
  enum class State { ok, missing, outside, unusable };
  State state = State::missing;
  std::string problem;           ///< why it is unusable, in the designer's words
  double width = 0, height = 0;  ///< intrinsic size (px for SVG, pixels for PNG)
};

/// `path` as a pictogram (an SVG) or an image (PNG or SVG), looked at now.
TemplateFile look_at_pictogram(const std::string& path, const std::string& templates_folder);
TemplateFile look_at_image(const std::string& path, const std::string& templates_folder);

/// The same answers kept for the files of one deck's build. Files do not change
/// while a deck is laid out; `sterk watch` makes a new one for every rebuild.
class TemplateFiles {
 public:
  const TemplateFile& pictogram(const std::string& path, const std::string& templates_folder);
  const TemplateFile& image(const std::string& path, const std::string& templates_folder);

 private:
  std::unordered_map<std::string, TemplateFile> pictograms_, images_;
};

}  // namespace sterk
