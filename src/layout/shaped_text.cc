#include "layout/shaped_text.h"

#include <pango/pangocairo.h>

#include "layout/frame.h"
#include "layout/text_fit.h"

namespace sterk {

std::shared_ptr<const ShapedText> ShapedText::shape(const TextBlock& block) {
  return std::shared_ptr<const ShapedText>(new ShapedText(make_layout(block)));
}

ShapedText::ShapedText(PangoLayout* layout) : layout_(layout) {
  // Asking for the extents makes Pango itemise, shape and break the lines now;
  // from here on the layout is only read.
  PangoRectangle logical;
  pango_layout_get_extents(layout_, nullptr, &logical);
  width_ = logical.width / double(PANGO_SCALE);
  height_ = logical.height / double(PANGO_SCALE);
  const char* text = pango_layout_get_text(layout_);
  text_ = text ? text : "";
  PangoLayoutIter* it = pango_layout_get_iter(layout_);
  do {
    PangoRectangle lr;
    pango_layout_iter_get_line_extents(it, nullptr, &lr);
    Line line;
    line.runs = pango_layout_iter_get_line_readonly(it);
    line.x = lr.x / double(PANGO_SCALE);
    line.top = lr.y / double(PANGO_SCALE);
    line.height = lr.height / double(PANGO_SCALE);
    line.width = lr.width / double(PANGO_SCALE);
    line.baseline = pango_layout_iter_get_baseline(it) / double(PANGO_SCALE);
    line.start_byte = line.runs->start_index;
    line.length_bytes = line.runs->length;
    lines_.push_back(line);
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
}

ShapedText::~ShapedText() { g_object_unref(layout_); }

int ShapedText::unknown_glyphs() const { return pango_layout_get_unknown_glyphs_count(layout_); }

}  // namespace sterk
