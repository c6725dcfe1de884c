#include "load/project_loader.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <set>
#include <cctype>

#include "load/deck_loader.h"
#include "load/ids.h"
#include "load/module_loader.h"
#include "load/map_reader.h"
#include "load/template_loader.h"
#include "load/yaml_tree.h"
#include "model/template.h"
#include "util/files.h"
#include "util/icc.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

namespace {
void read_paths(const YamlNode& n, Project* p, Diagnostics* diags) {
  if (!expect_map(n, "'paths'", diags)) return;
  MapReader r(n, "'paths'", diags);
  r.string("study", &p->study_dir);
  r.string("cards", &p->cards_dir);
  r.string("templates", &p->templates_dir);
  r.string("fonts", &p->fonts_dir);
  r.string("out", &p->out_dir);
  r.string("modules", &p->modules_dir);
  r.finish();
  for (const auto& [key, value] : n.entries) {
    const std::string& v = value.text.value;
    if (!v.empty() && (v[0] == '/' || v == ".." || starts_with(v, "../") || v.find("/../") != std::string::npos))
      diags->error(value.at, "preflight/path",
                   tr("'{}' must be a folder inside the project, not '{}'", key.value, v));
  }
  // out/<deck>/ folders are replaced as a whole: out may not be the project folder
  // itself or lie in a folder sterk reads (docs/publishing.md).
  if (const YamlNode* out = n.find("out")) {
    std::string o = out->text.value;
    while (starts_with(o, "./")) o = o.substr(2);
    while (!o.empty() && o.back() == '/') o.pop_back();
    for (const std::string& dir : {p->cards_dir, p->templates_dir, p->study_dir, p->fonts_dir, p->modules_dir}) {
      if (o.empty() || o == "." || o == dir || starts_with(o, dir + "/"))
        diags->error(out->at, "preflight/path",
                     tr("'out' must be a folder of its own, not '{}': sterk replaces the deck folders in it as a "
                        "whole; use out",
                        out->text.value));
      if (o.empty() || o == ".") break;
    }
  }
}

// Real CMYK output profiles are 0.2–10 MiB; a bigger file is not worth reading.
const long long kMaxProfileBytes = 32LL * 1024 * 1024;

// "an RGB profile for a screen", in the words a designer knows.
std::string icc_kind(const IccProfile& icc) {
  std::string space = trim(icc.colour_space), cls = icc.device_class;
  // English needs "an RGB", "a CMYK": each article and class is a whole phrase.
  bool vowel = !space.empty() && std::string("AEFHILMNORSX").find(space[0]) != std::string::npos;
  if (cls == "mntr") return vowel ? tr("an {} profile for a screen", space) : tr("a {} profile for a screen", space);
  if (cls == "scnr") return vowel ? tr("an {} profile for a scanner", space) : tr("a {} profile for a scanner", space);
  if (cls == "prtr") return vowel ? tr("an {} profile for a printer", space) : tr("a {} profile for a printer", space);
  return vowel ? tr("an {} profile for class '{}'", space, trim(cls)) : tr("a {} profile for class '{}'", space, trim(cls));
}

// output.cmyk: a shop's own profile must be a CMYK output profile inside the project.
void read_cmyk(const YamlNode& n, Project* p, Diagnostics* diags) {
  MapReader r(n, "'cmyk'", diags);
  r.boolean("overprint_black", &p->cmyk.overprint_black);
  LocatedText profile;
  if (r.text("profile", &profile)) {
    const std::string& v = profile.value;
    std::string path = p->path(v), bytes, err;
    IccProfile icc;
    bool outside = v.empty() || v[0] == '/' || v == ".." || starts_with(v, "../") || v.find("/../") != std::string::npos;
    if (!outside && !file_exists(path))
      diags->error(profile.at, "load/missing-file", tr("the colour profile '{}' does not exist", v));
    else if (outside || !path_inside(path, p->root))  // also a link that points out of the project
      diags->error(profile.at, "preflight/path", tr("'profile' must be a file inside the project, not '{}'", v));
    else if (struct stat st{}; ::stat(path.c_str(), &st) == 0 && st.st_size > kMaxProfileBytes)
      diags->error(profile.at, "load/cmyk-profile",
                   tr("'{}' is {} MiB; a CMYK profile is at most a few MiB (limit 32 MiB)", v,
                      st.st_size / (1024 * 1024)));
    else if (!read_file(path, &bytes, &err) || !parse_icc_profile(bytes, &icc, &err))
      diags->error(profile.at, "load/cmyk-profile", tr("'{}': {}", v, err));
    else if (!icc.is_cmyk_output())
      diags->error(profile.at, "load/cmyk-profile",
                   tr("'{}' is {}, not a CMYK profile for a printing press; ask the print shop for its CMYK "
                      "profile",
                      v, icc_kind(icc)));
    else {
      p->cmyk.profile = v;
      p->cmyk.profile_at = profile.at;
    }
  }
  r.finish();
}

void read_output(const YamlNode& n, Project* p, Diagnostics* diags) {
  if (!expect_map(n, "'output'", diags)) return;
  MapReader r(n, "'output'", diags);
  std::vector<LocatedText> formats;
  if (r.text_list("formats", &formats)) {
    p->outputs.clear();
    static const std::vector<std::string> known = {"print", "sheets", "png", "html", "print-cmyk"};
    for (const auto& f : formats) {
      if (std::find(known.begin(), known.end(), f.value) == known.end()) {
        std::string hint = did_you_mean(f.value, known);
        diags->error(f.at, "load/unknown-output",
                     hint.empty() ? tr("'{}' is not an output ({})", f.value, join(known, ", "))
                                  : tr("'{}' is not an output ({}); did you mean '{}'?", f.value, join(known, ", "), hint));
        continue;
      }
      p->outputs.push_back(f.value);
    }
  }
  LocatedText date;
  if (r.text("date", &date)) {
    const std::string& d = date.value;
    bool ok = d.size() == 10 && d[4] == '-' && d[7] == '-';
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) ok = ok && d.size() == 10 && std::isdigit(static_cast<unsigned char>(d[i]));
    if (ok) p->date = d;
    else diags->error(date.at, "load/type", tr("'date' must be a date like 2026-11-01"));
  }
  if (r.integer("png_dpi", &p->png_dpi) && (p->png_dpi < 36 || p->png_dpi > 1200)) {
    diags->error(n.find("png_dpi")->at, "load/type", tr("'png_dpi' must be between 36 and 1200"));
    p->png_dpi = 150;
  }
  if (const YamlNode* s = r.get("sheets"); s && expect_map(*s, "'sheets'", diags)) {
    MapReader sr(*s, "'sheets'", diags);
    LocatedText v;
    if (sr.choice("paper", {"a4", "a3", "letter"}, &v)) p->sheets.paper = v.value;
    if (sr.choice("duplex", {"long-edge", "short-edge"}, &v)) p->sheets.duplex = v.value;
    sr.number("back_offset_x", &p->sheets.back_offset_x_mm);
    sr.number("back_offset_y", &p->sheets.back_offset_y_mm);
    sr.boolean("crop_marks", &p->sheets.crop_marks);
    LocatedText bleed;
    if (sr.text("bleed", &bleed)) {
      Length l;
      std::string err;
      if (parse_length(bleed.value, &l, &err) && l.unit != Length::percent && l.to_pt(0) * 25.4 / 72 <= 10.001 &&
          l.value >= 0)
        p->sheets.bleed_mm = l.to_pt(0) * 25.4 / 72;
      else
        diags->error(bleed.at, "load/type", tr("'bleed' of the sheets must be a length from 0 to 10mm, like 3mm"));
    }
    sr.finish();
  }
  if (const YamlNode* m = r.get("modules"); m && expect_map(*m, "'modules'", diags)) {
    MapReader mr(*m, "'modules'", diags);
    LocatedText v;
    if (mr.choice("booklet", {"a4", "a5"}, &v)) p->module_booklet = v.value;
    mr.finish();
  }
  if (const YamlNode* c = r.get("cmyk"); c && expect_map(*c, "'cmyk'", diags)) read_cmyk(*c, p, diags);
  if (const YamlNode* g = r.get("png"); g && expect_map(*g, "'png'", diags)) {
    MapReader pr(*g, "'png'", diags);
    pr.boolean("bleed", &p->png.bleed);
    if (pr.integer("dpi", &p->png_dpi) && (p->png_dpi < 36 || p->png_dpi > 1200)) {
      diags->error(g->find("dpi")->at, "load/type", tr("'dpi' must be between 36 and 1200"));
      p->png_dpi = 150;
    }
    pr.finish();
  }
  r.finish();
}

