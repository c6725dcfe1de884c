#pragma once
// A small long-form layout for the analysis report (`sterk analyze --report`): A4
// portrait pages of headings (kept with what follows), paragraphs, tables (header
// row repeated on each page) and figures, with page numbers. The modules' long-form
// layout (src/layout/flow*) was not on main when the report was written; see
// docs/analysis.md.
#include <string>
#include <vector>

#include "render/figure_kit.h"

namespace sterk {

struct ReportBlock {
  enum Kind { heading, paragraph, table, figure, page_break };
  Kind kind = paragraph;
  std::string text;   ///< heading or paragraph text; a figure's caption
  int level = 1;      ///< heading level: 1 (chapter) or 2
  bool bold = false;  ///< paragraph in bold
  double size = 10;   ///< paragraph / table text size in pt
  std::vector<double> widths;                 ///< table: column widths as fractions of the text width
  std::vector<std::vector<std::string>> rows; ///< table: rows[0] is the header
  fig::Draw draw;     ///< figure: draws an 842 × 595 pt page, scaled to the text width

  static ReportBlock h(const std::string& t, int level = 1) {
    ReportBlock b;
    b.kind = heading, b.text = t, b.level = level;
    return b;
  }
  static ReportBlock p(const std::string& t, double size = 10) {
    ReportBlock b;
    b.kind = paragraph, b.text = t, b.size = size;
    return b;
  }
};

struct ReportPage {
  std::string title;     ///< document title (PDF metadata and page footers)
  std::string date;      ///< YYYY-MM-DD, the PDF's date (never the clock)
  std::string page_word = "pagina";  ///< "pagina 3 van 12"
  std::string of_word = "van";
};

/// Lays out and writes the report. Returns false and fills *err when Cairo or the
/// file fails.
bool write_report_pdf(const std::vector<ReportBlock>& blocks, const ReportPage& page, const std::string& path,
                      std::string* err);

}  // namespace sterk
