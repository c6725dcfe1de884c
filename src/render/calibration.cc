#include "render/calibration.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cstdio>

#include "render/pdf_finish.h"
#include "render/sheets.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

namespace {

const double kArm = 15;    // half the length of a cross's lines, mm
const double kScale = 5;   // the scales run from -5 to +5 mm
const double kAcross = 8;  // distance of a scale from the cross's centre, mm

std::vector<Point> crosses(const SheetSpec& spec) {
  const double w = spec.paper_w, h = spec.paper_h;
  return {{w / 2, h / 2}, {40, 60}, {w - 40, 60}, {40, h - 60}, {w - 40, h - 60}};
}

void line(cairo_t* cr, double x1, double y1, double x2, double y2) {
  cairo_move_to(cr, x1 * kPtPerMm, y1 * kPtPerMm);
  cairo_line_to(cr, x2 * kPtPerMm, y2 * kPtPerMm);
}

std::string signed_mm(double v) {
  std::string s = format_number(v, 2);
  return (v > 0 ? "+" : "") + s;
}

// Ticks every 0.5 mm, longer ones every mm. `horizontal`: the scale runs along x
// (it measures x) at height y; otherwise along y at x.
void scale(cairo_t* cr, Point at, bool horizontal) {
  for (int i = -2 * static_cast<int>(kScale); i <= 2 * static_cast<int>(kScale); ++i) {
    double k = i / 2.0, len = i % 2 == 0 ? (i == 0 ? 4 : 2.5) : 1.5;
    if (horizontal) line(cr, at.x + k, at.y - len / 2, at.x + k, at.y + len / 2);
    else line(cr, at.x - len / 2, at.y + k, at.x + len / 2, at.y + k);
  }
  cairo_stroke(cr);
}

// The numbers -4 … +4 of one scale. At 7 pt a number is wider (about 3 mm) than
// the 2 mm between them, so every other one goes one row further from the ticks.
void add_labels(Point at, bool horizontal, std::vector<ScaleLabel>* out) {
  const double clear = 2.5;  // from the scale's centre line: past the longest tick (2 mm)
  double widest = 0, row = 0;
  for (int k : {-4, -2, 0, 2, 4}) {
    double w, h;
    note_size(k > 0 ? "+" + std::to_string(k) : std::to_string(k), &w, &h);
    widest = std::max(widest, w);
    row = std::max(row, h);
  }
  for (int k : {-4, -2, 0, 2, 4}) {
    std::string text = k > 0 ? "+" + std::to_string(k) : std::to_string(k);
    double w, h;
    note_size(text, &w, &h);
    bool outer = k % 4 != 0;
    Box b = horizontal ? Box{at.x + k - w / 2, at.y + clear + (outer ? row : 0), w, h}
                       : Box{at.x + clear + (outer ? widest + 1 : 0), at.y + k - h / 2, w, h};
    out->push_back({text, b});
  }
}

}  // namespace

std::vector<ScaleLabel> calibration_labels(const SheetSpec& spec) {
  std::vector<ScaleLabel> out;
  for (Point p : crosses(spec)) {
    Point q = behind(spec, p);
    add_labels({q.x, q.y + kAcross}, true, &out);
    add_labels({q.x + kAcross, q.y}, false, &out);
  }
  return out;
}


bool write_calibration(const SheetSpec& spec, const std::string& paper_name, const std::string& date,
                       const std::string& path, std::string* err) {
  std::string raw_path = path + ".cairo";
  cairo_surface_t* s = cairo_pdf_surface_create(raw_path.c_str(), spec.paper_w * kPtPerMm, spec.paper_h * kPtPerMm);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    *err = tr("cannot write '{}'", raw_path);
    cairo_surface_destroy(s);
    return false;
  }
  cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.3);
  const double w = spec.paper_w, h = spec.paper_h;
  std::string duplex = spec.long_edge ? "lange kant" : "korte kant";
  // Front: crosses and the instructions.
  for (Point p : crosses(spec)) {
    line(cr, p.x - kArm, p.y, p.x + kArm, p.y);
    line(cr, p.x, p.y - kArm, p.x, p.y + kArm);
  }
  cairo_stroke(cr);
  draw_note(cr,
            "<b>sterk: testvel voor dubbelzijdig printen (" + paper_name + ", omslaan langs de " + duplex +
                ")</b>\n"
                "1. Print dit vel dubbelzijdig op ware grootte (100%), omslaan langs de " + duplex + ".\n"
                "2. Houd het vel tegen het licht en kijk naar de achterkant.\n"
                "3. Lees bij elk kruis af waar de lijn van de voorkant de schaal kruist: onder het kruis voor x, "
                "rechts ervan voor y.\n"
                "4. Nieuwe waarde = huidige waarde + afgelezen getal. Zet die in sterk.yaml onder output: sheets: "
                "back_offset_x en back_offset_y.\n"
                "Huidige waarden: back_offset_x = " + signed_mm(spec.back_offset_x) + " mm, back_offset_y = " +
                signed_mm(spec.back_offset_y) + " mm.",
            spec.printer_margin + 10, 90, w - 2 * spec.printer_margin - 20);
  cairo_show_page(cr);
  // Back: a scale where each cross should show through, shifted by the current offset.
  for (Point p : crosses(spec)) {
    Point q = behind(spec, p);
    scale(cr, {q.x, q.y + kAcross}, true);
    scale(cr, {q.x + kAcross, q.y}, false);
  }
  for (const ScaleLabel& l : calibration_labels(spec)) draw_note(cr, l.text, l.box.x, l.box.y, l.box.w + 1);
  draw_note(cr, "<b>Achterkant</b>: lees hier af, in millimeters.", spec.printer_margin + 10, h - 30,
            w - 2 * spec.printer_margin - 20, "center");
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  cairo_status_t st = cairo_surface_status(s);
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS) {
    *err = tr("cairo could not write the PDF: {}", cairo_status_to_string(st));
    std::remove(raw_path.c_str());
    return false;
  }
  std::string raw, done;
  bool ok = read_file(raw_path, &raw, err);
  std::remove(raw_path.c_str());
  if (!ok) return false;
  PdfDocumentInfo info;
  info.title = "Testvel dubbelzijdig printen";
  info.author = "sterk";
  info.subject = "back_offset meten";
  info.creator = std::string("sterk ") + STERK_VERSION;
  info.date = date;
  info.duplex = spec.long_edge ? PdfDocumentInfo::long_edge : PdfDocumentInfo::short_edge;  // 100 %, duplex
  if (!finish_pdf(raw, info, {{"voorkant", 0}, {"achterkant", 0}}, {}, &done, err)) return false;
  return write_file_atomic(path, done, err);
}

}  // namespace sterk
