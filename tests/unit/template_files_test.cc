// The per-deck memo of pictogram and image files (layout/template_files.h) gives the
// same answers as looking at the file itself, for each way a file can be wrong.
#include <catch2/catch.hpp>

#include <unistd.h>

#include "layout/template_files.h"
#include "test_project.h"

using sterk::TemplateFile;
using sterk::TemplateFiles;
using sterk::test::TempProject;

namespace {
const char* kSvg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="24" height="12"><rect width="24" height="12"/></svg>)";

void same(const TemplateFile& a, const TemplateFile& b) {
  CHECK(a.state == b.state);
  CHECK(a.problem == b.problem);
  CHECK(a.width == b.width);
  CHECK(a.height == b.height);
}
}  // namespace

TEST_CASE("template files: the memo answers as a fresh look does, once per file", "[layout][template-files]") {
  TempProject p(false);
  const std::string folder = p.path("templates");
  const std::string ok = p.write("templates/pictograms/ok.svg", kSvg);
  const std::string bad = p.write("templates/pictograms/bad.svg", "<svg><!ENTITY x \"y\"></svg>");
  const std::string outside = p.write("elsewhere/out.svg", kSvg);
  REQUIRE(::symlink(outside.c_str(), p.path("templates/pictograms/link.svg").c_str()) == 0);
  const std::string link = p.path("templates/pictograms/link.svg");
  const std::string missing = p.path("templates/pictograms/none.svg");
  const std::string text = p.write("templates/notes.txt", "not a picture");

  TemplateFiles memo;
  TemplateFile f = memo.pictogram(ok, folder);
  CHECK(f.state == TemplateFile::State::ok);
  CHECK(f.width == 24);
  CHECK(f.height == 12);
  same(f, sterk::look_at_pictogram(ok, folder));
  CHECK(memo.pictogram(missing, folder).state == TemplateFile::State::missing);
  CHECK(memo.pictogram(link, folder).state == TemplateFile::State::outside);
  CHECK(memo.pictogram(bad, folder).state == TemplateFile::State::unusable);
  CHECK_FALSE(memo.pictogram(bad, folder).problem.empty());
  same(memo.pictogram(bad, folder), sterk::look_at_pictogram(bad, folder));
  CHECK(memo.image(text, folder).state == TemplateFile::State::unusable);
  same(memo.image(text, folder), sterk::look_at_image(text, folder));
  same(memo.image(ok, folder), sterk::look_at_image(ok, folder));

  // Looked at once: the answer stays for the deck even when the file goes away
  // (a new build makes a new memo).
  REQUIRE(::unlink(ok.c_str()) == 0);
  CHECK(memo.pictogram(ok, folder).state == TemplateFile::State::ok);
  CHECK(sterk::look_at_pictogram(ok, folder).state == TemplateFile::State::missing);
}
