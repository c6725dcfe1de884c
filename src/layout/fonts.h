#pragma once
// Fonts come only from the project's fonts/ folder: at start-up a fontconfig
// configuration is made that holds those files and nothing else, so a deck can
// never silently use a system font.
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/template.h"

typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoContext PangoContext;

namespace sterk {

/// Registers every font file in `dir` that build can use as the only fonts of this
/// process. Returns false with *err when the folder has no usable font. Safe to call again
/// with the same folder (it then does nothing).
bool register_project_fonts(const std::string& dir, std::string* err);
/// One registered font file, for the web pages' @font-face rules.
struct FontFile {
  std::string family;
  int weight = 400;  ///< CSS weight: 400 regular, 700 bold
  bool italic = false;
  std::string path;
};
/// Every font file of the registered folder, sorted by family, weight and path.
std::vector<FontFile> registered_font_files();
/// A font file (.ttf, .otf, .ttc) of the folder that build could not use.
struct UnreadableFont {
  std::string path;
  std::string name;     ///< "Family Style" when that much could be read, else empty
  std::string problem;  ///< why, from font_file_problem()
};
/// The font files of the last folder given to register_project_fonts() (also when it
/// failed) that were left out because build could not use them (font_file.h): check,
/// build and preview report them. Sorted by path.
std::vector<UnreadableFont> unreadable_font_files();
/// Adds a `preflight/bad-font` error at each of unreadable_font_files().
void report_unreadable_fonts(Diagnostics* diags);
/// Families found in the registered folder, sorted.
std::vector<std::string> font_families();
/// Whether `font` (a template's font style) names a family that is not in fonts/ at all.
bool font_family_missing(const FontStyle& font);
/// Every font family the template names must be one of `families` (the fonts in
/// the project's fonts/ folder, see font_families()): `template/font-missing`, at the
/// line that names the family (the child's, with extends). Called once the project's
/// fonts are registered. Layout reports the same message for each card that uses such
/// a font, so check can count the cards it affects (one cause, one message).
void check_template_fonts(const Template& tpl, const std::vector<std::string>& families, Diagnostics* diags);
/// The `template/font-missing` finding for one font style, as check_template_fonts says it.
void report_missing_family(const FontStyle& font, const std::vector<std::string>& families, Diagnostics* diags);
/// The shared Pango context for measuring and drawing: 72 dpi (1 unit = 1 pt),
/// no hinting, unrounded glyph positions, so PDF and PNG place glyphs identically.
PangoContext* text_context();

}  // namespace sterk
