#include "publish/module_build.h"

#include "publish/out_folder.h"

#include <unistd.h>

#include <cstdio>
#include <map>
#include <set>
#include <ostream>

#include "layout/flow.h"
#include "layout/module_document.h"
#include "render/manifest.h"
#include "render/pages_pdf.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

PdfDocumentInfo info_for(const Workspace& ws, const Module& m, const std::string& what) {
  PdfDocumentInfo info;
  info.title = m.title.value + " \u2013 " + what;
  info.author = ws.project.author;
  info.subject = what + " bij de module " + m.title.value + " voor " + audience_label(m.audience.value);
  info.keywords = "Sterk in Werk, scholingsmodule, " + m.id.value + (m.edition.empty() ? "" : ", editie " + m.edition.value);
  info.creator = std::string("sterk ") + STERK_VERSION;
  info.language = m.language.empty() ? "nl" : m.language.value;
  info.date = ws.project.date;
  return info;
}

std::vector<PdfOutlineEntry> outline_of(const FlowResult& r) {
  std::vector<PdfOutlineEntry> out;
  for (const auto& h : r.headings)
    if (h.level == 1) out.push_back({h.text, h.page - 1});
  return out;
}

std::vector<std::string> module_inputs(const Workspace& ws, const Module& m) {
  const Project& p = ws.project;
  auto rel = [&](const std::string& path) {
    std::string root = p.root == "." ? "" : p.root + "/";
    return !root.empty() && starts_with(path, root) ? path.substr(root.size()) : path;
  };
  std::vector<std::string> out = {rel(m.file), "sterk.yaml", path_join(p.study_dir, "analysis.yaml")};
  for (const auto& d : m.decks)
    for (const Deck& deck : ws.decks)
      if (deck.id.value == d.value) {
        out.push_back(rel(deck.file));
        auto t = ws.templates.find(deck.template_name.value);
        if (t != ws.templates.end())
          for (const auto& f : t->second.chain) out.push_back(rel(f));
      }
  return out;
}

bool stage_module(const Workspace& ws, const Module& m, const std::vector<ClusterLabel>& clusters,
                  const std::string& study_title, ModuleOutput* o, std::string* err) {
  const std::string id = m.id.value;
  ModuleDocuments docs = lay_out_module(ws.project, ws.decks, ws.templates, m, clusters, study_title);
  // The guide and the A4 handout are printed double-sided, at actual size.
  PdfDocumentInfo ginfo = info_for(ws, m, "handleiding voor trainers");
  ginfo.duplex = PdfDocumentInfo::long_edge;
  if (!write_pages_pdf(docs.guide.pages, ginfo, outline_of(docs.guide),
                       path_join(o->staging, id + "-gids.pdf"), err))
    return false;
  o->guide_pages = static_cast<int>(docs.guide.pages.size());
  std::string handout_path = path_join(o->staging, id + "-deelnemers.pdf");
  PdfDocumentInfo hinfo = info_for(ws, m, "werkboek voor deelnemers");
  hinfo.duplex = PdfDocumentInfo::long_edge;
  if (docs.booklet ? !write_booklet_pdf(docs.handout.pages, hinfo, handout_path, err)
                   : !write_pages_pdf(docs.handout.pages, hinfo, outline_of(docs.handout), handout_path, err))
    return false;
  o->handout_pages = static_cast<int>(docs.handout.pages.size());
  o->handout_sheets = docs.booklet ? static_cast<int>(booklet_sides(o->handout_pages).size()) : o->handout_pages;
  if (!write_pages_pdf(docs.evaluation.pages, info_for(ws, m, "evaluatieformulier"), {},
                       path_join(o->staging, id + "-evaluatie.pdf"), err))
    return false;
  o->evaluation_pages = static_cast<int>(docs.evaluation.pages.size());

  ManifestInfo mi;
  mi.module = id;
  mi.title = m.title.value;
  mi.audience = m.audience.value;
  mi.edition = m.edition.value;
  mi.sessions = static_cast<int>(m.sessions.size());
  mi.pages = {{id + "-gids.pdf", o->guide_pages},
              {id + "-deelnemers.pdf", o->handout_sheets},
              {id + "-evaluatie.pdf", o->evaluation_pages}};
  mi.inputs = digest_inputs(ws.project.root, module_inputs(ws, m));
  return write_manifest(o->staging, mi, err);
}

}  // namespace

bool stage_modules(const Workspace& ws, const std::vector<const Module*>& modules,
                   const std::vector<ClusterLabel>& clusters, const std::string& study_title,
                   const std::string& out_dir, std::vector<ModuleOutput>* outputs, std::string* err) {
  const std::string base = path_join(out_dir, "modules");
  if (!modules.empty() && !make_dirs(base, err)) return false;
  for (const Module* m : modules) {
    ModuleOutput o;
    o.id = m->id.value;
    o.staging = staging_folder(base, o.id);
    std::string ignore;
    remove_tree(o.staging, &ignore);
    outputs->push_back(o);
    if (!make_dirs(o.staging, err) || !stage_module(ws, *m, clusters, study_title, &outputs->back(), err)) {
      discard_modules(*outputs);
      return false;
    }
  }
  return true;
}

void discard_modules(const std::vector<ModuleOutput>& outputs) {
  std::string ignore;
  for (const auto& o : outputs) remove_tree(o.staging, &ignore);
}

bool publish_modules(const std::vector<ModuleOutput>& outputs, const std::string& out_dir, std::ostream& log,
                     std::string* err) {
  const std::string base = path_join(out_dir, "modules");
  for (const auto& o : outputs) {
    // The folder goes as a whole, as a deck's does (publish/out_folder.h).
    std::string final_dir = path_join(base, o.id);
    std::vector<std::string> gone;
    if (!swap_in(o.staging, final_dir, &gone, err)) return false;
    log << tr("wrote {}/ (pages: guide {}, handout {}, evaluation {})", final_dir, o.guide_pages, o.handout_pages,
              o.evaluation_pages)
        << "\n";
  }
  return true;
}

}  // namespace sterk
