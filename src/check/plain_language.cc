#include "check/plain_language.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "check/check.h"
#include "check/spelling.h"
#include "check/word_memo.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

using Words = std::vector<std::string>;  // the sentence's words in lower case

// string_views of literals know their length, so most words differ at the size check.
bool in(const std::string& w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

bool starts(const std::string& w, const std::string& p) { return w.size() > p.size() && w.compare(0, p.size(), p) == 0; }
bool ends(const std::string& w, const std::string& s) { return w.size() > s.size() && ends_with(w, s); }

// Participles that are used as adjectives, or that go with "zijn" in an active
// sentence (ik ben gestopt, het is gelukt): never a sign of the passive.
const std::set<std::string>& not_passive() {
  static const std::set<std::string> words = {
      "geld", "gezond", "gebied", "gezicht", "gewicht", "gedicht", "gerecht", "gebit", "geduld", "gemiddeld",
      "geheugen", "gebeuren", "geloven", "gebruiken", "geven", "genieten", "gelden", "gewend", "geschikt",
      "gerust", "gemeen", "geboren", "getrouwd", "gescheiden", "gespannen", "gemotiveerd", "geïnteresseerd",
      "gelukt", "gebeurd", "gegaan", "gekomen", "gebleven", "gestopt", "gestart", "geworden", "gevallen",
      "gegroeid", "geslaagd", "geweest", "gebleken", "gelopen", "gezakt", "gestorven", "geschrokken",
      "verhuisd", "veranderd", "begonnen", "vertrokken", "overleden", "ontstaan", "verdwenen", "opgegroeid",
      "opgehouden", "verliefd", "benieuwd", "bekend", "betrokken", "verplicht", "verkeerd", "bereid", "bezet",
      "beroemd", "bevriend", "verbaasd", "verwend", "gewond", "geweldig", "gezellig",
      "verstand", "verband", "verschil", "bestand", "gesprekken", "geheten", "gelegen", "geopend",
      "verantwoord", "bedreven", "bevoegd", "gehaast", "verlegen", "verkouden", "gewoonten", "gedachten",
      "gezegden", "gebaren", "gebeden", "gebouwen", "geschenken", "gevoelens", "gevaren", "gebreken",
      "verwacht", "verstandig", "gerechten", "geraakt", "geland", "gereisd", "verschenen", "verdwaald",
      "gebonden", "verbonden", "gekleed", "bedroefd", "vertrouwd", "berucht", "bezorgd", "verrast",
      "gewapend", "beschaamd", "verdrietig", "vermoeid", "verveeld", "gehandicapt", "beperkt", "bedoeld",
      "genoeg", "gebeurt", "ontspannen", "gewoon", "gedurende"};
  return words;
}

const char* const kParticles[] = {"aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug",
                                  "toe", "uit", "voor", "weg", "samen", "vast", "los", "thuis", "terecht", "tegen"};

}  // namespace

bool looks_like_participle(const std::string& word, bool weak_prefixes) {
  if (not_passive().count(word)) return false;
  std::string w = word;
  for (const char* p : kParticles)
    if (starts(w, p) && starts(w.substr(std::string(p).size()), "ge")) {
      w = w.substr(std::string(p).size());
      break;
    }
  if (not_passive().count(w)) return false;
  bool ending = ends(w, "d") || ends(w, "t") || ends(w, "en");
  if (!ending || ends(w, "end") || ends(w, "ent") || ends(w, "heid")) return false;
  if (starts(w, "ge") && w.size() >= 6) return true;
  // be-, ver-, ont-, her- verbs have no ge-; their -t form can also be the present tense
  // (verdwijnt), so the caller asks for these only next to a form of "worden".
  if (!weak_prefixes || ends(w, "st")) return false;
  for (const char* p : {"be", "ver", "ont", "her"})
    if (starts(w, p) && w.size() >= std::string(p).size() + 4 && (ends(w, "d") || ends(w, "t"))) return true;
  return false;
}

