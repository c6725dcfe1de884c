#include "check/modules.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "layout/fonts.h"
#include "layout/module_document.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

bool select_modules(const Workspace& ws, const std::vector<std::string>& modules,
                    const std::vector<std::string>& audiences, bool decks_named,
                    std::vector<const Module*>* out, std::string* err) {
  std::vector<std::string> ids;
  for (const auto& m : ws.modules) ids.push_back(m.id.value);
  for (const auto& want : modules) {
    if (std::find(ids.begin(), ids.end(), want) != ids.end()) continue;
    std::string hint = did_you_mean(want, ids);
    *err = !hint.empty()  ? tr("unknown module '{}'; did you mean '{}'?", want, hint)
           : ids.empty() ? tr("unknown module '{}' (there are no modules in modules/)", want)
                         : tr("unknown module '{}' (modules: {})", want, join(ids, ", "));
    return false;
  }
  if (decks_named && modules.empty()) return true;
  for (const auto& m : ws.modules) {
    bool by_id = modules.empty() || std::find(modules.begin(), modules.end(), m.id.value) != modules.end();
    bool by_audience =
        audiences.empty() || std::find(audiences.begin(), audiences.end(), m.audience.value) != audiences.end();
    if (by_id && by_audience) out->push_back(&m);
  }
  return true;
}

namespace {

struct CardPlace {
  const Deck* deck;
  const Card* card;
};

void check_references(const Workspace& ws, const Module& m, const StudyFacts& study, Diagnostics* diags) {
  std::vector<std::string> deck_ids;
  for (const auto& d : ws.decks) deck_ids.push_back(d.id.value);
  std::set<std::string> used_decks;
  for (const auto& d : m.decks) {
    if (std::find(deck_ids.begin(), deck_ids.end(), d.value) != deck_ids.end()) {
      used_decks.insert(d.value);
      continue;
    }
    std::string hint = did_you_mean(d.value, deck_ids);
    diags->error(d.at, "module/unknown-deck",
                 hint.empty() ? tr("there is no deck '{}' in cards/", d.value)
                              : tr("there is no deck '{}' in cards/; did you mean '{}'?", d.value, hint));
  }
  std::map<std::string, CardPlace> cards;
  std::vector<std::string> card_ids;
  for (const auto& d : ws.decks)
    for (const auto& c : d.cards) {
      if (c.id.empty() || !cards.emplace(c.id.value, CardPlace{&d, &c}).second) continue;
      if (used_decks.count(d.id.value)) card_ids.push_back(c.id.value);
    }
  std::vector<std::string> goal_ids;
  for (const auto& g : m.goals) goal_ids.push_back(g.id.value);
  std::vector<std::string> cluster_ids;
  for (const auto& c : study.clusters) cluster_ids.push_back(c.id);
  for (const auto& g : m.goals)
    for (const auto& c : g.clusters) {
      if (!study.present || study.find_cluster(c.value)) continue;
      std::string hint = did_you_mean(c.value, cluster_ids);
      diags->error(c.at, "references/unknown-cluster",
                   hint.empty() ? tr("cluster '{}' is not in the analysis", c.value)
                                : tr("cluster '{}' is not in the analysis; did you mean '{}'?", c.value, hint));
    }
  for (const auto& s : m.sessions)
    for (const auto& a : s.activities) {
      for (const auto& c : a.cards) {
        auto it = cards.find(c.value);
        if (it == cards.end()) {
          std::string hint = did_you_mean(c.value, card_ids);
          diags->error(c.at, "module/unknown-card",
                       hint.empty() ? tr("there is no card '{}' in the module's decks", c.value)
                                    : tr("there is no card '{}' in the module's decks; did you mean '{}'?", c.value,
                                         hint));
        } else if (!used_decks.count(it->second.deck->id.value) && !m.decks.empty()) {
          diags->error(c.at, "module/card-not-in-deck",
                       tr("card '{}' is in deck '{}', which this module does not use; add that deck to 'decks' or "
                          "pick a card from {}",
                          c.value, it->second.deck->id.value,
                          join(std::vector<std::string>(used_decks.begin(), used_decks.end()), ", ")));
        }
      }
      for (const auto& g : a.goals) {
        if (std::find(goal_ids.begin(), goal_ids.end(), g.value) != goal_ids.end()) continue;
        std::string hint = did_you_mean(g.value, goal_ids);
        diags->error(g.at, "module/unknown-goal",
                     hint.empty() ? tr("there is no learning goal '{}' in this module (goals: {})", g.value,
                                       join(goal_ids, ", "))
                                  : tr("there is no learning goal '{}' in this module; did you mean '{}'?", g.value,
                                       hint));
      }
      if (!a.lead.empty() && !m.trainers.empty()) {
        std::vector<std::string> trainers;
        for (const auto& t : m.trainers) trainers.push_back(t.value);
        if (std::find(trainers.begin(), trainers.end(), a.lead.value) == trainers.end())
          diags->error(a.lead.at, "module/unknown-trainer",
                       tr("'{}' is not one of the module's trainers ({})", a.lead.value, join(trainers, ", ")));
      }
    }
}

void check_minutes(const Module& m, Diagnostics* diags) {
  for (const auto& s : m.sessions) {
    if (s.minutes <= 0) continue;
    int sum = 0;
    for (const auto& a : s.activities) sum += a.minutes;
    if (sum > s.minutes)
      diags->error(s.minutes_at, "module/minutes-over",
                   tr("the activities of session '{}' take {} minutes, {} more than the session's {}; shorten an "
                      "activity or make the session longer",
                      s.id.value, sum, sum - s.minutes, s.minutes));
    else if (sum < s.minutes)
      diags->warning(s.minutes_at, "module/minutes-under",
                     tr("the activities of session '{}' take {} of its {} minutes; plan the other {} (a break, a "
                        "round of questions) or shorten the session",
                        s.id.value, sum, s.minutes, s.minutes - sum));
  }
}

void check_goals_served(const Module& m, Diagnostics* diags) {
  std::set<std::string> served;
  for (const auto& s : m.sessions)
    for (const auto& a : s.activities)
      for (const auto& g : a.goals) served.insert(g.value);
  for (const auto& g : m.goals)
    if (!g.id.empty() && !served.count(g.id.value))
      diags->error(g.id.at, "module/unused-goal",
                   tr("no activity works on learning goal '{}'; add it to an activity's 'goals' or remove the goal",
                      g.id.value));
}

// Per audience: clusters of the study that no goal of that audience's modules covers.
void check_cluster_coverage(const std::vector<const Module*>& modules, const StudyFacts& study, Diagnostics* diags) {
  if (!study.present) return;
  std::map<std::string, std::vector<const Module*>> by_audience;
  for (const Module* m : modules)
    if (!m->audience.empty() && !m->id.empty()) by_audience[m->audience.value].push_back(m);
  for (const auto& [audience, list] : by_audience) {
    std::set<std::string> covered;
    for (const Module* m : list)
      for (const auto& g : m->goals)
        for (const auto& c : g.clusters) covered.insert(c.value);
    for (const auto& c : study.clusters)
      if (!covered.count(c.id))
        diags->warning(list.front()->id.at, "module/uncovered-cluster",
                       tr("no learning goal of the modules for {} covers cluster '{}' ({}); add it to a goal's "
                          "clusters",
                          audience, c.id, c.label));
  }
}

void check_text_rules(const Module& m, const CheckContext& ctx, Diagnostics* diags) {
  const RuleSet plain = rule_set("plain");
  // Young people read their own handouts: those follow the easy-read rules.
  const RuleSet handout = rule_set(m.audience.value == "jongere" ? "easy-read" : "plain");
  auto run = [&](std::vector<const LocatedText*> texts, const Location& at, const RuleSet& rules,
                 const std::string& what) { check_texts(texts, at, rules, ctx, diags, what); };
  run({&m.title, &m.subtitle, &m.intro}, m.intro.empty() ? m.title.at : m.intro.at, plain, "the introduction");
  // One sentence says little about readability; the goals are read as one list.
  std::vector<const LocatedText*> goals;
  for (const auto& g : m.goals) goals.push_back(&g.text);
  if (!goals.empty()) run(goals, goals.front()->at, plain, "the list of learning goals");
  for (const auto& s : m.sessions) {
    run({&s.title, &s.text}, s.text.empty() ? s.title.at : s.text.at, plain, "the session text");
    for (const auto& a : s.activities) {
      std::vector<const LocatedText*> texts = {&a.title};
      for (const auto& st : a.steps) texts.push_back(&st);
      texts.push_back(&a.notes);
      run(texts, a.title.at, plain, "the activity");
      if (!a.handout.empty()) run({&a.handout}, a.handout.at, handout, "the handout");
    }
  }
  for (const auto& c : m.guide) {
    std::vector<const LocatedText*> texts = {&c.title, &c.text};
    for (const auto& p : c.points) texts.push_back(&p);
    run(texts, c.title.at, plain, "the chapter");
  }
}

bool ws_has_fonts(const Workspace&) { return !font_families().empty(); }

}  // namespace

