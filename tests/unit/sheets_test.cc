#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>

#include "render/sheet_geometry.h"

using namespace sterk;

namespace {

SheetSpec spec(const char* paper, double card_w = 105, double card_h = 148) {
  SheetSpec s;
  REQUIRE(paper_size(paper, &s.paper_w, &s.paper_h));
  s.card_w = card_w;
  s.card_h = card_h;
  return s;
}

// The physical check: a point of a card's front, seen through the sheet after
// turning it over, must meet the same point of that card's back.
void require_backs_behind_fronts(const SheetSpec& s, const SheetLayout& l) {
  REQUIRE(l.per_sheet() > 0);
  for (const Slot& slot : l.slots) {
    for (Point p : {Point{0, 0}, Point{s.card_w, 0}, Point{0, s.card_h}, Point{s.card_w, s.card_h},
                    Point{10, 30}, Point{s.card_w / 2, s.card_h / 3}}) {
      Point through = behind(s, slot.front_map.apply(p));
      Point back = slot.back_map.apply(turn_card(s.card_w, p));
      CHECK(back.x == Approx(through.x).margin(1e-9));
      CHECK(back.y == Approx(through.y).margin(1e-9));
    }
  }
}

bool inside(const Box& outer, const Box& b) {
  return b.x >= outer.x - 1e-9 && b.y >= outer.y - 1e-9 && b.right() <= outer.right() + 1e-9 &&
         b.bottom() <= outer.bottom() + 1e-9;
}

bool overlaps(const Box& a, const Box& b) {
  return a.x < b.right() - 1e-9 && b.x < a.right() - 1e-9 && a.y < b.bottom() - 1e-9 && b.y < a.bottom() - 1e-9;
}

}  // namespace

TEST_CASE("A6 cards go two to an A4 sheet, turned a quarter", "[sheets]") {
  SheetSpec s = spec("a4");
  SheetLayout l = plan_sheet(s);
  CHECK(l.rotated);
  CHECK(l.columns == 1);
  CHECK(l.rows == 2);
  REQUIRE(l.per_sheet() == 2);
  // Centred: (210 - 148) / 2 = 31 across, (297 - 210) / 2 = 43.5 down.
  CHECK(l.slots[0].front.x == Approx(31));
  CHECK(l.slots[0].front.y == Approx(43.5));
  CHECK(l.slots[0].front.w == Approx(148));
  CHECK(l.slots[0].front.h == Approx(105));
  CHECK(l.slots[1].front.y == Approx(148.5));
  CHECK(l.slots[0].front_map.rotation() == 90);
  // The card's top-left corner is at the slot's top-right corner (top edge faces right).
  Point tl = l.slots[0].front_map.apply({0, 0});
  CHECK(tl.x == Approx(179));
  CHECK(tl.y == Approx(43.5));
}

TEST_CASE("cards stay upright when turning them fits no more", "[sheets]") {
  SheetLayout a3 = plan_sheet(spec("a3"));  // 297 x 420: 2 x 2 upright, 1 x 3 turned
  CHECK_FALSE(a3.rotated);
  CHECK(a3.columns == 2);
  CHECK(a3.rows == 2);
  SheetLayout small = plan_sheet(spec("a4", 60, 80));  // 3 x 3 upright, 2 x 4 turned
  CHECK_FALSE(small.rotated);
  CHECK(small.per_sheet() == 9);
  SheetLayout playing = plan_sheet(spec("a4", 63, 88));  // 2 x 3 upright, 2 x 4 turned
  CHECK(playing.rotated);
  CHECK(playing.per_sheet() == 8);
  SheetLayout letter = plan_sheet(spec("letter"));
  CHECK(letter.rotated);
  CHECK(letter.per_sheet() == 2);
  SheetLayout too_big = plan_sheet(spec("a4", 250, 300));
  CHECK(too_big.per_sheet() == 0);
}

