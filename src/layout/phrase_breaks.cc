#include "layout/phrase_breaks.h"

#include <cctype>
#include <set>

#include "util/sentences.h"

namespace sterk {

namespace {

const std::set<std::string> kArticles = {"de", "een", "'t", "'n"};  // "het" is also a pronoun: below
const std::set<std::string> kPrepositions = {
    "aan",   "achter", "behalve", "bij",    "binnen", "boven", "buiten",  "door",  "in",     "langs",
    "met",   "na",     "naar",    "naast",  "om",     "onder", "op",      "over",  "per",    "rond",
    "sinds", "tegen",  "tijdens", "tot",    "tussen", "uit",   "van",     "vanaf", "vanuit", "via",
    "volgens", "voor", "zonder"};
// Words that only go with a noun after them: possessives, determiners, "een paar".
const std::set<std::string> kDeterminers = {"mijn",  "jouw",  "onze",     "uw",        "m'n",     "z'n",
                                            "d'r",   "deze",  "dit",      "elke",      "elk",     "ieder",
                                            "iedere", "alle", "geen",     "welk",      "zo'n",    "zulke",
                                            "dezelfde", "hetzelfde", "sommige", "enkele", "beide", "paar",
                                            "hoeveel"};
// Possessives that are also pronouns ("vraag haar", "help ons"): less sure.
const std::set<std::string> kMaybePossessive = {"haar", "ons", "hun", "jullie"};
const std::set<std::string> kQuantifiers = {"veel", "weinig", "meer", "minder", "genoeg", "andere", "ander"};
const std::set<std::string> kDegree = {"heel", "erg", "zo", "best", "extra", "nog"};
const std::set<std::string> kCoordinators = {"en", "of"};
const std::set<std::string> kClauseStarters = {"maar",   "want",    "dus",    "omdat",  "als",    "wanneer",
                                               "terwijl", "zodat",  "voordat", "nadat", "totdat", "hoewel",
                                               "zoals",  "tenzij",  "doordat", "zodra"};
const std::set<std::string> kRelatives = {"die",     "dat",      "wat",      "waar",    "wie",     "hoe",
                                          "waarom",  "welke",    "waarmee",  "waarover", "waarvoor", "waardoor",
                                          "waarin",  "waarop",   "waaraan"};
// Words that are (nearly) always the separable part of a verb, not a preposition.
const std::set<std::string> kParticles = {"mee", "terug", "weg", "toe", "af", "los", "vast", "samen"};
const std::set<std::string> kSubjects = {"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "u"};
const std::set<std::string> kNumberWords = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"};
// Verbs after which "je" is the subject ("Later kun je", "Werk je graag"), not "your".
// Verbs that are often a command with "je" as "your" ("Vraag je baas", "Bel je coach")
// are left out on purpose.
const std::set<std::string> kSubjectVerbs = {
    "kun",  "kan",  "wil",  "moet", "mag",  "ga",   "hoef",  "ben",     "heb",  "zal",  "zou",
    "word", "weet", "krijg", "vind", "voel", "leer", "merk", "zie",     "doe",  "werk", "eet",
    "snap", "sta",  "kom",  "blijf", "denk", "hoor", "gebruik", "bent", "hebt", "wordt"};

// Adjectives that are not inflected before a het-word ("een vast moment", "je eigen plek").
const std::set<std::string> kPlainAdjectives = {"vast", "goed", "klein", "groot", "nieuw", "eigen", "leuk",
                                                "fijn", "rustig", "druk", "gewoon", "eerlijk", "echt", "ander"};

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
  auto strip = [](char c) { return std::string(",.;:!?\"()*[]").find(c) != std::string::npos; };
  size_t b = 0, e = w.size();
  for (bool more = true; more;) {
    more = false;
    while (b < e && strip(w[b])) ++b, more = true;
    while (e > b && strip(w[e - 1])) --e, more = true;
    // Curly quotes and … (three bytes each) at either end.
    for (const char* q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\xA6"}) {
      if (e >= b + 3 && w.compare(b, 3, q) == 0) b += 3, more = true;
      if (e >= b + 3 && w.compare(e - 3, 3, q) == 0) e -= 3, more = true;
    }
  }
  return w.substr(b, e - b);
}

bool ends_clause(const std::string& word) {
  if (word.empty()) return false;
  char c = word.back();
  return c == ',' || c == ';' || c == ':' || c == ')';
}

bool ends_sentence(const std::string& word) {
  return !word.empty() && std::string(".!?\"").find(word.back()) != std::string::npos;
}

bool is_number(const std::string& w) {
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  for (char c : w)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == ':')) return false;
  return true;
}

bool capitalised(const std::string& raw) {
  size_t i = 0;
  while (i < raw.size() && (raw[i] == '"' || raw[i] == '(' || raw[i] == '*')) ++i;
  return i < raw.size() && std::isupper(static_cast<unsigned char>(raw[i]));
}

