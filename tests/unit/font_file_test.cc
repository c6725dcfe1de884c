// Reading font files the way build uses them (layout/font_file.h): the project's own
// fonts pass, a font collection is read font by font, and a damaged file is left out
// of the fonts while the others stay available.
#include "layout/font_file.h"

#include <catch2/catch.hpp>

#include "layout/fonts.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

std::string repo_font(const std::string& name) {
  std::string data, err;
  REQUIRE(read_file(test::repo_dir() + "/fonts/" + name, &data, &err));
  return data;
}

void put32(std::string* s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*s)[at + i] = static_cast<char>(v >> (24 - 8 * i));
}
uint32_t get32(const std::string& s, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = v << 8 | static_cast<uint8_t>(s[at + i]);
  return v;
}

// A TrueType collection (.ttc) of `fonts`: a 'ttcf' header, then each font with the
// offsets in its table directory counted from the start of the collection.
std::string collection(const std::vector<std::string>& fonts) {
  std::string out(12 + 4 * fonts.size(), '\0');
  out.replace(0, 4, "ttcf");
  put32(&out, 4, 0x00010000);
  put32(&out, 8, static_cast<uint32_t>(fonts.size()));
  for (size_t f = 0; f < fonts.size(); ++f) {
    while (out.size() % 4) out += '\0';
    uint32_t base = static_cast<uint32_t>(out.size());
    put32(&out, 12 + 4 * f, base);
    std::string font = fonts[f];
    size_t tables = static_cast<uint8_t>(font[4]) << 8 | static_cast<uint8_t>(font[5]);
    for (size_t t = 0; t < tables; ++t) put32(&font, 12 + 16 * t + 8, get32(font, 12 + 16 * t + 8) + base);
    out += font;
  }
  return out;
}

}  // namespace

TEST_CASE("the project's font files can be used as they are", "[fonts]") {
  for (const char* file : {"AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"}) {
    std::string name;
    CHECK(font_file_problem(test::repo_dir() + "/fonts/" + file, &name) == "");
    CHECK(name.rfind("Atkinson Hyperlegible ", 0) == 0);
  }
}

TEST_CASE("a font collection is read font by font and a cut-off second font is found", "[fonts]") {
  test::TempProject dir(false);
  std::string regular = repo_font("AtkinsonHyperlegible-Regular.ttf"),
              bold = repo_font("AtkinsonHyperlegible-Bold.ttf");
  std::string good = collection({regular, bold}), err, name;
  dir.write("Both.ttc", good);
  CHECK(font_file_problem(dir.path("Both.ttc"), &name) == "");
  CHECK(name == "Atkinson Hyperlegible Regular");

  // The bold font's 'glyf' is its last table: it ends 2 bytes (padding) before the collection.
  dir.write("Cut.ttc", good.substr(0, good.size() - 100));
  CHECK(font_file_problem(dir.path("Cut.ttc"), &name) ==
        "its 'glyf' table runs to byte " + std::to_string(good.size() - 2) + ", but the file has only " +
            std::to_string(good.size() - 100) + " bytes: the file is cut off (copied or downloaded only partly)");

  std::string many = good;
  put32(&many, 8, 65);
  dir.write("Many.ttc", many);
  CHECK(font_file_problem(dir.path("Many.ttc"), &name) ==
        "it says it holds 65 fonts; sterk reads collections of 1 to 64");
}

TEST_CASE("a damaged font file is left out and the good ones stay available", "[fonts]") {
  test::TempProject dir(false);
  std::string err;
  dir.write("fonts/Regular.ttf", repo_font("AtkinsonHyperlegible-Regular.ttf"));
  std::string bold = repo_font("AtkinsonHyperlegible-Bold.ttf");
  dir.write("fonts/sub/Bold.ttf", bold.substr(0, bold.size() / 2));
  REQUIRE(register_project_fonts(dir.path("fonts"), &err));
  CHECK(font_families() == std::vector<std::string>{"Atkinson Hyperlegible"});
  std::vector<FontFile> files = registered_font_files();
  REQUIRE(files.size() == 1);
  CHECK(files[0].weight == 400);  // the bold face is not offered: titles cannot get a broken font
  std::vector<UnreadableFont> bad = unreadable_font_files();
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].path == dir.path("fonts/sub/Bold.ttf"));
  CHECK(bad[0].name == "Atkinson Hyperlegible Bold");

  // With no usable font left, registering fails but still names the damaged files.
  test::TempProject none(false);
  none.write("fonts/Bold.ttf", "");
  CHECK_FALSE(register_project_fonts(none.path("fonts"), &err));
  CHECK(err == "none of the font files in '" + none.path("fonts") + "' can be used");
  REQUIRE(unreadable_font_files().size() == 1);
  CHECK(unreadable_font_files()[0].problem == "the file is empty");
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));  // as the other tests expect
}
