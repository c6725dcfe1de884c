#include "layout/fonts.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <tuple>

namespace sterk {
namespace {
std::mutex g_mutex;
std::string g_dir;
std::vector<std::string> g_families;
std::vector<FontFile> g_files;
PangoFontMap* g_fontmap = nullptr;
PangoContext* g_context = nullptr;
}  // namespace

bool register_project_fonts(const std::string& dir, std::string* err) {
  std::lock_guard<std::mutex> lock(g_mutex);
  if (g_fontmap && dir == g_dir) return true;
  FcConfig* config = FcConfigCreate();
  // A per-user cache folder, so fontconfig neither complains nor rescans each run.
  FcConfigParseAndLoadFromMemory(
      config,
      reinterpret_cast<const FcChar8*>("<fontconfig><cachedir prefix=\"xdg\">sterk-fontconfig</cachedir></fontconfig>"),
      FcFalse);
  if (!FcConfigAppFontAddDir(config, reinterpret_cast<const FcChar8*>(dir.c_str()))) {
    FcConfigDestroy(config);
    *err = "cannot read fonts from '" + dir + "'";
    return false;
  }
  FcFontSet* set = FcConfigGetFonts(config, FcSetApplication);
  std::set<std::string> families;
  std::vector<FontFile> files;
  for (int i = 0; set && i < set->nfont; ++i) {
    FcChar8* fam = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &fam) != FcResultMatch) continue;
    families.insert(reinterpret_cast<const char*>(fam));
    FontFile f;
    f.family = reinterpret_cast<const char*>(fam);
    FcChar8* file = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) == FcResultMatch) f.path = reinterpret_cast<const char*>(file);
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(set->fonts[i], FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(set->fonts[i], FC_SLANT, 0, &slant);
    f.weight = static_cast<int>(FcWeightToOpenType(weight));
    f.italic = slant != FC_SLANT_ROMAN;
    if (!f.path.empty()) files.push_back(f);
  }
  std::sort(files.begin(), files.end(), [](const FontFile& a, const FontFile& b) {
    return std::tie(a.family, a.weight, a.italic, a.path) < std::tie(b.family, b.weight, b.italic, b.path);
  });
  if (families.empty()) {
    FcConfigDestroy(config);
    *err = "there are no font files (.ttf, .otf) in '" + dir + "'";
    return false;
  }
  // cairo's FreeType backend resolves fonts through the current configuration too.
  FcConfigSetCurrent(config);
  PangoFontMap* fontmap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fontmap), config);
  PangoContext* ctx = pango_font_map_create_context(fontmap);
  pango_cairo_context_set_resolution(ctx, 72.0);
  cairo_font_options_t* opts = cairo_font_options_create();
  cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(ctx, opts);
  cairo_font_options_destroy(opts);
  pango_context_set_round_glyph_positions(ctx, FALSE);
  pango_context_set_language(ctx, pango_language_from_string("nl"));
  if (g_context) g_object_unref(g_context);
  if (g_fontmap) g_object_unref(g_fontmap);
  g_fontmap = fontmap;
  g_context = ctx;
  g_dir = dir;
  g_families.assign(families.begin(), families.end());
  g_files = std::move(files);
  return true;
}

std::vector<std::string> font_families() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_families;
}

std::vector<FontFile> font_files() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_files;
}

PangoContext* text_context() { return g_context; }

}  // namespace sterk