namespace {
long look_up_number_value(const std::string& w);
}  // namespace

long number_value(const std::string& w) {
  // Asked for every word of every sentence: each word is worked out once per thread.
  thread_local WordMemo<long> values;
  return values.get(w, [](std::string_view word) { return look_up_number_value(std::string(word)); });
}

namespace {
long look_up_number_value(const std::string& w) {
  // Longest part first: vijftig is vijftig, not vijf + "tig".
  static const std::vector<std::pair<std::string, long>> parts = [] {
    std::vector<std::pair<std::string, long>> p = {
        {"één", 1}, {"een", 1}, {"twee", 2}, {"drie", 3}, {"vier", 4}, {"vijf", 5}, {"zes", 6}, {"zeven", 7},
        {"acht", 8}, {"negen", 9}, {"tien", 10}, {"elf", 11}, {"twaalf", 12}, {"dertien", 13},
        {"veertien", 14}, {"vijftien", 15}, {"zestien", 16}, {"zeventien", 17}, {"achttien", 18},
        {"negentien", 19}, {"twintig", 20}, {"dertig", 30}, {"veertig", 40}, {"vijftig", 50}, {"zestig", 60},
        {"zeventig", 70}, {"tachtig", 80}, {"negentig", 90}, {"honderd", 100}, {"duizend", 1000},
        {"miljoen", 1000000}, {"ën", 0}, {"en", 0}};
    std::stable_sort(p.begin(), p.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return p;
  }();
  if (w == "een" || w == "en") return -1;  // the article and "and"
  // Most words start with a letter no number part starts with (é and ë start with 0xC3).
  if (!w.empty() && std::string_view("etdvzanhm\xC3").find(w[0]) == std::string_view::npos) return -1;
  // The word is made of number parts only (vijfentwintig, tweehonderd, drieëntwintig):
  // units before "en" add to the tens, honderd and duizend multiply what came before.
  size_t pos = 0;
  long total = 0, current = 0;
  std::string last;
  while (pos < w.size()) {
    const std::pair<std::string, long>* hit = nullptr;
    for (const auto& p : parts)
      if (w.compare(pos, p.first.size(), p.first) == 0) {
        hit = &p;
        break;
      }
    if (!hit) return -1;
    pos += hit->first.size();
    last = hit->first;
    long v = hit->second;
    if (v >= 100) {
      current = (current == 0 ? 1 : current) * v;
      if (v >= 1000) total += current, current = 0;
    } else {
      current += v;
    }
  }
  // "vieren", "achten", "honderden": a number part with -en is a verb or a plural
  if (last == "en" || last == "ën" || last == "een") return -1;
  return total + current;
}
}  // namespace

bool number_word(const std::string& w) { return number_value(w) >= 0; }

namespace {

const std::set<std::string>& negations() {
  static const std::set<std::string> words = {"niet", "geen", "nooit", "niemand", "niets", "niks", "nergens", "noch"};
  return words;
}

const std::set<std::string>& prepositions() {
  static const std::set<std::string> words = {"aan", "achter", "af", "bij", "door", "in", "mee", "na", "naar",
                                              "om", "op", "over", "tegen", "toe", "uit", "van", "voor", "vandaan"};
  return words;
}

const std::set<std::string>& object_words() {
  static const std::set<std::string> words = {"jou", "je", "mij", "me", "hem", "haar", "ons", "hen", "hun",
                                              "jullie", "u", "de", "het", "een", "dit", "dat", "die", "deze",
                                              "iedereen", "elkaar", "zichzelf", "jezelf"};
  return words;
}

class SentenceRules {
 public:
  SentenceRules(const LocatedText& t, const Sentence& s, const SentenceContext& ctx, Diagnostics* found)
      : t_(t), s_(s), ctx_(ctx), found_(found),
        // The caller's lower-cased words when it has them, else our own.
        lw_(ctx.lowered && ctx.lowered->size() == s.words.size() ? *ctx.lowered : lower_words(s, &own_)) {}

