#include "publish/init.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <ostream>

#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

const char* kProject = R"(# The project file: where things are and how output is made.
project:
  name: Mijn kaartenset
  author: Mijn organisatie
  language: nl   # sterk's messages: nl (Nederlands) or en (English)
paths:
  study: study
  cards: cards
  templates: templates
  fonts: fonts
  out: out
output:
  formats: [print, sheets, png, html]
  date: 2026-01-01        # PDF document date: fixed, so two builds give identical files
  png_dpi: 150
  sheets:
    paper: a4
    duplex: long-edge
)";

const char* kDeck = R"(# A small deck to start from. The card format: docs/cards.md in the sterk sources.
deck:
  id: jongeren
  title: Sterk in Werk
  subtitle: Kaarten over werk
  audience: jongere       # jongere, werkgever, jobcoach or steunsysteem
  template: easy-read     # templates/easy-read.yaml
  language: nl
  edition: "2026.1"
  kind: study             # must have a content card for every cluster

cards:
  - id: J-omslag
    kind: cover
    title: Sterk in Werk
    text: |
      Deze kaarten gaan over werk.
      Lees ze samen met iemand.
    pictogram: sprout
    pictogram_alt: Een plantje dat groeit

  - id: J-werk-01
    cluster: passend-werk
    statements: [1, 2, 3, 4]
    title: Werk dat bij je past
    text: |
      Wat vind jij leuk?
      Zoek werk dat daarbij past.
    tips: [Maak een lijst van wat je goed kunt.]
    question: Wat doe jij graag?
    pictogram: briefcase
    pictogram_alt: Een koffer voor werk

  - id: J-hulp-01
    cluster: hulp
    statements: [5, 6, 7, 8]
    title: Vraag om hulp
    text: |
      Je hoeft het niet alleen te doen.
      Vraag hulp als je iets niet weet.
    tips: [Schrijf je vraag op.]
    question: Wie kan jou helpen?
    pictogram: hand-helping
    pictogram_alt: Een hand die helpt

  - id: J-rust-01
    cluster: goed-voelen
    statements: [9, 10, 11, 12]
    title: Je goed voelen
    text: |
      Slaap goed en eet goed.
      Dan heb je meer energie.
    tips: [Neem op tijd een pauze.]
    question: Wat geeft jou rust?
    pictogram: heart
    pictogram_alt: Een hart
)";

const char* kStudy = R"(# A tiny concept-mapping study to start from: 12 statements, 4 sorters, 3 clusters.
# Replace it with your own study; run 'sterk analyze' after every change.
title: Mijn studie
focus: "Wat helpt jongeren om werk te vinden en te houden?"
groups:
  - {id: jongere, label: Jongeren}
  - {id: jobcoach, label: Jobcoaches}
ratings:
  - {id: belang, label: Belang, min: 1, max: 5}
  - {id: haalbaar, label: Haalbaarheid, min: 1, max: 5}
clusters:
  count: 3
  names:
    - {id: passend-werk, label: Passend werk, anchor: 1}
    - {id: hulp, label: Hulp vragen, anchor: 5}
    - {id: goed-voelen, label: Je goed voelen, anchor: 9}
)";

const char* kStatements = R"(id,text
1,Werk doen dat je leuk vindt.
2,Weten wat je goed kunt.
3,Een baan die past bij je tempo.
4,Taken die je stap voor stap leert.
5,Een jobcoach die je kunt bellen.
6,Hulp vragen als je iets niet snapt.
7,Een vaste collega die je helpt.
8,Thuis praten over je werk.
9,Goed slapen en gezond eten.
10,Op tijd een pauze nemen.
11,Weten wat je doet bij stress.
12,Tijd voor sport en vrienden.
)";

const char* kParticipants = R"(participant,group
p1,jongere
p2,jongere
p3,jobcoach
p4,jobcoach
)";

// Two sorters made the three themes; the other two split one theme in two.
const char* kSorts = R"(participant,pile,statement
p1,werk,1
p1,werk,2
p1,werk,3
p1,werk,4
p1,hulp,5
p1,hulp,6
p1,hulp,7
p1,hulp,8
p1,rust,9
p1,rust,10
p1,rust,11
p1,rust,12
p2,a,1
p2,a,2
p2,a,3
p2,a,4
p2,b,5
p2,b,6
p2,b,7
p2,b,8
p2,c,9
p2,c,10
p2,c,11
p2,c,12
p3,1,1
p3,1,2
p3,1,3
p3,1,4
p3,2,5
p3,2,6
p3,3,7
p3,3,8
p3,4,9
p3,4,10
p3,4,11
p3,4,12
p4,1,1
p4,1,2
p4,2,3
p4,2,4
p4,3,5
p4,3,6
p4,3,7
p4,3,8
p4,4,9
p4,4,10
p4,4,11
p4,4,12
)";

