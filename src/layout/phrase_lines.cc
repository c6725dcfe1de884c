#include "layout/phrase_lines.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

#include "layout/flow_text.h"
#include "layout/frame.h"
#include "layout/text_fit.h"
#include "util/sentences.h"

namespace sterk {

namespace {

// Dutch word groups (easy-read guidance: a line ends where a word group ends). The
// words are small closed classes; anything else is treated as a content word.
const std::set<std::string> kArticles = {"de", "een", "'t", "'n"};  // "het" is also a pronoun: below
const std::set<std::string> kPrepositions = {
    "aan",   "achter", "behalve", "bij",    "binnen", "boven", "buiten",  "door",  "in",    "langs",
    "met",   "na",     "naar",    "naast",  "om",     "onder", "op",      "over",  "per",   "rond",
    "sinds", "tegen",  "tijdens", "tot",    "tussen", "uit",   "van",     "vanaf", "vanuit", "via",
    "volgens", "voor", "zonder"};
// Words that only go with a noun after them (possessives, determiners).
const std::set<std::string> kDeterminers = {"mijn", "jouw", "onze", "uw",    "m'n",   "z'n",    "d'r",
                                            "deze", "dit",  "elke", "elk",   "ieder", "iedere", "alle",
                                            "geen", "welk", "zo'n", "zulke", "dezelfde", "hetzelfde",
                                            "sommige", "enkele", "beide"};
// Possessives that are also pronouns or a verb ("je" in "wat kun je", "zijn"): less sure.
const std::set<std::string> kMaybePossessive = {"je", "haar", "ons", "hun", "jullie"};
const std::set<std::string> kQuantifiers = {"veel", "weinig", "meer", "minder", "genoeg", "andere", "ander"};
const std::set<std::string> kDegree = {"heel", "erg", "zo", "best", "extra", "nog"};
const std::set<std::string> kCoordinators = {"en", "of"};
const std::set<std::string> kClauseStarters = {"maar",  "want",   "dus",    "omdat",  "als",    "wanneer",
                                               "terwijl", "zodat", "voordat", "nadat", "totdat", "hoewel",
                                               "zoals", "tenzij",  "doordat", "zodra",  "dan"};
const std::set<std::string> kRelatives = {"die",     "dat",     "wat",     "waar",    "wie",     "hoe",
                                          "waarom",  "welke",   "waarmee", "waarover", "waarvoor", "waardoor",
                                          "waarin",  "waarop",  "waaraan"};
// Words that are (nearly) always the separable part of a verb, not a preposition.
const std::set<std::string> kParticles = {"mee", "terug", "weg", "toe", "af", "los", "vast", "samen"};
const std::set<std::string> kSubjects = {"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "u"};
const std::set<std::string> kNumberWords = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"};

bool is_dash(const std::string& w) { return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94"; }

// A word as the lists above spell it: lower case, ’ as ', without surrounding
// punctuation ("“Hoi," → "hoi").
std::string norm(const std::string& word) {
  std::string w;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      w += '\'';
      i += 2;
    } else {
      w += word[i];
    }
  }
  w = lower(w);
  auto strip = [](unsigned char c) { return std::string(",.;:!?\"()*[]").find(static_cast<char>(c)) != std::string::npos; };
  size_t b = 0, e = w.size();
  while (b < e && strip(w[b])) ++b;
  while (e > b && strip(w[e - 1])) --e;
  // Curly quotes and … (multi-byte) at either end.
  for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\xA6"}) {
    if (w.compare(b, 3, q) == 0) b += 3;
    if (e >= b + 3 && w.compare(e - 3, 3, q) == 0) e -= 3;
  }
  while (b < e && strip(w[b])) ++b;
  while (e > b && strip(w[e - 1])) --e;
  return w.substr(b, e - b);
}

bool ends_clause(const std::string& word) {
  if (word.empty()) return false;
  char c = word.back();
  return c == ',' || c == ';' || c == ':' || c == ')';
}

bool ends_sentence_mark(const std::string& word) {
  return !word.empty() && std::string(".!?\"").find(word.back()) != std::string::npos;
}

bool is_number(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == ':')) return false;
  return std::isdigit(static_cast<unsigned char>(w[0]));
}

}  // namespace