  void run() {
    if (lw_.empty()) return;
    // Each rule set says which of these it runs, and how severe each is (check/rule_sets.cc).
    agreement();
    passive();
    negation();
    if (!ctx_.alt_text) numbers();  // read aloud, "2 mensen" and "twee mensen" sound the same
    address();
    nominalisation();
    idioms();
    full_stop();
    back_reference();
    split_er_word();
    dense_clause();
  }

 private:
  Location at(size_t k) const { return t_.locate(s_.words[k].begin); }
  std::string written(size_t from, size_t to) const {  // words from..to inclusive, as written
    return t_.value.substr(s_.words[from].begin, s_.words[to].end - s_.words[from].begin);
  }
  void report(size_t k, const char* code, const std::string& message) {
    ctx_.rules->report(found_, at(k), code, message);
  }

  void passive() {
    bool worden = false, zijn = false;
    size_t aux = 0;
    for (size_t k = 0; k < lw_.size(); ++k) {
      if (in(lw_[k], {"word", "wordt", "worden", "werd", "werden"})) worden = true, aux = k;
      if (!worden && in(lw_[k], {"is", "zijn", "was", "waren"})) zijn = true, aux = k;
    }
    if (!worden && !(zijn && ctx_.rules->easy_read)) return;
    // "zijn" + participle is often active (het is gelukt, je bent gestopt); only a
    // sentence without a person as subject counts there.
    if (!worden)
      for (const std::string& w : lw_)
        if (in(w, {"ik", "je", "jij", "we", "wij", "jullie", "u", "hij", "zij", "ze"})) return;
    for (size_t k = 0; k < lw_.size(); ++k) {
      if (k == aux || !looks_like_participle(lw_[k], worden)) continue;
      if (ctx_.speller && !ctx_.speller->correct(s_.words[k].text)) continue;
      report(k, "easy-read/passive",
             "'" + written(std::min(k, aux), std::max(k, aux)) +
                 "' is passive: the reader has to find out who does it; say who does what "
                 "(not 'je wordt gebeld', but 'de werkgever belt je')");
      return;
    }
  }

  // Clause boundaries: a comma, or a word that joins clauses.
  bool clause_break(size_t k) const {
    if (k == 0 || k >= lw_.size()) return false;
    if (in(lw_[k], {"en", "maar", "want", "of", "als", "dat", "omdat", "die"})) return true;
    return t_.value.compare(s_.words[k - 1].end, 1, ",") == 0;
  }

  void negation() {
    std::vector<size_t> found;
    for (size_t k = 0; k < lw_.size(); ++k) {
      const std::string& w = lw_[k];
      if (clause_break(k) && found.size() < 2) found.clear();  // two negations in one clause count
      if (negations().count(w)) found.push_back(k);
      else if (starts(w, "on") && w.size() >= 7 && ctx_.speller && ctx_.speller->correct(w.substr(2)) &&
               ctx_.speller->correct(w))
        found.push_back(k);  // onmogelijk, onbelangrijk: a negation inside the word
      else if (w == "zonder") found.push_back(k);
    }
    size_t plain = 0;
    for (size_t k : found)
      if (negations().count(lw_[k])) ++plain;
    if (found.size() >= 2 && plain >= 1) {
      report(found[1], "easy-read/double-negation",
             "'" + written(found[0], found[1]) +
                 "' has two negations; readers lose track of what is meant: say it positively "
                 "(not 'niet onmogelijk', but 'het kan')");
      return;
    }
    // A question to the reader (Wil je niet …?) is hard to answer; "Lukt het niet?" before
    // advice is a condition, not a question.
    bool to_reader = lw_.size() > 1 && in(lw_[1], {"je", "jij"});
    if (plain >= 1 && s_.question() && to_reader && ctx_.last_in_text) {
      report(found[0], "easy-read/negation",
             "a question with '" + s_.words[found[0]].text +
                 "' is hard to answer with yes or no; ask it without the negation "
                 "(not 'Wil je niet stoppen?', but 'Wil je doorgaan?')");
    }
  }

