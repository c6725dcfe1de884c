#include "render/draw.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <map>

#include "layout/fonts.h"
#include "layout/text_fit.h"
#include "render/picture_cache.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {
namespace {

void set_colour(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// Guides for designers (sterk preview --guides). Colours: the bleed zone is
// tinted red with a red edge, the trim line is black, the safe area is a green
// dashed line, element boxes are blue dashed lines with the element's name in a
// tag; a text box whose text does not fit is drawn in red.
void guide_label(cairo_t* cr, const std::string& text, double x, double y, double size, double r, double g,
                 double b, bool tag) {
  TextBlock label;
  char* escaped = g_markup_escape_text(text.c_str(), -1);
  label.markup = escaped;
  g_free(escaped);
  std::vector<std::string> families = font_families();
  label.family = families.empty() ? "sans" : families.front();
  label.weight = "bold";
  label.size_pt = size;
  label.line_height_pt = size * 1.2;
  label.width_pt = 400;
  auto shaped = ShapedText::shape(label);
  double w = shaped->width(), h = shaped->height();
  if (tag) {
    cairo_set_source_rgba(cr, 1, 1, 1, 0.85);
    cairo_rectangle(cr, x, y, w + 2, h);
    cairo_fill(cr);
  }
  cairo_set_source_rgb(cr, r, g, b);
  draw_shaped_text(cr, *shaped, x + 1, y);
}

void draw_guides(cairo_t* cr, const Frame& f) {
  cairo_save(cr);
  cairo_set_dash(cr, nullptr, 0, 0);
  // The bleed zone: everything outside the trim line is cut away.
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle(cr, 0, 0, f.width, f.height);
  cairo_rectangle(cr, f.trim.x, f.trim.y, f.trim.w, f.trim.h);
  cairo_set_source_rgba(cr, 0.9, 0.1, 0.1, 0.18);
  cairo_fill(cr);
  cairo_set_line_width(cr, 0.5);
  auto box = [&](const Rect& r, double red, double green, double blue, double dash) {
    cairo_set_source_rgb(cr, red, green, blue);
    double d[] = {dash, dash};
    cairo_set_dash(cr, d, dash > 0 ? 2 : 0, 0);
    cairo_rectangle(cr, r.x, r.y, r.w, r.h);
    cairo_stroke(cr);
  };
  box({0.25, 0.25, f.width - 0.5, f.height - 0.5}, 0.85, 0.1, 0.1, 0);  // bleed edge
  box(f.trim, 0, 0, 0, 0);                                              // trim line
  box(f.safe, 0.1, 0.55, 0.1, 3);                                       // safe area
  // Element boxes, each once (a list has one item per paragraph, all in one box).
  std::vector<std::pair<std::string, Rect>> drawn;
  for (const auto& it : f.items) {
    bool seen = false;
    for (const auto& d : drawn)
      seen = seen || (d.first == it.element && d.second.x == it.box.x && d.second.y == it.box.y &&
                      d.second.w == it.box.w && d.second.h == it.box.h);
    if (seen) continue;
    drawn.push_back({it.element, it.box});
    // Full-bleed shapes would hide the trim line under their own guide.
    if (it.kind == FrameItem::rect && it.box.x <= 0.01 && it.box.y <= 0.01 && it.box.w >= f.width - 0.02 &&
        it.box.h >= f.height - 0.02)
      box({it.box.x + 1, it.box.y + 1, it.box.w - 2, it.box.h - 2}, 0.1, 0.3, 0.9, 1.5);
    else if (it.overflows)
      box(it.box, 0.85, 0.1, 0.1, 1.5);
    else
      box(it.box, 0.1, 0.3, 0.9, 1.5);
    double lx = std::max(it.box.x, 0.0), ly = std::max(it.box.y, 0.0);
    if (it.overflows) guide_label(cr, it.element + " (does not fit)", lx, ly, 4.5, 0.85, 0.1, 0.1, true);
    else guide_label(cr, it.element, lx, ly, 4.5, 0.1, 0.3, 0.9, true);
  }
  // What the lines are, in the bleed below the card.
  char legend[160];
  std::snprintf(legend, sizeof legend, "bleed %.0f mm \u00b7 trim %.0f \u00d7 %.0f mm \u00b7 safe %.0f mm",
                f.bleed * 25.4 / 72, f.trim.w * 25.4 / 72, f.trim.h * 25.4 / 72, (f.safe.x - f.trim.x) * 25.4 / 72);
  guide_label(cr, legend, f.trim.x, f.trim.bottom() + std::max(0.0, (f.bleed - 5 * 1.2) / 2), 5, 0.6, 0.05, 0.05,
              false);
  cairo_restore(cr);
}

}  // namespace

void draw_shaped_text(cairo_t* cr, const ShapedText& text, double x, double y) {
  // The layout was shaped and broken into lines when it was made; showing it walks
  // those lines and their glyph runs (Pango checks the lines exist and does not
  // itemise or shape again). Drawing the whole paragraph in one call, rather than
  // line by line, keeps every glyph position exactly as Pango computed it (a
  // cairo_move_to per line would round each line's origin to 1/256 pt).
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, text.pango());
}

