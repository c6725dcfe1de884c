#include "render/print_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cstdio>

#include "render/draw.h"
#include "render/pdf_finish.h"
#include "util/files.h"

namespace sterk {
namespace {

class PrintPdf : public DeckOutput {
 public:
  PrintPdf(const DeckContext& ctx, std::string path) : ctx_(ctx), path_(std::move(path)) {
    raw_path_ = path_ + ".cairo";
  }
  ~PrintPdf() override {
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
    std::remove(raw_path_.c_str());
  }

  bool add_card(const PlannedCard& card, const Frame& front, const Frame& back, std::string* err) override {
    if (!surface_) {
      surface_ = cairo_pdf_surface_create(raw_path_.c_str(), front.width, front.height);
      if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
        *err = "cannot write '" + raw_path_ + "': " + cairo_status_to_string(cairo_surface_status(surface_));
        return false;
      }
      cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
      cr_ = cairo_create(surface_);
    }
    // One outline entry where each cluster starts (its divider, or its first card).
    const std::string& cluster = card.card.cluster.value;
    if (!cluster.empty() && cluster != last_cluster_) {
      outline_.push_back({card.cluster_label, static_cast<int>(pages_.size())});
      last_cluster_ = cluster;
    }
    DrawOptions options;
    for (const Frame* f : {&front, &back}) {
      cairo_pdf_surface_set_size(surface_, f->width, f->height);
      if (!draw_frame(cr_, *f, options, err)) return false;
      cairo_show_page(cr_);
      std::string side = f == &front ? "voor" : "achter";
      pages_.push_back({card.card.id.value + " " + side, f->bleed});
    }
    return true;
  }

  bool finish(std::string* err) override {
    if (!surface_) {
      *err = "the deck has no cards to print";
      return false;
    }
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    cairo_status_t status = cairo_surface_status(surface_);
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    if (status != CAIRO_STATUS_SUCCESS) {
      *err = std::string("cairo could not write the PDF: ") + cairo_status_to_string(status);
      return false;
    }
    std::string raw, done;
    if (!read_file(raw_path_, &raw, err)) return false;
    PdfDocumentInfo info;
    const Deck& d = *ctx_.deck;
    info.title = d.title.value + (d.subtitle.empty() ? "" : " – " + d.subtitle.value);
    info.author = ctx_.project->author;
    info.subject = "Kaartenset voor " + audience_label(d.audience.value) +
                   (ctx_.study_title.empty() ? "" : " – " + ctx_.study_title);
    info.keywords = "Sterk in Werk, " + audience_label(d.audience.value) + ", " + d.id.value +
                    (d.edition.empty() ? "" : ", editie " + d.edition.value);
    info.creator = std::string("sterk ") + STERK_VERSION;
    info.language = d.language.empty() ? "nl" : d.language.value;
    info.date = ctx_.project->date;
    if (!finish_pdf(raw, info, pages_, outline_, &done, err)) return false;
    std::remove(raw_path_.c_str());
    return write_file_atomic(path_, done, err);
  }

 private:
  const DeckContext& ctx_;
  std::string path_, raw_path_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  std::vector<PdfPageInfo> pages_;
  std::vector<PdfOutlineEntry> outline_;
  std::string last_cluster_;
};

}  // namespace

std::unique_ptr<DeckOutput> make_print_pdf(const DeckContext& ctx, const std::string& path) {
  return std::make_unique<PrintPdf>(ctx, path);
}

}  // namespace sterk
