#include "cli/command.h"

namespace sterk {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"build", "check the cards, then render the decks into out/",
       "sterk build --audience werkgever --output print,sheets", run_build},
      {"check", "check cards against the analysis, easy-read and print rules",
       "sterk check --format json", run_check},
      {"rules", "list every check with its code, severity and meaning", "sterk rules", run_rules},
      {"preview", "draw one card as a PNG, with --guides for designers",
       "sterk preview J-werk-01 --side both --guides", run_preview},
      {"watch", "redraw the preview of every card that changes while you edit",
       "sterk watch --deck jongeren", run_watch},
      {"init", "create a new project that checks and builds clean", "sterk init mijn-kaarten", run_init},
      {"analyze", "run the concept-mapping analysis into study/analysis.yaml",
       "sterk analyze --figures docs/figures", run_analyze},
  };
  return table;
}

}  // namespace sterk
