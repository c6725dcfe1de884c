#include "check/spelling.h"

#include <hunspell.hxx>

#include "check/sentences.h"
#include "util/files.h"
#include "util/text.h"

namespace sterk {

Speller::Speller() = default;
Speller::~Speller() = default;

std::string Speller::find(std::string* err) {
  const std::string dir = "/usr/share/hunspell/";
  for (const char* name : {"nl_NL", "nl"})
    if (file_exists(dir + name + ".aff") && file_exists(dir + name + ".dic")) return dir + name + ".aff";
  *err = "the Dutch spelling dictionary (/usr/share/hunspell/nl_NL.dic) is missing; "
         "install the package hunspell-nl (make deps)";
  return "";
}

bool Speller::load(std::string* err) {
  std::string aff = find(err);
  if (aff.empty()) return false;
  return load_files(aff, aff.substr(0, aff.size() - 4) + ".dic", err);
}

bool Speller::load_files(const std::string& aff, const std::string& dic, std::string* err) {
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  // Card text is UTF-8; a dictionary in another encoding would reject every accent.
  std::string enc = hunspell_->get_dict_encoding();
  if (enc != "UTF-8" && enc != "utf-8") {
    *err = "the spelling dictionary '" + dic + "' is in " + enc + ", not UTF-8";
    hunspell_.reset();
    return false;
  }
  return true;
}

void Speller::add(const std::string& word) {
  project_words_.insert(word);
  if (hunspell_) hunspell_->add(word);
}

bool Speller::known(const std::string& w) const {
  if (w.empty()) return true;
  if (project_words_.count(w) || project_words_.count(lower(w))) return true;
  return !hunspell_ || hunspell_->spell(w);
}

bool Speller::correct(std::string_view word) const {
  std::string w(word);
  if (known(w)) return true;
  if (w.find('-') == std::string::npos) return false;
  for (const std::string& part : split(w, '-'))
    if (!all_caps(part) && !known(part)) return false;
  return true;
}

std::vector<std::string> Speller::suggest(std::string_view word, size_t max) const {
  std::vector<std::string> out;
  if (!hunspell_) return out;
  for (auto& s : hunspell_->suggest(std::string(word))) {
    if (out.size() >= max) break;
    out.push_back(s);
  }
  return out;
}

}  // namespace sterk
