#include "render/png_output.h"

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/draw.h"
#include "render/picture_cache.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {

void png_size(const Frame& f, int dpi, int* w, int* h, bool bleed) {
  double b = bleed ? f.bleed : 0;
  *w = static_cast<int>(std::lround((f.trim.w + 2 * b) * dpi / 72.0));
  *h = static_cast<int>(std::lround((f.trim.h + 2 * b) * dpi / 72.0));
}

uint32_t png_crc(const std::string& bytes) {
  static uint32_t table[256] = {0};
  if (table[1] == 0)
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      table[n] = c;
    }
  uint32_t c = 0xffffffffu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

namespace {

void put32(std::string* s, uint32_t v) {
  for (int shift : {24, 16, 8, 0}) s->push_back(static_cast<char>((v >> shift) & 0xff));
}

std::string chunk(const std::string& type, const std::string& data) {
  std::string out;
  put32(&out, static_cast<uint32_t>(data.size()));
  std::string body = type + data;
  out += body;
  put32(&out, png_crc(body));
  return out;
}

}  // namespace

std::string add_print_chunks(const std::string& png, int dpi) {
  // Signature (8 bytes), then IHDR: length (4) + type (4) + 13 bytes + CRC (4).
  const size_t after_ihdr = 8 + 4 + 4 + 13 + 4;
  if (png.size() < after_ihdr || png.compare(12, 4, "IHDR") != 0) return png;
  std::string phys, gama;
  uint32_t per_metre = static_cast<uint32_t>(std::lround(dpi / 0.0254));
  put32(&phys, per_metre);
  put32(&phys, per_metre);
  phys.push_back('\x01');  // unit: metre
  put32(&gama, 45455);     // 1/2.2, as the PNG spec asks beside sRGB for older readers
  return png.substr(0, after_ihdr) + chunk("sRGB", std::string(1, '\0')) + chunk("gAMA", gama) +
         chunk("pHYs", phys) + png.substr(after_ihdr);
}

namespace {

const int kOverviewColumns = 6;
const int kOverviewDpi = 40;  // thumbnails: a card is about 165 × 233 pixels
const int kOverviewGap = 16;
// Rows on one overview sheet: 120 cards, about 1100 × 5000 pixels. A single sheet
// for a deck of 787 cards would pass Cairo's 32 767-pixel limit, so big decks get
// overview-1.png, overview-2.png, … (docs/publishing.md).
const int kOverviewRows = 20;
const int kCardsPerSheet = kOverviewColumns * kOverviewRows;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Cairo's PNG plus the chunks print software reads: the resolution and sRGB.
// Written to a temporary name first, so a failure leaves no half file.
bool write_png(cairo_surface_t* s, int dpi, const std::string& path, std::string* err) {
  std::string png;
  cairo_status_t st = cairo_surface_write_to_png_stream(s, append, &png);
  if (st != CAIRO_STATUS_SUCCESS) {
    *err = tr("cannot write '{}': {}", path, cairo_status_to_string(st));
    return false;
  }
  return write_file_atomic(path, add_print_chunks(png, dpi), err);
}

// Draws the trim area of `f` (with its bleed when `bleed`) with its top-left
// corner at the origin, `dpi` pixels per inch.
bool draw_side(cairo_t* cr, const Frame& f, double dpi, bool bleed, PictureCache* pictures, std::string* err) {
  cairo_save(cr);
  double b = bleed ? f.bleed : 0;
  // The side fills its whole pixels exactly (png_size rounds; the scale differs from
  // dpi/72 by less than a pixel over the card), so no edge row is half painted.
  int w, h;
  png_size(f, static_cast<int>(dpi), &w, &h, bleed);
  cairo_scale(cr, w / (f.trim.w + 2 * b), h / (f.trim.h + 2 * b));
  cairo_translate(cr, -(f.trim.x - b), -(f.trim.y - b));
  cairo_rectangle(cr, f.trim.x - b, f.trim.y - b, f.trim.w + 2 * b, f.trim.h + 2 * b);
  cairo_clip(cr);
  DrawOptions o;
  o.pictures = pictures;
  bool ok = draw_frame(cr, f, o, err);
  cairo_restore(cr);
  return ok;
}

class PngOutput : public DeckOutput {
 public:
  PngOutput(const DeckContext& ctx, std::string dir, int dpi) : ctx_(ctx), dir_(std::move(dir)), dpi_(dpi) {}
  ~PngOutput() override {
    if (overview_cr_) cairo_destroy(overview_cr_);
    if (overview_) cairo_surface_destroy(overview_);
  }

