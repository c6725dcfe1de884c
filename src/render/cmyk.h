#pragma once
// `--output print-cmyk`: <deck>-print-cmyk.pdf for print shops. Ghostscript turns
// the print PDF into PDF/X-3: CMYK with an output intent, TrimBox and BleedBox
// kept, vectors and text kept (nothing rasterised; the renderer only draws
// opaque colours). Neutral greys, black text among them, go to the black plate
// only: before Ghostscript they become DeviceGray, after it "0 0 0 K k".
#include <string>

#include "render/pdf_finish.h"

namespace sterk {

/// The Ghostscript program found on PATH, or "" when it is not installed.
std::string find_ghostscript();

/// The CMYK profile written as the output intent, or "" when none is installed.
std::string cmyk_profile();

/// Converts `print_pdf` (a finished print PDF) into `out_path`. `info` gives the
/// document date, so the result is the same for the same input.
bool convert_to_cmyk(const std::string& gs, const std::string& print_pdf, const std::string& out_path,
                     const PdfDocumentInfo& info, std::string* err);

/// Content-stream rewrites, exposed for tests. "r r r rg" → "r g" (equal parts
/// only), and "v g" → "0 0 0 1-v k"; the stroking forms (RG, G) alike.
std::string neutral_rgb_to_gray(const std::string& pdf, std::string* err);

}  // namespace sterk
