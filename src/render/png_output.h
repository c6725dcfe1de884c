#pragma once
// png/<card id>-front.png and -back.png at a chosen resolution, cut at the trim
// line (or with the bleed: output.png.bleed, for card printers that cut), and
// png/overview.png: every front of the deck on one sheet. Every PNG says its
// resolution (pHYs) and colour space (sRGB).
#include <cstdint>
#include <memory>
#include <string>

#include "render/deck_output.h"

namespace sterk {

/// `dir` is the png/ folder inside the staging folder; `dpi` from --dpi or png_dpi.
std::unique_ptr<DeckOutput> make_png_output(const DeckContext& ctx, const std::string& dir, int dpi);

/// Pixel size of a side at `dpi` (trim size, with the bleed when `bleed`, rounded to whole pixels).
void png_size(const Frame& frame, int dpi, int* width, int* height, bool bleed = false);

/// `png` (a PNG file's bytes) with sRGB, gAMA and pHYs (`dpi`) chunks after IHDR:
/// card printers and layout programs read the size in mm from pHYs.
std::string add_print_chunks(const std::string& png, int dpi);

/// The PNG chunk checksum (CRC-32 of type and data).
uint32_t png_crc(const std::string& bytes);

}  // namespace sterk
