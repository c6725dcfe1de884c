#pragma once
// Long-form layout: a document as a list of blocks (headings, paragraphs, lists,
// tables, card thumbnails, pictograms, writing lines, page breaks, a table of
// contents) flowed over pages of one page style. The result is frames, one per
// page, that the card renderers draw unchanged.
//
// Rules a reader notices: a heading is never the last thing on a page (it goes
// with at least the first two lines of what follows); a paragraph split across
// pages keeps at least two lines on each page (no widows or orphans); table rows
// and rows of card thumbnails are never split, and a table's header row is
// repeated on the next page; the table of contents shows the pages where the
// headings landed (layout runs again until the numbers no longer change).
// Nothing here knows about training modules: module → blocks is layout/module_blocks.
#include <string>
#include <vector>

#include "layout/frame.h"
#include "model/template.h"

namespace sterk {

struct PageStyle {
  double width_pt = 595.276, height_pt = 841.89;  ///< A4 portrait
  double margin_top = 62, margin_bottom = 62;     ///< text area; head and number sit in the margins
  double margin_inner = 62, margin_outer = 62;
  bool mirror = false;  ///< facing pages (a booklet): inner margin on the left of odd pages
  std::string family = "Atkinson Hyperlegible";
  double body_pt = 10.5;
  double line_spacing = 1.4;
  double heading_pt[4] = {26, 18, 13.5, 11.5};  ///< level 0 = document title, 1..3
  Colour ink{0.10, 0.10, 0.12};
  Colour accent{0.05, 0.33, 0.45};
  Colour muted{0.33, 0.33, 0.36};
  Colour rule{0.70, 0.72, 0.75};
  Colour shade{0.90, 0.94, 0.96};  ///< table header and boxed paragraphs
  std::string running_head;        ///< left of the running head, e.g. the document's title
  int first_decorated_page = 2;    ///< pages before this (1-based) have no head and no number
  double thumbnail_mm = 30;        ///< width of a card thumbnail
};

static inline PageStyle a4_page() { return PageStyle{}; }
/// A5 portrait with mirrored margins, for booklets.
PageStyle a5_page();

struct FlowBlock {
  enum Kind { heading, paragraph, bullets, numbered, table, card_row, pictogram, page_break, lines, toc, spacer };
  Kind kind = paragraph;
  int level = 1;              ///< heading: 0 (title, not in contents) .. 3
  bool in_toc = true;         ///< heading: listed in the table of contents (levels 1 and 2)
  std::string text;           ///< heading, paragraph: card markup (**bold**, line breaks)
  bool boxed = false;         ///< paragraph: on a shaded panel, never split
  bool small = false;         ///< paragraph: smaller, muted (captions, notes)
  std::vector<std::string> items;              ///< bullets, numbered
  std::vector<double> columns;                 ///< table: column widths as parts of the text width
  std::vector<std::vector<std::string>> rows;  ///< table: cells (card markup); row 0 is the header
  std::vector<std::shared_ptr<const Frame>> cards;  ///< card_row: card sides to show as thumbnails
  std::vector<std::string> captions;           ///< card_row: one caption each
  std::string file;           ///< pictogram: SVG path
  std::string alt;            ///< pictogram: text alternative
  double size_pt = 0;         ///< pictogram: size; spacer: height
  int count = 0;              ///< lines: number of writing lines
  Location source;            ///< where its text was written, for diagnostics
};

/// Where each piece of a block landed: tests and callers read the layout from this.
struct PlacedPiece {
  size_t block = 0;
  FlowBlock::Kind kind = FlowBlock::paragraph;
  int page = 0;      ///< 1-based
  int lines = 0;     ///< paragraph pieces: lines on this page
  bool split = false;  ///< paragraph: this block was split over pages
};

struct PlacedHeading {
  std::string text;
  int level = 1;
  int page = 0;  ///< 1-based
};

struct FlowResult {
  std::vector<Frame> pages;
  std::vector<PlacedPiece> pieces;       ///< in reading order
  std::vector<PlacedHeading> headings;   ///< every heading, where it landed
  std::vector<PlacedHeading> toc;        ///< the contents as printed (page = the number shown)
  int passes = 0;                        ///< layout passes until the contents were right
};

/// Flows `blocks` over pages of `style`. `name` is the frames' card_id (for messages).
FlowResult flow_document(const std::vector<FlowBlock>& blocks, const PageStyle& style, const std::string& name);

}  // namespace sterk
