#include "check/rules.h"

#include <unordered_map>

#include "util/messages.h"

namespace sterk {

const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = {
      // Loading: the files themselves.
      {"yaml/syntax", Severity::error, N_("all files"), N_("the file is not valid YAML")},
      {"yaml/tab", Severity::error, N_("all files"), N_("a tab is used for indentation")},
      {"yaml/encoding", Severity::error, N_("all files"), N_("the file is not UTF-8 text")},
      {"yaml/duplicate-key", Severity::error, N_("all files"), N_("a key is given twice in one map")},
      {"yaml/comment-in-text", Severity::warning, N_("all files"), N_("' #' in unquoted text made the rest of the line a comment (a title ending in #1)")},
      {"yaml/merged-lines", Severity::warning, N_("all files"), N_("a list item's text ran on over the next line, which looks like an item of its own")},
      {"yaml/too-deep", Severity::error, N_("all files"), N_("the file nests deeper than any deck or template needs")},
      {"yaml/too-long", Severity::error, N_("all files"), N_("one value is longer than 64 KiB (a pasted file?)")},
      {"yaml/too-big", Severity::error, N_("all files"), N_("a YAML file over 32 MiB, or aliases (*name) repeating into more values than its size allows")},
      {"load/missing-file", Severity::error, N_("all files"), N_("a file that is needed cannot be read")},
      {"load/missing-key", Severity::error, N_("all files"), N_("a required key is missing")},
      {"load/type", Severity::error, N_("all files"), N_("a value has the wrong type (text, number, list, …)")},
      {"load/unknown-key", Severity::warning, N_("all files"), N_("a key sterk does not know; it is ignored")},
      {"load/misspelled-key", Severity::error, N_("all files"), N_("a key that is a near miss of a known key (a Dutch name or a typing error); its value would be lost")},
      {"load/unknown-audience", Severity::error, N_("all decks"), N_("the audience is not one of the four")},
      {"load/unknown-kind", Severity::error, N_("all decks"), N_("the card or deck kind is not known")},
      {"load/unknown-template", Severity::error, N_("all decks"), N_("the deck names a template that does not exist")},
      {"load/duplicate-card", Severity::error, N_("all decks"), N_("two cards in one deck have the same id")},
      {"load/duplicate-theme", Severity::error, N_("workshop decks"), N_("two themes in one deck have the same id")},
      {"load/duplicate-deck", Severity::error, N_("all decks"), N_("two decks have the same id")},
      {"load/bad-id", Severity::error, N_("all files"), N_("an id is not a plain name, or differs from another only in capitals")},
      {"load/no-decks", Severity::error, N_("project"), N_("there are no decks in cards/")},
      {"load/empty-deck", Severity::warning, N_("all decks"), N_("a deck has no cards")},
      {"load/too-long", Severity::error, N_("all decks"), N_("a card's title, text, tip or question is longer than 2000 characters")},
      {"load/too-many-tips", Severity::error, N_("all decks"), N_("a card has more than 50 tips")},
      {"load/base-url", Severity::error, N_("project"), N_("web.base_url in sterk.yaml is not a plain http(s) address")},
      {"load/unknown-output", Severity::error, N_("project"), N_("sterk.yaml names an output that does not exist")},
      {"load/unknown-value", Severity::error, N_("all files"), N_("a key has a value that is not one of its choices")},
      {"load/cmyk-profile", Severity::error, N_("project"), N_("output.cmyk.profile is not a CMYK output (printer) ICC profile")},
      {"check/allow-without-reason", Severity::error, N_("all decks"), N_("an allow entry without a reason")},
      // The study: study.yaml and the four CSV files (sterk analyze).
      {"study/missing-file", Severity::error, N_("study"), N_("a study file cannot be read")},
      {"study/encoding", Severity::error, N_("study"), N_("a CSV file is not UTF-8")},
      {"study/csv-syntax", Severity::error, N_("study"), N_("a CSV cell is not well formed (e.g. a quote without its end)")},
      {"study/csv-separator", Severity::error, N_("study"), N_("a CSV file uses ';' between columns (Excel with Dutch settings)")},
      {"study/missing-column", Severity::error, N_("study"), N_("a CSV file lacks a column its header must have")},
      {"study/statement-id", Severity::error, N_("study"), N_("a statement id is not a positive whole number")},
      {"study/empty-text", Severity::error, N_("study"), N_("a statement has no text")},
      {"study/duplicate-id", Severity::error, N_("study"), N_("an id (statement, participant, group, cluster) is listed twice")},
      {"study/participant-id", Severity::error, N_("study"), N_("a participant id is missing")},
      {"study/unknown-participant", Severity::error, N_("study"), N_("a sort or rating names a participant not in participants.csv")},
      {"study/unknown-group", Severity::error, N_("study"), N_("a participant's group is not listed in study.yaml")},
      {"study/unknown-statement", Severity::error, N_("study"), N_("a sort, rating or anchor names a statement not in statements.csv")},
      {"study/pile", Severity::error, N_("study"), N_("a sort row has no pile name")},
      {"study/duplicate-sort", Severity::error, N_("study"), N_("one sorter put a statement in two piles")},
      {"study/sort-excluded", Severity::warning, N_("study"), N_("a sort with one pile, or every statement alone, is left out")},
      {"study/rating-scale", Severity::error, N_("study"), N_("a rating scale in study.yaml has min not below max")},
      {"study/rating-value", Severity::error, N_("study"), N_("a rating cell is not a number")},
      {"study/rating-range", Severity::error, N_("study"), N_("a rating is outside its scale")},
      {"study/duplicate-rating", Severity::error, N_("study"), N_("a participant rated one statement twice")},
      {"study/rating-no-spread", Severity::warning, N_("study"), N_("every statement has the same mean rating; the go-zone is empty")},
      {"study/cluster-count", Severity::error, N_("study"), N_("the number of clusters is not sensible")},
      {"study/cluster-names", Severity::error, N_("study"), N_("two cluster names have their anchors in one cluster")},
      {"study/cluster-unnamed", Severity::warning, N_("study"), N_("a computed cluster has no name yet; an anchor is suggested")},
      {"study/cluster-name-missing", Severity::error, N_("study"), N_("names are given, but no name's anchor is in one cluster")},
      {"study/too-few-statements", Severity::error, N_("study"), N_("there are fewer than 3 statements to map")},
      {"study/no-sorts", Severity::error, N_("study"), N_("there is no usable sort")},
      {"study/one-sorter", Severity::warning, N_("study"), N_("only one sort is used; the map is one person's view")},
      {"study/identical-sorts", Severity::warning, N_("study"), N_("every sort is the same")},
      {"study/never-sorted-together", Severity::warning, N_("study"), N_("no sorter put a statement with any other; it is left out of the map")},
      {"study/degenerate-map", Severity::warning, N_("study"), N_("the map has stress-1 below 0.05 or points on top of each other")},
      {"study/unstable-map", Severity::warning, N_("study"), N_("two MDS starts within 1 % stress give different clusters (ARI below 0.8)")},
      {"analysis/statement-moved", Severity::warning, N_("decks"), N_("a card's statement left the card's cluster in the new analysis")},
      {"analysis/format", Severity::error, N_("study"), N_("analysis.yaml is damaged or from another version; run sterk analyze")},
      {"rcmap/statement", Severity::error, N_("RCMap import"), N_("a row of Statements.csv is not 'StatementID,Statement'")},
      {"rcmap/sort", Severity::error, N_("RCMap import"), N_("a row of SortedCards.csv is not 'sorter,pile,statement ids…'")},
      {"rcmap/group-column", Severity::error, N_("RCMap import"), N_("Demographics.csv lacks the column used for groups")},
      {"rcmap/write", Severity::error, N_("RCMap import"), N_("the imported study cannot be written")},
      {"check/unknown-rule", Severity::error, N_("all decks"), N_("an allow entry names a rule that does not exist")},
      {"check/unused-allow", Severity::warning, N_("all decks"), N_("an allow entry accepts a rule that reports nothing on the card")},
      {"check/word-list", Severity::warning, N_("project"), N_("a line of cards/difficult-words.txt cannot be read")},
      // References: cards against study/analysis.yaml.
      {"references/no-analysis", Severity::warning, N_("all decks"), N_("there is no study/analysis.yaml to check clusters and statements against")},
      {"references/stale-analysis", Severity::error, N_("all decks"), N_("the study files changed after the analysis was made")},
      {"references/unknown-cluster", Severity::error, N_("all decks"), N_("a card names a cluster the analysis does not have")},
      {"references/unknown-statement", Severity::error, N_("all decks"), N_("a card names a statement the study does not have")},
      {"references/statement-outside-cluster", Severity::error, N_("all decks"), N_("a card's statement belongs to another cluster")},
      {"references/duplicate-card", Severity::error, N_("all decks"), N_("two decks use the same card id")},
      {"references/unknown-theme", Severity::error, N_("workshop decks"), N_("a card names a theme its deck does not define")},
      // Quotes and facts (docs/content.md).
      {"check/example-quote", Severity::warning, N_("all decks"), N_("an example quote (source: voorbeeld) in an edition that is not a draft")},
      {"check/fact-outdated", Severity::warning, N_("all decks"), N_("a fact's source was checked more than 12 months before the edition date")},
      // Coverage.
      {"coverage/missing-cluster", Severity::error, N_("study decks"), N_("a study deck has no content card for a cluster")},
      {"coverage/go-zone-statement", Severity::warning, N_("all decks"), N_("a go-zone statement is on no card for its audience")},
      // Easy-read: thresholds from the template's rule set (easy-read or plain). The
      // severity here is the easy-read one; the plain set (check/rule_sets.cc) lowers the
      // style rules marked "plain: warning" and leaves out those for "easy-read decks".
      {"easy-read/sentence-length", Severity::error, N_("all decks"), N_("a sentence is longer than the rule set allows (10 or 15 words)")},
      {"easy-read/long-word", Severity::warning, N_("all decks"), N_("a word is longer than the rule set allows (14 or 20 letters)")},
      {"easy-read/difficult-word", Severity::error, N_("all; plain: warning"), N_("a word from the list of difficult words")},
      {"easy-read/abbreviation", Severity::warning, N_("easy-read decks"), N_("an abbreviation from the list of difficult words")},
      {"easy-read/italic", Severity::error, N_("all decks"), N_("italics (*word*, <i>); cards use only **bold**")},
      {"easy-read/underline", Severity::error, N_("all decks"), N_("underlining (_word_, <u>); cards use only **bold**")},
      {"easy-read/all-caps", Severity::warning, N_("all decks"), N_("a word in capitals that is not a known abbreviation")},
      {"easy-read/readability", Severity::error, N_("all decks"), N_("the card's Flesch-Douma score is below the rule set's (70 or 55)")},
      {"easy-read/spelling", Severity::error, N_("all decks"), N_("a word is not in the Dutch dictionary or cards/words.txt")},
      // Style rules below are errors in easy-read decks and warnings in plain ones.
      {"easy-read/unknown-name", Severity::warning, N_("all decks"), N_("a capitalised word the dictionary does not know: a name? add it to cards/names.txt")},
      {"easy-read/uncommon-word", Severity::error, N_("all; plain: warning"), N_("a content word outside the common Dutch words (easy-read 10 000, plain 30 000), in any form")},
      {"easy-read/english-word", Severity::error, N_("all; plain: warning"), N_("an English word in Dutch text")},
      {"easy-read/passive", Severity::error, N_("all; plain: warning"), N_("passive voice (worden/zijn + past participle): say who does it")},
      {"easy-read/double-negation", Severity::error, N_("all; plain: warning"), N_("two negations in one sentence (niet … geen, niet onmogelijk)")},
      {"easy-read/negation", Severity::error, N_("easy-read decks"), N_("a question with a negation (Wil je niet …?)")},
      {"easy-read/number-in-words", Severity::error, N_("all; plain: warning"), N_("a number written as a word; use digits (plain: only above 20)")},
      {"easy-read/figurative", Severity::error, N_("all; plain: warning"), N_("figurative language or an idiom (sterk's list and cards/idioms.txt)")},
      {"easy-read/impersonal", Severity::error, N_("all; plain: warning"), N_("'men': say who")},
      {"easy-read/formal-address", Severity::error, N_("easy-read decks"), N_("'u'/'uw' in a deck that says 'je'")},
      {"easy-read/nominalisation", Severity::error, N_("all; plain: warning"), N_("a verb made into a thing (het maken van)")},
      {"easy-read/back-reference", Severity::error, N_("easy-read decks"), N_("a sentence that starts by pointing back (Die, Dat, Daar …)")},
      {"easy-read/split-er-word", Severity::error, N_("easy-read decks"), N_("er/daar/hier/waar split from its preposition (daar … over)")},
      {"easy-read/agreement", Severity::error, N_("all decks"), N_("the verb does not agree with its subject (hij word, je ben, het gebeurd)")},
      {"easy-read/no-full-stop", Severity::error, N_("all; plain: warning"), N_("a sentence without a full stop (not titles or list items)")},
      {"easy-read/dense-clause", Severity::error, N_("all; plain: warning"), N_("more content words in one clause than the rule set allows (6 or 8)")},
      {"easy-read/title-length", Severity::error, N_("all; plain: warning"), N_("a title longer than the rule set allows (6 or 10 words)")},
      {"easy-read/too-many-sentences", Severity::error, N_("all; plain: warning"), N_("more sentences in a card's text than the rule set allows (6 or 10)")},
      {"easy-read/too-many-tips", Severity::error, N_("all; plain: warning"), N_("more tips than the rule set allows (3 or 5)")},
      // Templates.
      {"template/colour", Severity::error, N_("templates"), N_("a colour is not valid or not defined")},
      {"template/font", Severity::error, N_("templates"), N_("an element uses a font style the template does not define")},
      {"template/font-missing", Severity::error, N_("templates"), N_("a font's family is not among the fonts in fonts/")},
      {"template/font-size", Severity::error, N_("templates"), N_("a font's sizes or line spacing are not sensible")},
      {"template/length", Severity::error, N_("templates"), N_("a length has no unit or a wrong one")},
      {"template/box", Severity::error, N_("templates"), N_("a box is not [x, y, width, height]")},
      {"template/box-outside", Severity::error, N_("templates"), N_("an element's box lies outside the card")},
      {"template/card-size", Severity::error, N_("templates"), N_("the card size or safe margin is not sensible")},
      {"template/placeholder", Severity::error, N_("templates"), N_("a {placeholder} names an unknown field")},
      {"template/list", Severity::error, N_("templates"), N_("a list element shows a field that is not a list")},
      {"template/qr-needs-base-url", Severity::error, N_("templates"), N_("a QR code shows {card.url} but sterk.yaml has no web.base_url")},
      {"template/qr-example-address", Severity::warning, N_("project"), N_("a QR code shows {card.url} and web.base_url is an example address (example.org, …)")},
      {"template/extends-cycle", Severity::error, N_("templates"), N_("templates extend each other in a loop")},
      // Layout and preflight: computed by the same code that renders.
      {"layout/overflow", Severity::error, N_("all decks"), N_("text does not fit its box at the minimum size")},
      {"preflight/missing-glyph", Severity::error, N_("all decks"), N_("the font has no glyph for a character")},
      {"preflight/font-fallback", Severity::error, N_("all decks"), N_("a font in fonts/ has no sign for some characters, so another font drew them")},
      {"preflight/broken-word", Severity::error, N_("all decks"), N_("a word is broken across two lines")},
      {"preflight/outside-safe-area", Severity::error, N_("all decks"), N_("text or a pictogram reaches outside the safe area")},
      {"preflight/contrast", Severity::error, N_("all decks"), N_("text contrast is below WCAG 4.5:1")},
      {"template/field-not-drawn", Severity::warning, N_("all decks"), N_("a card field its template does not print for that kind of card (a question on a cover)")},
      {"preflight/overlap", Severity::error, N_("all decks"), N_("a template element's text is drawn over another element (text, picture, QR code, a shape on top)")},
      {"preflight/contrast-easy-read", Severity::warning, N_("easy-read decks"), N_("text contrast is below 7:1")},
      {"preflight/missing-pictogram", Severity::error, N_("all decks"), N_("the pictogram file does not exist")},
      {"preflight/missing-image", Severity::error, N_("templates"), N_("the image file does not exist")},
      {"preflight/bad-image", Severity::error, N_("templates"), N_("the image cannot be read")},
      {"preflight/bad-font", Severity::error, N_("project"), N_("a font file in fonts/ is damaged or not a font")},
      {"preflight/image-resolution", Severity::error, N_("templates"), N_("a raster image prints below 300 dpi")},
      {"preflight/qr-too-small", Severity::error, N_("all decks"), N_("a QR code's modules would be smaller than 0.4 mm")},
      {"preflight/path", Severity::error, N_("all files"), N_("a path is absolute or leaves the project folder")},
      // Training modules (modules/*.yaml, docs/modules.md).
      {"module/duplicate-id", Severity::error, N_("modules"), N_("two modules, goals or sessions have the same id")},
      {"module/unknown-deck", Severity::error, N_("modules"), N_("a module names a deck that does not exist")},
      {"module/unknown-card", Severity::error, N_("modules"), N_("an activity names a card that does not exist")},
      {"module/card-not-in-deck", Severity::error, N_("modules"), N_("an activity uses a card from a deck the module does not name")},
      {"module/unknown-goal", Severity::error, N_("modules"), N_("an activity names a learning goal the module does not have")},
      {"module/unknown-trainer", Severity::error, N_("modules"), N_("an activity's lead is not one of the module's trainers")},
      {"module/minutes-over", Severity::error, N_("modules"), N_("a session's activities take more minutes than the session")},
      {"module/minutes-under", Severity::warning, N_("modules"), N_("a session's activities take fewer minutes than the session")},
      {"module/unused-goal", Severity::error, N_("modules"), N_("no activity works on a learning goal")},
      {"module/uncovered-cluster", Severity::warning, N_("modules"), N_("no learning goal for an audience covers a cluster of the study")},
  };
  return table;
}

const Rule* find_rule(const std::string& code) {
  static const std::unordered_map<std::string, const Rule*> by_code = [] {
    std::unordered_map<std::string, const Rule*> m;
    for (const auto& r : rules()) m.emplace(r.code, &r);
    return m;
  }();
  auto it = by_code.find(code);
  return it == by_code.end() ? nullptr : it->second;
}

Severity rule_severity(const std::string& code, Severity fallback) {
  const Rule* r = find_rule(code);
  return r ? r->severity : fallback;
}

}  // namespace sterk
