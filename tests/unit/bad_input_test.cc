// The bad-input corpus (tests/cases/bad/, format in tests/cases/bad/README.md): every case is a
// small project (tests/cases/bad/_base/ with the case's files laid over it, or generated
// here when too big to commit) and the outcome it must have. For each case sterk must
// exit with the expected code, print the expected located diagnostics, never crash,
// finish within a bound, and leave no partial output behind.
#include <catch2/catch.hpp>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <sstream>

#include <zlib.h>

#include "test_project.h"
#include "util/files.h"

using namespace sterk;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Seconds a case may take; sanitizers make everything several times slower.
constexpr int kBound = kSanitized ? 120 : 20;

struct Expect {
  std::string run = "check";  // sterk command line after the program name
  std::vector<std::string> also;  // more command lines, each with the same outcome (check and build agree)
  int exit = 1;
  std::vector<std::string> errors;   // regexes, each must match one line of the output
  std::vector<std::string> outputs;  // regexes, each must match somewhere in the output
  std::string generate;              // a generator below
  std::string known;                 // a known, reported problem: mismatches are warnings
  bool slow = false;                 // large generated input
};

std::string bad_dir() { return test::repo_dir() + "/tests/cases/bad"; }

Expect read_expect(const std::string& path) {
  Expect e;
  std::ifstream in(path);
  REQUIRE(in.good());
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "run") e.run = value;
    else if (key == "also") e.also.push_back(value);
    else if (key == "exit") e.exit = std::stoi(value);
    else if (key == "error") e.errors.push_back(value);
    else if (key == "output") e.outputs.push_back(value);
    else if (key == "generate") e.generate = value;
    else if (key == "known") e.known = value;
    else if (key == "slow") e.slow = value == "true";
    else FAIL("unknown key '" << key << "' in " << path);
  }
  return e;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  if (DIR* d = opendir(bad_dir().c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n[0] != '.' && n[0] != '_' && file_exists(bad_dir() + "/" + n + "/expect")) names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// ---- where a case runs ---------------------------------------------------------
// <tmp>/project/ is the project; <tmp>/victim/ a folder outside it that ids and links
// in the cases point at. Both, and everything else in <tmp> (the project's parent
// folder), are compared before and after the run.
struct CaseDir {
  std::string root;    // the project folder
  std::string victim;  // a folder next to it that must never change
  std::string path(const std::string& rel) const { return root + "/" + rel; }
  void write(const std::string& rel, const std::string& contents) const {
    std::string full = path(rel), err;
    REQUIRE(make_dirs(path_dirname(full), &err));
    REQUIRE(write_file_atomic(full, contents, &err));
  }
};

// ---- generated inputs (too big, or symbolic links, so not committed) ----------

const char* kDeckHead =
    "deck: {id: deck, title: Sterk in Werk, audience: werkgever, template: professional, "
    "edition: '2026.1', kind: workshop}\n"
    "cards:\n"
    "  - id: W-1\n"
    "    title: Werk dat past\n";

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

void million_rows(const CaseDir& p, bool known_participants) {
  std::string statements = "id,text\n", participants = "participant,group\n";
  for (int i = 1; i <= 100; ++i) statements += std::to_string(i) + ",Uitspraak " + std::to_string(i) + "\n";
  for (int i = 1; i <= 10000; ++i)
    participants += "p" + std::to_string(i) + (i % 2 ? ",jongere\n" : ",jobcoach\n");
  std::string sorts = "participant,pile,statement\n";
  sorts.reserve(12 << 20);
  unsigned seed = 8;
  for (int i = 1; i <= 10000; ++i) {
    std::string who = known_participants ? "p" + std::to_string(i) : "nobody-" + std::to_string(i);
    for (int s = 1; s <= 100; ++s) {
      seed = seed * 1103515245 + 12345;
      int pile = (seed >> 16) % 10 == 0 ? 1 + (seed >> 8) % 5 : (s - 1) / 20 + 1;
      sorts += who + "," + std::to_string(pile) + "," + std::to_string(s) + "\n";
    }
  }
  p.write("study/statements.csv", statements);
  p.write("study/participants.csv", participants);
  p.write("study/sorts.csv", sorts);
}

const char* kRegular = "fonts/AtkinsonHyperlegible-Regular.ttf";
const char* kBold = "fonts/AtkinsonHyperlegible-Bold.ttf";

std::string repo_font(const std::string& rel) {
  std::string data, err;
  REQUIRE(read_file(test::repo_dir() + "/" + rel, &data, &err));
  return data;
}

// Where a table lies in a TrueType file (its offset and length in the table directory).
std::pair<uint32_t, uint32_t> font_table(const std::string& font, const std::string& tag) {
  auto u32 = [&](size_t at) {
    return uint32_t(uint8_t(font[at])) << 24 | uint32_t(uint8_t(font[at + 1])) << 16 |
           uint32_t(uint8_t(font[at + 2])) << 8 | uint8_t(font[at + 3]);
  };
  size_t tables = size_t(uint8_t(font[4])) << 8 | uint8_t(font[5]);
  for (size_t i = 0; i < tables; ++i)
    if (font.compare(12 + 16 * i, 4, tag) == 0) return {u32(12 + 16 * i + 8), u32(12 + 16 * i + 12)};
  FAIL("no '" << tag << "' table");
  return {0, 0};
}

void make_link(const std::string& target, const std::string& link) {
  ::unlink(link.c_str());
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
}

const std::map<std::string, std::function<void(const CaseDir&)>>& generators() {
  static const std::map<std::string, std::function<void(const CaseDir&)>> table = {
      {"deep-nesting",
       [](const CaseDir& p) {
         p.write("cards/deck.yaml", "deck: " + repeat("[", 100000) + repeat("]", 100000) + "\n");
       }},
      {"deep-dashes",
       [](const CaseDir& p) { p.write("cards/deck.yaml", "deck:\n" + repeat("- ", 100000) + "x\n"); }},
      {"huge-scalar",
       [](const CaseDir& p) {
         p.write("cards/deck.yaml", std::string(kDeckHead) + "    text: " + repeat("woord ", 1700000) + "\n");
       }},
      {"long-line",
       [](const CaseDir& p) {
         p.write("cards/deck.yaml", std::string(kDeckHead) + "    notes: [" + repeat("tip, ", 300000) + "x]\n");
       }},
      {"huge-card-text",
       [](const CaseDir& p) {
         p.write("cards/deck.yaml", std::string(kDeckHead) + "    text: " + repeat("werk ", 10000) + "\n");
       }},
      {"bad-font", [](const CaseDir& p) { p.write("fonts/Partner-Bold.ttf", "<html>404 Not Found</html>\n"); }},
      // ---- damaged font files: the ones every template uses (fonts/ of the repository) ----
      {"font-cut-off", [](const CaseDir& p) { p.write(kRegular, repo_font(kRegular).substr(0, 53000)); }},
      {"font-damaged-outlines",
       [](const CaseDir& p) {
         std::string font = repo_font(kRegular);
         auto [start, length] = font_table(font, "glyf");
         unsigned seed = 13;
         for (uint32_t i = start + 1000; i < start + length; ++i) font[i] = static_cast<char>((seed = seed * 1103515245 + 12345) >> 16);
         p.write(kRegular, font);
       }},
      {"font-damaged-loca",
       [](const CaseDir& p) {
         std::string font = repo_font(kBold);
         auto [start, length] = font_table(font, "loca");
         for (uint32_t i = start + 40; i < start + length; ++i) font[i] = '\xff';
         p.write(kBold, font);
       }},
      {"font-all-damaged",
       [](const CaseDir& p) {
         p.write(kRegular, repo_font(kRegular).substr(0, 1000));
         p.write(kBold, "");
       }},
      {"font-huge",
       [](const CaseDir& p) {
         p.write("fonts/Huge.ttf", repo_font(kRegular));
         REQUIRE(::truncate(p.path("fonts/Huge.ttf").c_str(), 65l << 20) == 0);  // sparse: no 65 MiB written
       }},
      {"huge-file",
       [](const CaseDir& p) {
         p.write("cards/deck.yaml", std::string(kDeckHead) + repeat("# " + std::string(1022, 'x') + "\n", 33 * 1024));
       }},
      {"million-rows", [](const CaseDir& p) { million_rows(p, true); }},
      {"million-bad-rows", [](const CaseDir& p) { million_rows(p, false); }},
      {"symlink-pictogram",
       [](const CaseDir& p) { make_link("/etc/passwd", p.path("templates/pictograms/outside.svg")); }},
      {"symlink-template",
       [](const CaseDir& p) { make_link("/etc/passwd", p.path("templates/outside.yaml")); }},
      {"symlink-deck", [](const CaseDir& p) { make_link("/etc/passwd", p.path("cards/other.yaml")); }},
      {"out-is-a-file", [](const CaseDir& p) { p.write("out", "not a folder\n"); }},
      // ---- untrusted projects (SPEC §9) ----
      {"id-victim",
       [](const CaseDir& p) {
         p.write("cards/deck.yaml", "deck: {id: '" + p.victim + "', title: T, audience: werkgever, template: "
                                    "professional, edition: '1', kind: workshop}\ncards:\n  - {id: W-1, title: T}\n");
       }},
      {"out-link-to-victim",
       [](const CaseDir& p) {
         std::string err;
         REQUIRE(make_dirs(p.path("out"), &err));
         make_link(p.victim + "/deck", p.path("out/deck"));
       }},
      {"out-is-link-to-victim", [](const CaseDir& p) { make_link(p.victim, p.path("out")); }},
      {"out-leftovers",
       [](const CaseDir& p) {
         p.write("out/.staging-deck-999999/deck-print.pdf", "half a build\n");
         p.write("out/.old-deck-999998/deck-print.pdf", "the build before\n");
         p.write("out/manifest.json.tmp4242", "{");
         p.write("out/calibration-a4.pdf.cairo", "raw");
         p.write("out/sets/werkgever.zip.tmp", "PK");
         p.write("out/deck/png/W-1-front.png", "a PNG of an earlier build with PNGs\n");
         p.write("out/deck/deck-print.pdf", "an earlier print PDF\n");
       }},
      {"svg-gzip-bomb",
       [](const CaseDir& p) {
         // 100 MB of SVG in a file of about 100 KB.
         gzFile f = gzopen(p.path("templates/pictograms/bom.svg").c_str(), "wb9");
         REQUIRE(f);
         std::string head = "<svg xmlns=\"http://www.w3.org/2000/svg\">", spaces(1 << 20, ' ');
         gzwrite(f, head.data(), static_cast<unsigned>(head.size()));
         for (int i = 0; i < 100; ++i) gzwrite(f, spaces.data(), static_cast<unsigned>(spaces.size()));
         gzwrite(f, "</svg>", 6);
         gzclose(f);
       }},
      {"svg-deep",
       [](const CaseDir& p) {
         p.write("templates/pictograms/bom.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">" + repeat("<g>", 100000) +
                                                     repeat("</g>", 100000) + "</svg>\n");
       }},
      {"svg-huge",
       [](const CaseDir& p) {
         p.write("templates/pictograms/bom.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">" +
                                                     repeat("<path d=\"M0 0h1\"/>\n", 200000) + "</svg>\n");
       }},
      {"png-pixel-bomb",
       [](const CaseDir& p) {
         // A valid PNG header for 100 000 × 100 000 pixels (40 GB decoded) and no pixels.
         std::string png("\x89PNG\r\n\x1a\n", 8);
         auto be32 = [](unsigned long v) {
           return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                              static_cast<char>(v)};
         };
         auto chunk = [&](const std::string& type, const std::string& data) {
           std::string body = type + data;
           unsigned long crc = crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
           png += be32(data.size()) + body + be32(crc);
         };
         chunk("IHDR", be32(100000) + be32(100000) + std::string("\x08\x02\x00\x00\x00", 5));
         chunk("IEND", "");
         p.write("templates/bom.png", png);
       }},
      {"out-deck-is-a-file",
       [](const CaseDir& p) {
         p.write("out/deck", "a file where the deck's folder goes\n");
         p.write("out/other/old.txt", "an earlier build\n");
       }},
  };
  return table;
}

