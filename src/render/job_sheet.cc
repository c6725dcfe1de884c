#include "render/job_sheet.h"

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <vector>

#include "layout/text_fit.h"
#include "render/cairo_pdf.h"
#include "render/pdf_finish.h"
#include "render/sheets.h"
#include "util/text.h"

namespace sterk {

namespace {

const double kMargin = 20;       // mm
const double kLabelWidth = 48;   // mm: the left column
const double kPageW = 210, kPageH = 297;

struct Row {
  std::string label, value;  ///< Pango markup; a row without label is a heading
  bool heading = false;
};

std::string esc(const std::string& s) {
  char* e = g_markup_escape_text(s.c_str(), -1);
  std::string out = e;
  g_free(e);
  return out;
}

std::string mm(double v) { return format_number(v, 1) + " mm"; }

std::vector<Row> rows(const BundleFacts& f) {
  std::vector<Row> out;
  auto row = [&](const std::string& l, const std::string& v) { out.push_back({esc(l), v, false}); };
  auto heading = [&](const std::string& h) { out.push_back({"", "<b>" + esc(h) + "</b>", true}); };
  heading("Opdracht");
  row("Project", esc(f.project));
  row("Kaartensets voor", esc(f.audience));
  row("Datum bestanden", esc(f.date));
  row("Contact", f.contact.empty() ? "<i>niet opgegeven</i>" : esc(f.contact));
  for (const BundleDeck& d : f.decks) {
    if (d.module) continue;  // modules are handouts, not cards: the README lists them
    heading(d.title + " (" + d.id + ")");
    std::vector<std::string> files;
    if (d.has("-print.pdf")) files.push_back(esc(d.id + "/" + d.id + "-print.pdf") + " (RGB)");
    if (d.has("-print-cmyk.pdf"))
      files.push_back(esc(d.id + "/" + d.id + "-print-cmyk.pdf") + " (PDF/X-3, " + esc(f.cmyk_condition) + ")");
    row("Drukbestand", files.empty() ? "<i>niet in deze set</i>" : join(files, "\n"));
    row("Aantal", std::to_string(d.cards) + " kaarten, " + std::to_string(2 * d.cards) + " pagina's");
    row("Formaat (snijmaat)", mm(d.card_w_mm) + " × " + mm(d.card_h_mm) + " (TrimBox)");
    row("Afloop", mm(d.bleed_mm) + " rondom; pagina " + mm(d.card_w_mm + 2 * d.bleed_mm) + " × " +
                      mm(d.card_h_mm + 2 * d.bleed_mm) + " (BleedBox)");
    row("Volgorde", "pagina 1 voorkant kaart 1, pagina 2 achterkant kaart 1, pagina 3 voorkant kaart 2, …");
    row("Omslaan", "voor- en achterkant staan allebei rechtop: de kaart draait om de " + card_turn_edge(d) +
                       " (kop aan kop)");
    if (d.round_corners) row("Hoeken", "afronden met " + mm(d.radius_mm) + " straal, na het snijden");
  }
  heading("Afwerking");
  row("Papier", "300–350 g/m² mat of silk gestreken karton; matte laminaat voor kaarten die veel gebruikt worden");
  row("Kleur", "kleuren zijn gekozen op contrast (leesbaarheid): niet verlichten of oppoetsen"
               + std::string(f.cmyk_condition.empty() ? "" : "; zwarte tekst op 100 % K, totale inkt ≤ 300 %"));
  row("Snijden", "op de TrimBox; de afloop valt weg; lettertypen zijn ingesloten");
  return out;
}

TextBlock block(const std::string& markup, double size, double width_mm, bool bold) {
  TextBlock b;
  b.markup = markup;
  b.family = "Atkinson Hyperlegible";
  b.weight = bold ? "bold" : "regular";
  b.size_pt = size;
  b.line_height_pt = size * 1.3;
  b.width_pt = width_mm * kPtPerMm;
  return b;
}

double height_mm(const TextBlock& b) {
  PangoLayout* l = make_layout(b);
  PangoRectangle ink, logical;
  pango_layout_get_extents(l, &ink, &logical);
  g_object_unref(l);
  return logical.height / double(PANGO_SCALE) / kPtPerMm;
}

void show(cairo_t* cr, const TextBlock& b, double x_mm, double y_mm) {
  PangoLayout* l = make_layout(b);
  cairo_move_to(cr, x_mm * kPtPerMm, y_mm * kPtPerMm);
  pango_cairo_show_layout(cr, l);
  g_object_unref(l);
}

// Lays the rows out at `size` pt from y_mm; draws only when `cr` is set. Returns the end.
double lay_out(cairo_t* cr, const std::vector<Row>& rs, double size, double y) {
  const double value_x = kMargin + kLabelWidth, value_w = kPageW - kMargin - value_x;
  for (const Row& r : rs) {
    if (r.heading) {
      y += size * 0.6 / kPtPerMm;
      TextBlock h = block(r.value, size * 1.2, kPageW - 2 * kMargin, true);
      if (cr) show(cr, h, kMargin, y);
      y += height_mm(h) + 1;
      continue;
    }
    TextBlock l = block(r.label, size, kLabelWidth - 3, true), v = block(r.value, size, value_w, false);
    if (cr) show(cr, l, kMargin, y), show(cr, v, value_x, y);
    y += std::max(height_mm(l), height_mm(v)) + 0.8;
  }
  return y;
}

}  // namespace

bool make_job_sheet(const BundleFacts& facts, const std::string& scratch_path, std::string* pdf, std::string* err) {
  std::vector<Row> rs = rows(facts);
  TextBlock title = block("Drukinstructies", 20, kPageW - 2 * kMargin, true);
  const double top = kMargin + height_mm(title) + 4;
  double size = 10;
  while (size > 6 && lay_out(nullptr, rs, size, top) > kPageH - kMargin) size -= 0.5;
  CairoPdf surface(scratch_path);
  if (!surface.open(kPageW * kPtPerMm, kPageH * kPtPerMm, err)) return false;
  cairo_t* cr = surface.cr();
  cairo_set_source_rgb(cr, 0, 0, 0);
  show(cr, title, kMargin, kMargin);
  lay_out(cr, rs, size, top);
  cairo_show_page(cr);
  std::string raw;
  if (!surface.close(&raw, err)) return false;
  PdfDocumentInfo info;
  info.title = "Drukinstructies – " + facts.project + " – " + facts.audience;
  info.author = facts.project;
  info.subject = "Opdracht voor de drukker";
  info.creator = std::string("sterk ") + STERK_VERSION;
  info.date = facts.date;
  PdfPageInfo page{"drukinstructies", 0, kPageW * kPtPerMm, kPageH * kPtPerMm};
  return finish_pdf(raw, info, {page}, {}, pdf, err);
}

}  // namespace sterk
