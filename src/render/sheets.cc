#include "render/sheets.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdio>

#include "layout/text_fit.h"
#include "render/cairo_pdf.h"
#include "render/draw.h"
#include "render/picture_cache.h"
#include "util/messages.h"
#include "render/pdf_finish.h"
#include "util/files.h"

namespace sterk {

SheetSpec sheet_spec(const DeckContext& ctx, const std::string& paper) {
  SheetSpec s;
  paper_size(paper, &s.paper_w, &s.paper_h);
  s.card_w = ctx.tpl->width_mm;
  s.card_h = ctx.tpl->height_mm;
  const SheetSettings& set = ctx.project->sheets;
  s.crop_marks = set.crop_marks;
  s.long_edge = set.duplex != "short-edge";
  s.back_offset_x = set.back_offset_x_mm;
  s.back_offset_y = set.back_offset_y_mm;
  s.bleed = set.bleed_mm;
  return s;
}

void draw_crop_marks(cairo_t* cr, const SheetLayout& layout) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);  // pure black: one ink in CMYK too
  cairo_set_line_width(cr, 0.25);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  for (const CropMark& m : layout.marks) {
    cairo_move_to(cr, m.from.x * kPtPerMm, m.from.y * kPtPerMm);
    cairo_line_to(cr, m.to.x * kPtPerMm, m.to.y * kPtPerMm);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

void draw_note(cairo_t* cr, const std::string& text, double x_mm, double y_mm, double width_mm,
               const std::string& align) {
  TextBlock b;
  b.markup = text;
  b.family = "Atkinson Hyperlegible";
  b.size_pt = 7;
  b.line_height_pt = 8.5;
  b.width_pt = width_mm * kPtPerMm;
  b.align = align;
  auto shaped = ShapedText::shape(b);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  draw_shaped_text(cr, *shaped, x_mm * kPtPerMm, y_mm * kPtPerMm);
  cairo_restore(cr);
}

void note_size(const std::string& text, double* width_mm, double* height_mm) {
  TextBlock b;
  b.markup = text;
  b.family = "Atkinson Hyperlegible";
  b.size_pt = 7;
  b.line_height_pt = 8.5;
  b.width_pt = 1000;
  PangoLayout* l = make_layout(b);
  PangoRectangle ink, logical;
  pango_layout_get_extents(l, &ink, &logical);
  g_object_unref(l);
  *width_mm = logical.width / double(PANGO_SCALE) / kPtPerMm;
  *height_mm = logical.height / double(PANGO_SCALE) / kPtPerMm;
}

namespace {

std::string escape_markup(const std::string& s) {
  char* e = g_markup_escape_text(s.c_str(), -1);
  std::string out = e;
  g_free(e);
  return out;
}

class SheetsPdf : public DeckOutput {
 public:
  SheetsPdf(const DeckContext& ctx, std::string paper, std::string path)
      : ctx_(ctx), paper_(std::move(paper)), path_(std::move(path)), pdf_(path_) {
    spec_ = sheet_spec(ctx, paper_);
    layout_ = plan_sheet(spec_);
  }

  bool add_card(const PlannedCard& card, const Frame& front, const Frame& back, std::string* err) override {
    if (layout_.per_sheet() == 0) {
      *err = tr("a {} × {} mm card does not fit on {} paper with a 5 mm printer margin and crop marks",
                format_mm(spec_.card_w), format_mm(spec_.card_h), paper_);
      return false;
    }
    if (!pdf_.is_open()) {
      if (!pdf_.open(spec_.paper_w * kPtPerMm, spec_.paper_h * kPtPerMm, err)) return false;
      cr_ = pdf_.cr();
      total_ = card.count;
    }
    pending_.push_back({front, back});
    if (static_cast<int>(pending_.size()) == layout_.per_sheet()) return flush(err);
    return true;
  }

  bool finish(std::string* err) override {
    if (!pending_.empty() && !flush(err)) return false;
    std::string raw;
    if (!pdf_.close_to_file(&raw, err)) return false;
    PdfDocumentInfo info;
    const Deck& d = *ctx_.deck;
    info.title = d.title.value + " – vellen " + paper_label();
    info.author = ctx_.project->author;
    info.subject = "Kaartenset voor " + audience_label(d.audience.value) + " om op kantoor te printen";
    info.keywords = "Sterk in Werk, " + d.id.value + ", " + paper_label() + ", dubbelzijdig";
    info.creator = std::string("sterk ") + STERK_VERSION;
    info.language = d.language.empty() ? "nl" : d.language.value;
    info.date = ctx_.project->date;
    info.duplex = spec_.long_edge ? PdfDocumentInfo::long_edge : PdfDocumentInfo::short_edge;
    bool ok = finish_pdf_file(raw, path_, info, pages_, {}, err);
    pdf_.remove_scratch();  // before the manifest lists the folder
    return ok;
  }

 private:
  static std::string format_mm(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%g", v);
    return b;
  }
  std::string paper_label() const { return paper_ == "letter" ? "US Letter" : paper_ == "a3" ? "A3" : "A4"; }

  // One sheet: the front page with its crop marks, then the back page.
  bool flush(std::string* err) {
    ++sheet_;
    int sheets = (total_ + layout_.per_sheet() - 1) / layout_.per_sheet();
    for (int side = 0; side < 2; ++side) {
      for (size_t i = 0; i < pending_.size(); ++i) {
        const Slot& slot = layout_.slots[i];
        const Frame& f = side == 0 ? pending_[i].first : pending_[i].second;
        const Affine& m = side == 0 ? slot.front_map : slot.back_map;
        cairo_save(cr_);
        cairo_scale(cr_, kPtPerMm, kPtPerMm);
        cairo_matrix_t cm;
        cairo_matrix_init(&cm, m.xx, m.yx, m.xy, m.yy, m.x0, m.y0);
        cairo_transform(cr_, &cm);
        cairo_scale(cr_, 1 / kPtPerMm, 1 / kPtPerMm);
        cairo_translate(cr_, -f.trim.x, -f.trim.y);
        // The card cut at the trim, or with as much bleed as the sheets ask for
        // (at most the template's own bleed: nothing is drawn beyond it).
        double b = std::min(spec_.bleed * kPtPerMm, f.bleed);
        cairo_rectangle(cr_, f.trim.x - b, f.trim.y - b, f.trim.w + 2 * b, f.trim.h + 2 * b);
        cairo_clip(cr_);
        DrawOptions o;
        o.pictures = &pictures_;
        bool ok = draw_frame(cr_, f, o, err);
        cairo_restore(cr_);
        if (!ok) return false;
      }
      if (side == 0) draw_crop_marks(cr_, layout_);
      std::string side_name = side == 0 ? "voorkant" : "achterkant";
      std::string note = escape_markup(ctx_.deck->title.value) + " · " + audience_label(ctx_.deck->audience.value) +
                         " · vel " + std::to_string(sheet_) + " van " + std::to_string(sheets) + " · " + side_name;
      if (side == 0)
        note += spec_.long_edge ? " · dubbelzijdig printen, omslaan langs de lange kant"
                                : " · dubbelzijdig printen, omslaan langs de korte kant";
      double y = spec_.paper_h - spec_.printer_margin - 4;
      if (y > layout_.slots.back().front.bottom() + spec_.bleed + spec_.mark_gap + spec_.mark_length + 1)
        draw_note(cr_, note, spec_.printer_margin + 5, y, spec_.paper_w - 2 * spec_.printer_margin - 10, "center");
      cairo_show_page(cr_);
      PdfPageInfo page{"vel " + std::to_string(sheet_) + " " + side_name + ", blz. ", 0, spec_.paper_w * kPtPerMm,
                       spec_.paper_h * kPtPerMm};
      page.numbered = true;  // "vel 1 voorkant, blz. 1": the number a print dialog asks for
      pages_.push_back(page);
    }
    pending_.clear();
    return true;
  }

  const DeckContext& ctx_;
  std::string paper_, path_;
  PictureCache pictures_;
  CairoPdf pdf_;
  SheetSpec spec_;
  SheetLayout layout_;
  cairo_t* cr_ = nullptr;  // pdf_'s context while it is open
  std::vector<std::pair<Frame, Frame>> pending_;
  std::vector<PdfPageInfo> pages_;
  int sheet_ = 0, total_ = 0;
};

}  // namespace

std::unique_ptr<DeckOutput> make_sheets_pdf(const DeckContext& ctx, const std::string& paper,
                                            const std::string& path) {
  return std::make_unique<SheetsPdf>(ctx, paper, path);
}

}  // namespace sterk