double break_penalty(const std::string& before, const std::string& after, const std::string& after_next) {
  const std::string a = norm(before), b = norm(after), next = norm(after_next);
  if (is_dash(before) || ends_clause(before)) return -60;  // a clause ends here
  if (is_dash(after)) return 300;                         // a dash stays with what it follows
  double p = 0;
  // After a word that needs the next one.
  if (kArticles.count(a) || kDeterminers.count(a) || a == "te") p += 1000;
  else if (kPrepositions.count(a)) p += kCoordinators.count(b) || kClauseStarters.count(b) ? 0 : 1000;
  else if (kCoordinators.count(a) || kClauseStarters.count(a)) p += 800;
  else if (a == "die" || a == "dat" || kRelatives.count(a)) p += 400;
  else if (is_number(a) || kNumberWords.count(a)) p += 500;
  else if (kMaybePossessive.count(a) || kDegree.count(a) || a == "het") p += 300;
  else if (kQuantifiers.count(a) || a == "zijn") p += 200;
  // Before a word that starts or ends a word group.
  bool sentence_end = after_next.empty() || ends_sentence_mark(after) || ends_clause(after);
  bool particle = kParticles.count(b) ||
                  (kPrepositions.count(b) && b != "om" && (sentence_end || next == "te" || kCoordinators.count(next) ||
                                              kClauseStarters.count(next)));
  if (particle) p += sentence_end || next == "te" ? 600 : 150;  // "Schrijf het / op." reads as two things
  else if (b == "te") p += 150;                                  // te goes with what it follows ("om te")
  else if (b == "om" && next == "te") p += 25;  // a short om-te group completes the word before: "leuk om te doen"
  else if (p >= 1000) return p;  // inside a word group; what follows does not make it better
  else if (kClauseStarters.count(b)) p -= 40;
  else if (kRelatives.count(b)) p -= 30;
  else if (kCoordinators.count(b)) p -= 15;
  else if (kPrepositions.count(b) && b != "om") p -= 20;  // a preposition phrase starts ("om" is neutral: "leuk om te")
  else if (kSubjects.count(b)) p += 60;                   // "Wat kun / je goed?": the subject goes with its verb
  return p;
}

std::vector<size_t> choose_breaks(const BreakInput& in, double width) {
  const size_t n = in.start.size();
  if (n <= 1 || in.end[n - 1] - in.start[0] <= width) return {};
  constexpr double kTooWide = 1e6, kBalance = 600, kLoneWord = 40, kExtraLine = 250;
  const double total = in.end[n - 1] - in.start[0];
  // Lays words [0, n) in exactly k lines; returns the cost and the line starts.
  auto best_for = [&](size_t k, std::vector<size_t>* starts) {
    const double ideal = total / k;
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(k + 1, std::vector<double>(n + 1, inf));
    std::vector<std::vector<size_t>> from(k + 1, std::vector<size_t>(n + 1, 0));
    cost[0][0] = 0;
    for (size_t line = 1; line <= k; ++line)
      for (size_t j = line; j <= n; ++j)
        for (size_t i = line - 1; i < j; ++i) {
          if (cost[line - 1][i] == inf) continue;
          double w = in.end[j - 1] - in.start[i];
          double c = w <= width ? kBalance * std::pow((w - ideal) / width, 2) : kTooWide;
          if (j - i == 1 && n >= 3) c += kLoneWord;
          if (i > 0) c += in.penalty[i];
          if (cost[line - 1][i] + c < cost[line][j]) {
            cost[line][j] = cost[line - 1][i] + c;
            from[line][j] = i;
          }
        }
    starts->clear();
    for (size_t line = k, j = n; line > 1; --line) {
      j = from[line][j];
      starts->push_back(j);
    }
    std::reverse(starts->begin(), starts->end());
    return cost[k][n];
  };
  std::vector<size_t> best, trial, least_bad;
  double best_cost = std::numeric_limits<double>::infinity(), least_bad_cost = best_cost;
  bool found = false;
  for (size_t k = 2; k <= n; ++k) {
    double c = best_for(k, &trial);
    if (c >= kTooWide) {
      if (found) break;
      // Not possible yet without a line wider than the box; remember the least bad.
      if (c < least_bad_cost) least_bad_cost = c, least_bad = trial;
      continue;
    }
    if (!found) {  // the fewest lines that fit
      found = true;
      best_cost = c, best = trial;
      continue;
    }
    // One line more than needed, when that avoids a break inside a word group.
    if (c + kExtraLine < best_cost) best = trial;
    break;
  }
  if (!found) return least_bad;  // a word wider than the box: the caller reports it
  return best;
}

