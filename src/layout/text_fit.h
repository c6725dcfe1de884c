#pragma once
// Text fitting: wrap at word boundaries (never hyphenate), shrink in steps down to
// the font's minimum size, and report what a reader would notice: overflow,
// missing glyphs, a font that fell back to another, a word broken across lines.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/frame.h"
#include "layout/shaped_text.h"
#include "model/template.h"

typedef struct _PangoLayout PangoLayout;

namespace sterk {

/// Card text markup (SPEC §4: only **bold** and line breaks) → Pango markup.
std::string card_markup(const std::string& text);

/// True when Pango markup `markup` is text only (no tags or entities): parsing it
/// would give it back unchanged, so make_layout hands it to Pango as text.
bool markup_is_plain(const std::string& markup);

/// Builds a new Pango layout for a text block (not yet shaped; nothing is cached).
/// The caller owns the result (g_object_unref). ShapedText::shape is the usual way in.
PangoLayout* make_layout(const TextBlock& block);

struct TextMeasure {
  double width = 0, height = 0;  ///< logical extent, pt
  int lines = 0;
  int unknown_glyphs = 0;
  std::vector<std::string> fallback_families;  ///< families used that were not asked for
  std::vector<std::string> broken_words;       ///< words split across two lines
  std::vector<std::string> too_wide_words;     ///< words wider than the box
  int widows = 0;  ///< paragraphs whose last line holds a single word
};

/// What a reader would notice about `shaped`, the result of shaping `block`.
TextMeasure measure(const TextBlock& block, const ShapedText& shaped);
/// Shapes `block` and measures it.
TextMeasure measure(const TextBlock& block);

/// How a text element's lines break (template `lines:`): Pango fills each line, or
/// each sentence starts a line and long ones break between word groups
/// (layout/phrase_lines.h).
enum class LineBreaking { wrap, phrases };

/// One or more paragraphs (list items are several) fitted together into a box.
struct FitResult {
  std::vector<TextBlock> blocks;
  std::vector<TextMeasure> measures;
  std::vector<std::shared_ptr<const ShapedText>> shaped;  ///< each block as shaped; frames carry these
  double size_pt = 0;
  double total_height = 0;
  double gap_pt = 0;  ///< space between list items
  bool fits = false;
};

/// Tries sizes from style.size_pt down to style.min_pt in 0.5 pt steps and returns
/// the first that fits `width` × `height`; when none does, the result at min size
/// with fits = false. `bullet` non-empty makes a list (one block per item).
/// Left-aligned text that ends a paragraph with one word alone on its last line
/// is wrapped a little narrower (down to 80 %) when that moves a second word down
/// without adding a line. With LineBreaking::phrases the lines are chosen again at
/// every size tried (they depend on the size) and left as chosen (no widow fix).
FitResult fit_text(const std::vector<std::string>& paragraphs, const FontStyle& style,
                   const std::string& align, const std::string& bullet, double width, double height,
                   LineBreaking lines = LineBreaking::wrap);

/// Fit results kept while one deck is laid out. Labels such as "Tips", a cluster's
/// name or a fixed heading are the same text in the same box on every card; fitting
/// them once per deck instead of once per card gives the same shaped text (a
/// ShapedText never changes) at a fraction of the cost. Layout asks it only for text
/// the template writes, not for a card's own fields (each card's are its own, so
/// remembering them would cost a key and a copy and never pay). The result is shared,
/// not copied. Bounded: when it holds kMaxEntries it starts again, so a deck of unique
/// texts does not grow it.
class FitCache {
 public:
  std::shared_ptr<const FitResult> fit(const std::vector<std::string>& paragraphs, const FontStyle& style,
                                       const std::string& align, const std::string& bullet, double width,
                                       double height, LineBreaking lines = LineBreaking::wrap);
  size_t size() const { return entries_.size(); }

 private:
  static constexpr size_t kMaxEntries = 256;
  std::unordered_map<std::string, std::shared_ptr<const FitResult>> entries_;
};

}  // namespace sterk
