// `sterk preview CARD-ID`: one card as a PNG, for designers (optionally with guides).
#include <iostream>

#include "cli/cli_text.h"
#include "cli/cli_util.h"
#include "cli/command.h"
#include "cli/report.h"
#include "layout/card_layout.h"
#include "layout/fonts.h"
#include "load/template_loader.h"
#include "publish/build.h"
#include "render/preview.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

int run_preview(int argc, char** argv) {
  CLI::App app(tr("Draw one card as a PNG. With --guides the image shows the bleed, the trim line,\n"
                  "the safe area and every element's box with its name."),
               "preview");
  app.footer(tr("Examples:") + "\n" +
             tr("  sterk preview J-werk-01                      out/preview/J-werk-01-front.png") + "\n" +
             "  sterk preview J-werk-01 --side both --guides --dpi 200\n"
             "  sterk preview divider-passend-werk --deck jongeren -o /tmp/divider.png");
  std::string root = ".", card_id, side = "front", output, deck_id;
  double dpi = 0;
  bool guides = false;
  app.add_option(tr("CARD-ID"), card_id, tr("the card's id (a generated divider is divider-<cluster id>)"))->required();
  app.add_option("--side", side, tr("front, back or both (side by side)"))
      ->check(one_of({"front", "back", "both"}));
  app.add_option("--dpi", dpi, tr("resolution, 10 to 1200 (default: output.png_dpi in sterk.yaml)"))
      ->check(number_between(10, 1200));
  app.add_option("-o,--output", output, tr("PNG file (default: out/preview/<card>-<side>.png)"));
  app.add_flag("--guides", guides, tr("draw bleed, trim line, safe area and element boxes with names"));
  app.add_option("--deck", deck_id, tr("look for the card only in this deck"));
  app.add_option("-C,--project", root, tr("project folder (where sterk.yaml is)"));
  if (int code = parse_command_line(app, argc, argv); code >= 0) return code;
  if (int code = find_project("preview", &root); code >= 0) return code;

  Diagnostics diags;
  Workspace ws;
  load_workspace(root, &ws, &diags);
  if (!ws.project_read) {  // only sterk.yaml was read: its errors, not "there is no card"
    diags.sort();
    Counted unread;
    unread.unread_project = ws.project.path("sterk.yaml");
    print_diagnostics(diags, std::cerr, &unread);
    return kExitInputErrors;
  }
  std::vector<const Deck*> decks;
  std::string err;
  if (!select_decks(ws, deck_id.empty() ? std::vector<std::string>{} : std::vector<std::string>{deck_id}, {},
                    &decks, &err)) {
    std::cerr << "sterk preview: " << err << "\n" << tr("hint: run 'sterk preview --help'") << "\n";
    return kExitUsage;
  }
  // Find the card: written cards first, then generated dividers.
  const Deck* deck = nullptr;
  std::vector<std::string> ids;
  for (const Deck* d : decks)
    for (const Card& c : d->cards) {
      if (c.id.value == card_id && !deck) deck = d;
      ids.push_back(c.id.value);
    }
  std::string study_title;
  std::vector<ClusterLabel> clusters = cluster_labels(ws.project, &study_title, &diags);
  auto context = [&](const Deck* d, DeckContext* ctx) {
    auto t = ws.templates.find(d->template_name.value);
    if (t == ws.templates.end()) return false;
    *ctx = deck_context(ws.project, *d, t->second, clusters, study_title);
    return true;
  };
  DeckContext ctx;
  PlannedCard card;
  bool found = false;
  for (const Deck* d : decks) {
    if (deck && d != deck) continue;
    DeckContext c;
    if (!context(d, &c)) continue;
    for (const PlannedCard& pc : plan_deck(c)) {
      if (pc.card->generated) ids.push_back(pc.card->id.value);
      if (!found && pc.card->id.value == card_id) {
        ctx = c;
        card = pc;
        found = true;
      }
    }
  }
  if (!found && deck) {
    // The card exists but its deck cannot be laid out: show why.
    diags.sort();
    print_diagnostics(diags, std::cerr);
    std::cerr << "sterk preview: " << tr("card '{}' is in {}, whose template could not be loaded", card_id, deck->file)
              << "\n";
    return kExitInputErrors;
  }
  if (!found) {
    if (diags.has_errors()) {
      diags.sort();
      print_diagnostics(diags, std::cerr);
    }
    std::string hint = did_you_mean(card_id, ids);
    std::cerr << "sterk preview: "
              << (hint.empty() ? tr("there is no card '{}'", card_id)
                               : tr("there is no card '{}'; did you mean '{}'?", card_id, hint))
              << "\n"
              << tr("hint: card ids are the 'id:' of each card in {}/*.yaml", ws.project.cards_dir) << "\n";
    return kExitUsage;
  }
  bool fonts = register_project_fonts(ws.project.path(ws.project.fonts_dir), &err);
  report_unreadable_fonts(&diags);
  if (!fonts) {
    diags.sort();
    print_diagnostics(diags, std::cerr);
    if (!unreadable_font_files().empty()) return kExitInputErrors;  // damaged font files, each named
    std::cerr << "sterk preview: " << err << "\n";
    return kExitEnvironment;
  }
  check_template_fonts(*ctx.tpl, font_families(), &diags);
  std::vector<Frame> frames;
  if (side != "back") frames.push_back(layout_side(ctx, card, "front", &diags));
  if (side != "front") frames.push_back(layout_side(ctx, card, "back", &diags));
  if (output.empty())
    output = path_join(ws.project.path(ws.project.out_dir), "preview/" + card_id + "-" + side + ".png");
  PreviewOptions options;
  options.dpi = dpi > 0 ? dpi : ws.project.png_dpi;
  options.guides = guides;
  diags.sort();
  print_diagnostics(diags, std::cerr);
  if (!write_preview(frames, options, output, &err)) {
    std::cerr << "sterk preview: " << err << "\n";
    return kExitEnvironment;
  }
  std::cerr << tr("wrote {}", output) << "\n";
  return diags.has_errors() ? kExitInputErrors : kExitOk;
}

}  // namespace sterk