void rounded_rect(cairo_t* cr, const Rect& r, double radius) {
  if (radius <= 0) {
    cairo_rectangle(cr, r.x, r.y, r.w, r.h);
    return;
  }
  radius = std::min(radius, std::min(r.w, r.h) / 2);
  cairo_new_sub_path(cr);
  cairo_arc(cr, r.right() - radius, r.y + radius, radius, -M_PI / 2, 0);
  cairo_arc(cr, r.right() - radius, r.bottom() - radius, radius, 0, M_PI / 2);
  cairo_arc(cr, r.x + radius, r.bottom() - radius, radius, M_PI / 2, M_PI);
  cairo_arc(cr, r.x + radius, r.y + radius, radius, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

bool draw_frame(cairo_t* cr, const Frame& f, const DrawOptions& o, std::string* err) {
  cairo_save(cr);
  if (o.clip_to_trim) {
    cairo_rectangle(cr, f.trim.x, f.trim.y, f.trim.w, f.trim.h);
    cairo_clip(cr);
  }
  if (o.paper) {
    set_colour(cr, f.paper);
    cairo_rectangle(cr, 0, 0, f.width, f.height);
    cairo_fill(cr);
  }
  PictureCache local;  // a one-off drawing without a cache of its own
  PictureCache& pictures = o.pictures ? *o.pictures : local;
  bool ok = true;
  for (const FrameItem& it : f.items) {
    switch (it.kind) {
      case FrameItem::rect:
        set_colour(cr, it.colour);
        rounded_rect(cr, it.box, it.radius_pt);
        cairo_fill(cr);
        break;
      case FrameItem::text_box:
        if (!it.shaped) {
          *err = tr("text of '{}' was not laid out", it.element);
          ok = false;
          break;
        }
        set_colour(cr, it.colour);
        // The lines are as wide as the box; alignment is already inside them.
        draw_shaped_text(cr, *it.shaped, it.box.x, it.content.y);
        break;
      case FrameItem::pictogram:
      case FrameItem::image: ok = pictures.draw(cr, it, err) && ok; break;
      case FrameItem::thumbnail: {
        // The card's own frame, scaled so its trim fills the box; the bleed is cut off.
        if (!it.card || it.card->trim.w <= 0) break;
        const Frame& c = *it.card;
        double scale = it.box.w / c.trim.w;
        cairo_save(cr);
        cairo_translate(cr, it.box.x, it.box.y);
        cairo_scale(cr, scale, scale);
        cairo_translate(cr, -c.trim.x, -c.trim.y);
        DrawOptions inner;
        inner.clip_to_trim = true;
        inner.pictures = &pictures;  // a pictogram on many thumbnails is embedded once
        ok = draw_frame(cr, c, inner, err) && ok;
        cairo_restore(cr);
        break;
      }
    }
  }
  cairo_restore(cr);
  if (o.guides) draw_guides(cr, f);
  return ok;
}

}  // namespace sterk
