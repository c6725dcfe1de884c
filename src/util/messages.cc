#include "util/messages.h"

#include <libintl.h>
#include <unistd.h>

#include <atomic>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace sterk {
namespace {

constexpr const char* kDomain = "sterk";
std::atomic<Language> current{Language::en};

std::filesystem::path program_folder() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

/// The folder holding nl/LC_MESSAGES/sterk.mo: build/locale beside the program in the
/// build tree, ../share/locale beside an installed bin/sterk.
std::string catalogue_folder() {
  auto bin = program_folder();
  if (bin.empty()) return "";
  for (auto candidate : {bin / "locale", bin / ".." / "share" / "locale"}) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate / "nl" / "LC_MESSAGES" / "sterk.mo", ec))
      return candidate.lexically_normal().string();
  }
  return "";
}

bool starts_with_nl(const char* value) {
  return value && value[0] == 'n' && value[1] == 'l' &&
         (value[2] == '\0' || value[2] == '_' || value[2] == '.' || value[2] == ':' || value[2] == '@');
}

}  // namespace

bool set_language(Language lang) {
  if (lang == Language::en) {
    current = Language::en;  // English is the msgid itself: no catalogue, no locale
    return true;
  }
  static const std::string folder = catalogue_folder();
  if (folder.empty()) return false;
  bindtextdomain(kDomain, folder.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  // glibc only reads the catalogue when LC_MESSAGES is not "C", and a fresh Debian machine
  // often has no nl_NL locale. C.UTF-8 is built into glibc (2.35+); LANGUAGE then picks
  // the catalogue. Only LC_MESSAGES changes: numbers keep their "C" format (a "." decimal point).
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8") && !std::setlocale(LC_MESSAGES, "nl_NL.UTF-8"))
    return false;
  setenv("LANGUAGE", "nl", 1);
  current = Language::nl;
  return true;
}

Language language() { return current; }

bool parse_language(std::string_view code, Language* out) {
  if (code == "nl") *out = Language::nl;
  else if (code == "en") *out = Language::en;
  else return false;
  return true;
}

Language language_from_environment() {
  // POSIX order: LC_ALL over LC_MESSAGES over LANG; LANGUAGE (a GNU list) only when one of
  // those names a language at all, as gettext itself does.
  const char* locale = nullptr;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v && *v) {
      locale = v;
      break;
    }
  }
  if (!locale || !std::strcmp(locale, "C") || !std::strcmp(locale, "POSIX")) return Language::en;
  const char* list = std::getenv("LANGUAGE");
  if (list && *list) return starts_with_nl(list) ? Language::nl : Language::en;
  return starts_with_nl(locale) ? Language::nl : Language::en;
}

std::string format_message(std::string_view format, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(format.size() + 16 * args.size());
  size_t next = 0;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 1 < format.size() && format[i + 1] == '}' && next < args.size()) {
      out += args[next++];
      ++i;
    } else {
      out += format[i];
    }
  }
  return out;
}

namespace detail {

std::string translate(const char* msgid) {
  if (current == Language::en || !msgid || !*msgid) return msgid ? msgid : "";
  return dgettext(kDomain, msgid);
}

std::string translate_plural(const char* singular, const char* plural, unsigned long n) {
  if (current == Language::en) return n == 1 ? singular : plural;
  return dngettext(kDomain, singular, plural, n);
}

}  // namespace detail
}  // namespace sterk
