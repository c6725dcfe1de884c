#include "publish/build.h"

#include <unistd.h>

#include <climits>
#include <cstring>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <ostream>

#include "check/check.h"
#include "check/modules.h"
#include "check/selection.h"
#include "check/study_facts.h"
#include "layout/card_layout.h"
#include "layout/fonts.h"
#include "publish/module_build.h"
#include "publish/out_folder.h"
#include "publish/progress.h"
#include "publish/render_jobs.h"
#include "render/bundle.h"
#include "render/job_sheet.h"
#include "render/calibration.h"
#include "render/cmyk.h"
#include "render/manifest.h"
#include "render/sheets.h"
#include "render/print_pdf.h"
#include "util/files.h"
#include "util/memory.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

std::vector<ClusterLabel> cluster_labels(const Project& project, std::string* study_title, Diagnostics* diags) {
  // The one reader of analysis.yaml (load/analysis_io, through the checks' study facts).
  StudyFacts facts;
  load_study_facts(project, &facts, diags);
  if (study_title) *study_title = facts.title;
  std::vector<ClusterLabel> out;
  for (const auto& c : facts.clusters) out.push_back({c.id, c.label, c.statements, c.audience_labels});
  return out;
}

bool select_decks(const Workspace& ws, const std::vector<std::string>& decks,
                  const std::vector<std::string>& audiences, std::vector<const Deck*>* out, std::string* err) {
  std::vector<std::string> ids, unreadable;  // unreadable: file stems of decks whose id could not be read
  for (const auto& d : ws.decks) {
    if (!d.id.value.empty()) ids.push_back(d.id.value);
    else unreadable.push_back(path_stem(d.file));
  }
  for (const auto& want : decks) {
    // A deck whose file does not load (a YAML error) has no id; by convention its file is
    // named after it, and its errors are already collected: those are what to show, not
    // "unknown deck".
    if (std::find(unreadable.begin(), unreadable.end(), want) != unreadable.end()) continue;
    if (std::find(ids.begin(), ids.end(), want) == ids.end()) {
      std::string hint = did_you_mean(want, ids);
      *err = hint.empty() ? tr("unknown deck '{}' (decks: {})", want, join(ids, ", "))
                          : tr("unknown deck '{}'; did you mean '{}'?", want, hint);
      return false;
    }
  }
  for (const auto& a : audiences) {
    const auto& known = audience_ids();
    if (std::find(known.begin(), known.end(), a) == known.end()) {
      std::string hint = did_you_mean(a, known);
      *err = hint.empty() ? tr("unknown audience '{}' (audiences: {})", a, join(known, ", "))
                          : tr("unknown audience '{}'; did you mean '{}'?", a, hint);
      return false;
    }
  }
  for (const auto& d : ws.decks) {
    // A deck that did not load is chosen by its file's name, as above, so the summary
    // counts it as the deck that was asked for (it has no cards) rather than none.
    const std::string& name = d.id.value.empty() ? path_stem(d.file) : d.id.value;
    bool by_deck = decks.empty() || std::find(decks.begin(), decks.end(), name) != decks.end();
    bool by_audience =
        audiences.empty() || std::find(audiences.begin(), audiences.end(), d.audience.value) != audiences.end();
    if (by_deck && by_audience) out->push_back(&d);
  }
  return true;
}

