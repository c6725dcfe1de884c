// The widow fix (a paragraph that ends in one lone word is wrapped a little narrower)
// may never cost a line: a card's text must stay inside its box. Centred text is not
// re-wrapped, so it shows how many lines each text needs without the fix.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/fonts.h"
#include "layout/text_fit.h"
#include "test_project.h"

using namespace sterk;

TEST_CASE("the widow fix never adds a line and does remove lone last words", "[layout][widow]") {
  std::string err;
  REQUIRE(register_project_fonts(test::repo_dir() + "/fonts", &err));
  FontStyle style;
  style.size_pt = 10;
  style.min_pt = 10;
  style.line_spacing = 1.3;
  const std::vector<std::string> texts = {
      "Bespreek samen welke taken goed passen bij de nieuwe medewerker en begin klein.",
      "Vraag of de medewerker thuis iemand heeft die meedenkt over werk en geld.",
      "Een vaste collega als maatje helpt in de eerste weken op een nieuwe plek.",
      "Maak duidelijke afspraken over pauzes, taken en wie je iets kunt vragen.",
      "Zoek werk dat past bij wat je leuk vindt en wat je goed kunt doen.",
  };
  int fixed = 0, cases = 0;
  for (const auto& text : texts) {
    for (double width = 90; width <= 260; width += 3) {
      FitResult left = fit_text({text}, style, "left", "", width, 1000);
      FitResult centred = fit_text({text}, style, "center", "", width, 1000);
      REQUIRE(left.measures.size() == 1);
      REQUIRE(centred.measures.size() == 1);
      INFO("'" << text << "' in " << width << " pt");
      CHECK(left.measures[0].lines == centred.measures[0].lines);
      CHECK(left.total_height <= centred.total_height + 0.01);
      ++cases;
      if (left.measures[0].widows < centred.measures[0].widows) ++fixed;
    }
  }
  INFO(fixed << " of " << cases << " wraps lost their lone last word");
  CHECK(fixed > 0);
}
