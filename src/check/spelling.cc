#include "check/spelling.h"

#include <hunspell.hxx>

#include "util/sentences.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

Speller::Speller() = default;
Speller::~Speller() = default;

std::string Speller::find(std::string* err) {
  const std::string dir = "/usr/share/hunspell/";
  for (const char* name : {"nl_NL", "nl"})
    if (file_exists(dir + name + ".aff") && file_exists(dir + name + ".dic")) return dir + name + ".aff";
  *err = tr("the Dutch spelling dictionary (/usr/share/hunspell/nl_NL.dic) is missing; "
            "install the package hunspell-nl (make deps)");
  return "";
}

bool Speller::load(std::string* err) {
  std::string aff = find(err);
  if (aff.empty()) return false;
  return load_files(aff, aff.substr(0, aff.size() - 4) + ".dic", err);
}

void Speller::forget_answers() {
  for (auto* memo : {&correct_, &infinitive_, &plural_noun_, &english_words_}) memo->clear();
  for (auto* memo : {&stems_, &compound_parts_, &suggestions_}) memo->clear();
}

bool Speller::load_files(const std::string& aff, const std::string& dic, std::string* err) {
  forget_answers();
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  // Card text is UTF-8; a dictionary in another encoding would reject every accent.
  std::string enc = hunspell_->get_dict_encoding();
  if (enc != "UTF-8" && enc != "utf-8") {
    *err = tr("the spelling dictionary '{}' is in {}, not UTF-8", dic, enc);
    hunspell_.reset();
    return false;
  }
  return true;
}

void Speller::add(const std::string& word) {
  forget_answers();  // a word that was wrong may be right now
  project_words_.insert(word);
  if (hunspell_) hunspell_->add(word);
}

bool Speller::known(const std::string& w) const {
  if (w.empty()) return true;
  if (project_words_.count(w) || project_words_.count(lower(w))) return true;
  return !hunspell_ || hunspell_->spell(w);
}

bool Speller::correct(std::string_view word) const {
  return correct_.get(word, [this](std::string_view w) { return look_up_correct(std::string(w)); });
}

bool Speller::look_up_correct(const std::string& w) const {
  if (known(w)) return true;
  if (w.find('-') == std::string::npos) return false;
  for (const std::string& part : split(w, '-'))
    if (!all_caps(part) && !known(part)) return false;
  return true;
}

bool Speller::project_word(const std::string& w) const {
  return project_words_.count(w) || project_words_.count(lower(w));
}

std::vector<std::string> Speller::stems(const std::string& w) const {
  if (!hunspell_) return {};
  return stems_.get(w, [this](std::string_view word) { return hunspell_->stem(std::string(word)); });
}

std::vector<std::string> Speller::compound_parts(const std::string& w) const {
  return compound_parts_.get(w, [this](std::string_view word) { return look_up_compound_parts(std::string(word)); });
}

std::vector<std::string> Speller::look_up_compound_parts(const std::string& w) const {
  std::vector<std::string> parts;
  if (!hunspell_) return parts;
  // analyze() writes " pa:banen st:baan ts:NN2 pa:afspraak": each pa: is a part.
  for (const std::string& a : hunspell_->analyze(w)) {
    std::vector<std::string> these;
    for (const std::string& field : split(a, ' '))
      if (field.compare(0, 3, "pa:") == 0) {
        std::string part = field.substr(3);
        while (!part.empty() && part.back() == '-') part.pop_back();
        if (!part.empty()) these.push_back(part);
      }
    if (these.size() >= 2 && (parts.empty() || these.size() < parts.size())) parts = these;
  }
  return parts;
}

bool Speller::infinitive(const std::string& w) const {
  return infinitive_.get(w, [this](std::string_view word) { return look_up_infinitive(std::string(word)); });
}

bool Speller::look_up_infinitive(const std::string& w) const {
  if (!hunspell_ || w.size() < 4 || w.compare(w.size() - 2, 2, "en") != 0) return false;
  if (!hunspell_->spell(w)) return false;
  for (const std::string& a : hunspell_->analyze(w))
    if (a.find("ts:NN2") != std::string::npos) return false;
  return true;
}

namespace {
const char* const kEnglishAff = "/usr/share/hunspell/en_US.aff";
const char* const kEnglishDic = "/usr/share/hunspell/en_US.dic";
}  // namespace

bool Speller::find_english(std::string* err) {
  if (file_exists(kEnglishAff) && file_exists(kEnglishDic)) return true;
  *err = tr("the English spelling dictionary (/usr/share/hunspell/en_US.dic) is missing; "
            "install the package hunspell-en-us (make deps)");
  return false;
}

bool Speller::plural_noun(const std::string& w) const {
  return plural_noun_.get(w, [this](std::string_view word) { return look_up_plural_noun(std::string(word)); });
}

bool Speller::look_up_plural_noun(const std::string& w) const {
  if (!hunspell_) return false;
  for (const std::string& a : hunspell_->analyze(w))
    if (a.find("ts:NN2") != std::string::npos) return true;
  return false;
}

bool Speller::load_english(std::string* err) {
  if (!find_english(err)) return false;
  const std::string aff = kEnglishAff, dic = kEnglishDic;
  english_words_.clear();
  english_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  return true;
}

bool Speller::english(const std::string& w) const {
  if (!english_) return false;
  return english_words_.get(w, [this](std::string_view word) { return english_->spell(std::string(word)); });
}

std::vector<std::string> Speller::suggest(std::string_view word, size_t max) const {
  std::vector<std::string> out;
  if (!hunspell_) return out;
  const std::vector<std::string>& all =
      suggestions_.get(word, [this](std::string_view w) { return hunspell_->suggest(std::string(w)); });
  for (const auto& s : all) {
    if (out.size() >= max) break;
    out.push_back(s);
  }
  return out;
}

}  // namespace sterk
