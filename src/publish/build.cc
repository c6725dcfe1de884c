#include "publish/build.h"

#include <unistd.h>

#include <algorithm>
#include <ostream>

#include "check/check.h"
#include "layout/card_layout.h"
#include "layout/fonts.h"
#include "load/yaml_tree.h"
#include "render/print_pdf.h"
#include "util/files.h"
#include "util/text.h"

namespace sterk {

std::vector<ClusterLabel> cluster_labels(const Project& project, std::string* study_title, Diagnostics* diags) {
  std::vector<ClusterLabel> out;
  std::string path = project.path(path_join(project.study_dir, "analysis.yaml"));
  if (!file_exists(path)) return out;
  YamlNode doc;
  if (!load_yaml_file(path, &doc, diags)) return out;
  if (const YamlNode* t = doc.find("title"); t && study_title) *study_title = t->text.value;
  const YamlNode* clusters = doc.find("clusters");
  if (!clusters || !clusters->is_sequence()) return out;
  for (const auto& c : clusters->items) {
    ClusterLabel l;
    if (const YamlNode* id = c.find("id")) l.id = id->text.value;
    if (const YamlNode* label = c.find("label")) l.label = label->text.value;
    if (const YamlNode* s = c.find("statements"); s && s->is_sequence())
      for (const auto& i : s->items) l.statements.push_back(std::atoi(i.text.value.c_str()));
    if (l.label.empty()) l.label = l.id;
    out.push_back(l);
  }
  return out;
}

bool select_decks(const Workspace& ws, const std::vector<std::string>& decks,
                  const std::vector<std::string>& audiences, std::vector<const Deck*>* out, std::string* err) {
  std::vector<std::string> ids;
  for (const auto& d : ws.decks) ids.push_back(d.id.value);
  for (const auto& want : decks) {
    if (std::find(ids.begin(), ids.end(), want) == ids.end()) {
      std::string hint = did_you_mean(want, ids);
      *err = "unknown deck '" + want + "'" + (hint.empty() ? " (decks: " + join(ids, ", ") + ")"
                                                           : "; did you mean '" + hint + "'?");
      return false;
    }
  }
  for (const auto& a : audiences) {
    const auto& known = audience_ids();
    if (std::find(known.begin(), known.end(), a) == known.end()) {
      std::string hint = did_you_mean(a, known);
      *err = "unknown audience '" + a + "'" + (hint.empty() ? " (audiences: " + join(known, ", ") + ")"
                                                            : "; did you mean '" + hint + "'?");
      return false;
    }
  }
  for (const auto& d : ws.decks) {
    bool by_deck = decks.empty() || std::find(decks.begin(), decks.end(), d.id.value) != decks.end();
    bool by_audience =
        audiences.empty() || std::find(audiences.begin(), audiences.end(), d.audience.value) != audiences.end();
    if (by_deck && by_audience) out->push_back(&d);
  }
  return true;
}

namespace {

// Renders one deck into `staging`. Layout problems go to *diags.
bool render_deck(const DeckContext& ctx, const std::vector<std::string>& outputs, const std::string& staging,
                 Diagnostics* diags, std::string* err) {
  std::vector<std::unique_ptr<DeckOutput>> writers;
  const std::string id = ctx.deck->id.value;
  for (const auto& o : outputs) {
    if (o == "print") writers.push_back(make_print_pdf(ctx, path_join(staging, id + "-print.pdf")));
  }
  std::vector<PlannedCard> plan = plan_deck(ctx);
  for (const PlannedCard& pc : plan) {
    // The checks already reported what layout finds; a card's `allow:` still applies.
    Diagnostics found;
    Frame front = layout_side(ctx, pc, "front", &found);
    Frame back = layout_side(ctx, pc, "back", &found);
    filter_allowed(pc.card, found, diags);
    if (diags->has_errors()) continue;  // keep laying out to report every problem
    for (auto& w : writers)
      if (!w->add_card(pc, front, back, err)) return false;
  }
  if (diags->has_errors()) return true;
  for (auto& w : writers)
    if (!w->finish(err)) return false;
  return true;
}

}  // namespace

int build_decks(const BuildOptions& opt, Diagnostics* diags, std::ostream& log) {
  Workspace ws;
  load_workspace(opt.root, &ws, diags);
  std::vector<const Deck*> selected;
  std::string err;
  if (!select_decks(ws, opt.decks, opt.audiences, &selected, &err)) {
    diags->error({}, "usage", err);
    return 2;
  }
  std::string study_title;
  std::vector<ClusterLabel> clusters = cluster_labels(ws.project, &study_title, diags);
  if (diags->has_errors()) return 1;

  if (!register_project_fonts(ws.project.path(ws.project.fonts_dir), &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  // Every check first: nothing is written when one of them finds an error.
  CheckContext checks;
  if (!prepare_checks(ws, &checks, diags, &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  run_checks(ws, selected, checks, diags);
  if (diags->has_errors()) {
    log << "sterk: nothing was written because of the errors above\n";
    return 1;
  }
  std::vector<std::string> outputs = opt.outputs.empty() ? ws.project.outputs : opt.outputs;
  std::string out_dir = opt.out_dir.empty() ? ws.project.path(ws.project.out_dir) : opt.out_dir;
  if (!make_dirs(out_dir, &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  std::vector<std::pair<std::string, std::string>> staged;  // staging → final
  auto discard = [&]() {
    std::string ignore;
    for (const auto& s : staged) remove_tree(s.first, &ignore);
  };
  for (const Deck* deck : selected) {
    const std::string id = deck->id.value;
    std::string staging = path_join(out_dir, ".staging-" + id + "-" + std::to_string(::getpid()));
    std::string ignore;
    remove_tree(staging, &ignore);
    if (!make_dirs(staging, &err)) {
      discard();
      diags->error({}, "environment", err);
      return 3;
    }
    staged.push_back({staging, path_join(out_dir, id)});
    DeckContext ctx;
    ctx.project = &ws.project;
    ctx.deck = deck;
    ctx.tpl = &ws.templates.at(deck->template_name.value);
    ctx.clusters = clusters;
    ctx.study_title = study_title;
    if (!render_deck(ctx, outputs, staging, diags, &err)) {
      discard();
      diags->error({deck->file, 0, 0}, "environment", err);
      return 3;
    }
  }
  if (diags->has_errors()) {
    discard();
    log << "sterk: nothing was written because of the errors above\n";
    return 1;
  }
  for (const auto& [staging, final_dir] : staged) {
    if (!move_entries(staging, final_dir, &err)) {
      discard();
      diags->error({}, "environment", err);
      return 3;
    }
    log << "wrote " << final_dir << "/\n";
  }
  return 0;
}

}  // namespace sterk