namespace {

// The files a deck is made from, relative to the project folder, for manifest.json.
std::vector<std::string> deck_inputs(const Workspace& ws, const Deck& deck, const Template& tpl) {
  const Project& p = ws.project;
  auto rel = [&](const std::string& path) {
    std::string root = p.root == "." ? "" : p.root + "/";
    return !root.empty() && starts_with(path, root) ? path.substr(root.size()) : path;
  };
  std::vector<std::string> out = {rel(deck.file), "sterk.yaml"};
  for (const auto& f : tpl.chain) out.push_back(rel(f));
  for (const char* f : {"study.yaml", "statements.csv", "participants.csv", "sorts.csv", "ratings.csv", "analysis.yaml"})
    out.push_back(path_join(p.study_dir, f));
  return out;
}

// out/sets/<audience>.zip for each audience among the built decks.
bool write_bundles(const Workspace& ws, const std::vector<const Deck*>& decks,
                   const std::vector<const Module*>& modules, const std::string& out_dir, const std::string& paper,
                   std::ostream& log, std::string* err) {
  std::map<std::string, std::vector<BundleDeck>> sets;
  for (const Deck* d : decks) {
    const Template& tpl = ws.templates.at(d->template_name.value);
    BundleDeck b;
    b.id = d->id.value;
    b.title = d->title.value + (d->subtitle.empty() ? "" : " – " + d->subtitle.value);
    b.audience = d->audience.value;
    b.card_w_mm = tpl.width_mm;
    b.card_h_mm = tpl.height_mm;
    b.bleed_mm = tpl.bleed_mm;
    b.radius_mm = tpl.radius_mm;
    b.round_corners = tpl.round_corners;
    std::string dir = path_join(out_dir, b.id);
    if (!read_manifest_files(path_join(dir, "manifest.json"), &b.files, err)) return false;
    b.files.push_back("manifest.json");
    std::string text;
    if (read_file(path_join(dir, "manifest.json"), &text, err)) {
      size_t at = text.find("\"cards\": ");
      if (at != std::string::npos) b.cards = std::atoi(text.c_str() + at + 9);
    }
    sets[b.audience].push_back(b);
  }
  // An audience's set also holds its training modules, under modules/<id>/.
  for (const Module* m : modules) {
    BundleDeck b;
    b.module = true;
    b.id = "modules/" + m->id.value;
    b.title = m->title.value;
    b.audience = m->audience.value;
    b.booklet = ws.project.module_booklet == "a5";
    if (!read_manifest_files(path_join(path_join(out_dir, b.id), "manifest.json"), &b.files, err)) return false;
    b.files.push_back("manifest.json");
    sets[b.audience].push_back(b);
  }
  for (const auto& [audience, set] : sets) {
    std::string zip = path_join(path_join(out_dir, "sets"), audience + ".zip");
    BundleFacts facts;
    facts.audience = audience_label(audience);
    facts.project = ws.project.name;
    facts.contact = ws.project.contact;
    facts.date = ws.project.date;
    facts.paper = paper;
    facts.sheets_long_edge = ws.project.sheets.duplex != "short-edge";
    facts.sheets_bleed_mm = ws.project.sheets.bleed_mm;
    facts.decks = set;
    for (const BundleDeck& d : set)
      if (d.has("-print-cmyk.pdf") && facts.cmyk_condition.empty())
        facts.cmyk_condition = cmyk_condition(ws.project.cmyk.profile.empty() ? builtin_cmyk_profile()
                                                                              : ws.project.path(ws.project.cmyk.profile));
    std::string job_sheet;
    if (!make_dirs(path_dirname(zip), err) || !make_job_sheet(facts, zip + ".job.pdf", &job_sheet, err)) return false;
    if (!write_bundle(zip, out_dir, set, printer_readme(facts), job_sheet, ws.project.date, err)) return false;
    log << tr("wrote {}", zip) << "\n";
  }
  return true;
}

// "removed 2 files from out/jongeren/ that this build no longer makes: a.png b.png": the
// first five names, then how many more.
std::string removed_message(const std::vector<std::string>& gone, const std::string& dir) {
  constexpr size_t kShown = 5;
  std::string names = join(std::vector<std::string>(gone.begin(), gone.begin() + std::min(gone.size(), kShown)), " ");
  if (gone.size() <= kShown)
    return trn("removed {} file from {}/ that this build no longer makes: {}",
               "removed {} files from {}/ that this build no longer makes: {}", gone.size(), gone.size(), dir, names);
  return tr("removed {} files from {}/ that this build no longer makes: {} and {} more", gone.size(), dir, names,
            gone.size() - kShown);
}

// The real path of `path`, also when its last parts do not exist yet (a new --out).
std::string resolved(const std::string& path) {
  std::string head = path.empty() ? "." : path, tail;
  for (int i = 0; i < 64; ++i) {
    if (char* r = ::realpath(head.c_str(), nullptr)) {
      std::string out = r;
      std::free(r);
      return tail.empty() ? out : path_join(out, tail);
    }
    size_t slash = head.find_last_of('/');
    std::string last = slash == std::string::npos ? head : head.substr(slash + 1);
    tail = tail.empty() ? last : last + "/" + tail;
    if (slash == std::string::npos) head = ".";
    else head = slash == 0 ? "/" : head.substr(0, slash);
  }
  return path;
}

bool inside(const std::string& path, const std::string& folder) {
  return path == folder || starts_with(path, folder == "/" ? folder : folder + "/");
}

// out/<deck>/ is replaced as a whole, so the output folder may not be (inside) a
// folder sterk reads, nor the project folder or one above it (a deck 'cards'
// would then replace cards/). Returns the problem, or "" when out_dir is fine.
std::string out_dir_problem(const Project& p, const std::string& out_dir) {
  std::string out = resolved(out_dir), root = resolved(p.root);
  if (inside(root, out))
    return tr("--out '{}' is the project folder or a folder above it; sterk replaces out/<deck>/ folders there as "
              "a whole, so use a folder of its own, such as out/",
              out_dir);
  for (const std::string& dir : {p.cards_dir, p.templates_dir, p.study_dir, p.fonts_dir, std::string("modules")}) {
    if (inside(out, resolved(p.path(dir))))
      return tr("--out '{}' is inside {}/, which holds the project's own files; use a folder of its own, such as "
                "out/",
                out_dir, dir);
  }
  return "";
}

// --paper, --duplex, --back-offset and --dpi win over sterk.yaml.
void apply_overrides(const BuildOptions& opt, Project* p) {
  if (!opt.papers.empty()) p->sheets.paper = opt.papers.front();
  if (!opt.duplex.empty()) p->sheets.duplex = opt.duplex;
  if (opt.back_offset_set) {
    p->sheets.back_offset_x_mm = opt.back_offset_x;
    p->sheets.back_offset_y_mm = opt.back_offset_y;
  }
  if (opt.dpi > 0) p->png_dpi = opt.dpi;
}

// `sterk build --calibration`: only the duplex test sheet, out/calibration-<paper>.pdf.
int build_calibration(const BuildOptions& opt, Diagnostics* diags, std::ostream& log) {
  Project project;
  if (!load_project(opt.root, &project, diags) || diags->has_errors()) return 1;
  apply_overrides(opt, &project);
  std::string err;
  if (!register_project_fonts(project.path(project.fonts_dir), &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  std::string out_dir = opt.out_dir.empty() ? project.path(project.out_dir) : opt.out_dir;
  SheetSpec spec;
  paper_size(project.sheets.paper, &spec.paper_w, &spec.paper_h);
  spec.long_edge = project.sheets.duplex != "short-edge";
  spec.back_offset_x = project.sheets.back_offset_x_mm;
  spec.back_offset_y = project.sheets.back_offset_y_mm;
  std::string path = path_join(out_dir, "calibration-" + project.sheets.paper + ".pdf");
  if (!make_dirs(out_dir, &err) || !write_calibration(spec, project.sheets.paper, project.date, path, &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  log << tr("wrote {}", path) << "\n";
  return 0;
}

}  // namespace

Counted count_checked(const std::vector<const Deck*>& decks, size_t modules) {
  Counted c;
  c.decks = static_cast<int>(decks.size());
  for (const Deck* d : decks) c.cards += static_cast<int>(d->cards.size());
  c.modules = static_cast<int>(modules);
  return c;
}

int build_decks(const BuildOptions& opt, Diagnostics* diags, std::ostream& log, Counted* counted) {
  if (opt.calibration) return build_calibration(opt, diags, log);
  // Loading the dictionaries takes longest: it runs while the project is read.
  Dictionaries dictionaries;
  std::string dictionary_err;
  start_loading_dictionaries(&dictionaries, &dictionary_err);  // failure is reported below
  Workspace ws;
  load_workspace(opt.root, &ws, diags);
  if (!ws.project_read) {  // only sterk.yaml was read: its errors, and no "unknown deck"
    if (counted) counted->unread_project = ws.project.path("sterk.yaml");
    return 1;
  }
  apply_overrides(opt, &ws.project);
  std::vector<const Deck*> selected;
  std::vector<const Module*> modules;
  std::string err;
  if (!select_decks(ws, opt.decks, opt.audiences, &selected, &err) ||
      !select_modules(ws, opt.modules, opt.audiences, !opt.decks.empty(), &modules, &err)) {
    diags->error({}, "usage", err);
    return 2;
  }
  if (!opt.modules.empty() && opt.decks.empty()) selected.clear();  // --module alone builds only modules
  keep_selected_findings(ws, selected, modules, opt.decks, diags);
  if (counted) *counted = count_checked(selected, modules.size());
  if (!opt.out_dir.empty()) {
    std::string problem = out_dir_problem(ws.project, opt.out_dir);
    if (!problem.empty()) {
      diags->error({}, "usage", problem);
      return 2;
    }
  } else if (std::string out = ws.project.path(ws.project.out_dir);
             file_exists(out) && !path_inside(out, ws.project.root)) {
    // The project's own out/ is a link out of it (a project from elsewhere may hold
    // one): building would replace folders there. --out is the user's own choice.
    diags->error({out, 0, 0}, "preflight/path",
                 tr("'{}' is a link to a folder outside the project; sterk replaces the deck folders in it, so "
                    "remove the link, or choose the folder yourself with --out",
                    ws.project.out_dir));
  }
  if (diags->has_errors()) return 1;

  bool fonts = register_project_fonts(ws.project.path(ws.project.fonts_dir), &err);
  report_unreadable_fonts(diags);
  if (!fonts && !unreadable_font_files().empty()) return 1;  // every font file is damaged: each is named
  if (!fonts) {
    diags->error({}, "environment", err);
    return 3;
  }
  // Every check first: nothing is written when one of them finds an error.
  CheckContext checks;
  // The render pass lays out every card anyway and reports (and filters by allow:)
  // the same layout findings, so the checks skip their own layout: once is enough.
  checks.preflight = false;
  if (!prepare_checks(ws, &checks, diags, &err, std::move(dictionaries))) {
    diags->error({}, "environment", err);
    return 3;
  }
  run_checks(ws, selected, checks, diags);
  check_modules(ws, modules, checks, diags);
  // The analysis was read once, for the checks; layout uses the same clusters.
  const std::vector<ClusterLabel>& clusters = checks.clusters;
  const std::string& study_title = checks.study_title;
  // Rendering does not need the dictionaries, but freeing their 180 000 words one by one
  // costs more CPU time (0.08 s) than checking 100 cards, and gives the system almost
  // nothing back (the peak stays within 3 MiB): they are kept until the process exits.
  keep_until_exit(checks);
  checks.dictionaries = {};
  checks.speller.reset();
  checks.syllables.reset();
  // What reading and checking the decks freed goes back before rendering adds to it.
  hand_back_free_memory();
  if (diags->has_errors()) {
    log << tr("sterk: nothing was written because of the errors above") << "\n";
    return 1;
  }
  std::vector<std::string> outputs = opt.outputs.empty() ? ws.project.outputs : opt.outputs;
  std::string out_dir = opt.out_dir.empty() ? ws.project.path(ws.project.out_dir) : opt.out_dir;
  RenderSettings settings;
  settings.outputs = outputs;
  settings.papers = opt.papers.empty() ? std::vector<std::string>{ws.project.sheets.paper} : opt.papers;
  settings.dpi = ws.project.png_dpi;
  if (std::find(outputs.begin(), outputs.end(), "print-cmyk") != outputs.end()) {
    settings.ghostscript = find_ghostscript();
    if (settings.ghostscript.empty()) {
      diags->error({}, "environment",
                   tr("--output print-cmyk needs Ghostscript ('gs'), which is not installed; install it "
                      "(Debian: apt-get install ghostscript) or leave out print-cmyk"));
      return 3;
    }
    settings.cmyk_profile =
        ws.project.cmyk.profile.empty() ? builtin_cmyk_profile() : ws.project.path(ws.project.cmyk.profile);
    if (settings.cmyk_profile.empty()) {
      diags->error({}, "environment",
                   tr("--output print-cmyk needs a CMYK profile: sterk-fogra39.icc was not built next to the sterk "
                      "program (Debian: apt-get install argyll icc-profiles-free, then make sterk), and sterk.yaml "
                      "has no output.cmyk.profile"));
      return 3;
    }
  }
  // A failed build leaves no trace: not even an out/ folder it made itself.
  const bool out_existed = file_exists(out_dir);
  if (!make_dirs(out_dir, &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  struct RemoveIfNew {
    const std::string& dir;
    bool keep;
    ~RemoveIfNew() {
      if (!keep) ::rmdir(dir.c_str());  // only when still empty
    }
  } new_out{out_dir, out_existed};
  OutLock lock;
  std::vector<std::string> leftovers;
  if (!lock.acquire(out_dir, &err) || !remove_leftovers(out_dir, &leftovers, &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  if (!leftovers.empty())
    log << trn("removed {} leftover of an interrupted build from {}/", "removed {} leftovers of an interrupted build "
               "from {}/", leftovers.size(), leftovers.size(), out_dir)
        << "\n";
  std::vector<DeckJob> jobs;
  int total_cards = 0;
  auto discard = [&]() {
    std::string ignore;
    for (const auto& j : jobs) remove_tree(j.staging, &ignore);
  };
  for (const Deck* deck : selected) {
    const std::string id = deck->id.value;
    DeckJob job;
    job.staging = staging_folder(out_dir, id);
    if (!make_dirs(job.staging, &err)) {
      discard();
      diags->error({}, "environment", err);
      return 3;
    }
    job.ctx = deck_context(ws.project, *deck, ws.templates.at(deck->template_name.value), clusters, study_title);
    job.inputs = deck_inputs(ws, *deck, *job.ctx.tpl);
    job.cards = static_cast<int>(plan_deck(job.ctx).size());
    total_cards += job.cards;
    jobs.push_back(std::move(job));
  }
  int code;
  {
    Progress progress(total_cards, progress_wanted());
    code = render_decks(jobs, settings, opt.jobs > 0 ? opt.jobs : default_jobs(), &progress, diags);
  }
  if (code != 0) {
    discard();
    if (code == 1) log << tr("sterk: nothing was written because of the errors above") << "\n";
    return code;
  }
  // The modules are made before any folder is swapped in, so an error leaves all as it was.
  std::vector<ModuleOutput> staged_modules;
  if (!stage_modules(ws, modules, clusters, study_title, out_dir, &staged_modules, &err)) {
    discard();
    diags->error({}, "environment", err);
    return 3;
  }
  crash_point("before-swap");
  for (size_t i = 0; i < jobs.size(); ++i) {
    const DeckJob& job = jobs[i];
    std::string final_dir = path_join(out_dir, job.ctx.deck->id.value);
    std::vector<std::string> gone;
    if (!swap_in(job.staging, final_dir, &gone, &err)) {
      std::vector<DeckJob> rest(jobs.begin() + static_cast<long>(i), jobs.end());
      std::string ignore;
      for (const auto& j : rest) remove_tree(j.staging, &ignore);
      discard_modules(staged_modules);
      diags->error({}, "environment", err);
      return 3;
    }
    log << tr("wrote {}/", final_dir) << "\n";
    if (!gone.empty()) log << removed_message(gone, final_dir) << "\n";
    if (i == 0) crash_point("after-first-deck");
  }
  if (!publish_modules(staged_modules, out_dir, log, &err)) {
    discard_modules(staged_modules);
    diags->error({}, "environment", err);
    return 3;
  }
  if (opt.bundle && !write_bundles(ws, selected, modules, out_dir, settings.papers.front(), log, &err)) {
    diags->error({}, "environment", err);
    return 3;
  }
  return 0;
}

}  // namespace sterk
