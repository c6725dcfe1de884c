#include "layout/fonts.h"

#include "layout/font_file.h"
#include "util/messages.h"
#include "util/text.h"

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
std::vector<UnreadableFont> g_unreadable;

bool font_file_name(const std::string& n) {
  std::string l = n;
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* ext : {".ttf", ".otf", ".ttc"})
    if (l.size() > 4 && l.compare(l.size() - 4, 4, ext) == 0) return true;
  return false;
}

// Every font file under `dir` (subfolders too; a link to a file counts as the file,
// like fontconfig reads it; linked folders are not entered, so there are no loops).
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
    else if (font_file_name(n) && (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))) out->push_back(full);
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
  // A per-user cache folder, so fontconfig does not complain.
  FcConfigParseAndLoadFromMemory(
      config,
      reinterpret_cast<const FcChar8*>("<fontconfig><cachedir prefix=\"xdg\">sterk-fontconfig</cachedir></fontconfig>"),
      FcFalse);
  struct stat folder;
  if (::stat(dir.c_str(), &folder) != 0 || !S_ISDIR(folder.st_mode)) {
    FcConfigDestroy(config);
    *err = tr("cannot read fonts from '{}'", dir);
    return false;
  }
  // Each file is read the way build will draw and embed it (font_file.h) before
  // fontconfig may offer it: a damaged file never stands in for its family.
  std::vector<std::string> all;
  std::vector<UnreadableFont> unreadable;
  font_files(dir, 0, &all);
  std::sort(all.begin(), all.end());
  for (const auto& f : all) {
    UnreadableFont bad{f, "", ""};
    bad.problem = font_file_problem(f, &bad.name);
    if (bad.problem.empty() && !FcConfigAppFontAddFile(config, reinterpret_cast<const FcChar8*>(f.c_str())))
      bad.problem = tr("fontconfig cannot read it");
    if (!bad.problem.empty()) unreadable.push_back(bad);
  }
  FcFontSet* set = FcConfigGetFonts(config, FcSetApplication);
  std::set<std::string> families;
  std::vector<FontFile> files;
  for (int i = 0; set && i < set->nfont; ++i) {
    add_font_file(set->fonts[i], &files);
    FcChar8* fam = nullptr;
    if (FcPatternGetString(set->fonts[i], FC_FAMILY, 0, &fam) == FcResultMatch)
      families.insert(reinterpret_cast<const char*>(fam));
  }
  g_unreadable = unreadable;
  std::sort(files.begin(), files.end(), [](const FontFile& a, const FontFile& b) {
    return std::tie(a.family, a.weight, a.italic, a.path) < std::tie(b.family, b.weight, b.italic, b.path);
  });
  if (families.empty()) {
    FcConfigDestroy(config);
    *err = unreadable.empty() ? tr("there are no font files (.ttf, .otf) in '{}'", dir)
                              : tr("none of the font files in '{}' can be used", dir);
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

std::vector<UnreadableFont> unreadable_font_files() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_unreadable;
}

void report_unreadable_fonts(Diagnostics* diags) {
  for (const auto& f : unreadable_font_files())
    diags->error({f.path, 0, 0}, "preflight/bad-font",
                 f.name.empty() ? tr("this font file cannot be used: {}; replace it with a good copy or remove it "
                                     "from fonts/",
                                     f.problem)
                                : tr("this font file ({}) cannot be used: {}; replace it with a good copy or remove "
                                     "it from fonts/",
                                     f.name, f.problem));
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

bool font_family_missing(const FontStyle& font) {
  std::vector<std::string> have = font_families();
  return std::find(have.begin(), have.end(), font.family) == have.end();
}

void report_missing_family(const FontStyle& font, const std::vector<std::string>& families, Diagnostics* diags) {
  std::string hint = did_you_mean(font.family, families);
  diags->error(font.family_at.line > 0 ? font.family_at : font.at, "template/font-missing",
               hint.empty() ? tr("font '{}' uses the family '{}', which is not in fonts/ (there: {}); add its font files to "
                                  "fonts/ or use another family", font.name, font.family, join(families, ", "))
                             : tr("font '{}' uses the family '{}', which is not in fonts/ (did you mean '{}'?); add its "
                                  "font files to fonts/ or use another family", font.name, font.family, hint));
}

void check_template_fonts(const Template& t, const std::vector<std::string>& families, Diagnostics* diags) {
  for (const auto& [name, font] : t.fonts)
    if (std::find(families.begin(), families.end(), font.family) == families.end())
      report_missing_family(font, families, diags);
}

}  // namespace sterk
