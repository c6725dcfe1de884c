#pragma once
// Where cards go on office sheets (A4, A3, US Letter), where the crop marks go,
// and where each back must be printed so that it lands behind its own front
// after duplex printing. Pure geometry in millimetres, page origin top-left,
// y down; no drawing, so every number can be tested.
#include <string>
#include <vector>

namespace sterk {

struct Point {
  double x = 0, y = 0;
};

/// An affine map as Cairo writes it: x' = xx*x + xy*y + x0, y' = yx*x + yy*y + y0.
struct Affine {
  double xx = 1, yx = 0, xy = 0, yy = 1, x0 = 0, y0 = 0;
  Point apply(Point p) const { return {xx * p.x + xy * p.y + x0, yx * p.x + yy * p.y + y0}; }
  /// this ∘ other: first `other`, then this.
  Affine after(const Affine& other) const;
  /// Clockwise rotation in degrees (0, 90, 180, 270) of the linear part,
  /// or -1 when it is mirrored.
  int rotation() const;
};

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
};

/// Paper size in mm, portrait. Returns false for an unknown name.
bool paper_size(const std::string& name, double* width_mm, double* height_mm);

struct SheetSpec {
  double paper_w = 210, paper_h = 297;  ///< portrait, mm
  double card_w = 105, card_h = 148;    ///< trim size, mm
  double printer_margin = 5;  ///< office printers leave this much unprinted at every edge
  double mark_gap = 2;        ///< between the cards and the start of a crop mark
  double mark_length = 4;     ///< so the marks need mark_gap + mark_length around the cards
  double gutter = 0;          ///< space between neighbouring cards (0: one cut serves both)
  double bleed = 0;           ///< printed around each card; adds 2 × bleed between cards, marks stay at the trim
  bool crop_marks = true;
  bool long_edge = true;      ///< duplex: the sheet turns over its long edge (like a book page)
  double back_offset_x = 0;   ///< shifts every back (mm, back page coordinates)
  double back_offset_y = 0;
};

struct CropMark {
  Point from, to;
};

/// One position for a card on the sheet.
struct Slot {
  Box front;             ///< the card's trim rectangle on the front page (its bleed lies around it)
  Affine front_map;      ///< card trim coordinates (mm, origin top-left) → front page
  Box back;              ///< the trim rectangle of its back on the back page
  Affine back_map;       ///< back-side card coordinates → back page
};

struct SheetLayout {
  int columns = 0, rows = 0;
  bool rotated = false;  ///< cards turned a quarter clockwise because more fit that way
  std::vector<Slot> slots;  ///< row by row, as the cards are laid down on the front
  std::vector<CropMark> marks;  ///< front page only, outside the cards
  int per_sheet() const { return static_cast<int>(slots.size()); }
};

/// Lays out as many cards as fit inside the printer margin, leaving room for the
/// crop marks, upright or turned (whichever holds more; upright on a tie).
/// per_sheet() == 0 when not even one card fits.
SheetLayout plan_sheet(const SheetSpec& spec);

/// Where a point of the front page ends up on the back page once the sheet is
/// turned over (long or short edge), plus the back offset.
Point behind(const SheetSpec& spec, Point front);

/// A card is turned over around its own vertical axis, like a book page:
/// front-side point (u, v) is behind back-side point (w - u, v).
Point turn_card(double card_w, Point p);

}  // namespace sterk
