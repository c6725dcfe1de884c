#pragma once
// What the web deck shows of one card, read from the laid-out frames: the card
// fields the template puts on the print card (in print order, front then back),
// the labels the template prints with them ("Tips", "Praat erover"), the
// pictogram and the theme colour. The texts themselves are the card's own fields,
// so the web page and the print card cannot say different things.
#include <string>
#include <vector>

#include "layout/deck_plan.h"
#include "layout/frame.h"

namespace sterk {

struct WebField {
  std::string field;  ///< card.title | card.text | card.tips | card.question | card.quote | card.sources
  std::string label;  ///< HTML of the label printed with it, "" when none
};

struct WebCard {
  Card card;              ///< the card's fields as written (title, text, tips, question)
  std::string page;       ///< "kaart/<id>.html"; "" for the cover and dividers
  int number = 0;         ///< 1-based among the deck's content cards, 0 for other kinds
  std::string theme_id;   ///< cluster id, "" when the card has no theme
  std::string theme_label;
  Colour theme;           ///< the print colour of the card's theme (or the audience colour)
  std::vector<WebField> front, back;
  std::string pictogram_file;  ///< SVG path, "" when the card has no pictogram
  std::string pictogram_alt;
  Colour pictogram_colour;
  double pictogram_stroke = 0;
};

/// Reads one card's web content from its frames.
WebCard web_card(const DeckContext& ctx, const PlannedCard& card, const Frame& front, const Frame& back);

/// Pango markup of a label (escaped text, <b>) as HTML.
std::string label_html(const std::string& pango_markup);

/// The sentences of one line of card text (markup kept), for easy-read pages
/// where each sentence is its own line block.
std::vector<std::string> line_sentences(const std::string& line);

/// Card text without markup on one line, for meta descriptions and speech.
std::string plain_text(const std::string& card_text);

}  // namespace sterk