  void numbers() {
    const int most = ctx_.rules->max_number_word;
    for (size_t k = 0; k < lw_.size(); ++k) {
      long value = number_value(lw_[k]);
      if (value < 0 || value <= most) continue;
      // "Vier je succes", "Vier successen": at the start, vier is also the verb (to celebrate).
      if (k == 0 && lw_[k] == "vier") continue;
      report(k, "easy-read/number-in-words",
             most == 0 ? "'" + s_.words[k].text + "' is a number in words; write it in digits (3, not drie): "
                         "digits are easier to find and read"
                       : tr("'{}' is a number above {} in words; write it in digits ({}): long number words "
                            "are hard to read",
                            s_.words[k].text, most, value));
    }
  }

  void address() {
    for (size_t k = 0; k < lw_.size(); ++k) {
      const std::string& w = lw_[k];
      if (w == "men") {
        report(k, "easy-read/impersonal",
               "'men' does not say who; write who it is, or use 'je' (not 'men vraagt', but 'de werkgever vraagt')");
      } else if ((w == "u" || w == "uw") && ctx_.rules->address_je) {
        report(k, "easy-read/formal-address",
               "'" + s_.words[k].text + "' in a deck that speaks to the reader as 'je'; use 'je' or 'jouw'");
      }
    }
  }

  void nominalisation() {
    for (size_t k = 0; k + 2 < lw_.size(); ++k) {
      if (!in(lw_[k], {"het", "bij", "voor"}) && !(k == 0 && lw_[k] == "het")) continue;
      size_t v = lw_[k] == "het" ? k + 1 : (lw_[k + 1] == "het" ? k + 2 : lw_.size());
      if (v + 1 >= lw_.size()) continue;
      const std::string& verb = lw_[v];
      if (!ends(verb, "en") || verb.size() < 5 || !(prepositions().count(lw_[v + 1]) || lw_[v + 1] == "met"))
        continue;
      // Words in -en that are not verbs after "het" (het leven = life, samen, open).
      static const std::set<std::string> not_verbs = {"samen", "leven", "even", "open", "boven", "beneden",
                                                      "binnen", "buiten", "tegen", "eten", "examen", "teken",
                                                      "wapen", "kussen", "laken", "verleden", "wezen", "volgen"};
      if (not_verbs.count(verb)) continue;
      // After "het" an -en word cannot be a plural, so a known word is the verb (het bellen).
      if (ctx_.speller && !(lw_[v - 1] == "het" ? ctx_.speller->correct(verb) : ctx_.speller->infinitive(verb)))
        continue;
      report(v, "easy-read/nominalisation",
             "'" + written(v - 1, v + 1) + "' makes a verb into a thing; use the verb "
             "(not 'het maken van afspraken is belangrijk', but 'maak afspraken')");
      return;
    }
  }

  void back_reference() {
    static const std::set<std::string> starts_back = {
        "daar", "daarover", "daarmee", "daarvoor", "daarbij", "daaraan", "daarin",
        "daarop", "daarvan", "hierover", "hiermee", "hiervoor", "hierbij", "hierin", "hiervan"};
    // Die/Dat/Deze point back when they stand for something (Die helpt je), not when a noun
    // follows (Deze kaarten gaan over werk): only before a verb they count.
    static const std::set<std::string> verbs = {
        "is", "zijn", "was", "waren", "kan", "kun", "kunt", "kunnen", "mag", "mogen", "moet", "moeten", "wil",
        "willen", "helpt", "helpen", "heeft", "hebben", "vind", "vinden", "vindt", "weet", "weten", "gaat",
        "gaan", "komt", "komen", "doet", "doen", "zegt", "zeggen", "wordt", "worden", "werkt", "werken",
        "lijkt", "klinkt", "past", "voelt", "geeft", "maakt", "staat", "ligt", "hoort", "betekent", "duurt",
        "kost", "telt", "geldt", "lukt", "gebeurt", "snap", "snapt", "begrijp", "begrijpt", "zal", "zullen"};
    bool pronoun = in(lw_[0], {"die", "dat", "deze"}) && lw_.size() > 1 && verbs.count(lw_[1]);
    if (!starts_back.count(lw_[0]) && !pronoun) return;
    report(0, "easy-read/back-reference",
           "the sentence starts with '" + s_.words[0].text +
               "', which points back to an earlier sentence; say again what you mean "
               "(not 'Daar kun je over praten.', but 'Over je werk kun je praten.')");
  }

