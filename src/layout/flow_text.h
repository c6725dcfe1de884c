#pragma once
// Paragraph text for the long-form layout: card markup (**bold**, line breaks)
// kept as plain text with bold ranges, so a paragraph can be cut at any line
// start that Pango found and each part rebuilt as markup that wraps the same.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "layout/frame.h"

namespace sterk {

struct StyledText {
  std::string plain;  ///< the text as Pango lays it out ('\n' for line breaks)
  std::vector<std::pair<size_t, size_t>> bold;  ///< byte ranges of plain
  /// Pango markup for plain[begin, end).
  std::string markup(size_t begin, size_t end) const;
};

StyledText styled_text(const std::string& card_text);

/// Lines of a laid-out text block: where each starts in the block's plain text,
/// and the height of the whole block.
struct LineBreaks {
  std::vector<size_t> starts;  ///< byte offsets in the plain text, first is 0
  double height = 0;
  double width = 0;            ///< widest line
  std::shared_ptr<const ShapedText> shaped;  ///< the block as shaped; frames carry it
};
LineBreaks line_breaks(const TextBlock& block);

}  // namespace sterk
