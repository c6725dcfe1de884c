#pragma once
// Drawing pieces shared by the analysis figures and the report: text in the project
// font, words and numbers in the study's language, tick values, and a label placer
// that keeps labels off each other and off the points.
#include <cairo.h>

#include <functional>
#include <string>
#include <vector>

namespace sterk::fig {

const double kPageW = 842, kPageH = 595;  // A4 landscape in pt

struct Rgb {
  double r, g, b;
};
/// Cluster colour i (a palette that stays apart in print and for most colour-blind readers).
Rgb colour(size_t i);
void set(cairo_t* cr, Rgb c);

/// The study's language: Dutch words and a decimal comma, or English.
struct Lang {
  bool dutch = true;
  std::string num(double v, int decimals) const;    ///< trailing zeros cut: 4,2
  std::string fixed(double v, int decimals) const;  ///< trailing zeros kept: 4,20
  std::string t(const char* en, const char* nl) const { return dutch ? nl : en; }
  std::string t(const std::string& en, const std::string& nl) const { return dutch ? nl : en; }
};

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  bool inside(const Box& o) const { return x0 >= o.x0 && x1 <= o.x1 && y0 >= o.y0 && y1 <= o.y1; }
};

enum Align { left, centre, right };

struct TextSize {
  double w = 0, h = 0;
};
TextSize measure(const std::string& s, double size, bool bold = false, double max_width = 0);
/// Draws `s` with its left edge, centre or right edge at x and its vertical middle at
/// y, in the current colour; wraps at max_width when it is above 0. Returns its box.
Box text(cairo_t* cr, const std::string& s, double x, double y, double size, Align align = left,
         bool bold = false, double max_width = 0);
/// Text turned a quarter left (reads upwards), centred at (x, y): a y-axis title.
/// Wrapped at max_width (then the lines stand side by side) when it is above 0.
void text_up(cairo_t* cr, const std::string& s, double x, double y, double size, bool bold = false,
             double max_width = 0);
/// The figure's title and a subtitle line.
void title(cairo_t* cr, const std::string& t, const std::string& sub);

/// Round tick values (1, 2 or 5 × 10^k apart) that cover [lo, hi].
std::vector<double> ticks(double lo, double hi, int target = 6);

/// Places labels one by one where they overlap nothing placed or blocked before:
/// first right, left, above, below and the diagonals of the point, then further
/// out (the caller draws a leader line). Counts the labels it could not place free.
class LabelPlacer {
 public:
  explicit LabelPlacer(Box bounds) : bounds_(bounds) {}
  void block(const Box& b) { taken_.push_back(b); }
  /// A w × h box near (x, y); *far is set when it is away from the point.
  Box place(double x, double y, double w, double h, bool* far);
  /// The first free box of `candidates` (blocked then), else the first one, counted.
  Box first_free(const std::vector<Box>& candidates);
  bool free(const Box& b) const;
  int overlaps() const { return overlaps_; }

 private:
  Box bounds_;
  std::vector<Box> taken_;
  int overlaps_ = 0;
};

using Draw = std::function<void(cairo_t*)>;

}  // namespace sterk::fig
