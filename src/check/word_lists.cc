#include "check/word_lists.h"

#include <algorithm>

#include "check/sentences.h"
#include "util/files.h"
#include "util/text.h"

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
      else diags->warning(at, "check/word-list", "unknown section " + line + "; use [woorden] or [afkortingen]");
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
      diags->warning(at, "check/word-list", "a line in the word list needs the form 'word = plainer word'");
      continue;
    }
    lists->difficult.push_back(std::move(e));
  }
  rebuild_index(lists);
}

void load_word_lists(const Project& project, WordLists* lists, Diagnostics* diags) {
  parse_difficult_words(shipped_difficult_words(), "(sterk's list of difficult words)", lists, diags);
  std::string text, err;
  std::string own = project.path(path_join(project.cards_dir, "difficult-words.txt"));
  if (file_exists(own) && read_file(own, &text, &err)) parse_difficult_words(text, own, lists, diags);
  // cards/words.txt, and modules/words.txt for the words of the training modules.
  for (const std::string& dir : {project.cards_dir, project.modules_dir}) {
    std::string words = project.path(path_join(dir, "words.txt"));
    if (!file_exists(words) || !read_file(words, &text, &err)) continue;
    for (const auto& l : split_lines(text)) {
      std::string w = trim(l);
      if (!w.empty() && w[0] != '#') lists->project_words.push_back(w);
    }
  }
}

}  // namespace sterk
