#include "render/draw.h"

#include <cairo.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <map>

#include "layout/text_fit.h"
#include "util/files.h"

namespace sterk {
namespace {

void set_colour(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

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

void draw_guides(cairo_t* cr, const Frame& f) {
  PangoContext* ctx = nullptr;
  (void)ctx;
  cairo_save(cr);
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
  box(f.safe, 0.1, 0.5, 0.1, 3);                                        // safe area
  for (const auto& it : f.items) {
    box(it.box, 0.1, 0.3, 0.9, 1.5);
    TextBlock label;
    label.markup = it.element;
    label.family = "Atkinson Hyperlegible";
    label.size_pt = 5;
    label.line_height_pt = 6;
    label.width_pt = std::max(20.0, it.box.w);
    PangoLayout* l = make_layout(label);
    cairo_set_source_rgb(cr, 0.1, 0.3, 0.9);
    cairo_move_to(cr, it.box.x + 1, it.box.y + 0.5);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
  }
  cairo_restore(cr);
}

}  // namespace

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
