#include "render/draw.h"

#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <map>

#include "layout/fonts.h"
#include "layout/text_fit.h"
#include "util/files.h"

namespace sterk {
namespace {

void set_colour(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

bool draw_svg(cairo_t* cr, const FrameItem& item, std::string* err) {
  std::string svg;
  if (!read_file(item.file, &svg, err)) return false;
  if (item.kind == FrameItem::pictogram) svg = recolour_svg(svg, item.colour, item.stroke_width);
  GError* gerr = nullptr;
  RsvgHandle* h = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &gerr);
  if (!h) {
    *err = "cannot read SVG '" + item.file + "': " + (gerr ? gerr->message : "unknown error");
    if (gerr) g_error_free(gerr);
    return false;
  }
  RsvgRectangle viewport{item.content.x, item.content.y, item.content.w, item.content.h};
  bool ok = rsvg_handle_render_document(h, cr, &viewport, &gerr);
  if (!ok) {
    *err = "cannot draw SVG '" + item.file + "': " + (gerr ? gerr->message : "unknown error");
    if (gerr) g_error_free(gerr);
  }
  g_object_unref(h);
  return ok;
}

bool draw_png(cairo_t* cr, const FrameItem& item, std::string* err) {
  cairo_surface_t* img = cairo_image_surface_create_from_png(item.file.c_str());
  if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(img);
    *err = "cannot read PNG '" + item.file + "'";
    return false;
  }
  double iw = cairo_image_surface_get_width(img), ih = cairo_image_surface_get_height(img);
  cairo_save(cr);
  cairo_translate(cr, item.content.x, item.content.y);
  cairo_scale(cr, item.content.w / iw, item.content.h / ih);
  cairo_set_source_surface(cr, img, 0, 0);
  cairo_rectangle(cr, 0, 0, iw, ih);
  cairo_fill(cr);
  cairo_restore(cr);
  cairo_surface_destroy(img);
  return true;
}

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
  PangoLayout* l = make_layout(label);
  PangoRectangle ink, logical;
  pango_layout_get_extents(l, &ink, &logical);
  double w = logical.width / double(PANGO_SCALE), h = logical.height / double(PANGO_SCALE);
  if (tag) {
    cairo_set_source_rgba(cr, 1, 1, 1, 0.85);
    cairo_rectangle(cr, x, y, w + 2, h);
    cairo_fill(cr);
  }
  cairo_set_source_rgb(cr, r, g, b);
  cairo_move_to(cr, x + 1, y);
  pango_cairo_show_layout(cr, l);
  g_object_unref(l);
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

// Pictograms use currentColor (Lucide and Tabler do); we colour them by replacing it.
std::string recolour_svg(std::string svg, const Colour& c, double stroke_width) {
  const std::string hex = c.hex();
  for (size_t p = svg.find("currentColor"); p != std::string::npos; p = svg.find("currentColor", p + hex.size()))
    svg.replace(p, 12, hex);
  if (stroke_width > 0) {
    const std::string key = "stroke-width=\"";
    size_t p = svg.find(key);
    if (p != std::string::npos) {
      size_t e = svg.find('"', p + key.size());
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.2f", stroke_width);
      svg.replace(p + key.size(), e - p - key.size(), buf);
    }
  }
  return svg;
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
  bool ok = true;
  for (const FrameItem& it : f.items) {
    switch (it.kind) {
      case FrameItem::rect:
        set_colour(cr, it.colour);
        rounded_rect(cr, it.box, it.radius_pt);
        cairo_fill(cr);
        break;
      case FrameItem::text_box: {
        PangoLayout* layout = make_layout(it.text);
        set_colour(cr, it.colour);
        // The layout is as wide as its box; alignment happens inside it.
        cairo_move_to(cr, it.box.x, it.content.y);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
        break;
      }
      case FrameItem::pictogram: ok = draw_svg(cr, it, err) && ok; break;
      case FrameItem::image:
        ok = (it.file.size() > 4 && it.file.compare(it.file.size() - 4, 4, ".png") == 0 ? draw_png(cr, it, err)
                                                                                        : draw_svg(cr, it, err)) && ok;
        break;
    }
  }
  cairo_restore(cr);
  if (o.guides) draw_guides(cr, f);
  return ok;
}

}  // namespace sterk