  void split_er_word() {
    for (size_t k = 0; k < lw_.size(); ++k) {
      const std::string& w = lw_[k];
      bool er = w == "er";
      if (!er && !in(w, {"daar", "hier", "waar"})) continue;
      for (size_t p = k + 2; p < lw_.size(); ++p) {
        if (!prepositions().count(lw_[p])) continue;
        bool last = p + 1 == lw_.size();
        bool before_last_verb = p + 2 == lw_.size() && !object_words().count(lw_[p + 1]) &&
                                ends(lw_[p + 1], "en") && ctx_.speller &&
                                ctx_.speller->infinitive(s_.words[p + 1].text);
        bool split = last || before_last_verb || (lw_[p] == "mee" && !er) || (lw_[p] == "toe");
        if (!split) continue;
        report(k, "easy-read/split-er-word",
               "'" + s_.words[k].text + " … " + s_.words[p].text + "' is split over the sentence; put it together "
               "or say the thing itself (not 'daar kun je over praten', but 'je kunt over je werk praten')");
        return;
      }
    }
  }

  void agreement() {
    for (size_t k = 0; k + 1 < lw_.size(); ++k) {
      const std::string& a = lw_[k];
      const std::string& b = lw_[k + 1];
      std::string fix;
      if (in(a, {"hij", "zij", "het", "er", "dit", "dat", "wie", "jij", "je", "u"}) && b == "word")
        fix = "wordt";
      else if (in(a, {"je", "jij"}) && b == "ben") fix = "bent";
      else if (in(a, {"het", "dit", "dat", "er", "wat"}) && b == "gebeurd" &&
               std::none_of(lw_.begin(), lw_.begin() + k, [](const std::string& w) {
                 return in(w, {"is", "was", "zijn", "waren", "ben", "bent"});
               }) &&
               (k + 2 >= lw_.size() || !in(lw_[k + 2], {"is", "was", "zijn"})))
        fix = "gebeurt";
      else if (in(a, {"hij", "zij", "jij", "u"}) && ends(b, "d") && ctx_.speller &&
               ctx_.speller->correct(b + "t") && ctx_.speller->infinitive(b + "en"))
        fix = b + "t";
      if (fix.empty()) continue;
      report(k + 1, "easy-read/agreement",
             "'" + written(k, k + 1) + "' should be '" + s_.words[k].text + " " + fix +
                 "' (the verb's ending; the spelling check cannot see this)");
      return;
    }
  }

  void idioms() {
    if (!ctx_.idioms) return;
    std::vector<uint16_t> present;  // the first two letters of each word of the sentence
    for (const std::string& w : lw_) present.push_back(first_two(w));
    std::sort(present.begin(), present.end());
    for (const Idiom& idiom : *ctx_.idioms) {
      size_t first = 0;
      if (!may_match(idiom, present) || !match_idiom(idiom, &first)) continue;
      report(first, "easy-read/figurative",
             "'" + idiom.written + "' is figurative language; readers may take it literally: say '" +
                 idiom.meaning + "'");
    }
  }

  // "*" in an expression stands for any word. Compared by length first: `alt == "*"`
  // would measure the literal and call compare() for each of the ~200 alternatives of
  // the list, in every sentence.
  static bool wildcard(const std::string& alt) { return alt.size() == 1 && alt[0] == '*'; }

