#pragma once
// index.html: the deck as an accessible web page. One <h2> per cluster, every
// card an <article> with its title, text, tips and question, pictograms as
// inline SVG with their alt text, colours that pass WCAG AA, no JavaScript,
// and a print stylesheet.
#include <memory>
#include <string>

#include "render/deck_output.h"

namespace sterk {

/// `path` is index.html inside the staging folder.
std::unique_ptr<DeckOutput> make_html_output(const DeckContext& ctx, const std::string& path);

/// Card text (**bold**, line breaks) → HTML, escaped.
std::string card_html(const std::string& text);

/// An SVG file's text made into an inline image: role="img" with `alt` as its
/// name, or hidden from screen readers when `alt` is empty. "" when the file is
/// not a plain SVG (no <svg>, or scripts in it).
std::string inline_svg(const std::string& svg, const std::string& alt);

}  // namespace sterk