// The address goes into QR codes and into the pages' links and Open Graph tags,
// so only a plain http(s) address is accepted: no spaces, quotes or angle brackets.
bool plain_web_address(const std::string& url) {
  if (!starts_with(url, "https://") && !starts_with(url, "http://")) return false;
  size_t host = url.find("://") + 3;
  if (host >= url.size() || url[host] == '/') return false;
  for (unsigned char c : url)
    if (c <= ' ' || c >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`' ||
        c == '{' || c == '}' || c == '|' || c == '^')
      return false;
  return true;
}

void read_web(const YamlNode& n, Project* p, Diagnostics* diags) {
  if (!expect_map(n, "'web'", diags)) return;
  MapReader r(n, "'web'", diags);
  LocatedText url;
  if (r.text("base_url", &url)) {
    if (plain_web_address(url.value)) {
      p->web_base_url = url.value;
      if (p->web_base_url.back() != '/') p->web_base_url += '/';
      p->web_base_url_at = url.at;
    } else {
      diags->error(url.at, "load/base-url",
                   tr("'base_url' must be a web address such as https://example.org/sterk-in-werk/ "
                      "(http:// or https://, no spaces or quotes), not '{}'", url.value));
    }
  }
  r.finish();
}
}  // namespace

std::string nearest_project_folder() {
  std::string dir = ".";
  for (int depth = 0; depth < 64; ++depth) {
    if (file_exists(dir + "/sterk.yaml")) return dir;
    char real[PATH_MAX];
    if (!::realpath(dir.c_str(), real) || std::string(real) == "/") break;
    dir = depth == 0 ? ".." : dir + "/..";
  }
  return "";
}

bool load_project(const std::string& root, Project* p, Diagnostics* diags) {
  int before = diags->error_count();
  p->root = root.empty() ? "." : root;
  std::string path = p->path("sterk.yaml");
  if (!file_exists(path)) return true;  // defaults
  p->file = path;
  YamlNode doc;
  if (!load_yaml_file(path, &doc, diags)) return false;
  if (doc.kind == YamlNode::null) return true;
  if (!expect_map(doc, "sterk.yaml", diags)) return false;
  p->at = doc.at;
  MapReader r(doc, "sterk.yaml", diags);
  if (const YamlNode* pr = r.get("project"); pr && expect_map(*pr, "'project'", diags)) {
    MapReader pm(*pr, "'project'", diags);
    pm.string("name", &p->name);
    pm.string("author", &p->author);
    pm.string("contact", &p->contact);
    LocatedText language;
    if (pm.text("language", &language)) {
      if (language.value == "nl" || language.value == "en")
        p->language = language.value;
      else
        diags->error(language.at, "load/unknown-value",
                     tr("'{}' is not a language sterk speaks: use nl (Dutch) or en (English)", language.value));
    }
    pm.finish();
  }
  if (const YamlNode* n = r.get("paths")) read_paths(*n, p, diags);
  if (const YamlNode* n = r.get("output")) read_output(*n, p, diags);
  if (const YamlNode* n = r.get("web")) read_web(*n, p, diags);
  r.finish();
  return diags->error_count() == before;
}

std::vector<std::string> deck_files(const Project& project) { return yaml_files(project, project.cards_dir); }

std::vector<std::string> yaml_files(const Project& project, const std::string& folder) {
  std::vector<std::string> files;
  std::string dir = project.path(folder);
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n[0] != '.' && (ends_with(n, ".yaml") || ends_with(n, ".yml"))) files.push_back(path_join(dir, n));
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool load_workspace(const std::string& root, Workspace* ws, Diagnostics* diags) {
  int before = diags->error_count();
  if (!load_project(root, &ws->project, diags)) return false;
  ws->project_read = true;
  std::vector<std::string> files = deck_files(ws->project);
  if (files.empty())
    diags->error({ws->project.path(ws->project.cards_dir), 0, 0}, "load/no-decks",
                 tr("there are no decks (*.yaml) in {}", ws->project.path(ws->project.cards_dir)));
  for (const auto& f : files) {
    Deck deck;
    if (!path_inside(f, ws->project.path(ws->project.cards_dir))) {
      diags->error({f, 0, 0}, "preflight/path",
                   tr("this deck is a link to a file outside {}; copy the deck in", ws->project.path(ws->project.cards_dir)));
      continue;
    }
    load_deck(f, &deck, diags);
    ws->decks.push_back(std::move(deck));
  }
  std::map<std::string, const Deck*> deck_ids;
  std::map<std::string, std::pair<const Deck*, const Card*>> card_ids;
  std::set<std::string> tried;  // a broken template is reported once, not per deck
  IdSpace folded_decks(tr("deck id")), folded_cards(tr("card id"));
  for (const auto& deck : ws->decks) {
    folded_decks.add(deck.id, diags);
    for (const auto& card : deck.cards) folded_cards.add(card.id, diags);
    if (!deck.id.empty()) {
      auto [it, fresh] = deck_ids.emplace(deck.id.value, &deck);
      if (!fresh)
        diags->error(deck.id.at, "load/duplicate-deck",
                     tr("deck id '{}' is also used by {}", deck.id.value, it->second->file));
    }
    for (const auto& card : deck.cards) {
      if (card.id.empty()) continue;
      auto [it, fresh] = card_ids.emplace(card.id.value, std::make_pair(&deck, &card));
      if (!fresh && it->second.first != &deck)
        diags->error(card.id.at, "references/duplicate-card",
                     tr("card id '{}' is also used in {}:{}", card.id.value, it->second.first->file,
                        it->second.second->id.at.line));
    }
    const std::string& tname = deck.template_name.value;
    if (!tname.empty() && !ws->templates.count(tname) && tried.insert(tname).second) {
      Template t;
      if (load_template(ws->project.path(ws->project.templates_dir), tname, deck.template_name.at, &t, diags))
        ws->templates[tname] = std::move(t);
    }
  }
  load_modules(ws, diags);
  return diags->error_count() == before;
}

void load_modules(Workspace* ws, Diagnostics* diags) {
  const std::string dir = ws->project.path(ws->project.modules_dir);
  std::map<std::string, const Module*> ids;
  for (const auto& f : module_files(ws->project)) {
    if (!path_inside(f, dir)) {
      diags->error({f, 0, 0}, "preflight/path", tr("this module is a link to a file outside {}; copy the module in", dir));
      continue;
    }
    Module m;
    load_module(f, &m, diags);
    ws->modules.push_back(std::move(m));
  }
  for (const auto& m : ws->modules) {
    if (m.id.empty()) continue;
    if (!check_id(m.id, tr("module id"), diags)) continue;
    std::string key = m.id.value;  // unique ignoring case (SPEC §9)
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, fresh] = ids.emplace(key, &m);
    if (!fresh)
      diags->error(m.id.at, "module/duplicate-id", tr("module id '{}' is also used by {}", m.id.value, it->second->file));
  }
}

}  // namespace sterk