// ---- what a run left behind ----------------------------------------------------

// Every file and link under the project (fonts/ too: sterk only reads it) with a
// digest of its contents or its link target.
void snapshot(const std::string& root, const std::string& rel, std::map<std::string, std::string>* out) {
  DIR* d = opendir((root + "/" + rel).c_str());
  if (!d) return;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n == "." || n == "..") continue;
    std::string r = rel.empty() ? n : rel + "/" + n;
    std::string full = root + "/" + r;
    struct stat st;
    if (::lstat(full.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      (*out)[r + "/"] = "folder";
      snapshot(root, r, out);
    } else if (S_ISLNK(st.st_mode)) {
      char buf[4096];
      ssize_t len = ::readlink(full.c_str(), buf, sizeof buf);
      (*out)[r] = "link to " + std::string(buf, len > 0 ? len : 0);
    } else {
      std::string data, err;
      read_file(full, &data, &err);
      (*out)[r] = sha256_hex(data);
    }
  }
  closedir(d);
}

std::vector<std::string> changes(const std::map<std::string, std::string>& before,
                                 const std::map<std::string, std::string>& after) {
  std::vector<std::string> diff;
  for (const auto& [path, digest] : after) {
    auto it = before.find(path);
    if (it == before.end()) diff.push_back("new " + path);
    else if (it->second != digest) diff.push_back("changed " + path);
  }
  for (const auto& [path, digest] : before)
    if (!after.count(path)) diff.push_back("removed " + path);
  return diff;
}

