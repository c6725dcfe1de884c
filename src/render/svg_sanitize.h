#pragma once
// SVG that goes into a web page (index.html, the card pages) passes an allow-list:
// only elements and attributes that draw survive. No script, event handlers
// (on…), <style>, <foreignObject>, <image>, links, animation, external or
// `javascript:` references, entities or doctype (SPEC §9). Anything not on the
// list is dropped with its content, so an unknown trick fails closed.
#include <string>

namespace sterk {

/// The drawing of `svg` rebuilt from allowed parts only: one <svg> element with
/// escaped attribute values and text, preceded by the file's first comment when
/// it comes before <svg> (the licence line of Lucide and OpenMoji). "" when there
/// is no <svg> element or the markup cannot be followed.
std::string sanitize_svg(const std::string& svg);

/// `data:image/svg+xml;base64,…` of the sanitised drawing, for <img src>; "" as above.
std::string svg_data_url(const std::string& svg);

}  // namespace sterk
