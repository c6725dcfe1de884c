#pragma once
// Text shaped once. Layout hands Pango a paragraph (a TextBlock); Pango itemises
// it, picks the fonts, shapes the glyphs and breaks the lines. The result is kept
// here, in the frame, and renderers draw these lines' glyph runs as they are: no
// renderer shapes text again, and no cache is shared between layout and render.
// A ShapedText never changes after it is made, so frames can share it (sheets
// keep copies of frames until a sheet is full).
#include <memory>
#include <string>
#include <vector>

typedef struct _PangoLayout PangoLayout;
typedef struct _PangoLayoutLine PangoLayoutLine;

namespace sterk {

struct TextBlock;

class ShapedText {
 public:
  /// Shapes `block` with the project's fonts (layout/fonts.h) and breaks it into lines.
  static std::shared_ptr<const ShapedText> shape(const TextBlock& block);
  ~ShapedText();
  ShapedText(const ShapedText&) = delete;
  ShapedText& operator=(const ShapedText&) = delete;

  /// One line as Pango broke it: its glyph runs (PangoGlyphItems in `runs`, left to
  /// right, each with the font it was shaped with) and where it sits, in pt from the
  /// text's top-left corner (the corner the renderer is given).
  struct Line {
    PangoLayoutLine* runs = nullptr;  ///< owned by this ShapedText
    double x = 0;         ///< left edge of the line (alignment and indent applied)
    double baseline = 0;  ///< baseline
    double top = 0, height = 0;  ///< logical extent, line spacing included
    double width = 0;
    int start_byte = 0, length_bytes = 0;  ///< the line's part of text()
  };
  const std::vector<Line>& lines() const { return lines_; }
  /// Logical extent of all lines, pt.
  double width() const { return width_; }
  double height() const { return height_; }
  /// The plain text the glyphs were shaped from (markup removed).
  const std::string& text() const { return text_; }
  /// Characters no font had a glyph for.
  int unknown_glyphs() const;
  /// The shaped paragraph itself, for measuring (layout/) and drawing (render/).
  /// Read-only: changing it would make Pango shape again.
  PangoLayout* pango() const { return layout_; }

 private:
  explicit ShapedText(PangoLayout* layout);
  PangoLayout* layout_;
  std::vector<Line> lines_;
  double width_ = 0, height_ = 0;
  std::string text_;
};

}  // namespace sterk
