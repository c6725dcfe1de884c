#include "render/report_flow.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>

#include "layout/fonts.h"
#include "util/files.h"
#include "util/messages.h"

namespace sterk {
namespace {

const double kW = 595.28, kH = 841.89, kMargin = 56, kTop = 60, kBottom = kH - 64;
const double kTextW = kW - 2 * kMargin;

struct LayoutFree {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutFree>;

Layout make(const std::string& s, double size, bool bold, double width) {
  Layout l(pango_layout_new(text_context()));
  PangoFontDescription* fd = pango_font_description_new();
  pango_font_description_set_family(fd, "Atkinson Hyperlegible");
  pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
  pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(l.get(), fd);
  pango_font_description_free(fd);
  pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text(l.get(), s.c_str(), -1);
  return l;
}

double height_of(PangoLayout* l) {
  int w = 0, h = 0;
  pango_layout_get_size(l, &w, &h);
  return h / double(PANGO_SCALE);
}

/// Walks the blocks once; draws only when `cr` is set. Counts the pages.
class Flow {
 public:
  Flow(cairo_t* cr, cairo_surface_t* surface, const ReportPage& page, int total)
      : cr_(cr), surface_(surface), page_(page), total_(total) {}

  void run(const std::vector<ReportBlock>& blocks) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      const ReportBlock& b = blocks[i];
      switch (b.kind) {
        case ReportBlock::heading: heading(b, i + 1 < blocks.size() ? &blocks[i + 1] : nullptr); break;
        case ReportBlock::paragraph: paragraph(b.text, b.size, b.bold); break;
        case ReportBlock::table: table(b); break;
        case ReportBlock::figure: figure(b); break;
        case ReportBlock::page_break: new_page(); break;
      }
    }
    footer();
  }
  int pages() const { return pages_; }

