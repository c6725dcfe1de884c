#include "load/project_loader.h"

#include <dirent.h>

#include <algorithm>
#include <set>
#include <cctype>

#include "load/deck_loader.h"
#include "load/map_reader.h"
#include "load/template_loader.h"
#include "load/yaml_tree.h"
#include "util/files.h"
#include "util/text.h"

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
  r.finish();
  for (const auto& [key, value] : n.entries) {
    const std::string& v = value.text.value;
    if (!v.empty() && (v[0] == '/' || v == ".." || starts_with(v, "../") || v.find("/../") != std::string::npos))
      diags->error(value.at, "preflight/path",
                   "'" + key.value + "' must be a folder inside the project, not '" + v + "'");
  }
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
                     "'" + f.value + "' is not an output (" + join(known, ", ") + ")" +
                         (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
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
    else diags->error(date.at, "load/type", "'date' must be a date like 2026-11-01");
  }
  if (r.integer("png_dpi", &p->png_dpi) && (p->png_dpi < 36 || p->png_dpi > 1200)) {
    diags->error(n.find("png_dpi")->at, "load/type", "'png_dpi' must be between 36 and 1200");
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
    sr.finish();
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
                   "'base_url' must be a web address such as https://example.org/sterk-in-werk/ "
                   "(http:// or https://, no spaces or quotes), not '" + url.value + "'");
    }
  }
  r.finish();
}
}  // namespace

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
    pm.finish();
  }
  if (const YamlNode* n = r.get("paths")) read_paths(*n, p, diags);
  if (const YamlNode* n = r.get("output")) read_output(*n, p, diags);
  if (const YamlNode* n = r.get("web")) read_web(*n, p, diags);
  r.finish();
  return diags->error_count() == before;
}

std::vector<std::string> deck_files(const Project& project) {
  std::vector<std::string> files;
  std::string dir = project.path(project.cards_dir);
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
  std::vector<std::string> files = deck_files(ws->project);
  if (files.empty())
    diags->error({ws->project.path(ws->project.cards_dir), 0, 0}, "load/no-decks",
                 "there are no decks (*.yaml) in " + ws->project.path(ws->project.cards_dir));
  for (const auto& f : files) {
    Deck deck;
    if (!path_inside(f, ws->project.path(ws->project.cards_dir))) {
      diags->error({f, 0, 0}, "preflight/path",
                   "this deck is a link to a file outside " + ws->project.path(ws->project.cards_dir) +
                       "; copy the deck in");
      continue;
    }
    load_deck(f, &deck, diags);
    ws->decks.push_back(std::move(deck));
  }
  std::map<std::string, const Deck*> deck_ids;
  std::map<std::string, std::pair<const Deck*, const Card*>> card_ids;
  std::set<std::string> tried;  // a broken template is reported once, not per deck
  for (const auto& deck : ws->decks) {
    if (!deck.id.empty()) {
      auto [it, fresh] = deck_ids.emplace(deck.id.value, &deck);
      if (!fresh)
        diags->error(deck.id.at, "load/duplicate-deck",
                     "deck id '" + deck.id.value + "' is also used by " + it->second->file);
    }
    for (const auto& card : deck.cards) {
      if (card.id.empty()) continue;
      auto [it, fresh] = card_ids.emplace(card.id.value, std::make_pair(&deck, &card));
      if (!fresh && it->second.first != &deck)
        diags->error(card.id.at, "references/duplicate-card",
                     "card id '" + card.id.value + "' is also used in " + it->second.first->file + ":" +
                         std::to_string(it->second.second->id.at.line));
    }
    const std::string& tname = deck.template_name.value;
    if (!tname.empty() && !ws->templates.count(tname) && tried.insert(tname).second) {
      Template t;
      if (load_template(ws->project.path(ws->project.templates_dir), tname, deck.template_name.at, &t, diags))
        ws->templates[tname] = std::move(t);
    }
  }
  return diags->error_count() == before;
}

}  // namespace sterk
