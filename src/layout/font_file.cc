#include "layout/font_file.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <sys/stat.h>

#include <fstream>
#include <memory>
#include <vector>

#include "util/messages.h"

namespace sterk {
namespace {

struct ScaledFontFree {
  void operator()(cairo_scaled_font_t* f) const { cairo_scaled_font_destroy(f); }
};
struct FontFaceFree {
  void operator()(cairo_font_face_t* f) const { cairo_font_face_destroy(f); }
};
struct FontOptionsFree {
  void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
};
struct FaceFree {
  void operator()(FT_Face f) const { FT_Done_Face(f); }
};

uint32_t be32(const unsigned char* p) {
  return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}
uint16_t be16(const unsigned char* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }

bool read_at(std::ifstream& in, uint64_t offset, size_t n, std::vector<unsigned char>* out) {
  out->assign(n, 0);
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  return in.read(reinterpret_cast<char*>(out->data()), static_cast<std::streamsize>(n)) &&
         static_cast<size_t>(in.gcount()) == n;
}

// The table directory of the font at `offset`: every table must lie inside the file.
// FreeType leaves out a table that does not (the font still opens), and cairo then
// embeds a substitute without the font's outlines: text looks fine on screen, wrong in print.
std::string check_directory(std::ifstream& in, uint64_t offset, uint64_t size) {
  std::vector<unsigned char> head;
  if (!read_at(in, offset, 12, &head))
    return tr("it ends inside its own header: the file is cut off (copied or downloaded only partly)");
  uint32_t version = be32(head.data());
  if (version != 0x00010000 && version != 0x74727565 /* true */ && version != 0x4F54544F /* OTTO */)
    return tr("it is not a TrueType or OpenType font");
  uint16_t tables = be16(head.data() + 4);
  std::vector<unsigned char> dir;
  if (!read_at(in, offset + 12, size_t(tables) * 16, &dir))
    return tr("it ends inside its list of tables: the file is cut off (copied or downloaded only partly)");
  for (uint16_t i = 0; i < tables; ++i) {
    const unsigned char* t = dir.data() + size_t(i) * 16;
    uint64_t end = uint64_t(be32(t + 8)) + be32(t + 12);
    if (end > size) {
      std::string tag(reinterpret_cast<const char*>(t), 4);
      return tr(
          "its '{}' table runs to byte {}, but the file has only {} bytes: the file is cut off (copied or "
          "downloaded only partly)",
          tag, end, size);
    }
  }
  return "";
}

// The offsets of the fonts in the file: one, or each font of a collection (.ttc).
std::string font_offsets(std::ifstream& in, uint64_t size, std::vector<uint64_t>* offsets) {
  std::vector<unsigned char> head;
  if (!read_at(in, 0, 12, &head)) return size == 0 ? tr("the file is empty") : tr("it is too short to be a font");
  if (be32(head.data()) != 0x74746366 /* ttcf */) {
    offsets->push_back(0);
    return "";
  }
  uint32_t n = be32(head.data() + 8);
  if (n == 0 || n > kMaxFontsInFile)
    return tr("it says it holds {} fonts; sterk reads collections of 1 to {}", n, kMaxFontsInFile);
  std::vector<unsigned char> list;
  if (!read_at(in, 12, size_t(n) * 4, &list))
    return tr("it ends inside its list of fonts: the file is cut off (copied or downloaded only partly)");
  for (uint32_t i = 0; i < n; ++i) offsets->push_back(be32(list.data() + size_t(i) * 4));
  return "";
}

// sterk's own FreeType library for reading font files, never freed: cairo may keep a
// face made here for a while after the check (its cache of recent fonts).
FT_Library library() {
  static FT_Library lib = [] {
    FT_Library l = nullptr;
    return FT_Init_FreeType(&l) == 0 ? l : nullptr;
  }();
  return lib;
}
void done_face(void* face) { FT_Done_Face(static_cast<FT_Face>(face)); }
const cairo_user_data_key_t kFaceKey = {0};

// cairo makes the font Pango draws with from a FreeType face: a face it cannot scale
// would draw nothing.
std::string check_cairo(FT_Face ft) {
  if (FT_Reference_Face(ft) != 0) return tr("FreeType cannot open it as a font (damaged, or another kind of file)");
  std::unique_ptr<cairo_font_face_t, FontFaceFree> face(cairo_ft_font_face_create_for_ft_face(ft, 0));
  if (cairo_font_face_set_user_data(face.get(), &kFaceKey, ft, done_face) != CAIRO_STATUS_SUCCESS) {
    FT_Done_Face(ft);
    return tr("cairo cannot use it ({})", cairo_status_to_string(cairo_font_face_status(face.get())));
  }
  cairo_matrix_t size, identity;
  cairo_matrix_init_scale(&size, 12, 12);
  cairo_matrix_init_identity(&identity);
  std::unique_ptr<cairo_font_options_t, FontOptionsFree> options(cairo_font_options_create());
  std::unique_ptr<cairo_scaled_font_t, ScaledFontFree> scaled(
      cairo_scaled_font_create(face.get(), &size, &identity, options.get()));
  if (cairo_scaled_font_status(scaled.get()) != CAIRO_STATUS_SUCCESS)
    return tr("cairo cannot use it ({})", cairo_status_to_string(cairo_scaled_font_status(scaled.get())));
  return "";
}

// cairo's PDF subsetter copies each glyph from 'glyf' at the offsets 'loca' gives;
// FreeType draws a glyph whose offset lies past 'glyf' as nothing, so a font with a
// damaged 'loca' shows blanks where letters should be, on screen and in print.
std::string check_glyph_offsets(FT_Face ft) {
  FT_ULong glyf = 0, length = 0;
  if (FT_Load_Sfnt_Table(ft, TTAG_glyf, 0, nullptr, &glyf) != 0) return "";  // CFF outlines: no 'loca'
  const auto* head = static_cast<const TT_Header*>(FT_Get_Sfnt_Table(ft, FT_SFNT_HEAD));
  if (!head || FT_Load_Sfnt_Table(ft, TTAG_loca, 0, nullptr, &length) != 0)
    return tr("it has outlines ('glyf') but no 'loca' table to find them");
  std::vector<FT_Byte> loca(length);
  if (FT_Load_Sfnt_Table(ft, TTAG_loca, 0, loca.data(), &length) != 0)
    return tr("its 'loca' table cannot be read (the file is damaged)");
  const bool wide = head->Index_To_Loc_Format != 0;
  const size_t entries = static_cast<size_t>(ft->num_glyphs) + 1, step = wide ? 4 : 2;
  if (loca.size() < entries * step) return tr("its 'loca' table is too short for its glyphs (the file is damaged)");
  uint64_t previous = 0;
  for (size_t i = 0; i < entries; ++i) {
    const unsigned char* p = loca.data() + i * step;
    uint64_t offset = wide ? be32(p) : uint64_t(be16(p)) * 2;
    if (offset > glyf || offset < previous)
      return tr("glyph {} of its {} points outside its outlines ('loca' and 'glyf' do not agree: the file is damaged)",
                i ? i - 1 : 0, ft->num_glyphs);
    previous = offset;
  }
  return "";
}

// One font of the file, opened the way cairo opens the file Pango names: its tables
// as cairo's PDF subsetter reads them, its glyphs as drawing loads them.
std::string check_face(const std::string& path, int index, long* faces, std::string* name) {
  FT_Face raw = nullptr;
  if (!library() || FT_New_Face(library(), path.c_str(), index, &raw) != 0)
    return tr("FreeType cannot open it as a font (damaged, or another kind of file)");
  std::unique_ptr<FT_FaceRec_, FaceFree> ft(raw);
  *faces = ft->num_faces;
  if (name->empty() && ft->family_name)
    *name = std::string(ft->family_name) + (ft->style_name ? std::string(" ") + ft->style_name : "");
  if (!FT_IS_SFNT(ft.get())) return tr("it is not a TrueType or OpenType font");
  std::vector<FT_Byte> buffer;
  for (FT_UInt i = 0;; ++i) {
    FT_ULong tag = 0, length = 0;
    if (FT_Sfnt_Table_Info(ft.get(), i, &tag, &length) != 0) break;
    buffer.resize(length);
    if (FT_Load_Sfnt_Table(ft.get(), tag, 0, buffer.data(), &length) != 0) {
      char t[5] = {char(tag >> 24), char(tag >> 16), char(tag >> 8), char(tag), 0};
      return tr("its '{}' table cannot be read (the file is damaged)", t);
    }
  }
  for (FT_Long g = 0; g < ft->num_glyphs; ++g)
    if (FT_Load_Glyph(ft.get(), static_cast<FT_UInt>(g), FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) !=
        0)
      return tr("glyph {} of its {} cannot be read (the file is damaged)", g, ft->num_glyphs);
  std::string offsets = check_glyph_offsets(ft.get());
  return offsets.empty() ? check_cairo(ft.get()) : offsets;
}

}  // namespace

std::string font_file_problem(const std::string& path, std::string* name) {
  name->clear();
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return tr("it cannot be opened");
  uint64_t size = static_cast<uint64_t>(st.st_size);
  if (size > kMaxFontFileBytes)
    return tr("it is {} MiB; sterk reads font files up to {} MiB", size >> 20, kMaxFontFileBytes >> 20);
  std::ifstream in(path, std::ios::binary);
  if (!in) return tr("it cannot be opened");
  std::vector<uint64_t> offsets;
  std::string problem = font_offsets(in, size, &offsets);
  for (size_t i = 0; problem.empty() && i < offsets.size(); ++i) problem = check_directory(in, offsets[i], size);
  if (!problem.empty()) {  // the family and style of a cut-off file can often still be read, for the message
    FT_Face ft = nullptr;
    if (library() && FT_New_Face(library(), path.c_str(), 0, &ft) == 0) {
      std::unique_ptr<FT_FaceRec_, FaceFree> holder(ft);
      if (ft->family_name)
        *name = std::string(ft->family_name) + (ft->style_name ? std::string(" ") + ft->style_name : "");
    }
    return problem;
  }
  for (long i = 0, faces = 1; problem.empty() && i < faces && i < kMaxFontsInFile; ++i)
    problem = check_face(path, static_cast<int>(i), &faces, name);
  return problem;
}

}  // namespace sterk
