#include "layout/template_files.h"

#include "layout/media.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

namespace {

// Missing and outside come first, in this order, as a card editor fixes them.
bool there_and_inside(const std::string& path, const std::string& folder, TemplateFile* f) {
  if (!file_exists(path)) {
    f->state = TemplateFile::State::missing;
    return false;
  }
  if (!path_inside(path, folder)) {
    f->state = TemplateFile::State::outside;
    return false;
  }
  return true;
}

}  // namespace

TemplateFile look_at_pictogram(const std::string& path, const std::string& templates_folder) {
  TemplateFile f;
  if (!there_and_inside(path, templates_folder, &f)) return f;
  SvgFile svg;
  f.state = load_svg(path, &svg, &f.problem) ? TemplateFile::State::ok : TemplateFile::State::unusable;
  f.width = svg.width;
  f.height = svg.height;
  return f;
}

TemplateFile look_at_image(const std::string& path, const std::string& templates_folder) {
  TemplateFile f;
  if (!there_and_inside(path, templates_folder, &f)) return f;
  if (ends_with(path, ".png")) {
    int w = 0, h = 0;
    if (read_png_size(path, &w, &h, &f.problem)) {
      f.width = w;
      f.height = h;
    }
  } else if (ends_with(path, ".svg") || ends_with(path, ".svgz")) {
    SvgFile svg;
    if (load_svg(path, &svg, &f.problem)) {
      f.width = svg.width;
      f.height = svg.height;
    }
  } else {
    f.problem = tr("sterk draws PNG and SVG images only");
  }
  f.state = f.width > 0 && f.height > 0 ? TemplateFile::State::ok : TemplateFile::State::unusable;
  return f;
}

const TemplateFile& TemplateFiles::pictogram(const std::string& path, const std::string& templates_folder) {
  auto it = pictograms_.find(path);
  if (it == pictograms_.end()) it = pictograms_.emplace(path, look_at_pictogram(path, templates_folder)).first;
  return it->second;
}

const TemplateFile& TemplateFiles::image(const std::string& path, const std::string& templates_folder) {
  auto it = images_.find(path);
  if (it == images_.end()) it = images_.emplace(path, look_at_image(path, templates_folder)).first;
  return it->second;
}

}  // namespace sterk
