#pragma once
// `--output print-cmyk`: <deck>-print-cmyk.pdf for print shops, PDF/X-3:2002.
// The RGB print PDF (already without transparency groups, boxes set) goes through
// three steps:
// 1. sterk sets the colours that must not go through a colour profile: near-black
//    and the template's ink become 0 0 0 1 k (100 % K, one plate: no colour fringes
//    on small text), other neutral greys a K-only tint, paper white 0 0 0 0 k.
// 2. Ghostscript converts the remaining RGB with the output profile (FOGRA39 by
//    default, output.cmyk.profile otherwise; -sOutputICCProfile) and writes the
//    OutputIntent with that profile embedded. Vectors and text stay vectors and text.
// 3. qpdf adds the PDF/X keys Ghostscript 10.0 leaves out (GTS_PDFXVersion, Trapped),
//    the project's dates, optionally the black overprint, and a deterministic /ID.
#include <string>
#include <vector>

#include "model/template.h"
#include "render/pdf_finish.h"

namespace sterk {

/// The Ghostscript program found on PATH, or "" when it is not installed.
std::string find_ghostscript();

/// sterk's own FOGRA39 profile (built from FOGRA39L.ti3 with ArgyllCMS): next to
/// the sterk binary, or in ../share/sterk; "" when it was not built.
std::string builtin_cmyk_profile();

struct CmykJob {
  std::string ghostscript;
  std::string profile;              ///< the CMYK output profile (ICC file)
  std::vector<Colour> black_inks;   ///< colours printed as 100 % K besides near-black (the template's ink)
  bool overprint_black = false;     ///< 100 % K fills overprint (/op true, /OPM 1)
  PdfDocumentInfo info;             ///< gives the document date
};

/// Converts `print_pdf` (a finished print PDF) into `out_path`. False with *err.
bool convert_to_cmyk(const CmykJob& job, const std::string& print_pdf, const std::string& out_path,
                     std::string* err);

/// Step 1 alone, for tests: "r g b rg" → "0 0 0 1 k" for near-black and `inks`,
/// "0 0 0 1-v k" for other neutral greys, other colours unchanged; RG alike.
std::string set_black_and_greys(const std::string& pdf, const std::vector<Colour>& inks, std::string* err);

/// Near black: every channel at most 20 % and (nearly) neutral, e.g. #1a1a1a, #333333.
bool is_near_black(double r, double g, double b);

}  // namespace sterk