  bool add_card(const PlannedCard& card, const Frame& front, const Frame& back, std::string* err) override {
    if (!made_dir_ && !(made_dir_ = make_dirs(dir_, err))) return false;
    for (const Frame* f : {&front, &back}) {
      int w, h;
      const bool bleed = ctx_.project->png.bleed;
      png_size(*f, dpi_, &w, &h, bleed);
      cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
      cairo_t* cr = cairo_create(s);
      bool ok = draw_side(cr, *f, dpi_, bleed, &pictures_, err);
      cairo_destroy(cr);
      std::string name = card.card.id.value + (f == &front ? "-front.png" : "-back.png");
      ok = ok && write_png(s, dpi_, path_join(dir_, name), err);
      cairo_surface_destroy(s);
      if (!ok) return false;
    }
    return add_to_overview(card, front, err);
  }

  bool finish(std::string* err) override {
    if (!overview_) {
      if (sheets_written_ > 0) return true;
      *err = tr("the deck has no cards to show");
      return false;
    }
    return write_sheet(err);
  }

 private:
  std::string sheet_name() const {
    return total_ <= kCardsPerSheet ? "overview.png" : "overview-" + std::to_string(sheets_written_ + 1) + ".png";
  }

  bool write_sheet(std::string* err) {
    cairo_surface_flush(overview_);
    bool ok = write_png(overview_, kOverviewDpi, path_join(dir_, sheet_name()), err);
    cairo_destroy(overview_cr_);
    cairo_surface_destroy(overview_);
    overview_cr_ = nullptr;
    overview_ = nullptr;
    ++sheets_written_;
    return ok;
  }

  bool add_to_overview(const PlannedCard& card, const Frame& front, std::string* err) {
    int w, h;
    png_size(front, kOverviewDpi, &w, &h);
    total_ = card.count;
    int i = card.number - 1, sheet = i / kCardsPerSheet, on_sheet = i % kCardsPerSheet;
    if (overview_ && sheet != sheets_written_ && !write_sheet(err)) return false;
    if (!overview_) {
      int left = card.count - sheet * kCardsPerSheet;
      int here = std::min(kCardsPerSheet, std::max(1, left));
      int columns = std::min(kOverviewColumns, here);
      int rows = (here + columns - 1) / columns;
      overview_ = cairo_image_surface_create(CAIRO_FORMAT_RGB24, columns * (w + kOverviewGap) + kOverviewGap,
                                             rows * (h + kOverviewGap) + kOverviewGap);
      if (cairo_surface_status(overview_) != CAIRO_STATUS_SUCCESS) {
        *err = tr("cannot make the overview picture: {}", cairo_status_to_string(cairo_surface_status(overview_)));
        return false;
      }
      overview_cr_ = cairo_create(overview_);
      cairo_set_source_rgb(overview_cr_, 0.9, 0.9, 0.9);
      cairo_paint(overview_cr_);
    }
    cairo_save(overview_cr_);
    cairo_translate(overview_cr_, kOverviewGap + (on_sheet % kOverviewColumns) * (w + kOverviewGap),
                    kOverviewGap + (on_sheet / kOverviewColumns) * (h + kOverviewGap));
    bool ok = draw_side(overview_cr_, front, kOverviewDpi, false, &pictures_, err);
    cairo_restore(overview_cr_);
    return ok;
  }

  const DeckContext& ctx_;
  std::string dir_;
  int dpi_;
  bool made_dir_ = false;
  PictureCache pictures_;
  cairo_surface_t* overview_ = nullptr;
  cairo_t* overview_cr_ = nullptr;
  int sheets_written_ = 0;  ///< overview sheets already written; the one being drawn is the next
  int total_ = 0;           ///< printed cards in the deck
};

}  // namespace

std::unique_ptr<DeckOutput> make_png_output(const DeckContext& ctx, const std::string& dir, int dpi) {
  return std::make_unique<PngOutput>(ctx, dir, dpi);
}

}  // namespace sterk
