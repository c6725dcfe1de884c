#pragma once
// The web deck (SPEC §12, docs/publishing.md): index.html (themes and cards as a
// grid), kaart/<card id>.html per card, made from the same laid-out frames as
// print; beside them the fonts, pictograms, stylesheet, script, service worker,
// web app manifest and favicon. Works without JavaScript.
#include <memory>
#include <string>

#include "render/deck_output.h"

namespace sterk {

/// `path` is index.html inside the staging folder; `link_png`: the build also
/// writes png/ (the cards' Open Graph images).
std::unique_ptr<DeckOutput> make_html_output(const DeckContext& ctx, const std::string& path, bool link_png);

/// Card text (**bold**, line breaks) → HTML, escaped.
std::string card_html(const std::string& text);

/// An SVG file's text made into an inline image: role="img" with `alt` as its
/// name, or hidden from screen readers when `alt` is empty. "" when the file is
/// not a plain SVG (no <svg>, or scripts in it).
std::string inline_svg(const std::string& svg, const std::string& alt);

}  // namespace sterk
