#include "check/word_lists.h"

#include <algorithm>

#include "util/sentences.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

std::vector<std::string> words_of(const std::string& phrase, bool keep_case) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(phrase))
    for (const auto& w : s.words) out.push_back(keep_case ? w.text : lower(w.text));
  return out;
}

void rebuild_index(WordLists* lists) {
  lists->dotted.clear();
  lists->abbreviations.clear();
  for (const auto& e : lists->difficult) {
    if (!e.abbreviation || e.words.empty()) continue;
    lists->abbreviations.insert(e.words.back());
    if (ends_with(e.written, ".")) lists->dotted.insert(lower(e.words.back()));
  }
}

}  // namespace

void parse_difficult_words(const std::string& text, const std::string& file, WordLists* lists,
                           Diagnostics* diags) {
  bool abbreviations = false;
  std::vector<std::string> lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = trim(lines[i]);
    Location at{file, static_cast<int>(i) + 1, 1};
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      std::string section = lower(line);
      if (section == "[woorden]" || section == "[words]") abbreviations = false;
      else if (section == "[afkortingen]" || section == "[abbreviations]") abbreviations = true;
      else diags->warning(at, "check/word-list", tr("unknown section {}; use [woorden] or [afkortingen]", line));
      continue;
    }
    if (line[0] == '-') {
      std::string gone = lower(trim(line.substr(1)));
      auto& d = lists->difficult;
      d.erase(std::remove_if(d.begin(), d.end(), [&](const DifficultEntry& e) { return lower(e.written) == gone; }),
              d.end());
      continue;
    }
    size_t eq = line.find('=');
    DifficultEntry e;
    e.written = trim(line.substr(0, eq == std::string::npos ? line.size() : eq));
    e.suggestion = eq == std::string::npos ? "" : trim(line.substr(eq + 1));
    e.abbreviation = abbreviations;
    e.exact_case = abbreviations && all_caps(e.written);
    e.words = words_of(e.written, e.exact_case);
    if (e.words.empty() || e.suggestion.empty()) {
      diags->warning(at, "check/word-list", tr("a line in the word list needs the form 'word = plainer word'"));
      continue;
    }
    lists->difficult.push_back(std::move(e));
  }
  rebuild_index(lists);
}

namespace {

size_t common_prefix(const std::string& a, const std::string& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

bool same_family(const std::string& word, const std::string& entry) {
  if (word == entry) return true;
  size_t need = std::max<size_t>(5, entry.size() > 3 ? entry.size() - 3 : entry.size());
  if (entry.size() < 5) return word == entry || (word.size() <= entry.size() + 2 && word.compare(0, entry.size(), entry) == 0);
  if (common_prefix(word, entry) >= need) return true;
  return word.size() > 2 && word.compare(0, 2, "ge") == 0 && common_prefix(word.substr(2), entry) >= need;
}

// Lines of a plain list (one entry a line, '#' comments, "entry = note" allowed).
std::vector<std::string> read_list(const std::string& file) {
  std::vector<std::string> out;
  std::string text, err;
  if (!file_exists(file) || !read_file(file, &text, &err)) return out;
  for (const auto& l : split_lines(text)) {
    std::string w = trim(l.substr(0, l.find('=')));
    if (!w.empty() && w[0] != '#') out.push_back(w);
  }
  return out;
}

// cards/explained-words.txt: words for every deck, then (after a line `[gewone taal]`)
// the terms only readers of plain-language decks are expected to know.
void read_explained(const std::string& file, WordLists* lists) {
  std::string text, err;
  if (!file_exists(file) || !read_file(file, &text, &err)) return;
  std::vector<std::string>* into = &lists->explained;
  for (const auto& l : split_lines(text)) {
    std::string w = trim(l.substr(0, l.find('=')));
    if (lower(w) == "[gewone taal]") into = &lists->explained_plain;
    else if (!w.empty() && w[0] != '#') into->push_back(w);
  }
}

}  // namespace

bool WordLists::explained_form(const std::string& w, bool plain_terms) const {
  for (const auto& e : explained)
    if (same_family(w, lower(e))) return true;
  if (plain_terms)
    for (const auto& e : explained_plain)
      if (same_family(w, lower(e))) return true;
  for (const auto& e : project_words)
    if (same_family(w, lower(e))) return true;
  return false;
}

void load_word_lists(const Project& project, WordLists* lists, Diagnostics* diags) {
  parse_difficult_words(shipped_difficult_words(), "(sterk's list of difficult words)", lists, diags);
  std::string text, err;
  std::string own = project.path(path_join(project.cards_dir, "difficult-words.txt"));
  if (file_exists(own) && read_file(own, &text, &err)) parse_difficult_words(text, own, lists, diags);
  // cards/words.txt, and modules/words.txt for the words of the training modules.
  for (const std::string& dir : {project.cards_dir, project.modules_dir}) {
    std::vector<std::string> words = read_list(project.path(path_join(dir, "words.txt")));
    lists->project_words.insert(lists->project_words.end(), words.begin(), words.end());
  }
  read_explained(project.path(path_join(project.cards_dir, "explained-words.txt")), lists);
  lists->names = read_list(project.path(path_join(project.cards_dir, "names.txt")));
  parse_idioms(shipped_idioms(), "(sterk's list of figurative expressions)", &lists->idioms, diags);
  std::string idioms = project.path(path_join(project.cards_dir, "idioms.txt"));
  if (file_exists(idioms) && read_file(idioms, &text, &err)) parse_idioms(text, idioms, &lists->idioms, diags);
}

}  // namespace sterk
