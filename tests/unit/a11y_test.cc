// axe-core in headless Chromium on the web page of every deck: the repository's
// decks and a small test deck. ctest runs it as needs/chromium (tests/needs.sh): a skip
// (not run) without Chromium or node, a failure with CI=true.
#include <catch2/catch.hpp>
#include <string>

#include "test_project.h"

using namespace sterk;

namespace {
const char* kDeck =
    "deck: {id: t, title: Sterk <in> Werk & co, subtitle: Voor werkgevers, audience: werkgever, "
    "template: professional, edition: '2026.1'}\n"
    "cards:\n"
    "  - {id: T-cover, kind: cover, title: Sterk in Werk, text: Een set kaarten., pictogram: handshake, "
    "pictogram_alt: Twee handen}\n"
    "  - {id: T-uitleg, kind: instruction, title: Zo werkt het, text: Pak een kaart., tips: [Lees de vraag.]}\n"
    "  - id: T-1\n"
    "    cluster: werk\n"
    "    title: Werk dat **past**\n"
    "    text: \"Bespreek samen\\nwelke taken passen.\"\n"
    "    tips: [Begin klein., Vraag door.]\n"
    "    question: Welke taak past?\n"
    "    pictogram: briefcase\n"
    "    pictogram_alt: Een werktas\n"
    "  - {id: T-2, cluster: steun, title: Steun, text: Vraag wat helpt., pictogram: users}\n";
}  // namespace

TEST_CASE("axe-core finds no violations on any deck's web page", "[a11y][html][needs][needs-chromium]") {
  std::string out;
  // ctest runs this through tests/needs.sh, which skips (77) without Chromium and node;
  // once it runs, being unable to run axe-core is a failure.
  INFO(out);
  REQUIRE(test::run("bash " + test::repo_dir() + "/tests/a11y/run_axe.sh --available", &out) == 0);
  test::TempProject p;
  p.write("cards/t.yaml", kDeck);
  std::string log;
  int code = test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output html", &log);
  INFO(log);
  REQUIRE(code == 0);
  // The repository's own decks, built into a separate folder.
  std::string real_out = p.path("real-out");
  code = test::run(std::string(STERK_BINARY) + " build -C " + test::repo_dir() + " --output html --out " + real_out, &log);
  INFO(log);
  REQUIRE(code == 0);
  std::string files;
  test::run("ls " + p.path("out/t/index.html") + " " + real_out + "/*/index.html", &files);
  std::string list;
  for (size_t s = 0, e; (e = files.find('\n', s)) != std::string::npos; s = e + 1) list += " " + files.substr(s, e - s);
  code = test::run("bash " + test::repo_dir() + "/tests/a11y/run_axe.sh" + list, &out);
  INFO(out);
  CHECK(code == 0);
  CHECK(out.find(" 0 violations") != std::string::npos);
  CHECK(out.find("index.html: 0 violations") != std::string::npos);
}
