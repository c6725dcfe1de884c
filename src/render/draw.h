#pragma once
// Draws a laid-out frame onto any Cairo surface (PDF page, PNG, A4 sheet).
#include "layout/frame.h"

typedef struct _cairo cairo_t;

namespace sterk {

class PictureCache;

struct DrawOptions {
  bool paper = true;        ///< fill the page (bleed included) with the paper colour first
  bool clip_to_trim = false;  ///< sheets and PNGs: nothing outside the trim line
  bool guides = false;      ///< preview: trim, bleed, safe area and element boxes with names
  /// The output's parse-once cache of pictograms and images (render/picture_cache.h);
  /// every page of one PDF must use the same one, so each picture is embedded once.
  PictureCache* pictures = nullptr;
};

/// Draws shaped text (the current source colour) with its top-left corner at (x, y).
void draw_shaped_text(cairo_t* cr, const ShapedText& text, double x, double y);

/// Adds a rectangle with rounded corners (radius in pt, 0 = square) to the path.
void rounded_rect(cairo_t* cr, const Rect& r, double radius);

/// Draws `frame` with its top-left page corner at the current origin.
/// Returns false with *err when a pictogram or image cannot be drawn.
bool draw_frame(cairo_t* cr, const Frame& frame, const DrawOptions& options, std::string* err);

}  // namespace sterk
