#pragma once
// What Cairo 1.16 cannot write, added after Cairo has finished: /TrimBox and
// /BleedBox on every page, the exact page size, a /ID, document information with
// valid D: dates, /Lang, page labels, an outline and viewer preferences; and the
// transparency group Cairo puts on every page taken away (preflight reads it as
// "transparency used"; nothing sterk draws is translucent). The finisher copies Cairo's file object by
// object (led by Cairo's cross-reference table), edits the few objects that need
// it (each page, the catalog, the document information) and writes a new
// cross-reference table: memory stays the same however many pages the deck has,
// and nothing but those objects changes. The output is deterministic.
#include <string>
#include <vector>

namespace sterk {

struct PdfPageInfo {
  std::string label;       ///< page label shown by viewers, e.g. "J-werk-01 voor"
  double bleed_pt = 0;     ///< TrimBox = MediaBox inset by this; 0 = no print boxes
  /// The exact page size (pt); the MediaBox becomes [0 0 w h]. CairoPdf's pages are
  /// rounded up to whole points and drawn at their bottom edge. 0 = keep Cairo's.
  double width_pt = 0, height_pt = 0;
  /// The label is a prefix followed by the page number (1, 2, …), e.g. "vel 1 voorkant, blz. 1".
  bool numbered = false;
};

struct PdfOutlineEntry {
  std::string title;
  int page = 0;  ///< 0-based
};

struct PdfDocumentInfo {
  std::string title, author, subject, keywords, creator, language = "nl";
  std::string date;  ///< YYYY-MM-DD
  /// Sheets for an office printer: /ViewerPreferences asks for actual size
  /// (/PrintScaling /None) and this duplex mode. none: no viewer preferences.
  enum Duplex { none, long_edge, short_edge } duplex = none;
};

/// Finishes Cairo's PDF at `raw_path` into `out_path`, written beside it and renamed
/// into place, so it appears whole or not at all. Returns false with *err.
bool finish_pdf_file(const std::string& raw_path, const std::string& out_path, const PdfDocumentInfo& info,
                     const std::vector<PdfPageInfo>& pages, const std::vector<PdfOutlineEntry>& outline,
                     std::string* err);

/// The same for a PDF held in memory (small files: the calibration sheet, tests).
bool finish_pdf(const std::string& in, const PdfDocumentInfo& info, const std::vector<PdfPageInfo>& pages,
                const std::vector<PdfOutlineEntry>& outline, std::string* out, std::string* err);

/// "D:20261101000000Z" from "2026-11-01".
std::string pdf_date(const std::string& iso_date);

/// A PDF text string: (literal) for plain ASCII, <FEFF…> UTF-16BE hex otherwise.
std::string pdf_text_string(const std::string& utf8);

}  // namespace sterk
