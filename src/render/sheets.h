#pragma once
// <deck>-sheets-<paper>.pdf: office printing. Several cards per sheet (see
// sheet_geometry.h), crop marks outside the cards, and after each front page a
// back page laid out so that every back lands behind its own front in duplex.
#include <memory>
#include <string>

#include "render/deck_output.h"
#include "render/sheet_geometry.h"

typedef struct _cairo cairo_t;

namespace sterk {

/// The sheet spec for a deck's card size and the project's sheet settings;
/// `paper` is a4, a3 or letter.
SheetSpec sheet_spec(const DeckContext& ctx, const std::string& paper);

/// `path` is the final file name inside the staging folder.
std::unique_ptr<DeckOutput> make_sheets_pdf(const DeckContext& ctx, const std::string& paper,
                                            const std::string& path);

/// Shared with the calibration sheet: millimetres → points, and drawing helpers.
constexpr double kPtPerMm = 72.0 / 25.4;
void draw_crop_marks(cairo_t* cr, const SheetLayout& layout);
/// A small line of text (7 pt) with its top-left at (x_mm, y_mm).
void draw_note(cairo_t* cr, const std::string& text, double x_mm, double y_mm, double width_mm,
               const std::string& align = "left");
/// The size (mm) draw_note's text takes on one line: its logical extents.
void note_size(const std::string& text, double* width_mm, double* height_mm);

}  // namespace sterk
