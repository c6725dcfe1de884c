#include "render/picture_cache.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cstdio>

#include "layout/media.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

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

namespace {

std::string gerror_text(GError* e) {
  std::string s = e ? e->message : "unknown error";
  if (e) g_error_free(e);
  return s;
}

bool is_png(const std::string& file) { return ends_with(file, ".png"); }

// The part of the key that changes what the SVG looks like before it is sized.
std::string look_key(const FrameItem& item) {
  if (item.kind != FrameItem::pictogram) return item.file;
  char buf[48];
  std::snprintf(buf, sizeof buf, "|%s|%.4f", item.colour.hex().c_str(), item.stroke_width);
  return item.file + buf;
}

}  // namespace

void PictureCache::SurfaceFree::operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
void PictureCache::HandleFree::operator()(void* h) const { g_object_unref(h); }

const PictureCache::Parsed& PictureCache::parse_svg(const FrameItem& item) {
  const std::string key = look_key(item);
  auto found = parsed_.find(key);
  if (found != parsed_.end()) return found->second;
  Parsed& p = parsed_[key];
  // The reader layout (and so `sterk check`) used, with its limits: a file check
  // accepted draws here too (layout/media.h).
  SvgFile file;
  std::string problem;
  if (!load_svg(item.file, &file, &problem)) {
    p.error = tr("cannot read SVG '{}': {}", item.file, problem);
    return p;
  }
  std::string svg = std::move(file.text);
  ++files_parsed_;
  if (item.kind == FrameItem::pictogram) svg = recolour_svg(svg, item.colour, item.stroke_width);
  GError* gerr = nullptr;
  RsvgHandle* h = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &gerr);
  if (!h) p.error = tr("cannot read SVG '{}': {}", item.file, gerror_text(gerr));
  else p.handle.reset(h);
  return p;
}

const PictureCache::Entry& PictureCache::svg(const FrameItem& item) {
  char size[64];
  std::snprintf(size, sizeof size, "|%.4fx%.4f", item.content.w, item.content.h);
  const std::string key = look_key(item) + size;
  auto found = surfaces_.find(key);
  if (found != surfaces_.end()) return found->second;
  Entry& e = surfaces_[key];
  const Parsed& p = parse_svg(item);
  if (!p.handle) {
    e.error = p.error;
    return e;
  }
  // Recorded at its final size, so it replays as the same vectors on every card
  // (a PDF gets one form XObject; a PNG is rasterised at the card's resolution).
  cairo_rectangle_t extents{0, 0, item.content.w, item.content.h};
  cairo_surface_t* rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t* cr = cairo_create(rec);
  cairo_set_tolerance(cr, 0.01);
  RsvgRectangle viewport{0, 0, item.content.w, item.content.h};
  GError* gerr = nullptr;
  if (!rsvg_handle_render_document(static_cast<RsvgHandle*>(p.handle.get()), cr, &viewport, &gerr))
    e.error = tr("cannot draw SVG '{}': {}", item.file, gerror_text(gerr));
  cairo_destroy(cr);
  if (e.error.empty()) {
    e.surface.reset(rec);
    e.width = item.content.w;
    e.height = item.content.h;
  } else {
    cairo_surface_destroy(rec);
  }
  return e;
}

const PictureCache::Entry& PictureCache::png(const std::string& file) {
  auto found = surfaces_.find(file);
  if (found != surfaces_.end()) return found->second;
  Entry& e = surfaces_[file];
  int w = 0, h = 0;
  std::string problem;
  if (!read_png_size(file, &w, &h, &problem)) {  // the header first: no decode of a pixel bomb
    e.error = tr("cannot read PNG '{}': {}", file, problem);
    return e;
  }
  cairo_surface_t* img = cairo_image_surface_create_from_png(file.c_str());
  ++files_parsed_;
  if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(img);
    e.error = tr("cannot read PNG '{}'", file);
    return e;
  }
  e.surface.reset(img);
  e.width = cairo_image_surface_get_width(img);
  e.height = cairo_image_surface_get_height(img);
  return e;
}

bool PictureCache::draw(cairo_t* cr, const FrameItem& item, std::string* err) {
  const bool raster = item.kind == FrameItem::image && is_png(item.file);
  const Entry& e = raster ? png(item.file) : svg(item);
  if (!e.surface) {
    *err = e.error;
    return false;
  }
  cairo_save(cr);
  cairo_translate(cr, item.content.x, item.content.y);
  if (raster) cairo_scale(cr, item.content.w / e.width, item.content.h / e.height);
  cairo_set_source_surface(cr, e.surface.get(), 0, 0);
  cairo_rectangle(cr, 0, 0, e.width, e.height);
  cairo_fill(cr);
  cairo_restore(cr);
  return true;
}

}  // namespace sterk