TEST_CASE("cards stay inside the printer margin with room for the crop marks", "[sheets]") {
  for (const char* paper : {"a4", "a3", "letter"}) {
    SheetSpec s = spec(paper);
    SheetLayout l = plan_sheet(s);
    double room = s.printer_margin + s.mark_gap + s.mark_length;
    Box printable{room, room, s.paper_w - 2 * room, s.paper_h - 2 * room};
    for (size_t i = 0; i < l.slots.size(); ++i) {
      CHECK(inside(printable, l.slots[i].front));
      CHECK(inside(printable, l.slots[i].back));
      for (size_t j = i + 1; j < l.slots.size(); ++j) CHECK_FALSE(overlaps(l.slots[i].front, l.slots[j].front));
    }
    Box margin{s.printer_margin, s.printer_margin, s.paper_w - 2 * s.printer_margin, s.paper_h - 2 * s.printer_margin};
    for (const CropMark& m : l.marks) {
      CHECK(inside(margin, {std::min(m.from.x, m.to.x), std::min(m.from.y, m.to.y), std::fabs(m.to.x - m.from.x),
                            std::fabs(m.to.y - m.from.y)}));
    }
  }
}

TEST_CASE("crop marks extend every trim line outside the cards", "[sheets]") {
  SheetSpec s = spec("a4");
  SheetLayout l = plan_sheet(s);
  // Two turned cards: cut lines x = 31 and 179; y = 43.5, 148.5 and 253.5.
  // Two marks per vertical line (above, below), two per horizontal line (left, right).
  REQUIRE(l.marks.size() == 2 * 2 + 3 * 2);
  CHECK(l.marks[0].from.x == Approx(31));
  CHECK(l.marks[0].from.y == Approx(43.5 - 2 - 4));
  CHECK(l.marks[0].to.y == Approx(43.5 - 2));
  CHECK(l.marks[1].from.y == Approx(253.5 + 2));
  CHECK(l.marks[1].to.y == Approx(253.5 + 6));
  CHECK(l.marks[3].from.x == Approx(179));
  // The shared cut between the two cards gets marks at the left and right.
  CHECK(l.marks[6].from.y == Approx(148.5));
  CHECK(l.marks[6].from.x == Approx(31 - 6));
  CHECK(l.marks[6].to.x == Approx(31 - 2));
  CHECK(l.marks[7].from.x == Approx(179 + 2));
  for (const CropMark& m : l.marks)
    for (const Slot& slot : l.slots) {
      Box b = slot.front;
      bool vertical = m.from.x == m.to.x;
      Box line = vertical ? Box{m.from.x, std::min(m.from.y, m.to.y), 0, std::fabs(m.to.y - m.from.y)}
                          : Box{std::min(m.from.x, m.to.x), m.from.y, std::fabs(m.to.x - m.from.x), 0};
      bool crosses = line.x < b.right() && line.right() > b.x && line.y < b.bottom() && line.bottom() > b.y;
      CHECK_FALSE(crosses);
    }
  s.crop_marks = false;
  CHECK(plan_sheet(s).marks.empty());
}

TEST_CASE("long-edge duplex: every back lies behind its own front", "[sheets]") {
  SheetSpec s = spec("a4");
  SheetLayout l = plan_sheet(s);
  require_backs_behind_fronts(s, l);
  // Mirrored across: x' = 210 - right edge; the rows stay where they are.
  for (const Slot& slot : l.slots) {
    CHECK(slot.back.x == Approx(210 - slot.front.right()));
    CHECK(slot.back.y == Approx(slot.front.y));
  }
  // Turned a quarter clockwise on the front, so a quarter anticlockwise behind it:
  // the back's top edge also faces the front's top edge.
  CHECK(l.slots[0].back_map.rotation() == 270);
  SheetLayout a3 = plan_sheet(spec("a3"));
  require_backs_behind_fronts(spec("a3"), a3);
  // Upright 2 x 2: the back of the left card is printed on the right.
  CHECK(a3.slots[0].back.x == Approx(a3.slots[1].front.x));
  CHECK(a3.slots[0].back_map.rotation() == 0);
}

