#pragma once
// Preview images for designers: one or more card sides side by side in one PNG,
// optionally with guides (bleed, trim, safe area, element boxes with names).
#include <string>
#include <vector>

#include "layout/frame.h"

namespace sterk {

struct PreviewOptions {
  double dpi = 150;
  /// Guides show the whole page with its bleed; without them the image is the
  /// trimmed card with rounded corners, as a reader holds it.
  bool guides = false;
};

/// Space between two sides in one image, in pt.
constexpr double kPreviewGap = 18;

/// Draws `frames` left to right into a PNG, encoded into *png. Deterministic.
bool render_preview(const std::vector<Frame>& frames, const PreviewOptions& options, std::string* png,
                    std::string* err);
/// The same, written to `path` atomically (readers never see half an image).
bool write_preview(const std::vector<Frame>& frames, const PreviewOptions& options, const std::string& path,
                   std::string* err);

}  // namespace sterk