const char* kRatings = R"(participant,statement,belang,haalbaar
p1,1,5,4
p1,2,3,5
p1,3,5,3
p1,4,3,2
p1,5,4,3
p1,6,4,3
p1,7,4,4
p1,8,4,2
p1,9,3,4
p1,10,3,5
p1,11,3,3
p1,12,3,1
p2,1,4,4
p2,2,5,3
p2,3,5,3
p2,4,3,4
p2,5,3,3
p2,6,5,1
p2,7,3,4
p2,8,4,4
p2,9,2,4
p2,10,5,4
p2,11,2,3
p2,12,3,3
p3,1,5,4
p3,2,4,5
p3,3,5,3
p3,4,2,2
p3,5,5,3
p3,6,5,3
p3,7,3,4
p3,8,3,2
p3,9,4,4
p3,10,4,5
p3,11,2,3
p3,12,2,1
p4,1,5,4
p4,2,4,3
p4,3,4,3
p4,4,4,4
p4,5,4,3
p4,6,5,1
p4,7,2,4
p4,8,5,4
p4,9,3,4
p4,10,4,4
p4,11,1,3
p4,12,4,3
)";

const std::vector<std::pair<const char*, const char*>>& written() {
  static const std::vector<std::pair<const char*, const char*>> files = {
      {"sterk.yaml", kProject},
      {"cards/jongeren.yaml", kDeck},
      {"study/study.yaml", kStudy},
      {"study/statements.csv", kStatements},
      {"study/participants.csv", kParticipants},
      {"study/sorts.csv", kSorts},
      {"study/ratings.csv", kRatings},
  };
  return files;
}

bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool copy_file(const std::string& from, const std::string& to, std::string* err) {
  std::string data;
  if (!read_file(from, &data, err)) return false;
  return make_dirs(path_dirname(to), err) && write_file_atomic(to, data, err);
}

std::string program_dir() {
  char buf[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  buf[n] = 0;
  return path_dirname(buf);
}

}  // namespace

std::vector<std::string> init_written_files() {
  std::vector<std::string> out;
  for (const auto& f : written()) out.push_back(f.first);
  return out;
}

std::string find_data_dir(std::vector<std::string>* tried) {
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("STERK_DATA"); env && *env) candidates.push_back(env);
  std::string exe = program_dir();
  if (!exe.empty()) {
    candidates.push_back(path_join(exe, "../share/sterk"));
    candidates.push_back(path_join(exe, ".."));
  }
#ifdef STERK_SOURCE_DIR
  candidates.push_back(STERK_SOURCE_DIR);
#endif
  for (const auto& c : candidates) {
    tried->push_back(c);
    if (file_exists(path_join(c, "templates/base.yaml")) && is_dir(path_join(c, "fonts"))) return c;
  }
  return "";
}

bool init_project(const std::string& dir, const std::string& data, std::ostream& log, bool* usage,
                  std::string* err) {
  *usage = false;
  if (file_exists(dir) && !is_dir(dir)) {
    *usage = true;
    *err = tr("'{}' is a file, not a folder", dir);
    return false;
  }
  if (is_dir(dir) && !entries(dir).empty()) {
    *usage = true;
    *err = tr("the folder '{}' is not empty; sterk init only writes into a new or empty folder", dir);
    return false;
  }
  if (!make_dirs(dir, err)) return false;
  for (const auto& [rel, text] : written())
    if (!make_dirs(path_dirname(path_join(dir, rel)), err) || !write_file_atomic(path_join(dir, rel), text, err))
      return false;
  // The three starter templates (easy-read and professional extend base).
  for (const char* t : {"base.yaml", "easy-read.yaml", "professional.yaml"})
    if (!copy_file(path_join(data, std::string("templates/") + t), path_join(dir, std::string("templates/") + t),
                   err))
      return false;
  // Every pictogram with its licence: the deck uses four, designers pick others.
  const std::string pict = path_join(data, "templates/pictograms");
  for (const auto& n : entries(pict))
    if (ends_with(n, ".svg") || n == "LICENSE")
      if (!copy_file(path_join(pict, n), path_join(dir, "templates/pictograms/" + n), err)) return false;
  // The fonts and their licences.
  const std::string fonts = path_join(data, "fonts");
  int copied = 0;
  for (const auto& n : entries(fonts)) {
    bool font = ends_with(n, ".ttf") || ends_with(n, ".otf");
    if (!font && !ends_with(n, ".txt") && n.find("LICENSE") == std::string::npos) continue;
    if (!copy_file(path_join(fonts, n), path_join(dir, "fonts/" + n), err)) return false;
    copied += font;
  }
  if (copied == 0) {
    *err = tr("there are no font files in {}", fonts);
    return false;
  }
  log << tr("created {}/: sterk.yaml, cards/jongeren.yaml, study/ (12 statements, 4 sorters), templates/ (base, "
            "easy-read, professional), fonts/", dir)
      << "\n";
  return true;
}

}  // namespace sterk
