#include "model/template.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "util/text.h"
#include "util/messages.h"

namespace sterk {

double Length::to_pt(double whole) const {
  switch (unit) {
    case mm: return value * 72.0 / 25.4;
    case pt: return value;
    case percent: return value / 100.0 * whole;
  }
  return value;
}

bool parse_length(const std::string& raw, Length* out, std::string* err) {
  std::string s = trim(raw);
  if (s.empty()) { *err = tr("a length is empty"); return false; }
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || !std::isfinite(v)) {
    *err = tr("'{}' is not a length; write it like 12mm, 10pt or 50%", s);
    return false;
  }
  std::string unit = trim(std::string(end));
  Length l;
  l.value = v;
  if (unit == "mm") l.unit = Length::mm;
  else if (unit == "pt") l.unit = Length::pt;
  else if (unit == "%") l.unit = Length::percent;
  else if (unit.empty() && v == 0) l.unit = Length::mm;
  else {
    *err = tr("'{}' has no known unit; use mm, pt or %", s);
    return false;
  }
  *out = l;
  return true;
}

std::string Colour::hex() const {
  auto byte = [](double c) { return static_cast<int>(std::lround(std::clamp(c, 0.0, 1.0) * 255)); };
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(r), byte(g), byte(b));
  return buf;
}

bool parse_colour(const std::string& raw, Colour* out) {
  std::string s = trim(raw);
  if (s.size() != 4 && s.size() != 7) return false;
  if (s[0] != '#') return false;
  for (size_t i = 1; i < s.size(); ++i)
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  auto hexval = [](const std::string& h) { return std::strtol(h.c_str(), nullptr, 16) / 255.0; };
  if (s.size() == 4) {
    out->r = hexval(std::string(2, s[1]));
    out->g = hexval(std::string(2, s[2]));
    out->b = hexval(std::string(2, s[3]));
  } else {
    out->r = hexval(s.substr(1, 2));
    out->g = hexval(s.substr(3, 2));
    out->b = hexval(s.substr(5, 2));
  }
  return true;
}

const std::vector<std::string>& element_type_names() {
  static const std::vector<std::string> names = {"rect", "text", "list", "pictogram", "image", "qr"};
  return names;
}

}  // namespace sterk
