#include "layout/fonts.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <set>
#include <tuple>

namespace sterk {
namespace {
std::mutex g_mutex;
std::string g_dir;
std::vector<std::string> g_families;
std::vector<FontFile> g_files;
std::vector<std::string> g_unreadable;

bool font_file_name(const std::string& n) {
  std::string l = n;
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* ext : {".ttf", ".otf", ".ttc"})
    if (l.size() > 4 && l.compare(l.size() - 4, 4, ext) == 0) return true;
  return false;
}

// Every font file under `dir`, as fontconfig walks it (subfolders too, links not followed).
void font_files(const std::string& dir, int depth, std::vector<std::string>* out) {
  DIR* d = opendir(dir.c_str());
  if (!d || depth > 8) {
    if (d) closedir(d);
    return;
  }
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n == "." || n == "..") continue;
    std::string full = dir + "/" + n;
    struct stat st;
    if (::lstat(full.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) font_files(full, depth + 1, out);
    else if (S_ISREG(st.st_mode) && font_file_name(n)) out->push_back(full);
  }
  closedir(d);
}
PangoFontMap* g_fontmap = nullptr;
PangoContext* g_context = nullptr;
}  // namespace

// One fontconfig pattern as a font file for the web pages' @font-face.
static void add_font_file(FcPattern* p, std::vector<FontFile>* files) {
  FcChar8* fam = nullptr;
  FcChar8* file = nullptr;
  if (FcPatternGetString(p, FC_FAMILY, 0, &fam) != FcResultMatch ||
      FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch)
    return;
  FontFile f;
  f.family = reinterpret_cast<const char*>(fam);
  f.path = reinterpret_cast<const char*>(file);
  int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
  FcPatternGetInteger(p, FC_WEIGHT, 0, &weight);
  FcPatternGetInteger(p, FC_SLANT, 0, &slant);
  f.weight = static_cast<int>(FcWeightToOpenType(weight));
  f.italic = slant != FC_SLANT_ROMAN;
  files->push_back(f);
}

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
  std::set<std::string> families, read;
  std::vector<FontFile> files;
  for (int i = 0; set && i < set->nfont; ++i) {
    add_font_file(set->fonts[i], &files);
    FcChar8* fam = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &fam) == FcResultMatch)
      families.insert(reinterpret_cast<const char*>(fam));
    FcChar8* file = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) == FcResultMatch) {
      char* real = ::realpath(reinterpret_cast<const char*>(file), nullptr);
      read.insert(real ? real : reinterpret_cast<const char*>(file));
      std::free(real);
    }
  }
  std::vector<std::string> all, unreadable;
  font_files(dir, 0, &all);
  for (const auto& f : all) {
    char* real = ::realpath(f.c_str(), nullptr);
    if (!read.count(real ? real : f)) unreadable.push_back(f);
    std::free(real);
  }
  std::sort(unreadable.begin(), unreadable.end());
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
  g_unreadable = std::move(unreadable);
  return true;
}

std::vector<std::string> unreadable_font_files() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_unreadable;
}

void report_unreadable_fonts(Diagnostics* diags) {
  for (const auto& f : unreadable_font_files())
    diags->warning({f, 0, 0}, "preflight/bad-font",
                   "this font file cannot be read (damaged, or not a font), so its family is not available; "
                   "replace it with a good copy or remove it from fonts/");
}

std::vector<std::string> font_families() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_families;
}

std::vector<FontFile> registered_font_files() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_files;
}

PangoContext* text_context() { return g_context; }

}  // namespace sterk
