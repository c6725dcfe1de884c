#include "util/sentences.h"

#include <cstdint>

namespace sterk {
namespace {

// Decodes the code point at s[i]; *len gets its length in bytes (1 for bad bytes).
uint32_t decode(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

uint32_t at(std::string_view s, size_t i, size_t* len = nullptr) {
  size_t l = 0;
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  uint32_t cp = decode(s, i, &l);
  if (len) *len = l;
  return cp;
}

bool is_letter(uint32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp == 0xD7 || cp == 0xF7) return false;
  return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}
bool is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_word_char(uint32_t cp) { return is_letter(cp) || is_digit(cp); }
bool is_upper(uint32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}
bool is_space(uint32_t cp) { return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0; }
bool is_joiner(uint32_t cp) { return cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.'; }
bool is_end_mark(uint32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }
// What may stand between a sentence end and the following space: quotes, brackets, bold.
bool is_closer(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == ')' || cp == '*';
}

bool is_address(std::string_view chunk) {
  return chunk.find('@') != std::string_view::npos || chunk.find("://") != std::string_view::npos ||
         chunk.substr(0, 4) == "www." || chunk.substr(0, 4) == "WWW.";
}

// Does the text after a line break start a new sentence?
bool starts_new_sentence(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
  if (i >= s.size() || s[i] == '\n') return true;
  while (i < s.size() && s[i] == '*') ++i;
  uint32_t cp = at(s, i);
  return is_upper(cp) || is_digit(cp) || cp == '-' || cp == 0x2022 || cp == 0x2013 || cp == '"' ||
         cp == 0x201C;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view s, const std::set<std::string>& dotted) {
  std::vector<Sentence> out;
  Sentence cur;
  auto finish = [&]() {
    if (!cur.words.empty()) {
      cur.begin = cur.words.front().begin;
      out.push_back(std::move(cur));
    }
    cur = Sentence{};
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 0;
    uint32_t cp = at(s, i, &len);
    bool chunk_start = i == 0 || is_space(at(s, i - 1)) || s[i - 1] == '\n';
    if (chunk_start && !is_space(cp)) {
      size_t e = i;
      while (e < s.size() && s[e] != ' ' && s[e] != '\n' && s[e] != '\t') ++e;
      if (is_address(s.substr(i, e - i))) {
        i = e;
        continue;
      }
    }
    if (is_word_char(cp)) {
      size_t b = i, e = i + len;
      for (;;) {
        size_t l1 = 0, l2 = 0;
        uint32_t next = at(s, e, &l1);
        if (l1 == 0) break;
        if (is_word_char(next)) { e += l1; continue; }
        if (is_joiner(next) && is_word_char(at(s, e + l1, &l2))) { e += l1 + l2; continue; }
        break;
      }
      Word w;
      w.begin = b;
      w.end = e;
      // A typographic apostrophe (U+2019) becomes ' in the word's text. Only a lead
      // byte 0xE2 (or an overlong 0xF0 form) decodes to it: a word without either is
      // copied in one piece instead of a code point at a time.
      std::string_view written = s.substr(b, e - b);
      if (written.find_first_of("\xE2\xF0") == std::string_view::npos) {
        w.text.assign(written);
        cur.words.push_back(std::move(w));
        i = e;
        continue;
      }
      for (size_t k = b; k < e;) {
        size_t l = 0;
        uint32_t c = at(s, k, &l);
        if (c == 0x2019) w.text += '\'';
        else w.text.append(s.substr(k, l));
        k += l;
      }
      cur.words.push_back(std::move(w));
      i = e;
      continue;
    }
    if (is_end_mark(cp)) {
      if (cp == '.' && !cur.words.empty() && cur.words.back().end == i &&
          dotted.count(lower(cur.words.back().text))) {
        i += len;
        continue;
      }
      size_t j = i + len, l = 0;
      while (j < s.size()) {
        uint32_t c = at(s, j, &l);
        if (is_end_mark(c) || is_closer(c)) j += l;
        else break;
      }
      if (j >= s.size() || is_space(at(s, j))) {
        cur.end_mark = s.substr(i, j - i).find('?') != std::string_view::npos ? '?' : cp;
        finish();
      }
      i = j;
      continue;
    }
    if (cp == '\n' && starts_new_sentence(s, i + 1)) finish();
    i += len;
  }
  finish();
  return out;
}

std::vector<size_t> sentence_starts(std::string_view line) {
  std::vector<size_t> out{0};
  std::vector<Sentence> found = split_sentences(line);
  for (size_t i = 1; i < found.size(); ++i) {
    size_t cut = found[i].begin;
    while (cut > out.back() && line[cut - 1] != ' ') --cut;
    if (cut > out.back()) out.push_back(cut);
  }
  return out;
}

int letter_count(std::string_view w) {
  int n = 0;
  for (size_t i = 0, l = 0; i < w.size(); i += l)
    if (is_letter(at(w, i, &l))) ++n;
  return n;
}

bool all_caps(std::string_view w) {
  int letters = 0;
  for (size_t i = 0, l = 0; i < w.size(); i += l) {
    uint32_t cp = at(w, i, &l);
    if (!is_letter(cp)) continue;
    if (!is_upper(cp)) return false;
    ++letters;
  }
  return letters >= 2;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

std::vector<BadMarkup> find_bad_markup(std::string_view s) {
  std::vector<BadMarkup> out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '*' || c == '_') {
      size_t run = 1;
      while (i + run < s.size() && s[i + run] == c) ++run;
      bool odd = c == '_' || run % 2 == 1;
      bool opens = i + run < s.size() && !is_space(at(s, i + run)) &&
                   (i == 0 || !is_word_char(at(s, i - 1)));
      // An underscore inside a word (a file name) or one standing alone is not markup.
      if (odd && opens && (c == '*' || is_word_char(at(s, i + run)))) {
        size_t off = i + (c == '*' ? run - 1 : 0);
        out.push_back({off, c == '_', std::string(c == '*' ? 1 : run, c)});
      }
      i += run - 1;
      continue;
    }
    if (c == '<') {
      size_t close = s.find('>', i);
      if (close == std::string_view::npos || close - i > 5) continue;
      std::string tag = lower(s.substr(i + 1, close - i - 1));
      if (tag == "i" || tag == "em") out.push_back({i, false, std::string(s.substr(i, close - i + 1))});
      else if (tag == "u") out.push_back({i, true, std::string(s.substr(i, close - i + 1))});
    }
  }
  return out;
}

}  // namespace sterk
