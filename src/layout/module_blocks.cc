#include "layout/module_blocks.h"

#include "layout/deck_plan.h"
#include "util/text.h"

namespace sterk {
namespace {

FlowBlock heading(const std::string& text, int level, bool in_toc = true, const Location& at = {}) {
  FlowBlock b;
  b.source = at;
  b.kind = FlowBlock::heading;
  b.text = text;
  b.level = level;
  b.in_toc = in_toc;
  return b;
}
FlowBlock paragraph(const std::string& text, bool small = false, bool boxed = false, const Location& at = {}) {
  FlowBlock b;
  b.source = at;
  b.kind = FlowBlock::paragraph;
  b.text = text;
  b.small = small;
  b.boxed = boxed;
  return b;
}
FlowBlock list(FlowBlock::Kind kind, std::vector<std::string> items, const Location& at = {}) {
  FlowBlock b;
  b.source = at;
  b.kind = kind;
  b.items = std::move(items);
  return b;
}
FlowBlock simple(FlowBlock::Kind kind, double size = 0, int count = 0) {
  FlowBlock b;
  b.kind = kind;
  b.size_pt = size;
  b.count = count;
  return b;
}

std::string trainer_label(const std::string& id) {
  if (id == "trainer") return "hoofdtrainer";
  if (id == "ervaringsdeskundige") return "ervaringsdeskundige trainer";
  return id;
}

std::string minutes_text(int m) { return std::to_string(m) + " min"; }

// Cover: title, what the document is, the draft notice, edition.
void cover(const ModuleContext& ctx, const std::string& what, std::vector<FlowBlock>* out) {
  const Module& m = *ctx.module;
  out->push_back(simple(FlowBlock::spacer, 150));
  out->push_back(heading(m.title.value, 0, false, m.title.at));
  if (!m.subtitle.empty()) out->push_back(paragraph(m.subtitle.value, false, false, m.subtitle.at));
  out->push_back(paragraph("**" + what + "**"));
  out->push_back(simple(FlowBlock::spacer, 24));
  if (!m.draft.empty()) out->push_back(paragraph(m.draft.value, false, true, m.draft.at));
  std::string edition = m.edition.empty() ? "" : "Editie " + m.edition.value + " \u00b7 ";
  out->push_back(paragraph(edition + "Voor " + audience_label(m.audience.value) + " \u00b7 " + ctx.project_name, true));
  out->push_back(simple(FlowBlock::page_break));
}

std::string goal_line(const ModuleContext& ctx, const LearningGoal& g) {
  std::vector<std::string> labels;
  for (const auto& c : g.clusters) {
    auto it = ctx.cluster_labels.find(c.value);
    labels.push_back(it == ctx.cluster_labels.end() ? c.value : it->second);
  }
  return g.text.value + (labels.empty() ? "" : " (thema: " + join(labels, ", ") + ")");
}

// The cards an activity uses, as thumbnails with their id and title.
void card_row(const ModuleContext& ctx, const Activity& a, std::vector<FlowBlock>* out) {
  FlowBlock b;
  b.kind = FlowBlock::card_row;
  for (const auto& id : a.cards) {
    auto it = ctx.cards.find(id.value);
    if (it == ctx.cards.end() || !it->second.front) continue;
    b.cards.push_back(it->second.front);
    b.captions.push_back("**" + id.value + "** " + it->second.title);
  }
  if (!b.cards.empty()) out->push_back(b);
}

std::vector<std::vector<std::string>> timing_rows(const Session& s) {
  std::vector<std::vector<std::string>> rows = {{"Tijd", "Onderdeel", "Werkvorm", "Wie", "Duur"}};
  int t = 0;
  for (const auto& a : s.activities) {
    rows.push_back({session_clock(t, t + a.minutes), a.title.value, activity_kind_label(a.kind.value),
                    a.lead.empty() ? "allebei" : trainer_label(a.lead.value), minutes_text(a.minutes)});
    t += a.minutes;
  }
  return rows;
}

}  // namespace

std::string session_clock(int from, int to) {
  auto clock = [](int m) {
    std::string mm = std::to_string(m % 60);
    return std::to_string(m / 60) + ":" + (mm.size() < 2 ? "0" + mm : mm);
  };
  return clock(from) + "\u2013" + clock(to);
}

std::vector<FlowBlock> guide_blocks(const ModuleContext& ctx) {
  const Module& m = *ctx.module;
  std::vector<FlowBlock> out;
  cover(ctx, "Handleiding voor trainers", &out);
  out.push_back(heading("Inhoud", 1, false));
  out.push_back(simple(FlowBlock::toc));
  out.push_back(simple(FlowBlock::page_break));

  out.push_back(heading("Over deze module", 1));
  if (!m.intro.empty()) out.push_back(paragraph(m.intro.value, false, false, m.intro.at));
  out.push_back(heading("Leerdoelen", 2));
  std::vector<std::string> goals;
  for (const auto& g : m.goals) goals.push_back(goal_line(ctx, g));
  out.push_back(list(FlowBlock::numbered, goals, m.goals.empty() ? Location{} : m.goals.front().at));
  if (!m.trainers.empty()) {
    out.push_back(heading("Wie leidt de module", 2));
    std::vector<std::string> trainers;
    for (const auto& t : m.trainers) trainers.push_back(trainer_label(t.value));
    out.push_back(list(FlowBlock::bullets, trainers));
  }
  out.push_back(heading("Overzicht van de sessies", 2));
  FlowBlock overview;
  overview.kind = FlowBlock::table;
  overview.columns = {1, 4, 1.2};
  overview.rows = {{"Sessie", "Titel", "Duur"}};
  for (size_t i = 0; i < m.sessions.size(); ++i)
    overview.rows.push_back({std::to_string(i + 1), m.sessions[i].title.value, minutes_text(m.sessions[i].minutes)});
  out.push_back(overview);

  for (const auto& c : m.guide) {
    out.push_back(heading(c.title.value, 1, true, c.title.at));
    if (!c.text.empty()) out.push_back(paragraph(c.text.value, false, false, c.text.at));
    std::vector<std::string> points;
    for (const auto& p : c.points) points.push_back(p.value);
    if (!points.empty()) out.push_back(list(FlowBlock::bullets, points, c.points.front().at));
  }

  for (size_t i = 0; i < m.sessions.size(); ++i) {
    const Session& s = m.sessions[i];
    out.push_back(simple(FlowBlock::page_break));
    out.push_back(heading("Sessie " + std::to_string(i + 1) + ": " + s.title.value, 1, true, s.title.at));
    if (!s.text.empty()) out.push_back(paragraph(s.text.value, false, false, s.text.at));
    out.push_back(heading("Tijdschema (" + minutes_text(s.minutes) + ")", 3, false));
    FlowBlock timing;
    timing.kind = FlowBlock::table;
    timing.columns = {1.1, 3.2, 1.2, 1.9, 0.9};
    timing.rows = timing_rows(s);
    timing.source = s.title.at;
    out.push_back(timing);
    for (const auto& a : s.activities) {
      out.push_back(heading(a.title.value, 2, a.kind.value != "pauze", a.title.at));  // breaks are not in the contents
      std::string meta = minutes_text(a.minutes) + " \u00b7 " + activity_kind_label(a.kind.value);
      if (!a.lead.empty()) meta += " \u00b7 leiding: " + trainer_label(a.lead.value);
      if (!a.goals.empty()) {
        std::vector<std::string> ids;
        for (const auto& g : a.goals)
          for (size_t k = 0; k < m.goals.size(); ++k)
            if (m.goals[k].id.value == g.value) ids.push_back(std::to_string(k + 1));
        if (!ids.empty()) meta += " \u00b7 leerdoel " + join(ids, ", ");
      }
      out.push_back(paragraph(meta, true));
      std::vector<std::string> steps;
      for (const auto& st : a.steps) steps.push_back(st.value);
      if (!steps.empty()) out.push_back(list(FlowBlock::numbered, steps, a.steps.front().at));
      if (!a.notes.empty()) out.push_back(paragraph("**Let op:** " + a.notes.value, false, true, a.notes.at));
      card_row(ctx, a, &out);
    }
  }
  return out;
}

std::vector<FlowBlock> handout_blocks(const ModuleContext& ctx) {
  const Module& m = *ctx.module;
  std::vector<FlowBlock> out;
  cover(ctx, "Werkboek voor deelnemers", &out);
  out.push_back(heading("Wat je leert", 1));
  std::vector<std::string> goals;
  for (const auto& g : m.goals) goals.push_back(g.text.value);
  out.push_back(list(FlowBlock::bullets, goals));
  for (size_t i = 0; i < m.sessions.size(); ++i) {
    const Session& s = m.sessions[i];
    out.push_back(heading("Sessie " + std::to_string(i + 1) + ": " + s.title.value, 1));
    for (const auto& a : s.activities) {
      if (a.handout.empty()) continue;
      out.push_back(heading(a.title.value, 2, true, a.title.at));
      out.push_back(paragraph(a.handout.value, false, false, a.handout.at));
      card_row(ctx, a, &out);
    }
    out.push_back(heading("Mijn aantekeningen", 3, false));
    out.push_back(simple(FlowBlock::lines, 0, 5));
  }
  return out;
}

std::vector<FlowBlock> evaluation_blocks(const ModuleContext& ctx) {
  const Module& m = *ctx.module;
  std::vector<FlowBlock> out;
  FlowBlock title = heading("Evaluatie: " + m.title.value, 1, false);
  out.push_back(title);
  out.push_back(paragraph("Je naam hoeft er niet op. Zet per zin een cirkel om het cijfer dat past: "
                          "1 = helemaal niet mee eens, 5 = helemaal mee eens."));
  FlowBlock t;
  t.kind = FlowBlock::table;
  t.columns = {7, 0.6, 0.6, 0.6, 0.6, 0.6};
  t.rows = {{"", "1", "2", "3", "4", "5"}};
  auto row = [&](const std::string& s) { t.rows.push_back({s, "1", "2", "3", "4", "5"}); };
  for (const auto& g : m.goals) row("Hier heb ik aan gewerkt: " + g.text.value);
  row("De kaarten hielpen om het gesprek te voeren.");
  bool lived = false;
  for (const auto& tr : m.trainers) lived = lived || tr.value == "ervaringsdeskundige";
  if (lived) row("Wat de ervaringsdeskundige vertelde, was nuttig voor mij.");
  row("Ik kan dit gebruiken in mijn werk of thuis.");
  row("Er was genoeg tijd om te praten.");
  out.push_back(t);
  out.push_back(heading("Wat neem je mee?", 3, false));
  out.push_back(simple(FlowBlock::lines, 0, 3));
  out.push_back(heading("Wat kan beter?", 3, false));
  out.push_back(simple(FlowBlock::lines, 0, 3));
  out.push_back(paragraph("Dank je wel. Geef dit formulier aan de trainer.", true));
  return out;
}

}  // namespace sterk
