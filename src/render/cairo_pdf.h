#pragma once
// A Cairo PDF surface that writes to a scratch file beside the final PDF. Cairo's
// bytes are never the final file: pdf_finish copies them into it, adding what
// Cairo 1.16 cannot write. The scratch file is removed in every case.
#include <string>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace sterk {

class CairoPdf {
 public:
  /// `final_path` is the PDF that will be written; the scratch file is final_path.cairo.
  explicit CairoPdf(const std::string& final_path);
  ~CairoPdf();
  CairoPdf(const CairoPdf&) = delete;
  CairoPdf& operator=(const CairoPdf&) = delete;

  /// Creates the surface with a first page size in pt (once). False with *err.
  bool open(double width_pt, double height_pt, std::string* err);
  bool is_open() const { return surface_ != nullptr; }
  cairo_t* cr() const { return cr_; }
  /// The size of the pages that follow (exact; see cairo_pdf.cc). Resets the
  /// transformation, so call it before drawing a page.
  void set_page_size(double width_pt, double height_pt);
  /// Finishes the surface and reads Cairo's bytes into *bytes.
  bool close(std::string* bytes, std::string* err);
  /// Finishes the surface and leaves Cairo's file on disk: *raw_path is where, for
  /// finish_pdf_file. remove_scratch() (or the destructor) deletes it.
  bool close_to_file(std::string* raw_path, std::string* err);
  void remove_scratch();

 private:
  std::string raw_path_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

}  // namespace sterk
