#include "load/ids.h"
#include "util/messages.h"

#include <cctype>
#include <cstdio>

namespace sterk {
namespace {

bool id_char(unsigned char c) { return std::isalnum(c) || c == '_' || c == '.' || c == '-'; }

std::string folded(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The id as it can be shown in a message: control characters (a NUL from "\0")
// as \xNN, and cut short when it is very long.
std::string shown(const std::string& id) {
  std::string out;
  for (unsigned char c : id) {
    if (out.size() >= 40) return out + "…";
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  if (!std::isalnum(static_cast<unsigned char>(id[0]))) return false;
  for (char c : id)
    if (!id_char(static_cast<unsigned char>(c))) return false;
  return true;
}

bool check_id(const LocatedText& id, const std::string& what, Diagnostics* diags) {
  const std::string& v = id.value;
  if (v.empty() || valid_id(v)) return true;
  std::string why;
  if (v.size() > kMaxIdLength)
    why = tr("it is {} characters long; at most {}", v.size(), kMaxIdLength);
  else if (!std::isalnum(static_cast<unsigned char>(v[0])))
    why = tr("it must start with a letter or digit");
  else
    why = tr("it may only hold letters, digits, '-', '_' and '.'");
  // An example of the same kind, so the fix is obvious.
  std::string example = what == "template" ? "easy-read" : what == "deck id" ? "jongeren"
                        : what == "module id" ? "module-jobcoach" : "J-werk-01";
  diags->error(id.at, "load/bad-id",
               tr("{} '{}' is not a plain name: {} (for example '{}')", what, shown(v), why, example));
  return false;
}

bool IdSpace::add(const LocatedText& id, Diagnostics* diags) {
  if (id.value.empty()) return true;
  auto [it, fresh] = by_folded_.emplace(folded(id.value), id);
  if (fresh || it->second.value == id.value) return true;
  const Location& first = it->second.at;
  std::string where = first.file == id.at.file ? "line " + std::to_string(first.line)
                                               : first.file + ":" + std::to_string(first.line);
  diags->error(id.at, "load/bad-id",
               tr("{} '{}' differs from '{}' ({}) only in capitals; file names ignore capitals on Windows and "
                  "macOS, so give it another name",
                  what_, id.value, it->second.value, where));
  return false;
}

}  // namespace sterk
