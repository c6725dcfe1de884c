#include "render/sheet_geometry.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace sterk {

Affine Affine::after(const Affine& o) const {
  Affine r;
  r.xx = xx * o.xx + xy * o.yx;
  r.xy = xx * o.xy + xy * o.yy;
  r.yx = yx * o.xx + yy * o.yx;
  r.yy = yx * o.xy + yy * o.yy;
  r.x0 = xx * o.x0 + xy * o.y0 + x0;
  r.y0 = yx * o.x0 + yy * o.y0 + y0;
  return r;
}

int Affine::rotation() const {
  auto is = [](double a, double b) { return std::fabs(a - b) < 1e-9; };
  if (is(xx, 1) && is(yy, 1) && is(xy, 0) && is(yx, 0)) return 0;
  if (is(xx, 0) && is(yy, 0) && is(xy, -1) && is(yx, 1)) return 90;
  if (is(xx, -1) && is(yy, -1) && is(xy, 0) && is(yx, 0)) return 180;
  if (is(xx, 0) && is(yy, 0) && is(xy, 1) && is(yx, -1)) return 270;
  return -1;
}

bool paper_size(const std::string& name, double* w, double* h) {
  if (name == "a4") *w = 210, *h = 297;
  else if (name == "a3") *w = 297, *h = 420;
  else if (name == "letter") *w = 215.9, *h = 279.4;
  else return false;
  return true;
}

Point turn_card(double card_w, Point p) { return {card_w - p.x, p.y}; }

Point behind(const SheetSpec& s, Point p) {
  Point q = s.long_edge ? Point{s.paper_w - p.x, p.y} : Point{p.x, s.paper_h - p.y};
  return {q.x + s.back_offset_x, q.y + s.back_offset_y};
}

namespace {

const double kEps = 1e-6;

int fit(double avail, double size, double gutter) {
  if (size <= 0) return 0;
  return std::max(0, static_cast<int>(std::floor((avail + gutter + kEps) / (size + gutter))));
}

Box bounds(const Affine& m, double w, double h) {
  Point c[4] = {m.apply({0, 0}), m.apply({w, 0}), m.apply({0, h}), m.apply({w, h})};
  double x0 = c[0].x, x1 = c[0].x, y0 = c[0].y, y1 = c[0].y;
  for (const Point& p : c) {
    x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
    y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
  }
  return {x0, y0, x1 - x0, y1 - y0};
}

// The back page's map: turn the card over, put it where its front is, turn the
// sheet over, shift by the offset. So every back lies behind its own front.
Affine back_map(const SheetSpec& s, const Affine& front) {
  Affine turn{-1, 0, 0, 1, s.card_w, 0};
  Affine sheet = s.long_edge ? Affine{-1, 0, 0, 1, s.paper_w, 0} : Affine{1, 0, 0, -1, 0, s.paper_h};
  Affine shift{1, 0, 0, 1, s.back_offset_x, s.back_offset_y};
  return shift.after(sheet).after(front).after(turn);
}

SheetLayout layout(const SheetSpec& s, bool rotated) {
  SheetLayout l;
  l.rotated = rotated;
  // With bleed, neighbours no longer share a cut: each card has its own bleed
  // around it, and the crop marks start outside the bleed.
  const double b = std::max(0.0, s.bleed), gutter = s.gutter + 2 * b;
  double room = s.printer_margin + b + (s.crop_marks ? s.mark_gap + s.mark_length : 0);
  double cw = rotated ? s.card_h : s.card_w, ch = rotated ? s.card_w : s.card_h;
  l.columns = fit(s.paper_w - 2 * room, cw, gutter);
  l.rows = fit(s.paper_h - 2 * room, ch, gutter);
  if (l.columns == 0 || l.rows == 0) {
    l.columns = l.rows = 0;
    return l;
  }
  // The block of cards sits in the middle, so fronts and backs share the same slots.
  double block_w = l.columns * cw + (l.columns - 1) * gutter;
  double block_h = l.rows * ch + (l.rows - 1) * gutter;
  double left = (s.paper_w - block_w) / 2, top = (s.paper_h - block_h) / 2;
  for (int r = 0; r < l.rows; ++r) {
    for (int c = 0; c < l.columns; ++c) {
      Slot slot;
      double x = left + c * (cw + gutter), y = top + r * (ch + gutter);
      // Turned cards: a quarter clockwise, so the card's top edge faces right.
      slot.front_map = rotated ? Affine{0, 1, -1, 0, x + cw, y} : Affine{1, 0, 0, 1, x, y};
      slot.front = bounds(slot.front_map, s.card_w, s.card_h);
      slot.back_map = back_map(s, slot.front_map);
      slot.back = bounds(slot.back_map, s.card_w, s.card_h);
      l.slots.push_back(slot);
    }
  }
  if (!s.crop_marks) return l;
  // Every cut line, extended outside the block; never across a card.
  std::set<double> xs, ys;
  for (const Slot& slot : l.slots) {
    xs.insert(std::round(slot.front.x * 1e6) / 1e6), xs.insert(std::round(slot.front.right() * 1e6) / 1e6);
    ys.insert(std::round(slot.front.y * 1e6) / 1e6), ys.insert(std::round(slot.front.bottom() * 1e6) / 1e6);
  }
  double bottom = top + block_h, right = left + block_w;
  double g = s.mark_gap + b, len = s.mark_length;
  for (double x : xs) {
    l.marks.push_back({{x, top - g - len}, {x, top - g}});
    l.marks.push_back({{x, bottom + g}, {x, bottom + g + len}});
  }
  for (double y : ys) {
    l.marks.push_back({{left - g - len, y}, {left - g, y}});
    l.marks.push_back({{right + g, y}, {right + g + len, y}});
  }
  return l;
}

}  // namespace

SheetLayout plan_sheet(const SheetSpec& spec) {
  SheetLayout upright = layout(spec, false);
  SheetLayout turned = layout(spec, true);
  return turned.per_sheet() > upright.per_sheet() ? turned : upright;
}

}  // namespace sterk
