#include "util/icc.h"
#include "util/messages.h"

#include <cctype>
#include <cstdint>

namespace sterk {

namespace {

uint32_t be32(const std::string& b, size_t at) {
  return (uint32_t(uint8_t(b[at])) << 24) | (uint32_t(uint8_t(b[at + 1])) << 16) |
         (uint32_t(uint8_t(b[at + 2])) << 8) | uint32_t(uint8_t(b[at + 3]));
}

// textDescriptionType (ICC v2) holds ASCII; multiLocalizedUnicodeType (v4) UTF-16BE.
std::string read_description(const std::string& b, size_t off, size_t size) {
  if (off + size > b.size() || size < 12) return "";
  std::string type = b.substr(off, 4), out;
  if (type == "desc") {
    uint32_t n = be32(b, off + 8);
    if (12 + uint64_t(n) > size) return "";
    out = b.substr(off + 12, n);
  } else if (type == "mluc" && size >= 28) {
    uint32_t len = be32(b, off + 20), at = be32(b, off + 24);
    if (uint64_t(at) + len > size) return "";
    for (uint32_t i = 0; i + 1 < len; i += 2) {
      unsigned c = (uint8_t(b[off + at + i]) << 8) | uint8_t(b[off + at + i + 1]);
      out += c < 0x80 ? char(c) : '?';
    }
  }
  while (!out.empty() && (out.back() == '\0' || out.back() == ' ')) out.pop_back();
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return out;
}

}  // namespace

bool parse_icc_profile(const std::string& b, IccProfile* out, std::string* err) {
  if (b.size() < 132 || b.compare(36, 4, "acsp") != 0 || be32(b, 0) > b.size()) {
    *err = tr("this is not an ICC colour profile");
    return false;
  }
  out->device_class = b.substr(12, 4);
  out->colour_space = b.substr(16, 4);
  uint32_t tags = be32(b, 128);
  for (uint32_t i = 0; i < tags && 132 + 12 * uint64_t(i + 1) <= b.size(); ++i) {
    size_t at = 132 + 12 * size_t(i);
    if (b.compare(at, 4, "desc") == 0) out->description = read_description(b, be32(b, at + 4), be32(b, at + 8));
  }
  return true;
}

std::string icc_condition_identifier(const std::string& d) {
  for (size_t p = d.find("FOGRA"); p != std::string::npos; p = d.find("FOGRA", p + 1)) {
    size_t e = p + 5;
    while (e < d.size() && std::isdigit(static_cast<unsigned char>(d[e]))) ++e;
    if (e > p + 5) return d.substr(p, e - p);
  }
  return "Custom";
}

}  // namespace sterk