void check_modules(const Workspace& ws, const std::vector<const Module*>& modules, const CheckContext& ctx,
                   Diagnostics* diags) {
  if (ctx.dictionaries.valid()) ctx.dictionaries.wait();
  for (const Module* m : modules) {
    check_references(ws, *m, ctx.study, diags);
    check_minutes(*m, diags);
    check_goals_served(*m, diags);
    if (ctx.speller && ctx.syllables) check_text_rules(*m, ctx, diags);
    // The text as laid out (fonts are registered by now): what build would print.
    if (ws_has_fonts(ws))
      module_layout_problems(lay_out_module(ws.project, ws.decks, ws.templates, *m, ctx.clusters, ctx.study_title),
                             diags);
  }
  check_cluster_coverage(modules, ctx.study, diags);
}

std::string module_coverage_table(const std::vector<const Module*>& modules, const StudyFacts& study) {
  std::vector<std::string> header = {"cluster"};
  for (const Module* m : modules) header.push_back(m->id.value);
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : study.clusters) {
    std::vector<std::string> row = {c.id};
    for (const Module* m : modules) {
      int n = 0;
      for (const auto& g : m->goals)
        for (const auto& gc : g.clusters) n += gc.value == c.id;
      row.push_back(n > 0 ? std::to_string(n) : "-");
    }
    rows.push_back(row);
  }
  std::ostringstream out;
  out << text_table(header, rows);
  out << "learning goals per cluster in each module; '-' = no goal of that module covers the cluster\n";
  return out.str();
}

}  // namespace sterk