  static uint16_t first_two(const std::string& w) {
    if (w.empty()) return 0;  // no word of a sentence is empty
    return static_cast<uint16_t>(static_cast<unsigned char>(w[0]) << 8 |
                                 (w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0));
  }

  // An idiom can only match when each of its words starts like a word of the sentence:
  // most idioms are ruled out by a look-up instead of a comparison at every word.
  static bool may_match(const Idiom& idiom, const std::vector<uint16_t>& present) {
    for (const auto& alternatives : idiom.words) {
      bool any = false;
      for (const std::string& alt : alternatives)
        any = any || wildcard(alt) ||
              (!alt.empty() && std::binary_search(present.begin(), present.end(), first_two(alt)));
      if (!any) return false;
    }
    return true;
  }

  bool match_idiom(const Idiom& idiom, size_t* first) const {
    for (size_t start = 0; start < lw_.size(); ++start) {
      size_t k = start;
      bool ok = true;
      for (size_t j = 0; j < idiom.words.size() && ok; ++j) {
        size_t limit = j == 0 ? k + 1 : std::min(lw_.size(), k + 3);  // two words may come between
        bool hit = false;
        for (size_t i = k; i < limit && i < lw_.size(); ++i) {
          for (const std::string& alt : idiom.words[j])
            if (wildcard(alt) || alt == lw_[i]) hit = true;
          if (hit) {
            k = i + 1;
            break;
          }
        }
        ok = hit;
      }
      if (ok) {
        *first = start;
        return true;
      }
    }
    return false;
  }

  void full_stop() {
    // A capital in the middle: "Vraag hulp Je coach helpt je." hides two sentences in one.
    static const std::set<std::string> starters = {"je", "jij", "ik", "de", "het", "een", "dat", "dit", "dan",
                                                   "als", "wat", "wie", "hoe", "waar", "er", "we", "wij", "ze",
                                                   "zij", "hij", "u", "daar", "hier", "doe", "vraag", "zeg",
                                                   "ga", "kom", "neem", "bel", "maak", "soms"};
    for (size_t k = 1; k < lw_.size(); ++k) {
      const std::string& w = s_.words[k].text;
      // A word in capitals (WIJ 3.0, the name of a project) is a name, not a new sentence.
      if (w == lw_[k] || !starters.count(lw_[k]) || (letter_count(w) > 1 && all_caps(w))) continue;
      report(k - 1, "easy-read/no-full-stop",
             "a full stop seems missing after '" + s_.words[k - 1].text + "': '" + w +
                 "' starts a new sentence; without the full stop the reader cannot see where the first one ends");
      return;
    }
    // A text of one line and one sentence is a heading or a label; a missing full stop
    // matters where it hides the end of a sentence among others.
    if (ctx_.is_title || s_.end_mark != 0 || !ctx_.several_sentences) return;
    const std::string& v = t_.value;
    size_t pos = s_.words.back().end;
    while (pos < v.size() && (v[pos] == ' ' || v[pos] == '*' || v[pos] == ')' || v[pos] == '"')) ++pos;
    if (pos < v.size() && (v[pos] == ':' || v[pos] == ';')) return;  // a list follows
    // A list item (a line that starts with a bullet) needs no full stop.
    size_t line_start = v.rfind('\n', s_.words.front().begin);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    std::string lead = trim(v.substr(line_start, s_.words.front().begin - line_start));
    if (!lead.empty() && (lead[0] == '-' || lead.compare(0, 3, "\xE2\x80\xA2") == 0)) return;
    report(s_.words.size() - 1, "easy-read/no-full-stop",
           "the sentence ending in '" + s_.words.back().text +
               "' has no full stop; without it the reader cannot see where the sentence ends");
  }

