#pragma once
// Template + card → frames (front and back), and the preflight findings that
// only layout can know: overflow, missing glyphs, font fallback, broken words,
// text outside the safe area, low contrast, low-resolution images, bad paths.
#include <string>

#include "layout/deck_plan.h"
#include "layout/frame.h"
#include "model/diagnostic.h"

namespace sterk {

/// Lays out one side ("front" or "back") of a planned card. Problems go to *diags.
Frame layout_side(const DeckContext& ctx, const PlannedCard& card, const std::string& side,
                  Diagnostics* diags);

/// Expands {deck.title}, {card.number}, … in `text`. Unknown names are reported
/// at `where` and left as written. *source gets the location of the card field
/// when the text is exactly one card field, so problems point at the card.
std::string expand_placeholders(const std::string& text, const DeckContext& ctx, const PlannedCard& card,
                                const Location& where, Location* source, Diagnostics* diags);

/// The card's own web page inside the deck folder ("kaart/<id>.html"), or ""
/// for cards without one (the cover and dividers: they are the start page).
std::string web_page(const Card& card);
/// {card.url}: web.base_url + "<deck id>/" + web_page(card); "" without web.base_url.
std::string card_url(const DeckContext& ctx, const PlannedCard& card);

/// A template colour reference ("#rrggbb", "audience", "cluster", "ink", …) for one
/// card, as layout paints it; the web page uses it for the same theme colours.
Colour resolve_colour(const std::string& ref, const DeckContext& ctx, const PlannedCard& card);

/// The names {…} may use, for docs and "did you mean".
const std::vector<std::string>& placeholder_names();

/// WCAG 2 contrast ratio between two colours (1..21).
double contrast_ratio(const Colour& a, const Colour& b);

}  // namespace sterk
