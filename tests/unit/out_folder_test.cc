// The out/ folder contract (SPEC §9, docs/publishing.md): whole-folder swaps, a
// killed build (SIGKILL mid-render, or at a test hook between the renames) leaves
// nothing the next build does not remove, a lock against a second build, links
// replaced and never followed, --out never inside the project's own folders.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <map>

#include "publish/out_folder.h"
#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

// A project of two small workshop decks (the bad-input corpus' base plus a second deck).
void make_project(const test::TempProject& p) {
  std::string out;
  REQUIRE(test::run("cp -r '" + test::repo_dir() + "/tests/cases/bad/_base/.' '" + p.root() + "/'", &out) == 0);
  p.write("cards/second.yaml",
          "deck: {id: tweede, title: Tweede, audience: jobcoach, template: professional, edition: '2026.1', "
          "kind: workshop}\n"
          "cards:\n"
          "  - id: T-1\n    title: Samen werken\n    text: Vraag wat helpt.\n    pictogram: users\n");
}

// Every file under out/ with its SHA-256; links and folders by kind.
std::map<std::string, std::string> out_snapshot(const test::TempProject& p) {
  std::map<std::string, std::string> snap;
  for (const auto& f : list_files(p.path("out"))) {
    struct stat st;
    std::string full = p.path("out/" + f), data, err;
    if (::lstat(full.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) snap[f] = "link";
    else if (read_file(full, &data, &err)) snap[f] = sha256_hex(data);
    else snap[f] = "unreadable";
  }
  return snap;
}

std::string build(const test::TempProject& p, const std::string& args, std::string* out, int* rc) {
  *rc = test::run("cd '" + p.root() + "' && " + args + " " + STERK_BINARY + " build --jobs 1 2>&1", out);
  return *out;
}

}  // namespace

TEST_CASE("a build killed at any point is cleaned up by the next: out/ equals a clean build byte for byte",
          "[publish][out]") {
  test::TempProject clean;
  make_project(clean);
  std::string out;
  int rc;
  build(clean, "", &out, &rc);
  REQUIRE(rc == 0);
  const auto reference = out_snapshot(clean);
  REQUIRE(reference.count("deck/deck-print.pdf"));
  REQUIRE(reference.count("tweede/manifest.json"));

  // Each hook kills the build with SIGKILL at one step of putting the decks in place.
  for (std::string point : {"before-swap", "after-exchange", "after-first-deck", "between-renames"}) {
    DYNAMIC_SECTION("killed at " << point) {
      test::TempProject p;
      make_project(p);
      // An earlier build with more outputs, so the killed build has something to replace.
      REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --jobs 1 --output print,png", &out) == 0);
      std::string env = "STERK_TEST_CRASH_AT=" + point + (point == "between-renames" ? " STERK_TEST_NO_EXCHANGE=1" : "");
      build(p, env, &out, &rc);
      INFO(out);
      CHECK(rc == 137);  // the shell's code for a child killed by SIGKILL (128 + 9)
      CHECK(out_snapshot(p) != reference);  // the kill did leave a mess
      build(p, "", &out, &rc);
      CHECK(rc == 0);
      CHECK(out.find(" of an interrupted build from ") != std::string::npos);
      CHECK(out_snapshot(p) == reference);
    }
  }
}

TEST_CASE("a build killed with SIGKILL while rendering leaves out/ as it was until the next build",
          "[publish][out]") {
  test::TempProject clean, p;
  make_project(clean);
  make_project(p);
  std::string out;
  int rc;
  build(clean, "", &out, &rc);
  REQUIRE(rc == 0);
  const auto reference = out_snapshot(clean);
  REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --jobs 1 --output print,png", &out) == 0);
  const auto earlier = out_snapshot(p);
  // Kill it as soon as its staging folder has the first PNG in it: mid-render.
  rc = test::run("cd '" + p.root() + "' && (" + STERK_BINARY +
                     " build --jobs 1 --output print,png,html --dpi 300 & pid=$!; "
                     "for i in $(seq 1 2000); do ls out/.staging-*/png/*.png >/dev/null 2>&1 && break; sleep 0.01; done; "
                     "kill -9 $pid; wait $pid; echo \"killed $?\")",
                 &out);
  INFO(out);
  REQUIRE(out.find("killed 137") != std::string::npos);
  // The killed build changed none of the earlier decks; only its staging folder is new.
  auto after_kill = out_snapshot(p);
  int staged = 0;
  for (auto it = after_kill.begin(); it != after_kill.end();)
    if (it->first.rfind(".staging-", 0) == 0) { ++staged; it = after_kill.erase(it); } else ++it;
  CHECK(staged > 0);
  CHECK(after_kill == earlier);
  build(p, "", &out, &rc);
  CHECK(rc == 0);
  CHECK(out_snapshot(p) == reference);
}

