#pragma once
// Reading the SVG and PNG files that cards and templates name (pictograms,
// images), with limits, so a file from a partner organisation cannot make sterk
// hang or exhaust memory (SPEC §9, docs/robustness.md "Limits"). `sterk check`
// (through layout) and every renderer read them through these functions, so check
// and build agree: when check could read a file, build can too.
#include <string>

namespace sterk {

struct MediaLimits {
  size_t max_svg_bytes = 2u << 20;        ///< an SVG file as stored (plain or gzip)
  size_t max_svg_text = 8u << 20;         ///< the SVG text after un-gzipping
  int max_svg_depth = 100;                ///< elements inside elements
  size_t max_svg_elements = 50000;        ///< elements in one SVG
  size_t max_png_bytes = 64u << 20;       ///< a PNG file
  long long max_pixels = 50'000'000;      ///< width × height from the PNG header
};
const MediaLimits& media_limits();

/// An SVG that passed the checks and librsvg's parser.
struct SvgFile {
  std::string text;      ///< the SVG text (un-gzipped)
  double width = 0, height = 0;  ///< intrinsic size in px (100 × 100 when it has none)
};

/// Checks SVG bytes (plain or gzip-compressed) before any XML parser sees them:
/// size, gzip expansion, `<!DOCTYPE`/`<!ENTITY` (no pictogram needs entities; they
/// are how "billion laughs" and external fetches get in), nesting and element
/// count. Then librsvg parses the text. False with *problem in words a designer
/// understands ("it declares XML entities (<!ENTITY>), …").
bool read_svg_data(const std::string& bytes, const MediaLimits& limits, SvgFile* out, std::string* problem);
/// The same for a file. Results are kept per path, size and modification time,
/// so a pictogram on 800 cards is read once per run.
bool load_svg(const std::string& path, SvgFile* out, std::string* problem);

/// A PNG's size from its header (IHDR), without decoding the pixels; refused when
/// the file or width × height exceeds the limits, or the header is not a PNG's.
bool read_png_size(const std::string& path, int* width, int* height, std::string* problem);

}  // namespace sterk
