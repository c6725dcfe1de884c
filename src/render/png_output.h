#pragma once
// png/<card id>-front.png and -back.png at a chosen resolution, cut at the trim
// line, and png/overview.png: every front of the deck on one sheet.
#include <memory>
#include <string>

#include "render/deck_output.h"

namespace sterk {

/// `dir` is the png/ folder inside the staging folder; `dpi` from --dpi or png_dpi.
std::unique_ptr<DeckOutput> make_png_output(const DeckContext& ctx, const std::string& dir, int dpi);

/// Pixel size of a side at `dpi` (trim size, rounded to whole pixels).
void png_size(const Frame& frame, int dpi, int* width, int* height);

}  // namespace sterk