TEST_CASE("a build with fewer outputs removes the others and says so", "[publish][out]") {
  test::TempProject p;
  make_project(p);
  std::string out;
  REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --deck deck --output print,png", &out) == 0);
  REQUIRE(file_exists(p.path("out/deck/png/W-1-front.png")));
  REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --deck deck --output print", &out) == 0);
  CHECK(out.find("removed 5 files from out/deck/ that this build no longer makes: png/W-1-back.png "
                 "png/W-1-front.png png/W-2-back.png png/W-2-front.png png/overview.png") != std::string::npos);
  CHECK(list_files(p.path("out/deck")) == std::vector<std::string>{"deck-print.pdf", "manifest.json"});
}

TEST_CASE("a link at out/<deck> is replaced, not followed, and a victim folder stays as it was", "[publish][out]") {
  test::TempProject p, victim(false);
  make_project(p);
  victim.write("keep.txt", "do not touch\n");
  victim.write("deck-print.pdf", "not a pdf, and it stays that way\n");
  std::string out;
  REQUIRE(test::run("mkdir -p '" + p.path("out") + "' && ln -s '" + victim.root() + "' '" + p.path("out/deck") + "'",
                    &out) == 0);
  REQUIRE(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --deck deck", &out) == 0);
  struct stat st;
  REQUIRE(::lstat(p.path("out/deck").c_str(), &st) == 0);
  CHECK(S_ISDIR(st.st_mode));
  CHECK(list_files(p.path("out/deck")) == std::vector<std::string>{"deck-print.pdf", "manifest.json"});
  CHECK(list_files(victim.root()) == std::vector<std::string>{"deck-print.pdf", "keep.txt"});
  CHECK(victim.read("keep.txt") == "do not touch\n");
  CHECK(victim.read("deck-print.pdf") == "not a pdf, and it stays that way\n");
}

TEST_CASE("a second build on the same out/ stops with a clear message", "[publish][out]") {
  test::TempProject p;
  make_project(p);
  std::string out;
  REQUIRE(test::run("mkdir -p '" + p.path("out") + "'", &out) == 0);
  // flock(1) holds the same kind of lock on out/ that a running build holds.
  int rc = test::run("cd '" + p.root() + "' && flock out " + STERK_BINARY + " build --deck deck", &out);
  CHECK(rc == 3);
  CHECK(out.find("sterk: error: another sterk build is writing into 'out' right now; wait until it has finished, "
                 "or build into another folder with --out [environment]") != std::string::npos);
  CHECK(list_files(p.path("out")).empty());
}

TEST_CASE("an output folder (--out) inside the project's own folders, or at or above the project, is a usage error", "[publish][out]") {
  test::TempProject p;
  make_project(p);
  for (const char* dir : {"cards", "templates/x", "study", "fonts", "modules/m"}) {
    std::string out;
    int rc = test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --out " + dir, &out);
    CHECK(rc == 2);
    std::string top = std::string(dir).substr(0, std::string(dir).find('/'));
    CHECK(out.find("sterk build: --out '" + std::string(dir) + "' is inside " + top +
                   "/, which holds the project's own files; use a folder of its own, such as out/") !=
          std::string::npos);
  }
  std::string out;
  CHECK(test::run("cd '" + p.root() + "' && " + STERK_BINARY + " build --out ..", &out) == 2);
  CHECK(out.find("--out '..' is the project folder or a folder above it") != std::string::npos);
  CHECK(!file_exists(p.path("out")));
}
