#pragma once
// drukinstructies.pdf: the one-page job sheet in an audience set (--bundle). A
// print shop reads it before opening the files: which file is which, card count
// and size, bleed, page order, how the card turns, corners (only when the
// template has them rounded), paper advice, colour, and whom to call.
#include <string>

#include "render/bundle.h"

namespace sterk {

/// The job sheet as PDF bytes (A4, one page; the text gets smaller before it
/// would run onto a second page). `scratch_path` is where Cairo may write
/// while drawing. False with *err.
bool make_job_sheet(const BundleFacts& facts, const std::string& scratch_path, std::string* pdf, std::string* err);

}  // namespace sterk
