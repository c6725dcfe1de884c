#include "render/preview.h"

#include <cairo.h>

#include <cmath>

#include "render/draw.h"
#include "render/picture_cache.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {
namespace {

// The part of a frame an image shows: the page with bleed for guides, else the trim.
Rect shown_area(const Frame& f, bool guides) { return guides ? Rect{0, 0, f.width, f.height} : f.trim; }

void rounded_clip(cairo_t* cr, const Rect& r, double radius) {
  rounded_rect(cr, r, radius);
  cairo_clip(cr);
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

bool render_preview(const std::vector<Frame>& frames, const PreviewOptions& o, std::string* png, std::string* err) {
  if (frames.empty()) {
    *err = tr("nothing to preview");
    return false;
  }
  double width_pt = 0, height_pt = 0;
  for (const Frame& f : frames) {
    Rect a = shown_area(f, o.guides);
    width_pt += a.w;
    height_pt = std::max(height_pt, a.h);
  }
  width_pt += kPreviewGap * (frames.size() - 1);
  const double scale = o.dpi / 72.0;
  int w = static_cast<int>(std::ceil(width_pt * scale - 1e-6));
  int h = static_cast<int>(std::ceil(height_pt * scale - 1e-6));
  if (w <= 0 || h <= 0 || w > 20000 || h > 20000) {
    *err = tr("a preview of {} x {} pixels is not possible; use another --dpi", w, h);
    return false;
  }
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
  cairo_t* cr = cairo_create(surface);
  // A neutral grey behind the cards (rounded corners, the gap between sides),
  // opaque so every viewer shows the same picture.
  cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  PictureCache pictures;
  bool ok = true;
  double x = 0;
  for (const Frame& f : frames) {
    Rect a = shown_area(f, o.guides);
    cairo_save(cr);
    cairo_translate(cr, x - a.x, -a.y);
    if (!o.guides) rounded_clip(cr, f.trim, f.corner_radius);
    DrawOptions d;
    d.guides = o.guides;
    d.pictures = &pictures;
    ok = draw_frame(cr, f, d, err) && ok;
    cairo_restore(cr);
    x += a.w + kPreviewGap;
  }
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  png->clear();
  cairo_status_t st = cairo_surface_write_to_png_stream(surface, append_bytes, png);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS) {
    *err = tr("cannot encode the preview: {}", cairo_status_to_string(st));
    return false;
  }
  return ok;
}

bool write_preview(const std::vector<Frame>& frames, const PreviewOptions& o, const std::string& path,
                   std::string* err) {
  std::string png;
  if (!render_preview(frames, o, &png, err)) return false;
  std::string dir = path_dirname(path);
  if (!dir.empty() && !make_dirs(dir, err)) return false;
  return write_file_atomic(path, png, err);
}

}  // namespace sterk
