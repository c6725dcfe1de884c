// Compares a rendered PNG with its reference image the way a person would: a pixel
// differs when one of its colour channels (after compositing on white) is off by more
// than THRESHOLD of 255; the images match when at most MAX_PERCENT of the pixels differ
// and the sizes are equal. On a mismatch it writes DIFF.png: the reference faded to
// grey with every differing pixel in red, so the change is easy to find.
//
//   sterk_image_diff GOT.png WANT.png DIFF.png [THRESHOLD=48] [MAX_PERCENT=0.5]
//
// Exit 0: match; 1: mismatch (one line says how much); 2: an image cannot be read.
#include <cairo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace {

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

struct Rgb {
  int width = 0, height = 0;
  std::vector<unsigned char> px;  // 3 bytes a pixel, composited on white
};

bool load(const char* path, Rgb* out) {
  Surface png(cairo_image_surface_create_from_png(path));
  if (cairo_surface_status(png.get()) != CAIRO_STATUS_SUCCESS) return false;
  int w = cairo_image_surface_get_width(png.get()), h = cairo_image_surface_get_height(png.get());
  Surface flat(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h));
  cairo_t* cr = cairo_create(flat.get());
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_surface(cr, png.get(), 0, 0);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_flush(flat.get());
  const unsigned char* data = cairo_image_surface_get_data(flat.get());
  int stride = cairo_image_surface_get_stride(flat.get());
  out->width = w;
  out->height = h;
  out->px.resize(static_cast<size_t>(w) * h * 3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint32_t v = *reinterpret_cast<const uint32_t*>(data + y * stride + x * 4);
      unsigned char* p = &out->px[(static_cast<size_t>(y) * w + x) * 3];
      p[0] = (v >> 16) & 0xff, p[1] = (v >> 8) & 0xff, p[2] = v & 0xff;
    }
  return true;
}

bool write_diff(const char* path, const Rgb& want, const std::vector<char>& differs) {
  Surface s(cairo_image_surface_create(CAIRO_FORMAT_RGB24, want.width, want.height));
  cairo_surface_flush(s.get());
  unsigned char* data = cairo_image_surface_get_data(s.get());
  int stride = cairo_image_surface_get_stride(s.get());
  for (int y = 0; y < want.height; ++y)
    for (int x = 0; x < want.width; ++x) {
      size_t i = static_cast<size_t>(y) * want.width + x;
      const unsigned char* p = &want.px[i * 3];
      int grey = 170 + (p[0] + p[1] + p[2]) / 9;  // the reference, faded
      uint32_t v = differs[i] ? 0xff0000u : (uint32_t(grey) << 16 | uint32_t(grey) << 8 | uint32_t(grey));
      *reinterpret_cast<uint32_t*>(data + y * stride + x * 4) = v;
    }
  cairo_surface_mark_dirty(s.get());
  return cairo_surface_write_to_png(s.get(), path) == CAIRO_STATUS_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: sterk_image_diff GOT.png WANT.png DIFF.png [THRESHOLD] [MAX_PERCENT]\n");
    return 2;
  }
  int threshold = argc > 4 ? std::atoi(argv[4]) : 48;
  double max_percent = argc > 5 ? std::atof(argv[5]) : 0.5;
  Rgb got, want;
  if (!load(argv[1], &got)) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  if (!load(argv[2], &want)) {
    std::fprintf(stderr, "cannot read the reference %s (make rebase writes it)\n", argv[2]);
    return 2;
  }
  if (got.width != want.width || got.height != want.height) {
    std::printf("%s: %d x %d pixels, the reference is %d x %d\n", argv[1], got.width, got.height, want.width,
                want.height);
    return 1;
  }
  std::vector<char> differs(static_cast<size_t>(want.width) * want.height, 0);
  size_t count = 0;
  for (size_t i = 0; i < differs.size(); ++i) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(got.px[i * 3 + c]) - int(want.px[i * 3 + c])));
    if (worst > threshold) differs[i] = 1, ++count;
  }
  double percent = 100.0 * count / differs.size();
  bool ok = percent <= max_percent;
  std::printf("%s: %.3f%% of the pixels differ by more than %d/255 (allowed %.3g%%)%s\n", argv[1], percent,
              threshold, max_percent, ok ? "" : ": MISMATCH");
  if (ok) return 0;
  if (!write_diff(argv[3], want, differs)) std::fprintf(stderr, "cannot write %s\n", argv[3]);
  else std::printf("  difference image (red = differs): %s\n", argv[3]);
  return 1;
}
