#pragma once
// `sterk build --calibration`: a two-page test sheet for measuring a printer's
// duplex misalignment. The front has crosses; the back has millimetre scales
// where each cross should show through. Held against the light, the number
// where a line meets its scale is the correction to add to back_offset_x/y.
#include <string>
#include <vector>

#include "render/sheet_geometry.h"

namespace sterk {

/// A number of a scale on the back page: its text and where its 7 pt text sits (mm).
struct ScaleLabel {
  std::string text;
  Box box;
};

/// Every scale number of the back page, placed so that none touches another or
/// a tick: every other number one row further out.
std::vector<ScaleLabel> calibration_labels(const SheetSpec& spec);

/// Writes the test sheet for `spec` (paper, duplex and the current back offset)
/// to `path`. `paper_name` and `date` go into the text and the PDF metadata.
bool write_calibration(const SheetSpec& spec, const std::string& paper_name, const std::string& date,
                       const std::string& path, std::string* err);

}  // namespace sterk
