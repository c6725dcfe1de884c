#pragma once
// Reading one font file the way build will: a font that `sterk check` accepts is one
// that drawing and PDF embedding can use, so a damaged file in fonts/ is a located
// error in check instead of blank text or a broken PDF in build.
#include <cstdint>
#include <string>

namespace sterk {

/// Font files bigger than this are refused before FreeType maps them.
constexpr uint64_t kMaxFontFileBytes = 64ull << 20;
/// A font collection (.ttc) with more fonts than this is refused.
constexpr long kMaxFontsInFile = 64;

/// What is wrong with the font file at `path` for build, in a few words a designer
/// understands ("its 'glyf' table runs past the end of the file: …"); empty when build
/// can use it. Checks, for every font in the file: the table directory against the
/// file's size (FreeType silently drops a table that is cut off; cairo then embeds a
/// fallback without the font's outlines), every table through FT_Load_Sfnt_Table (the
/// call cairo's PDF subsetter makes), the glyph index ('loca') against the outlines
/// ('glyf'), every glyph through FT_Load_Glyph (what drawing does), and a cairo scaled
/// font made from the face (what Pango makes). Not thread-safe (one FreeType library):
/// register_project_fonts() calls it under its lock.
/// `*name` gets "Family Style" when the file could be opened, for the message.
std::string font_file_problem(const std::string& path, std::string* name);

}  // namespace sterk
