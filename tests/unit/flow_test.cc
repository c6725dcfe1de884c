// The long-form layout (layout/flow.h), judged by what a reader of a guide sees on
// the pages: the contents' page numbers, headings never left alone at the foot of a
// page, split paragraphs with at least two lines on each page, table rows kept whole.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>

#include "layout/flow.h"
#include "layout/fonts.h"
#include "test_project.h"

using namespace sterk;

namespace {

void fonts() {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
}

FlowBlock heading(const std::string& text, int level) {
  FlowBlock b;
  b.kind = FlowBlock::heading;
  b.text = text;
  b.level = level;
  return b;
}
FlowBlock paragraph(const std::string& text) {
  FlowBlock b;
  b.kind = FlowBlock::paragraph;
  b.text = text;
  return b;
}

// A paragraph of about `words` words.
std::string words(int n, int seed) {
  static const char* pool[] = {"werk", "jongere", "begeleiding", "samen", "praten", "over", "wat", "helpt",
                               "een", "goede", "start", "met", "taken", "die", "passen", "bij", "iemand"};
  std::string s;
  for (int i = 0; i < n; ++i) s += std::string(i ? " " : "") + pool[(i * 7 + seed * 13) % 17];
  return s + ".";
}

// A document with a contents page and chapters of varied length.
std::vector<FlowBlock> document(int seed) {
  std::mt19937 rng(seed);
  std::vector<FlowBlock> blocks;
  blocks.push_back(heading("Proefdocument", 0));
  blocks.back().in_toc = false;
  FlowBlock toc;
  toc.kind = FlowBlock::toc;
  blocks.push_back(toc);
  FlowBlock brk;
  brk.kind = FlowBlock::page_break;
  blocks.push_back(brk);
  for (int c = 1; c <= 8; ++c) {
    blocks.push_back(heading("Hoofdstuk " + std::to_string(c), 1));
    int paras = 1 + static_cast<int>(rng() % 4);
    for (int p = 0; p < paras; ++p) blocks.push_back(paragraph(words(20 + static_cast<int>(rng() % 160), c * 10 + p)));
    blocks.push_back(heading("Paragraaf " + std::to_string(c) + ".1", 2));
    blocks.push_back(paragraph(words(30 + static_cast<int>(rng() % 200), c)));
  }
  return blocks;
}

// Text items in a page's body (not the running head or page number).
std::vector<const FrameItem*> body_texts(const Frame& f) {
  std::vector<const FrameItem*> out;
  for (const auto& it : f.items)
    if (it.kind == FrameItem::text_box && it.element != "running-head") out.push_back(&it);
  return out;
}

// The plain text of an item's markup (the test documents use no markup).
std::string plain(const FrameItem& it) { return it.text.markup; }

}  // namespace

TEST_CASE("the contents shows the pages where the headings landed", "[flow]") {
  fonts();
  for (int seed = 1; seed <= 6; ++seed) {
    FlowResult r = flow_document(document(seed), a4_page(), "proef");
    REQUIRE(r.pages.size() > 4);
    // Where each heading really is: look for its text item on the pages.
    std::map<std::string, int> landed;
    for (size_t p = 0; p < r.pages.size(); ++p)
      for (const FrameItem* it : body_texts(r.pages[p]))
        if (it->element == "heading") landed[plain(*it)] = static_cast<int>(p) + 1;
    // What the contents page prints: title items followed by their number item.
    std::vector<std::pair<std::string, std::string>> printed;
    for (const auto& page : r.pages) {
      std::vector<const FrameItem*> texts = body_texts(page);
      for (size_t i = 0; i + 1 < texts.size(); ++i)
        if (texts[i]->element == "contents" && texts[i + 1]->element == "contents" && texts[i + 1]->text.align == "right")
          printed.push_back({plain(*texts[i]), plain(*texts[i + 1])});
    }
    REQUIRE(printed.size() == 16);  // 8 chapters and 8 sections
    for (const auto& [title, number] : printed) {
      INFO("seed " << seed << ": " << title);
      REQUIRE(landed.count(title));
      CHECK(number == std::to_string(landed[title]));
    }
    CHECK(r.passes >= 2);
  }
}

TEST_CASE("no heading is the last thing on a page", "[flow]") {
  fonts();
  int pages_checked = 0;
  for (int seed = 1; seed <= 30; ++seed) {
    FlowResult r = flow_document(document(seed), a4_page(), "proef");
    for (size_t p = 0; p < r.pages.size(); ++p) {
      // The lowest text on the page must not be a heading.
      const FrameItem* lowest = nullptr;
      for (const FrameItem* it : body_texts(r.pages[p]))
        if (!lowest || it->box.y >= lowest->box.y) lowest = it;
      if (!lowest) continue;
      INFO("seed " << seed << ", page " << p + 1 << ": " << plain(*lowest));
      CHECK(lowest->element != "heading");
      ++pages_checked;
    }
  }
  CHECK(pages_checked > 100);
}

TEST_CASE("a paragraph split across pages keeps at least two lines on each page", "[flow]") {
  fonts();
  int splits = 0;
  for (int seed = 1; seed <= 30; ++seed) {
    FlowResult r = flow_document(document(seed), a4_page(), "proef");
    std::map<size_t, std::vector<const PlacedPiece*>> by_block;
    for (const auto& pc : r.pieces)
      if (pc.kind == FlowBlock::paragraph) by_block[pc.block].push_back(&pc);
    for (const auto& [block, pieces] : by_block) {
      if (pieces.size() < 2) continue;
      ++splits;
      for (size_t k = 0; k < pieces.size(); ++k) {
        INFO("seed " << seed << ", block " << block << ", piece " << k);
        CHECK(pieces[k]->lines >= 2);
        if (k) CHECK(pieces[k]->page == pieces[k - 1]->page + 1);
      }
    }
    // The same seen on the pages: every paragraph text item is at least two lines tall,
    // unless the whole paragraph is shorter than two lines.
    for (const auto& page : r.pages)
      for (const FrameItem* it : body_texts(page))
        if (it->element == "paragraph") {
          double lines = it->box.h / it->text.line_height_pt;
          if (lines < 1.5) CHECK(it->text.markup.size() < 200);
        }
  }
  CHECK(splits > 5);  // the documents do make the engine split paragraphs
}

TEST_CASE("table rows are not split and the header comes along to the next page", "[flow]") {
  fonts();
  std::vector<FlowBlock> blocks;
  FlowBlock t;
  t.kind = FlowBlock::table;
  t.columns = {1, 3};
  t.rows.push_back({"Tijd", "Onderdeel"});
  for (int i = 0; i < 60; ++i) t.rows.push_back({std::to_string(i), words(8 + i % 20, i)});
  blocks.push_back(t);
  FlowResult r = flow_document(blocks, a4_page(), "proef");
  REQUIRE(r.pages.size() >= 2);
  for (const auto& page : r.pages) {
    std::vector<const FrameItem*> cells = body_texts(page);
    REQUIRE(!cells.empty());
    CHECK(cells.front()->text.markup == "Tijd");  // every page starts with the header row
    for (const FrameItem* c : cells) CHECK(c->box.bottom() <= page.height - 62 + 0.5);
  }
}
