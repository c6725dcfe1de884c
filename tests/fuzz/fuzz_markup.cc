// libFuzzer target: the card text markup (**bold**, line breaks) → Pango markup.
// Whatever a card editor types (the YAML reader has already refused invalid UTF-8 and
// NUL bytes), the result must be markup Pango accepts, with the same visible text:
// pango_layout_set_markup() silently draws nothing for markup it cannot parse.
#include <pango/pango.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "layout/text_fit.h"
#include "util/text.h"

namespace {
// The text a reader should see: every "**" is a bold switch; "\r\n" and a lone "\r"
// are line breaks; trailing blanks go.
std::string visible_text(const std::string& in) {
  std::string t;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\r') t += in[i];
    else if (i + 1 >= in.size() || in[i + 1] != '\n') t += '\n';
  }
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '*' && i + 1 < t.size() && t[i + 1] == '*') { ++i; continue; }
    out += t[i];
  }
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!sterk::utf8_valid(text, nullptr) || text.find('\0') != std::string::npos) return 0;
  std::string markup = sterk::card_markup(text);
  char* plain = nullptr;
  GError* err = nullptr;
  if (!pango_parse_markup(markup.c_str(), -1, 0, nullptr, &plain, nullptr, &err)) {
    std::fprintf(stderr, "card text %s\ngave markup Pango refuses: %s\n%s\n", text.c_str(), markup.c_str(),
                 err ? err->message : "?");
    sterk::fuzz::fail("card_markup produced invalid Pango markup");
  }
  std::string seen = plain ? plain : "";
  g_free(plain);
  if (seen != visible_text(text)) {
    std::fprintf(stderr, "card text %s\nshows as %s\n", text.c_str(), seen.c_str());
    sterk::fuzz::fail("card_markup changed the visible text");
  }
  return 0;
}
