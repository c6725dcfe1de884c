#include "render/cairo_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cmath>
#include <cstdio>

#include "util/files.h"
#include "util/memory.h"
#include "util/messages.h"

namespace sterk {

CairoPdf::CairoPdf(const std::string& final_path) : raw_path_(final_path + ".cairo") {}

CairoPdf::~CairoPdf() {
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
  std::remove(raw_path_.c_str());
}

bool CairoPdf::open(double width_pt, double height_pt, std::string* err) {
  surface_ = cairo_pdf_surface_create(raw_path_.c_str(), std::ceil(width_pt), std::ceil(height_pt));
  if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
    *err = tr("cannot write '{}': {}", raw_path_, cairo_status_to_string(cairo_surface_status(surface_)));
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    return false;
  }
  cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
  cr_ = cairo_create(surface_);
  set_page_size(width_pt, height_pt);
  return true;
}

// Cairo 1.16 clips every page to its size truncated to whole points, which left
// up to 1 pt of the bleed unpainted on the right and at the bottom. So the
// surface page is the size rounded up, the drawing is moved down to its bottom
// edge, and pdf_finish sets the exact MediaBox [0 0 w h] (PdfPageInfo::width_pt).
void CairoPdf::set_page_size(double width_pt, double height_pt) {
  double h = std::ceil(height_pt);
  cairo_pdf_surface_set_size(surface_, std::ceil(width_pt), h);
  cairo_identity_matrix(cr_);
  cairo_translate(cr_, 0, h - height_pt);
}

bool CairoPdf::close(std::string* bytes, std::string* err) {
  std::string raw;
  if (!close_to_file(&raw, err)) return false;
  bool ok = read_file(raw, bytes, err);
  std::remove(raw_path_.c_str());
  return ok;
}

void CairoPdf::remove_scratch() { std::remove(raw_path_.c_str()); }

bool CairoPdf::close_to_file(std::string* raw_path, std::string* err) {
  if (!surface_) {
    *err = tr("the deck has no cards to print");
    return false;
  }
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  cairo_status_t status = cairo_surface_status(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  // Cairo has freed what it kept for every page (about 5 MiB at 10 000 cards): handed
  // back now, the finishing and the manifest that follow do not add to the peak.
  hand_back_free_memory();
  if (status != CAIRO_STATUS_SUCCESS) {
    *err = tr("cairo could not write the PDF: {}", cairo_status_to_string(status));
    return false;
  }
  *raw_path = raw_path_;
  return true;
}

}  // namespace sterk
