#include "render/pages_pdf.h"

#include <cairo.h>

#include "render/cairo_pdf.h"
#include "render/draw.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {

bool write_pages_pdf(const std::vector<Frame>& pages, const PdfDocumentInfo& info,
                     const std::vector<PdfOutlineEntry>& outline, const std::string& path, std::string* err) {
  if (pages.empty()) {
    *err = tr("'{}' would have no pages", path);
    return false;
  }
  CairoPdf pdf(path);
  if (!pdf.open(pages.front().width, pages.front().height, err)) return false;
  std::vector<PdfPageInfo> labels;
  DrawOptions options;
  for (size_t i = 0; i < pages.size(); ++i) {
    pdf.set_page_size(pages[i].width, pages[i].height);
    if (!draw_frame(pdf.cr(), pages[i], options, err)) return false;
    cairo_show_page(pdf.cr());
    labels.push_back({std::to_string(i + 1), 0, pages[i].width, pages[i].height});
  }
  std::string raw, done;
  if (!pdf.close(&raw, err) || !finish_pdf(raw, info, labels, outline, &done, err)) return false;
  return write_file_atomic(path, done, err);
}

std::vector<std::pair<int, int>> booklet_sides(int pages) {
  int n = (pages + 3) / 4 * 4;
  std::vector<std::pair<int, int>> sides;
  auto page = [&](int i) { return i < pages ? i : -1; };
  for (int k = 0; k < n / 4; ++k) {
    sides.push_back({page(n - 1 - 2 * k), page(2 * k)});
    sides.push_back({page(2 * k + 1), page(n - 2 - 2 * k)});
  }
  return sides;
}

bool write_booklet_pdf(const std::vector<Frame>& pages, const PdfDocumentInfo& document, const std::string& path,
                       std::string* err) {
  // Landscape sides of a booklet turn over on their short edge; actual size.
  PdfDocumentInfo info = document;
  info.duplex = PdfDocumentInfo::short_edge;
  if (pages.empty()) {
    *err = tr("'{}' would have no pages", path);
    return false;
  }
  const double a4_w = 841.89, a4_h = 595.276;  // landscape: two A5 pages side by side
  CairoPdf pdf(path);
  if (!pdf.open(a4_w, a4_h, err)) return false;
  std::vector<PdfPageInfo> labels;
  DrawOptions options;
  std::vector<std::pair<int, int>> sides = booklet_sides(static_cast<int>(pages.size()));
  for (size_t s = 0; s < sides.size(); ++s) {
    cairo_t* cr = pdf.cr();
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    int halves[2] = {sides[s].first, sides[s].second};
    for (int h = 0; h < 2; ++h) {
      if (halves[h] < 0) continue;
      const Frame& f = pages[static_cast<size_t>(halves[h])];
      cairo_save(cr);
      cairo_translate(cr, h * a4_w / 2 + (a4_w / 2 - f.width) / 2, (a4_h - f.height) / 2);
      bool ok = draw_frame(cr, f, options, err);
      cairo_restore(cr);
      if (!ok) return false;
    }
    cairo_show_page(cr);
    auto name = [](int p) { return p < 0 ? std::string("leeg") : std::to_string(p + 1); };
    labels.push_back({"vel " + std::to_string(s / 2 + 1) + (s % 2 ? " achter " : " voor ") + name(halves[0]) + "+" +
                          name(halves[1]),
                      0, a4_w, a4_h});
  }
  std::string raw, done;
  if (!pdf.close(&raw, err) || !finish_pdf(raw, info, labels, {}, &done, err)) return false;
  return write_file_atomic(path, done, err);
}

}  // namespace sterk
