#include "load/module_loader.h"

#include "load/project_loader.h"

#include <dirent.h>

#include <algorithm>
#include <map>

#include "load/map_reader.h"
#include "model/deck.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

// A module's texts are longer than a card's but still a page at most; beyond this
// it is a paste gone wrong.
constexpr size_t kMaxModuleText = 6000;

void limit_length(LocatedText* t, Diagnostics* diags) {
  size_t n = utf8_length(t->value);
  if (n <= kMaxModuleText) return;
  diags->error(t->at, "load/too-long",
               tr("this text is {} characters long; a module text holds at most {}", n, kMaxModuleText));
  t->value.clear();
}

// What a message calls the map `n`: "goal 'g1'" when its `key` is there, else "goal".
// `kind` and `kind_named` are N_() marked messages, translated here.
std::string named(const YamlNode& n, const char* kind, const char* kind_named, const std::string& key) {
  if (const YamlNode* v = n.find(key); v && v->is_scalar()) return tr(kind_named, v->text.value);
  return tr(kind);
}

void read_goals(const YamlNode& n, Module* m, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'goals' must be a list of learning goals {id, text, clusters}"));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, tr("a learning goal"), diags)) continue;
    MapReader r(item, named(item, N_("goal"), N_("goal '{}'"), "id"), diags);
    LearningGoal g;
    g.at = item.at;
    r.text("id", &g.id, true);
    r.text("text", &g.text, true);
    r.text_list("clusters", &g.clusters);
    r.finish();
    limit_length(&g.text, diags);
    m->goals.push_back(std::move(g));
  }
}

void read_activity(const YamlNode& n, Session* s, Diagnostics* diags) {
  if (!expect_map(n, tr("an activity"), diags)) return;
  MapReader r(n, named(n, N_("activity"), N_("activity '{}'"), "title"), diags);
  Activity a;
  a.at = n.at;
  r.text("title", &a.title, true);
  if (r.integer("minutes", &a.minutes, true)) {
    a.minutes_at = n.find("minutes")->at;
    if (a.minutes < 1 || a.minutes > 480) {
      diags->error(a.minutes_at, "load/type", tr("'minutes' of an activity must be between 1 and 480"));
      a.minutes = 0;
    }
  }
  r.choice("kind", activity_kind_names(), &a.kind, true);
  r.text("lead", &a.lead);
  r.text_list("cards", &a.cards);
  r.text_list("goals", &a.goals);
  r.text_list("steps", &a.steps);
  r.text("notes", &a.notes);
  r.text("handout", &a.handout);
  r.finish();
  for (LocatedText* t : {&a.notes, &a.handout}) limit_length(t, diags);
  for (auto& t : a.steps) limit_length(&t, diags);
  s->activities.push_back(std::move(a));
}

void read_sessions(const YamlNode& n, Module* m, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'sessions' must be a list of sessions {id, title, minutes, activities}"));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, tr("a session"), diags)) continue;
    MapReader r(item, named(item, N_("session"), N_("session '{}'"), "id"), diags);
    Session s;
    s.at = item.at;
    r.text("id", &s.id, true);
    r.text("title", &s.title, true);
    r.text("text", &s.text);
    limit_length(&s.text, diags);
    if (r.integer("minutes", &s.minutes, true)) {
      s.minutes_at = item.find("minutes")->at;
      if (s.minutes < 1 || s.minutes > 600) {
        diags->error(s.minutes_at, "load/type", tr("'minutes' of a session must be between 1 and 600"));
        s.minutes = 0;
      }
    }
    if (const YamlNode* acts = r.get("activities", true)) {
      if (!acts->is_sequence()) diags->error(acts->at, "load/type", tr("'activities' must be a list of activities"));
      else for (const auto& a : acts->items) read_activity(a, &s, diags);
    }
    r.finish();
    m->sessions.push_back(std::move(s));
  }
}

void read_guide(const YamlNode& n, Module* m, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'guide' must be a list of chapters {title, text, points}"));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, tr("a guide chapter"), diags)) continue;
    MapReader r(item, named(item, N_("guide chapter"), N_("guide chapter '{}'"), "title"), diags);
    GuideChapter c;
    c.at = item.at;
    r.text("title", &c.title, true);
    r.text("text", &c.text);
    r.text_list("points", &c.points);
    r.finish();
    limit_length(&c.text, diags);
    m->guide.push_back(std::move(c));
  }
}

}  // namespace

bool read_module(const YamlNode& root, const std::string& path, Module* m, Diagnostics* diags) {
  int before = diags->error_count();
  m->file = path;
  m->at = root.at;
  if (!expect_map(root, tr("a module file"), diags)) return false;
  MapReader top(root, tr("the module file"), diags);
  const YamlNode* head = top.get("module", true);
  const YamlNode* goals = top.get("goals", true);
  const YamlNode* sessions = top.get("sessions", true);
  const YamlNode* guide = top.get("guide");
  top.finish();
  if (head && expect_map(*head, "'module'", diags)) {
    MapReader r(*head, "'module'", diags);
    r.text("id", &m->id, true);
    r.text("title", &m->title, true);
    r.text("subtitle", &m->subtitle);
    r.choice("audience", audience_ids(), &m->audience, true);
    if (!r.text("language", &m->language)) m->language.value = "nl";
    r.text("edition", &m->edition);
    r.text("draft", &m->draft);
    r.text("intro", &m->intro);
    r.text_list("decks", &m->decks);
    if (m->decks.empty() && !head->find("decks"))
      diags->error(head->at, "load/missing-key", tr("'module' needs the key 'decks' (the decks its cards come from)"));
    r.text_list("trainers", &m->trainers);
    r.finish();
    limit_length(&m->intro, diags);
  }
  if (goals) read_goals(*goals, m, diags);
  if (sessions) read_sessions(*sessions, m, diags);
  if (guide) read_guide(*guide, m, diags);
  // Ids that must be unique within the module.
  // `message`: an N_() marked "… id '{}' is used twice; the first is at line {}".
  auto unique = [&](const std::vector<const LocatedText*>& ids, const char* message, const std::string& code) {
    std::map<std::string, int> seen;
    for (const LocatedText* id : ids) {
      if (id->empty()) continue;
      auto [it, fresh] = seen.emplace(id->value, id->at.line);
      if (!fresh)
        diags->error(id->at, code, tr(message, id->value, it->second));
    }
  };
  std::vector<const LocatedText*> goal_ids, session_ids;
  for (const auto& g : m->goals) goal_ids.push_back(&g.id);
  for (const auto& s : m->sessions) session_ids.push_back(&s.id);
  unique(goal_ids, N_("goal id '{}' is used twice; the first is at line {}"), "module/duplicate-id");
  unique(session_ids, N_("session id '{}' is used twice; the first is at line {}"), "module/duplicate-id");
  return diags->error_count() == before;
}

bool load_module(const std::string& path, Module* m, Diagnostics* diags) {
  YamlNode root;
  if (!load_yaml_file(path, &root, diags)) return false;
  return read_module(root, path, m, diags);
}

std::vector<std::string> module_files(const Project& project) { return yaml_files(project, project.modules_dir); }

}  // namespace sterk
