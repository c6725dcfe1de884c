#pragma once
// Parse once, draw many: every pictogram and image a deck uses is read, recoloured
// and drawn into one Cairo surface per (file, colour, stroke, size) the first time a
// card needs it; every later card paints that surface again. Cairo's PDF surface
// writes a surface it has seen before as a reference to the same XObject, so a logo
// on 1000 cards is embedded once per PDF. One cache belongs to one output (one PDF,
// one folder of PNGs, one preview) and lives as long as it; nothing is global.
#include <map>
#include <memory>
#include <string>

#include "layout/frame.h"

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace sterk {

/// A pictogram's SVG in one colour: currentColor (Lucide, Tabler) becomes `colour`,
/// and the first stroke-width becomes `stroke_width` when that is above 0. The web
/// page uses it too, so its pictograms have the print colours.
std::string recolour_svg(std::string svg, const Colour& colour, double stroke_width);

class PictureCache {
 public:
  PictureCache() = default;
  PictureCache(const PictureCache&) = delete;
  PictureCache& operator=(const PictureCache&) = delete;

  /// Paints a pictogram or image item into item.content. False with *err when its
  /// file cannot be read or drawn (asked once; a broken file stays broken).
  bool draw(cairo_t* cr, const FrameItem& item, std::string* err);

  /// How many files were parsed and how many surfaces recorded (for tests).
  int files_parsed() const { return files_parsed_; }
  int surfaces() const { return static_cast<int>(surfaces_.size()); }

 private:
  struct SurfaceFree {
    void operator()(cairo_surface_t* s) const;
  };
  using Surface = std::unique_ptr<cairo_surface_t, SurfaceFree>;
  struct Entry {
    Surface surface;
    double width = 0, height = 0;  ///< the surface's own size (pixels for PNG, pt for SVG)
    std::string error;             ///< why it cannot be drawn, or ""
  };
  const Entry& svg(const FrameItem& item);
  const Entry& png(const std::string& file);

  struct HandleFree {
    void operator()(void* handle) const;
  };
  struct Parsed {
    std::unique_ptr<void, HandleFree> handle;  ///< RsvgHandle, recoloured
    std::string error;
  };
  const Parsed& parse_svg(const FrameItem& item);

  std::map<std::string, Entry> surfaces_;  ///< by file + colour + stroke + size
  std::map<std::string, Parsed> parsed_;   ///< SVGs by file + colour + stroke
  int files_parsed_ = 0;
};

}  // namespace sterk
