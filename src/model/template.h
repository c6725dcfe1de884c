#pragma once
// A card template as a designer writes it in templates/<name>.yaml (SPEC §5),
// after `extends` has been resolved. Plain data, no drawing.
#include <map>
#include <string>
#include <vector>

#include "model/deck.h"
#include "model/text.h"

namespace sterk {

/// A length as written: "12mm", "10pt", "50%", or 0.
struct Length {
  enum Unit { mm, pt, percent };
  double value = 0;
  Unit unit = mm;
  /// In points; `whole` is the size of the area in points that % refers to.
  double to_pt(double whole) const;
};

/// Parses "12mm" / "12.5 pt" / "40%" / "0". Returns false with *err on bad input.
bool parse_length(const std::string& text, Length* out, std::string* err);

struct Colour {
  double r = 0, g = 0, b = 0;  ///< 0..1, opaque only (print files must not need transparency)
  std::string hex() const;     ///< "#rrggbb"
  bool operator==(const Colour& o) const { return r == o.r && g == o.g && b == o.b; }
};
/// Parses "#rgb" or "#rrggbb".
bool parse_colour(const std::string& text, Colour* out);

struct FontStyle {
  std::string name;        ///< key in the template's fonts map, e.g. "body"
  std::string family = "Atkinson Hyperlegible";
  std::string weight = "regular";  ///< regular | bold
  double size_pt = 12;
  double min_pt = 10;
  double line_spacing = 1.3;  ///< multiple of the font size
  Location at;
  Location family_at;  ///< where `family` was written (it may come from another file via extends)
};

enum class ElementType { rect, text, list, pictogram, image, qr };
const std::vector<std::string>& element_type_names();

struct Element {
  std::string name;
  ElementType type = ElementType::text;
  Length box[4];              ///< x, y, width, height
  std::string area = "safe";  ///< trim | safe: what the box and % are relative to
  bool bleed = false;         ///< rect: edges on the trim line run out into the bleed
  std::string fill;           ///< rect: colour reference
  std::string colour;         ///< text/list/pictogram: colour reference
  double radius_mm = 0;
  std::string text;           ///< text: content with {placeholders}; qr: what the code holds, e.g. "{card.url}"
  std::string items;          ///< list: a field holding a list, e.g. "card.tips"
  std::string bullet = "•";
  std::string font = "body";  ///< key in Template::fonts
  std::string align = "left";     ///< left | center | right
  std::string valign = "top";     ///< top | middle | bottom
  /// text/list: how lines break. "wrap": Pango fills each line (paragraph wrapping);
  /// "phrases": every sentence starts a line and a long sentence breaks between word
  /// groups, lines balanced (layout/phrase_lines.h). "" = the template's `lines`.
  std::string lines;
  std::string pictogram;      ///< pictogram: name or {placeholder}; templates/pictograms/<name>.svg
  double stroke_width = 0;    ///< pictogram: overrides the SVG's stroke width (0 = as drawn)
  std::string file;           ///< image: path relative to templates/
  std::string when;           ///< draw only when this field is not empty, e.g. "card.question"
  Location at;
  /// Where each key's value was written. With `extends`, an element's keys can come
  /// from several files; a problem with one key points at the file that set it.
  std::map<std::string, Location> key_at;
  Location where(const std::string& key) const {
    auto it = key_at.find(key);
    return it != key_at.end() ? it->second : at;
  }
};

/// The elements of one side for one kind of card.
struct SideLayout {
  std::vector<Element> front;
  std::vector<Element> back;
};

struct Template {
  std::string name;
  std::string file;
  std::vector<std::string> chain;  ///< files merged, base first
  std::string rules = "plain";     ///< easy-read rule set: easy-read | plain
  std::string lines = "wrap";      ///< how text elements break lines unless they say: wrap | phrases
  double width_mm = 105, height_mm = 148;  ///< A6 portrait
  double bleed_mm = 3, safe_mm = 5, radius_mm = 4;
  /// The print shop rounds the corners with radius_mm after cutting (card.round_corners);
  /// otherwise the radius only shows in previews and the cards are cut square.
  bool round_corners = false;
  std::map<std::string, FontStyle> fonts;
  std::map<std::string, Colour> colours;           ///< named colours: ink, paper, …
  std::map<std::string, Colour> audience_colours;  ///< per audience id
  std::vector<Colour> cluster_palette;             ///< assigned to clusters in analysis order
  /// Where each colour was written ("ink", "audience.jongere", "clusters.3"): with
  /// `extends`, the child's line when the child set it. A problem a colour causes
  /// (low contrast) is reported there, once, not on every card.
  std::map<std::string, Location> colour_at;
  bool dividers = true;  ///< generate a divider card before each cluster's cards
  std::map<CardKind, SideLayout> kinds;
  Location at;
};

}  // namespace sterk
