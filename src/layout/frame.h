#pragma once
// The result of layout: one page (a card side, or a page of a long-form module)
// as a list of positioned items. Every exporter (print PDF, sheets, PNG, preview,
// module pages) only walks frames: text arrives shaped (ShapedText, glyph runs in
// lines), pictures as a file plus the area to fill, shapes as boxes and colours.
// Nothing in a frame points back into layout's state, so frames can be kept,
// copied and drawn in any order.
#include <memory>
#include <string>
#include <vector>

#include "layout/shaped_text.h"

#include "model/diagnostic.h"
#include "model/template.h"

namespace sterk {

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  ///< points
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  bool contains(const Rect& o, double tolerance = 0.01) const {
    return o.x >= x - tolerance && o.y >= y - tolerance && o.right() <= right() + tolerance &&
           o.bottom() <= bottom() + tolerance;
  }
};

/// What a paragraph of text was shaped from (the input of ShapedText::shape):
/// kept in the frame for guides, messages and tests; renderers draw the ShapedText.
struct TextBlock {
  std::string markup;  ///< Pango markup (only <b> and line breaks)
  std::string family;
  std::string weight;  ///< regular | bold
  double size_pt = 12;
  double line_height_pt = 16;
  double width_pt = 100;   ///< wrap width
  double indent_pt = 0;    ///< hanging indent for list items (bullet + tab)
  std::string align = "left";
};

struct Frame;

struct FrameItem {
  /// thumbnail: a whole card side (`card`) drawn scaled into `box` (its trim area), as
  /// vectors, e.g. a thumbnail in a trainer's guide.
  enum Kind { rect, text_box, pictogram, image, thumbnail };
  Kind kind = rect;
  std::string element;  ///< template element name, for guides and messages
  Rect box;             ///< the element's box (pt, page coordinates)
  Rect content;         ///< text: the laid-out text's extent; images: the drawn area
  Colour colour;        ///< fill or ink
  double radius_pt = 0;
  TextBlock text;       ///< text: what it was shaped from
  /// text: the shaped lines, drawn with their top-left corner at (box.x, content.y)
  /// (the lines are as wide as the box; alignment is already inside them).
  std::shared_ptr<const ShapedText> shaped;
  std::string file;     ///< pictogram / image: path of the SVG or PNG
  double stroke_width = 0;  ///< pictogram stroke override
  std::string alt;      ///< pictogram: text alternative
  Location source;      ///< where its content was written (card field or template element)
  Location element_at;  ///< the template element that placed it (for problems of the template)
  Location colour_at;   ///< where its colour was written (the element's key or the template's colour)
  std::string colour_name;  ///< the template colour it uses ("ink", "audience.jongere"), "" for its own "#rrggbb"
  bool overflows = false;  ///< text: did not fit its box (already reported as layout/overflow)
  std::shared_ptr<const Frame> card;  ///< card: the card side, laid out as for its deck
  /// Text: the card field it shows ("card.title", "card.text", "card.tips",
  /// "card.question"), or "" for text the template writes. The web page reads a
  /// card's content from these, so print and web show the same things.
  std::string field;
  /// Text the template writes that is drawn only when a card field is there
  /// (`when: card.question`): the label of that field on print, e.g. "Praat erover".
  std::string label_for;
};

struct Frame {
  std::string card_id;  ///< card id, or the module page's name
  std::string side;  ///< front | back (cards), page (modules)
  double width = 0, height = 0;  ///< page size in pt, bleed included
  double bleed = 0;
  Rect trim, safe;
  double corner_radius = 0;
  Colour paper;
  std::vector<FrameItem> items;
};

}  // namespace sterk