  void dense_clause() {
    // LiNT's "content words per clause": many content words in one clause make it dense.
    static const std::unordered_set<std::string_view> function_words = {
        "de", "het", "een", "en", "of", "maar", "want", "dus", "als", "dat", "die", "dit", "deze", "je", "jij",
        "jou", "jouw", "ik", "mij", "me", "mijn", "hij", "zij", "ze", "hem", "haar", "wij", "we", "ons", "onze",
        "jullie", "u", "uw", "hun", "hen", "is", "zijn", "ben", "bent", "was", "waren", "heb", "hebt", "heeft",
        "hebben", "had", "kan", "kun", "kunt", "kunnen", "mag", "mogen", "moet", "moeten", "wil", "wilt",
        "willen", "zal", "zult", "zullen", "wordt", "word", "worden", "er", "niet", "geen", "ook", "nog", "al",
        "wel", "te", "om", "in", "op", "aan", "bij", "met", "van", "voor", "naar", "over", "uit", "door",
        "tot", "zo", "wat", "wie", "waar", "hoe", "waarom", "wanneer", "dan", "daar", "hier", "iets", "niets",
        "iemand", "elk", "elke", "alle", "veel", "meer", "heel", "erg", "zich", "jezelf", "na", "tegen",
        "zonder", "onder", "boven", "achter", "naast", "tussen", "eerst", "even", "nu", "soms", "vaak",
        "altijd", "nooit", "samen", "graag", "zelf", "eens", "weer", "toch", "alleen", "echt", "misschien",
        "gewoon", "daarna", "dan", "straks", "later", "eerder", "sneller", "samen", "elkaar", "elkaars"};
    int content = 0;
    size_t start = 0;
    for (size_t k = 0; k <= lw_.size(); ++k) {
      bool boundary = k == lw_.size() || clause_break(k);
      if (boundary) {
        if (content > ctx_.rules->max_content_words) {
          report(start, "easy-read/dense-clause",
                 "this part of the sentence has " + std::to_string(content) + " content words; " +
                     ctx_.rules->name + " allows " + std::to_string(ctx_.rules->max_content_words) +
                     ": split it, or leave out what the reader does not need");
          return;
        }
        content = 0;
        start = k;
        if (k == lw_.size()) break;
        if (in(lw_[k], {"en", "maar", "want", "of", "als", "dat", "omdat", "die"})) continue;
      }
      if (!function_words.count(lw_[k]) && letter_count(lw_[k]) > 0) ++content;
    }
  }

  static const Words& lower_words(const Sentence& s, Words* out) {
    out->reserve(s.words.size());
    for (const Word& w : s.words) out->push_back(lower(w.text));
    return *out;
  }

  const LocatedText& t_;
  const Sentence& s_;
  const SentenceContext& ctx_;
  Diagnostics* found_;
  Words own_;  ///< made before lw_ (declared first) when the caller gave none
  const Words& lw_;
};

}  // namespace

void check_sentence(const LocatedText& text, const Sentence& s, const SentenceContext& ctx, Diagnostics* found) {
  SentenceRules(text, s, ctx, found).run();
}

void parse_idioms(const std::string& text, const std::string& file, std::vector<Idiom>* out, Diagnostics* diags) {
  std::vector<std::string> lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = trim(lines[i]);
    if (line.empty() || line[0] == '#') continue;
    size_t eq = line.find('=');
    Idiom idiom;
    idiom.written = trim(line.substr(0, eq == std::string::npos ? line.size() : eq));
    idiom.meaning = eq == std::string::npos ? "" : trim(line.substr(eq + 1));
    for (const std::string& word : split(idiom.written, ' ')) {
      if (word.empty()) continue;
      idiom.words.push_back(split(lower(word), '|'));
    }
    if (idiom.words.empty() || idiom.meaning.empty()) {
      diags->warning({file, static_cast<int>(i) + 1, 1}, "check/word-list",
                     tr("a line in the list of figurative expressions needs the form 'words = plain words'"));
      continue;
    }
    // Show the expression without the alternatives: "zit|zat tegen" → "zit tegen".
    std::string shown;
    for (const auto& alts : idiom.words) shown += (shown.empty() ? "" : " ") + alts.front();
    idiom.written = shown;
    out->push_back(std::move(idiom));
  }
}

}  // namespace sterk
