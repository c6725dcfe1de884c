#include "check/syllables.h"

#include <hyphen.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "util/sentences.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

// UTF-8 → ISO-8859-1; false when a character has no Latin-1 form.
bool to_latin1(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[++i]);
      out->push_back(static_cast<char>(((c & 0x03) << 6) | (d & 0x3F)));
    } else {
      return false;
    }
  }
  return true;
}

bool is_vowel_latin1(unsigned char c) {
  if (std::strchr("aeiouy", c) && c) return true;
  return (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) || (c >= 0xF2 && c <= 0xF6) ||
         (c >= 0xF9 && c <= 0xFC);
}

}  // namespace

Syllables::~Syllables() {
  if (dict_) hnj_hyphen_free(dict_);
}

std::string Syllables::find(std::string* err) {
  for (const char* p : {"/usr/share/hyphen/hyph_nl_NL.dic", "/usr/share/hyphen/hyph_nl.dic"})
    if (file_exists(p)) return p;
  *err = tr("the Dutch hyphenation dictionary (/usr/share/hyphen/hyph_nl_NL.dic) is missing; "
            "install the package hyphen-nl (make deps)");
  return "";
}

bool Syllables::load(std::string* err) {
  std::string path = find(err);
  return !path.empty() && load_file(path, err);
}

bool Syllables::load_file(const std::string& path, std::string* err) {
  counted_.clear();
  if (dict_) hnj_hyphen_free(dict_);
  dict_ = hnj_hyphen_load(path.c_str());
  if (!dict_) {
    *err = tr("cannot read the hyphenation dictionary '{}'", path);
    return false;
  }
  return true;
}

int vowel_groups(std::string_view w) {
  std::string latin;
  if (!to_latin1(w, &latin)) latin = std::string(w);
  int n = 0;
  bool in_vowel = false;
  for (size_t i = 0; i < latin.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(latin[i]);
    bool v = is_vowel_latin1(c) || (c == 'j' && i > 0 && latin[i - 1] == 'i');
    if (v && !in_vowel) ++n;
    in_vowel = v;
  }
  return n;
}

int Syllables::count_part(std::string_view part) const {
  std::string w = lower(part);
  // Apostrophes and dots are not part of any pattern: auto's → autos.
  std::string clean;
  for (char c : w)
    if (c != '\'' && c != '.') clean += c;
  if (letter_count(clean) == 0) return 0;
  std::string latin;
  if (!dict_ || !to_latin1(clean, &latin) || latin.size() > 200) return std::max(1, vowel_groups(clean));
  std::vector<char> hyphens(latin.size() + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int n = 1;
  if (hnj_hyphen_hyphenate2(dict_, latin.c_str(), static_cast<int>(latin.size()), hyphens.data(), nullptr, &rep,
                            &pos, &cut) == 0) {
    for (size_t i = 0; i + 1 < latin.size(); ++i)
      if (hyphens[i] & 1) ++n;
  } else {
    n = std::max(1, vowel_groups(clean));
  }
  if (rep) {
    for (size_t i = 0; i < latin.size(); ++i) free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
  return n;
}

int Syllables::count(std::string_view word) const {
  return counted_.get(word, [this](std::string_view w) { return count_word(w); });
}

int Syllables::count_word(std::string_view word) const {
  int n = 0;
  for (const std::string& part : split(word, '-')) n += count_part(part);
  return n;
}

}  // namespace sterk