 private:
  void new_page() {
    if (y_ == kTop && pages_ > 0) return;  // already at the top of a fresh page
    if (pages_ > 0) {
      footer();
      if (cr_) cairo_show_page(cr_);
    }
    ++pages_;
    y_ = kTop;
  }
  void need(double h) {
    if (pages_ == 0 || y_ + h > kBottom) new_page();
  }
  void footer() {
    if (!cr_ || pages_ == 0) return;
    std::string s = page_.page_word + " " + std::to_string(pages_) + " " + page_.of_word + " " + std::to_string(total_);
    Layout l = make(s, 8, false, kTextW);
    pango_layout_set_alignment(l.get(), PANGO_ALIGN_RIGHT);
    cairo_set_source_rgb(cr_, 0.35, 0.35, 0.35);
    cairo_move_to(cr_, kMargin, kH - 40);
    pango_cairo_show_layout(cr_, l.get());
    Layout t = make(page_.title, 8, false, kTextW * 0.7);
    cairo_move_to(cr_, kMargin, kH - 40);
    pango_cairo_show_layout(cr_, t.get());
  }
  /// Height of the first piece of a block: what a heading must stay with.
  double first_piece(const ReportBlock& b) {
    switch (b.kind) {
      case ReportBlock::paragraph: {
        Layout l = make(b.text, b.size, b.bold, kTextW);
        PangoLayoutIter* it = pango_layout_get_iter(l.get());
        int y0, y1;
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        pango_layout_iter_free(it);
        return std::min(3.0, static_cast<double>(pango_layout_get_line_count(l.get()))) * (y1 - y0) / PANGO_SCALE;
      }
      case ReportBlock::table: return b.rows.empty() ? 0 : row_height(b, 0) + (b.rows.size() > 1 ? row_height(b, 1) : 0);
      case ReportBlock::figure: return kTextW * 595 / 842 + 16;
      default: return 0;
    }
  }
  void heading(const ReportBlock& b, const ReportBlock* next) {
    double size = b.level == 1 ? 17 : 12.5;
    Layout l = make(b.text, size, true, kTextW);
    double h = height_of(l.get());
    double before = b.level == 1 ? 14 : 8;
    need(before + h + 6 + (next ? first_piece(*next) : 0));
    if (y_ > kTop) y_ += before;
    if (cr_) {
      cairo_set_source_rgb(cr_, 0.05, 0.2, 0.4);
      cairo_move_to(cr_, kMargin, y_);
      pango_cairo_show_layout(cr_, l.get());
    }
    y_ += h + 6;
  }
  void paragraph(const std::string& text, double size, bool bold) {
    Layout l = make(text, size, bold, kTextW);
    PangoLayoutIter* it = pango_layout_get_iter(l.get());
    do {
      int y0, y1;
      pango_layout_iter_get_line_yrange(it, &y0, &y1);
      double lh = (y1 - y0) / double(PANGO_SCALE);
      need(lh);
      if (cr_) {
        int baseline = pango_layout_iter_get_baseline(it);
        cairo_set_source_rgb(cr_, 0, 0, 0);
        cairo_move_to(cr_, kMargin, y_ + (baseline - y0) / double(PANGO_SCALE));
        pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
      }
      y_ += lh;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    y_ += size * 0.6;
  }
  double row_height(const ReportBlock& b, size_t r) {
    double h = 0;
    for (size_t c = 0; c < b.rows[r].size() && c < b.widths.size(); ++c) {
      Layout l = make(b.rows[r][c], b.size, r == 0, b.widths[c] * kTextW - 6);
      h = std::max(h, height_of(l.get()));
    }
    return h + 5;
  }
  void draw_row(const ReportBlock& b, size_t r, double h) {
    if (!cr_) return;
    if (r == 0) {
      cairo_set_source_rgb(cr_, 0.9, 0.93, 0.97);
      cairo_rectangle(cr_, kMargin, y_, kTextW, h);
      cairo_fill(cr_);
    }
    double x = kMargin;
    cairo_set_source_rgb(cr_, 0, 0, 0);
    for (size_t c = 0; c < b.rows[r].size() && c < b.widths.size(); ++c) {
      Layout l = make(b.rows[r][c], b.size, r == 0, b.widths[c] * kTextW - 6);
      cairo_move_to(cr_, x + 3, y_ + 2.5);
      pango_cairo_show_layout(cr_, l.get());
      x += b.widths[c] * kTextW;
    }
    cairo_set_source_rgb(cr_, 0.75, 0.75, 0.75);
    cairo_set_line_width(cr_, 0.4);
    cairo_move_to(cr_, kMargin, y_ + h);
    cairo_line_to(cr_, kMargin + kTextW, y_ + h);
    cairo_stroke(cr_);
  }
  void table(const ReportBlock& b) {
    if (b.rows.empty()) return;
    double hh = row_height(b, 0);
    need(hh + (b.rows.size() > 1 ? row_height(b, 1) : 0));
    draw_row(b, 0, hh);
    y_ += hh;
    for (size_t r = 1; r < b.rows.size(); ++r) {
      double h = row_height(b, r);
      if (y_ + h > kBottom) {
        new_page();
        draw_row(b, 0, hh);  // the header again on the new page
        y_ += hh;
      }
      draw_row(b, r, h);
      y_ += h;
    }
    y_ += 10;
  }
  void figure(const ReportBlock& b) {
    double scale = kTextW / 842, h = 595 * scale;
    Layout cap = make(b.text, 9, false, kTextW);
    double ch = b.text.empty() ? 0 : height_of(cap.get()) + 4;
    need(h + ch + 8);
    if (cr_) {
      cairo_save(cr_);
      cairo_translate(cr_, kMargin, y_);
      cairo_rectangle(cr_, 0, 0, kTextW, h);
      cairo_clip(cr_);
      cairo_scale(cr_, scale, scale);
      b.draw(cr_);
      cairo_restore(cr_);
      cairo_set_source_rgb(cr_, 0.8, 0.8, 0.8);
      cairo_set_line_width(cr_, 0.5);
      cairo_rectangle(cr_, kMargin, y_, kTextW, h);
      cairo_stroke(cr_);
    }
    y_ += h + 4;
    if (cr_ && ch > 0) {
      cairo_set_source_rgb(cr_, 0.3, 0.3, 0.3);
      cairo_move_to(cr_, kMargin, y_);
      pango_cairo_show_layout(cr_, cap.get());
    }
    y_ += ch + 12;
  }

  cairo_t* cr_;
  cairo_surface_t* surface_;
  const ReportPage& page_;
  int total_;
  int pages_ = 0;
  double y_ = kTop;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

bool write_report_pdf(const std::vector<ReportBlock>& blocks, const ReportPage& page, const std::string& path,
                      std::string* err) {
  struct SurfaceFree {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  };
  struct ContextFree {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
  };
  Flow count(nullptr, nullptr, page, 0);
  count.run(blocks);
  std::string pdf;
  std::unique_ptr<cairo_surface_t, SurfaceFree> surface(cairo_pdf_surface_create_for_stream(append, &pdf, kW, kH));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, page.title.c_str());
  std::string date = (page.date.empty() ? std::string("2026-01-01") : page.date) + "T00:00:00Z";
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  {
    std::unique_ptr<cairo_t, ContextFree> cr(cairo_create(surface.get()));
    Flow draw(cr.get(), surface.get(), page, count.pages());
    draw.run(blocks);
  }
  cairo_surface_finish(surface.get());
  if (cairo_status_t st = cairo_surface_status(surface.get()); st != CAIRO_STATUS_SUCCESS) {
    *err = tr("cannot draw the report: {}", cairo_status_to_string(st));
    return false;
  }
  return write_file_atomic(path, pdf, err);
}

}  // namespace sterk
