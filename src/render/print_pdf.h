#pragma once
// <deck>-print.pdf: one card side per page (front 1, back 1, front 2, …),
// page = trim + bleed, print boxes, outline by cluster, page labels.
#include <memory>

#include "render/deck_output.h"

namespace sterk {

/// `path` is the final file name inside the staging folder.
std::unique_ptr<DeckOutput> make_print_pdf(const DeckContext& ctx, const std::string& path);

}  // namespace sterk
