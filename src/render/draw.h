#pragma once
// Draws a laid-out frame onto any Cairo surface (PDF page, PNG, A4 sheet).
#include <string>

#include "layout/frame.h"

typedef struct _cairo cairo_t;

namespace sterk {

struct DrawOptions {
  bool paper = true;        ///< fill the page (bleed included) with the paper colour first
  bool clip_to_trim = false;  ///< sheets and PNGs: nothing outside the trim line
  bool guides = false;      ///< preview: trim, bleed, safe area and element boxes with names
};

/// A pictogram's SVG in one colour: currentColor (Lucide, Tabler) becomes `colour`,
/// and the first stroke-width becomes `stroke_width` when that is above 0. The web
/// page uses it too, so its pictograms have the print colours.
std::string recolour_svg(std::string svg, const Colour& colour, double stroke_width);

/// Adds a rectangle with rounded corners (radius in pt, 0 = square) to the path.
void rounded_rect(cairo_t* cr, const Rect& r, double radius);

/// Draws `frame` with its top-left page corner at the current origin.
/// Returns false with *err when a pictogram or image cannot be drawn.
bool draw_frame(cairo_t* cr, const Frame& frame, const DrawOptions& options, std::string* err);

}  // namespace sterk
