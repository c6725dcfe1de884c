#include "render/print_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cstdio>

#include "render/cairo_pdf.h"
#include "render/draw.h"
#include "render/picture_cache.h"
#include "render/pdf_finish.h"
#include "util/files.h"

namespace sterk {
namespace {

class PrintPdf : public DeckOutput {
 public:
  PrintPdf(const DeckContext& ctx, std::string path) : ctx_(ctx), path_(std::move(path)), pdf_(path_) {}

  bool add_card(const PlannedCard& card, const Frame& front, const Frame& back, std::string* err) override {
    if (!pdf_.is_open() && !pdf_.open(front.width, front.height, err)) return false;
    // Two pages for each of the deck's printed cards: the list grows without doubling
    // (at 20 000 pages the old and the new array were 3 MiB at once).
    if (pages_.empty() && card.count > 0) pages_.reserve(2 * static_cast<size_t>(card.count));
    // One outline entry where each cluster starts (its divider, or its first card).
    const std::string& cluster = card.card->cluster.value;
    if (!cluster.empty() && cluster != last_cluster_) {
      outline_.push_back({card.cluster_label, static_cast<int>(pages_.size())});
      last_cluster_ = cluster;
    }
    DrawOptions options;
    options.pictures = &pictures_;
    for (const Frame* f : {&front, &back}) {
      pdf_.set_page_size(f->width, f->height);
      if (!draw_frame(pdf_.cr(), *f, options, err)) return false;
      cairo_show_page(pdf_.cr());
      std::string side = f == &front ? "voor" : "achter";
      pages_.push_back({card.card->id.value + " " + side, f->bleed, f->width, f->height});
    }
    return true;
  }

  bool finish(std::string* err) override {
    std::string raw;
    if (!pdf_.close_to_file(&raw, err)) return false;
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
    bool ok = finish_pdf_file(raw, path_, info, pages_, outline_, err);
    pdf_.remove_scratch();  // before the manifest lists the folder
    return ok;
  }

 private:
  const DeckContext& ctx_;
  std::string path_;
  PictureCache pictures_;  // before pdf_: the surface it feeds is finished first
  CairoPdf pdf_;
  std::vector<PdfPageInfo> pages_;
  std::vector<PdfOutlineEntry> outline_;
  std::string last_cluster_;
};

}  // namespace

std::unique_ptr<DeckOutput> make_print_pdf(const DeckContext& ctx, const std::string& path) {
  return std::make_unique<PrintPdf>(ctx, path);
}

}  // namespace sterk