// Words that are not a noun, adjective or verb.
bool function_word(const std::string& w) {
  return kPrepositions.count(w) || kCoordinators.count(w) || kClauseStarters.count(w) || kRelatives.count(w) ||
         kSubjects.count(w) || kArticles.count(w) || kParticles.count(w) || w == "te" || w == "het";
}

// A word that begins a noun group and needs the noun after it.
bool opens_noun_group(const std::string& w) {
  return kArticles.count(w) || kDeterminers.count(w) || is_number(w) || kNumberWords.count(w);
}

// The penalty for ending a line after words[at - 1] (what it needs after it).
double after_penalty(const std::vector<std::string>& raw, size_t at, const std::string& a, const std::string& b,
                     const std::string& prev) {
  if (kArticles.count(a) || kDeterminers.count(a) || a == "te") return 1000;
  if (kPrepositions.count(a)) {
    // A particle ("zoek het op / met je telefoon", "schrijf het op / en ...") ended its clause.
    // "om" is never a particle: "om / op tijd te zijn" breaks an om-group.
    if (a != "om" && (kCoordinators.count(b) || kClauseStarters.count(b) || kPrepositions.count(b))) return 0;
    return kRelatives.count(b) ? 250 : 1000;  // "over / hoe het gaat": the clause is the complement
  }
  if (kCoordinators.count(a) || kClauseStarters.count(a)) return 800;
  if (kRelatives.count(a)) return 400;
  if (is_number(a) || kNumberWords.count(a)) return 500;
  if (a == "je") {
    if (kPrepositions.count(prev)) return 1000;  // "met je / handen": your
    if (kSubjectVerbs.count(prev)) return 0;     // "kun je / meer uren werken": the subject ends the verb group
    return 300;
  }
  // An adjective between its article and noun: "een vaste / collega", "1 vaste / persoon".
  // It looks like one (ends in -e, or is a common plain adjective) and a content word
  // follows; before a preposition or a conjunction it was the noun ("de pauze / met").
  if (opens_noun_group(prev) && !function_word(b)) {
    bool inflected = a.size() >= 3 && a.back() == 'e' && a[a.size() - 2] != 'e';
    if (inflected || kPlainAdjectives.count(a)) return 500;
  }
  if (kMaybePossessive.count(a) || kDegree.count(a) || a == "het") return 300;
  if (kQuantifiers.count(a) || a == "zijn") return 200;
  // A name of several words: "Atkinson / Hyperlegible", "Hogeschool / van Amsterdam".
  if (at >= 2 && capitalised(raw[at - 1]) && capitalised(raw[at])) return 300;
  return 0;
}

}  // namespace

double break_penalty(const std::vector<std::string>& words, size_t at) {
  if (at == 0 || at >= words.size()) return 0;
  const std::string& before = words[at - 1];
  const std::string& after = words[at];
  if (is_dash(before) || ends_clause(before)) return -60;  // a clause ends here
  if (is_dash(after)) return 300;                         // a dash stays with what it follows
  const std::string a = norm(before), b = norm(after);
  const std::string prev = at >= 2 ? norm(words[at - 2]) : "";
  const std::string next = at + 1 < words.size() ? norm(words[at + 1]) : "";
  double p = after_penalty(words, at, a, b, prev);
  // What the next line starts with.
  bool clause_end = at + 1 >= words.size() || ends_sentence(after) || ends_clause(after);
  bool particle = kParticles.count(b) ||
                  (kPrepositions.count(b) && b != "om" &&
                   (clause_end || next == "te" || kCoordinators.count(next) || kClauseStarters.count(next) ||
                    kPrepositions.count(next)));
  if (particle) return p + (clause_end || next == "te" ? 600 : kParticles.count(b) ? 150 : 300);  // "Schrijf het / op."
  if (b == "te") return p + 150;                  // te goes with what it follows ("om te doen")
  if (b == "om" && next == "te") return p + 25;   // "leuk om te doen": the om-group completes the word before
  if (b == "je" && kSubjectVerbs.count(a)) return p + 300;  // "Later kun / je": verb and subject
  if (at >= 2 && capitalised(before) && (b == "van" || b == "de") && next.size() && at + 1 < words.size() &&
      capitalised(words[at + 1]))
    return p + 300;                               // inside a name: "Hogeschool / van Amsterdam"
  if (p >= 1000) return p;  // inside a word group; what follows does not make it better
  if (kClauseStarters.count(b)) return p - 40;
  if (kRelatives.count(b)) return p - 30;
  if (kCoordinators.count(b)) return p - 15;
  if (kPrepositions.count(b) && b != "om") return p - 20;  // a preposition group starts ("om" alone is neutral)
  if (kSubjects.count(b)) return p + 60;                   // "Wat kun / je goed?": the subject goes with its verb
  return p;
}

}  // namespace sterk