// A successful run may write its outputs: out/ (build) and study/analysis.yaml (analyze).
bool is_output(const std::string& change) {
  std::string path = change.substr(change.find(' ') + 1);
  return path.rfind("project/out/", 0) == 0 || path == "project/study/analysis.yaml";
}

std::string read_head(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  std::string s(limit, '\0');
  in.read(&s[0], static_cast<std::streamsize>(limit));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

// ---- one case --------------------------------------------------------------------

void run_case(const std::string& name) {
  Expect e = read_expect(bad_dir() + "/" + name + "/expect");
  if (kSanitized && !e.known.empty()) {
    WARN(name << ": skipped under sanitizers (known problem: " << e.known << ")");
    return;
  }
  test::TempProject parent(false);
  CaseDir p{parent.path("project"), parent.path("victim")};
  std::string out;
  REQUIRE(test::run("mkdir -p '" + p.root + "' && cp -r '" + test::repo_dir() + "/fonts' '" + test::repo_dir() +
                        "/templates' '" + p.root + "/' && cp -r '" + bad_dir() + "/_base/.' '" + p.root +
                        "/' && cp -r '" + bad_dir() + "/" + name + "/.' '" + p.root + "/' && rm -f '" + p.root +
                        "/expect'",
                    &out) == 0);
  p.write("../victim/keep.txt", "a file outside the project that sterk must never touch\n");
  p.write("../victim/deck/deck-print.pdf", "not sterk's\n");
  if (!e.generate.empty()) {
    auto g = generators().find(e.generate);
    REQUIRE(g != generators().end());
    g->second(p);
  }
  // The command, then each `also:` command in the same folder (sterk check writes
  // nothing, so build sees the same project): each must give the same outcome.
  std::vector<std::string> commands{e.run};
  commands.insert(commands.end(), e.also.begin(), e.also.end());
  std::vector<std::string> problems;
  std::string output;
  double seconds = 0;
  for (const std::string& command : commands) {
    std::map<std::string, std::string> before, after;
    snapshot(parent.root(), "", &before);
    std::string log = parent.root() + ".log";
    auto start = std::chrono::steady_clock::now();
    int rc = test::run("cd '" + p.root + "' && timeout " + std::to_string(kBound) + " " + STERK_BINARY + " " +
                           command + " > '" + log + "' 2>&1",
                       &out);
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    output = read_head(log, 256 * 1024);
    ::unlink(log.c_str());
    snapshot(parent.root(), "", &after);

    const std::string who = commands.size() > 1 ? "sterk " + command + ": " : "";
    if (rc == 124) problems.push_back(who + "did not finish within " + std::to_string(kBound) + " s");
    else if (rc >= 126 || rc < 0) problems.push_back(who + "crashed (exit " + std::to_string(rc) + ")");
    else if (rc != e.exit)
      problems.push_back(who + "exit " + std::to_string(rc) + ", expected " + std::to_string(e.exit));
    std::vector<std::string> lines;
    std::istringstream ls(output);
    for (std::string l; std::getline(ls, l);) lines.push_back(l);
    for (const auto& pattern : e.errors) {
      std::regex re(pattern);
      if (std::none_of(lines.begin(), lines.end(), [&](const std::string& l) { return std::regex_search(l, re); }))
        problems.push_back(who + "no line matches: " + pattern);
    }
    for (const auto& pattern : e.outputs)
      if (!std::regex_search(output, std::regex(pattern))) problems.push_back(who + "output lacks: " + pattern);
    for (const auto& c : changes(before, after)) {
      // Removing what an interrupted build left is the job; leaving or making it is not.
      bool leftover = c.rfind("removed ", 0) != 0 &&
                      (c.find(".staging") != std::string::npos || c.find(".tmp") != std::string::npos ||
                       c.find(".old-") != std::string::npos);
      if (leftover || rc != 0 || !is_output(c)) problems.push_back(who + "left behind: " + c);
    }
  }

  std::string report;
  for (const auto& pr : problems) report += "\n  " + pr;
  INFO(name << " (" << e.run << ", " << seconds << " s)" << report << "\noutput:\n" << output.substr(0, 3000));
  if (!e.known.empty()) {
    if (problems.empty()) WARN(name << ": passes now; remove its 'known:' line");
    else WARN(name << ": known problem (" << e.known << "):" << report);
    return;
  }
  CHECK(problems.empty());
}

void run_cases(const std::string& prefix, bool slow) {
  std::vector<std::string> names = case_names();
  int ran = 0;
  for (const auto& name : names) {
    if (name.rfind(prefix, 0) != 0) continue;
    if (read_expect(bad_dir() + "/" + name + "/expect").slow != slow) continue;
    SECTION(name) { run_case(name); }
    ++ran;
  }
  CHECK(ran > 0);
}

}  // namespace

TEST_CASE("bad input: broken YAML gives located errors, never a crash", "[bad-input]") { run_cases("yaml-", false); }

TEST_CASE("bad input: broken CSV study files give located errors or documented acceptance", "[bad-input]") {
  run_cases("csv-", false);
}

TEST_CASE("bad input: a million CSV rows finish within the bound", "[bad-input][slow]") { run_cases("csv-", true); }

TEST_CASE("bad input: links out of the project and an unwritable out/ leave nothing behind", "[bad-input]") {
  run_cases("project-", false);
}

TEST_CASE("bad input: ids that are paths, control characters, too long or differ only in capitals", "[bad-input]") {
  run_cases("id-", false);
}

TEST_CASE("bad input: out/ with links, leftovers of killed builds, --out inside the project", "[bad-input]") {
  run_cases("out-", false);
}

TEST_CASE("bad input: damaged font files are named by check and by build and never give exit 3", "[bad-input]") {
  run_cases("font-", false);
}

TEST_CASE("bad input: SVG and PNG files past their limits, or with active content", "[bad-input]") {
  run_cases("svg-", false);
  run_cases("png-", false);
}
