#include "cli/command.h"

#include "util/messages.h"

namespace sterk {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"build", N_("check the cards, then render the decks into out/"),
       "sterk build --audience werkgever --output print,sheets", run_build},
      {"check", N_("check cards against the analysis, easy-read and print rules"),
       "sterk check --format json", run_check},
      {"rules", N_("list every check with its code, severity and meaning"), "sterk rules", run_rules},
      {"preview", N_("draw one card as a PNG, with --guides for designers"),
       "sterk preview J-werk-01 --side both --guides", run_preview},
      {"watch", N_("redraw the preview of every card that changes while you edit"),
       "sterk watch --deck jongeren", run_watch},
      {"init", N_("create a new project that checks and builds clean"), "sterk init mijn-kaarten", run_init},
      {"analyze", N_("run the concept-mapping analysis into study/analysis.yaml"),
       "sterk analyze --figures docs/figures", run_analyze},
  };
  return table;
}

}  // namespace sterk