namespace {

struct PhraseLayout {
  StyledText styled;
  std::vector<std::pair<size_t, size_t>> lines;  ///< byte ranges of styled.plain
};

bool inside_bold(const StyledText& s, size_t at) {
  for (const auto& [b, e] : s.bold)
    if (b < at && at < e) return true;
  return false;
}

PhraseLayout layout_phrases(const std::string& paragraph, const TextBlock& block) {
  PhraseLayout r;
  r.styled = styled_text(paragraph);
  const std::string& plain = r.styled.plain;
  if (plain.empty()) return r;
  // One unwrapped line of the whole paragraph gives every word's position.
  TextBlock one = block;
  one.indent_pt = 0;
  one.markup = r.styled.markup(0, plain.size());
  PangoLayout* layout = make_layout(one);
  pango_layout_set_width(layout, -1);
  auto x_of = [&](size_t index, bool trailing) {
    int x = 0;
    pango_layout_index_to_line_x(layout, static_cast<int>(index), trailing, nullptr, &x);
    return x / double(PANGO_SCALE);
  };
  const double width = block.width_pt - block.indent_pt - 0.1;  // 0.1 pt: Pango's own rounding
  size_t seg = 0;
  while (seg <= plain.size()) {
    size_t seg_end = plain.find('\n', seg);
    if (seg_end == std::string::npos) seg_end = plain.size();
    std::string_view line(plain.data() + seg, seg_end - seg);
    std::vector<size_t> starts = sentence_starts(line);
    for (size_t s = 0; s < starts.size(); ++s) {
      size_t b = seg + starts[s], e = s + 1 < starts.size() ? seg + starts[s + 1] : seg_end;
      // The sentence's words: runs between spaces.
      std::vector<std::pair<size_t, size_t>> words;
      for (size_t i = b; i < e;) {
        while (i < e && plain[i] == ' ') ++i;
        size_t j = i;
        while (j < e && plain[j] != ' ') ++j;
        if (j > i) words.push_back({i, j});
        i = j;
      }
      if (words.empty()) continue;
      BreakInput in;
      for (size_t w = 0; w < words.size(); ++w) {
        size_t last = words[w].second - 1;
        while (last > words[w].first && (static_cast<unsigned char>(plain[last]) & 0xC0) == 0x80) --last;
        in.start.push_back(x_of(words[w].first, false));
        in.end.push_back(x_of(last, true));
        double p = 0;
        if (w > 0) {
          auto text = [&](size_t k) {
            return k < words.size() ? plain.substr(words[k].first, words[k].second - words[k].first) : std::string();
          };
          p = break_penalty(text(w - 1), text(w), text(w + 1));
          if (inside_bold(r.styled, words[w].first - 1)) p += 200;  // a bold word group stays whole
        }
        in.penalty.push_back(p);
      }
      std::vector<size_t> breaks = choose_breaks(in, width);
      size_t first = 0;
      breaks.push_back(words.size());
      for (size_t next : breaks) {
        r.lines.push_back({words[first].first, words[next - 1].second});
        first = next;
      }
    }
    seg = seg_end + 1;
  }
  g_object_unref(layout);
  return r;
}

}  // namespace

std::string phrase_markup(const std::string& paragraph, const TextBlock& block) {
  PhraseLayout p = layout_phrases(paragraph, block);
  std::string out;
  for (size_t i = 0; i < p.lines.size(); ++i) {
    if (i) out += kLineBreak;
    out += p.styled.markup(p.lines[i].first, p.lines[i].second);
  }
  return out;
}

std::vector<std::string> phrase_lines(const std::string& paragraph, const TextBlock& block) {
  PhraseLayout p = layout_phrases(paragraph, block);
  std::vector<std::string> out;
  for (const auto& [b, e] : p.lines) out.push_back(p.styled.plain.substr(b, e - b));
  return out;
}

}  // namespace sterk
