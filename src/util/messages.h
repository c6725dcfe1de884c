#pragma once
// Messages in the user's language (SPEC §14). Every sentence a person reads (diagnostics,
// help, progress, summaries) is written in English as a format string and goes through
// tr(); when the language is Dutch it is looked up in the catalogue po/nl.po (compiled to
// sterk.mo at build time, docs/messages.md). Rule codes and file names are never translated.
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sterk {

enum class Language { en, nl };

/// Switches every later tr() to `lang`. English needs no catalogue; Dutch returns false
/// (and stays English) when sterk.mo cannot be found next to the program.
bool set_language(Language lang);
Language language();
/// "nl" → nl, "en" → en; false for anything else.
bool parse_language(std::string_view code, Language* out);
/// The language the environment asks for: LC_ALL, LC_MESSAGES, LANG and LANGUAGE,
/// Dutch when the first of them that is set starts with "nl", else English.
Language language_from_environment();

/// Replaces each `{}` in `format` by the next of `args` (extra `{}` stay as they are).
std::string format_message(std::string_view format, const std::vector<std::string>& args);

namespace detail {
std::string translate(const char* msgid);
std::string translate_plural(const char* singular, const char* plural, unsigned long n);
inline std::string arg_text(const std::string& s) { return s; }
inline std::string arg_text(std::string_view s) { return std::string(s); }
inline std::string arg_text(const char* s) { return s ? s : ""; }
inline std::string arg_text(char c) { return std::string(1, c); }
template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T>>>
std::string arg_text(T v) {
  if constexpr (std::is_floating_point_v<T>) {
    std::string s = std::to_string(v);  // "%f"; callers round what they show themselves
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  } else {
    return std::to_string(v);
  }
}
}  // namespace detail

/// The message `msgid` (English, with `{}` placeholders) in the current language, with
/// the placeholders filled in order: tr("unknown key '{}'", key). msgid must be a string
/// literal so xgettext (--keyword=tr) can extract it into po/nl.po.
template <typename... Args>
std::string tr(const char* msgid, const Args&... args) {
  return format_message(detail::translate(msgid), {detail::arg_text(args)...});
}

/// As tr(), with the singular or plural form for the count `n` (the count is not filled in
/// by itself: pass it as an argument too): trn("{} card", "{} cards", n, n).
template <typename... Args>
std::string trn(const char* singular, const char* plural, unsigned long n, const Args&... args) {
  return format_message(detail::translate_plural(singular, plural, n), {detail::arg_text(args)...});
}

/// Marks a string literal for the catalogue without translating it now (for tables built
/// before the language is known, such as the command table); translate it where it is
/// shown: tr(command.summary).
constexpr const char* N_(const char* msgid) { return msgid; }

}  // namespace sterk
