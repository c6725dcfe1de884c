#include "check/selection.h"

#include <algorithm>
#include <set>

#include "util/files.h"

namespace sterk {
namespace {

// The files a deck's template is made of: its own file and those it extends; the
// file name alone when the template could not be loaded.
void add_template_files(const Workspace& ws, const std::string& name, std::set<std::string>* files) {
  if (name.empty()) return;
  files->insert(path_join(ws.project.path(ws.project.templates_dir), name + ".yaml"));
  auto t = ws.templates.find(name);
  if (t == ws.templates.end()) return;
  files->insert(t->second.file);
  files->insert(t->second.chain.begin(), t->second.chain.end());
}

}  // namespace

void keep_selected_findings(const Workspace& ws, const std::vector<const Deck*>& decks,
                            const std::vector<const Module*>& modules, const std::vector<std::string>& wanted_decks,
                            Diagnostics* diags) {
  std::set<std::string> kept, left_out;
  for (const Deck& d : ws.decks) {
    // A deck without an id did not load: it may be for anyone, unless --deck named others.
    bool chosen = std::find(decks.begin(), decks.end(), &d) != decks.end() ||
                  (d.id.empty() && (wanted_decks.empty() || std::find(wanted_decks.begin(), wanted_decks.end(),
                                                                      path_stem(d.file)) != wanted_decks.end()));
    std::set<std::string>& files = chosen ? kept : left_out;
    files.insert(d.file);
    add_template_files(ws, d.template_name.value, &files);
  }
  for (const Module& m : ws.modules)
    (std::find(modules.begin(), modules.end(), &m) != modules.end() ? kept : left_out).insert(m.file);
  for (const auto& f : kept) left_out.erase(f);
  if (left_out.empty()) return;
  auto names_kept = [&](const std::string& message) {
    for (const auto& f : kept)
      if (message.find(f) != std::string::npos) return true;
    return false;
  };
  Diagnostics shown;
  for (const Diagnostic& d : diags->items())
    if (!left_out.count(d.where.file) || names_kept(d.message)) shown.add_decided(d);
  *diags = std::move(shown);
}

}  // namespace sterk