TEST_CASE("long-edge duplex with a back offset shifts every back by it", "[sheets]") {
  SheetSpec s = spec("a4");
  SheetLayout plain = plan_sheet(s);
  s.back_offset_x = 1.5;
  s.back_offset_y = -0.8;
  SheetLayout shifted = plan_sheet(s);
  require_backs_behind_fronts(s, shifted);
  REQUIRE(shifted.per_sheet() == plain.per_sheet());
  for (int i = 0; i < shifted.per_sheet(); ++i) {
    CHECK(shifted.slots[i].back.x == Approx(plain.slots[i].back.x + 1.5));
    CHECK(shifted.slots[i].back.y == Approx(plain.slots[i].back.y - 0.8));
    CHECK(shifted.slots[i].front.x == Approx(plain.slots[i].front.x));  // fronts do not move
    CHECK(shifted.slots[i].front.y == Approx(plain.slots[i].front.y));
  }
}

TEST_CASE("short-edge duplex mirrors the backs top to bottom", "[sheets]") {
  SheetSpec s = spec("a3");
  s.long_edge = false;
  SheetLayout l = plan_sheet(s);
  require_backs_behind_fronts(s, l);
  for (const Slot& slot : l.slots) {
    CHECK(slot.back.x == Approx(slot.front.x));
    CHECK(slot.back.y == Approx(420 - slot.front.bottom()));
    CHECK(slot.back_map.rotation() == 180);  // the sheet turns over its top edge, the card over its side
  }
  SheetSpec a4 = spec("a4");
  a4.long_edge = false;
  a4.back_offset_x = 2;
  require_backs_behind_fronts(a4, plan_sheet(a4));
}

TEST_CASE("sheets with bleed: each card has its own bleed, crop marks at the trim outside it", "[sheets]") {
  SheetSpec s = spec("a4");
  s.bleed = 3;
  SheetLayout l = plan_sheet(s);
  // Still two turned A6 cards: 2 × 105 + 2 × 3 (bleed between them) + 2 × (5 + 3 + 6) = 244 ≤ 297.
  REQUIRE(l.per_sheet() == 2);
  REQUIRE(l.rotated);
  const Box &a = l.slots[0].front, &b = l.slots[1].front;
  CHECK(b.y - a.bottom() == Approx(6));  // two bleeds between the trims, no shared cut
  Box paper{5, 5, s.paper_w - 10, s.paper_h - 10};
  for (const Slot& slot : l.slots) {
    Box with_bleed{slot.front.x - 3, slot.front.y - 3, slot.front.w + 6, slot.front.h + 6};
    CHECK(inside(paper, with_bleed));
  }
  // Four horizontal cut lines now (two per card), two vertical ones.
  REQUIRE(l.marks.size() == 2 * 2 + 4 * 2);
  for (const CropMark& m : l.marks) {
    bool vertical = m.from.x == m.to.x;
    double at = vertical ? m.from.x : m.from.y;
    bool on_a_trim = false;
    for (const Slot& slot : l.slots) {
      const Box& t = slot.front;
      on_a_trim = on_a_trim || (vertical ? (std::fabs(at - t.x) < 1e-9 || std::fabs(at - t.right()) < 1e-9)
                                         : (std::fabs(at - t.y) < 1e-9 || std::fabs(at - t.bottom()) < 1e-9));
      // The mark starts 2 mm beyond the bleed: it never prints on a card's bleed.
      Box bleed{t.x - 3, t.y - 3, t.w + 6, t.h + 6};
      Box line = vertical ? Box{m.from.x, std::min(m.from.y, m.to.y), 0, std::fabs(m.to.y - m.from.y)}
                          : Box{std::min(m.from.x, m.to.x), m.from.y, std::fabs(m.to.x - m.from.x), 0};
      bool crosses = line.x < bleed.right() + 2 - 1e-9 && line.right() > bleed.x - 2 + 1e-9 &&
                     line.y < bleed.bottom() + 2 - 1e-9 && line.bottom() > bleed.y - 2 + 1e-9;
      CHECK_FALSE(crosses);
    }
    CHECK(on_a_trim);
  }
  require_backs_behind_fronts(s, l);
}
