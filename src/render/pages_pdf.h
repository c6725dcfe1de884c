#pragma once
// Long-form documents (trainer's guide, handout, evaluation form) as PDF: each
// frame one page, or A5 pages imposed two to an A4 sheet for a saddle-stitched
// booklet. Page labels, an outline of the headings, document information; the
// same finishing as the decks (qpdf), so the bytes repeat.
#include <string>
#include <utility>
#include <vector>

#include "layout/frame.h"
#include "render/pdf_finish.h"

namespace sterk {

/// Writes `pages` (one frame each) to `path` (atomically). False with *err.
bool write_pages_pdf(const std::vector<Frame>& pages, const PdfDocumentInfo& info,
                     const std::vector<PdfOutlineEntry>& outline, const std::string& path, std::string* err);

/// The sides of a saddle-stitched booklet of `pages` pages (padded with blank
/// pages to a multiple of 4): for each printed A4 side, the 0-based page on the
/// left and on the right half, -1 = blank. Sheet k's front is {n-1-2k, 2k}, its
/// back {2k+1, n-2-2k}; printed duplex (short edge), folded and stapled, the pages
/// read 1, 2, 3, …
std::vector<std::pair<int, int>> booklet_sides(int pages);

/// Writes A5 `pages` as a booklet on A4 landscape sides in booklet order.
bool write_booklet_pdf(const std::vector<Frame>& pages, const PdfDocumentInfo& info, const std::string& path,
                       std::string* err);

}  // namespace sterk
