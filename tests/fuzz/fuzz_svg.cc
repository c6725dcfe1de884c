// libFuzzer target: an SVG from a partner organisation → the allow-list sanitiser
// (what goes into index.html) and the limited reader (what check and build draw).
// Invariants: the sanitised drawing has no active content, sanitising it again
// changes nothing, and the reader either accepts with a size or says why not.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "layout/media.h"
#include "render/svg_sanitize.h"

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// An attribute whose name starts with "on" (an event handler) anywhere in a tag.
bool has_handler(const std::string& s) {
  bool in_tag = false;
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) { if (c == quote) quote = 0; continue; }
    if (!in_tag) { if (c == '<') in_tag = true; continue; }
    if (c == '>') in_tag = false;
    else if (c == '"' || c == '\'') quote = c;
    else if (std::isspace(static_cast<unsigned char>(c)) && i + 2 < s.size() && s[i + 1] == 'o' && s[i + 2] == 'n')
      return true;
  }
  return false;
}

void check_clean(const std::string& in, const std::string& out) {
  if (out.empty()) return;
  // A leading licence comment is inert text, as long as it ends where it should: its
  // first "-->" is followed by the drawing, and HTML's early ends ("<!-->", "--!>") are absent.
  std::string drawing = out;
  if (out.compare(0, 4, "<!--") == 0) {
    size_t end = out.find("-->");
    std::string text = end == std::string::npos ? "" : out.substr(4, end - 4);
    if (end == std::string::npos || out.compare(end, 8, "-->\n<svg") != 0 || text.find("--") != std::string::npos ||
        text.find('<') != std::string::npos || text.find('>') != std::string::npos || (!text.empty() && text[0] == '-') ||
        (!text.empty() && text.back() == '-')) {
      std::fprintf(stderr, "input:\n%s\nsanitised:\n%s\n", in.c_str(), out.c_str());
      sterk::fuzz::fail("the licence comment does not end cleanly before the drawing");
    }
    drawing = out.substr(end + 4);
  }
  if (drawing.compare(0, 4, "<svg") != 0) sterk::fuzz::fail("the sanitised drawing does not start with <svg");
  std::string l = lower(drawing);
  // Text is escaped (no '<' in it), so every '<' opens a tag; "javascript:" only
  // matters inside a tag (an attribute), in text it is just words.
  std::string tags;
  for (size_t i = l.find('<'); i != std::string::npos; i = l.find('<', i + 1)) {
    size_t end = l.find('>', i);
    tags += l.substr(i, end == std::string::npos ? std::string::npos : end - i + 1);
  }
  if (tags.find("javascript:") != std::string::npos) {
    std::fprintf(stderr, "input:\n%s\nsanitised:\n%s\n", in.c_str(), out.c_str());
    sterk::fuzz::fail("sanitize_svg let javascript: through in an attribute");
  }
  for (const char* bad : {"<script", "<style", "<foreignobject", "<image", "<a ", "<a>", "<iframe", "<animate", "<set",
                          "<!doctype", "<!entity", "<?"}) {
    if (l.find(bad) != std::string::npos) {
      std::fprintf(stderr, "input:\n%s\nsanitised:\n%s\nstill has %s\n", in.c_str(), out.c_str(), bad);
      sterk::fuzz::fail("sanitize_svg let active content through");
    }
  }
  if (has_handler(l)) {
    std::fprintf(stderr, "input:\n%s\nsanitised:\n%s\n", in.c_str(), out.c_str());
    sterk::fuzz::fail("sanitize_svg let an event handler (on…) through");
  }
  if (sterk::sanitize_svg(out) != out) {
    std::fprintf(stderr, "input:\n%s\nsanitised:\n%s\nagain:\n%s\n", in.c_str(), out.c_str(),
                 sterk::sanitize_svg(out).c_str());
    sterk::fuzz::fail("sanitising a sanitised SVG changed it");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string svg(reinterpret_cast<const char*>(data), size);
  check_clean(svg, sterk::sanitize_svg(svg));
  sterk::MediaLimits limits;
  limits.max_svg_text = 1 << 20;  // keeps each run fast; the checks are the same
  sterk::SvgFile file;
  std::string problem;
  bool ok = sterk::read_svg_data(svg, limits, &file, &problem);
  if (ok && !(file.width > 0 && file.height > 0)) sterk::fuzz::fail("an accepted SVG has no size");
  if (!ok && problem.empty()) sterk::fuzz::fail("a refused SVG has no reason");
  return 0;
}
