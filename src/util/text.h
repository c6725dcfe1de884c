#pragma once
// Small string helpers shared by the loaders and the checks.
#include <string>
#include <string_view>
#include <vector>

namespace sterk {

/// Number of UTF-8 code points in s (invalid bytes count one each).
int utf8_length(std::string_view s);
/// Byte offset of the n-th code point (clamped to s.size()).
size_t utf8_offset(std::string_view s, int code_points);
/// True when s is valid UTF-8; otherwise *bad_offset is the first bad byte.
bool utf8_valid(std::string_view s, size_t* bad_offset = nullptr);
/// Edit distance (bytes), for "did you mean …?".
int edit_distance(std::string_view a, std::string_view b);
/// The closest candidate within a sensible distance, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);
/// The parts of s between each `sep`, empty parts kept: "a,,b" → {"a", "", "b"}, "" → {""}.
std::vector<std::string> split(std::string_view s, char sep);
/// split(s, '\n').
std::vector<std::string> split_lines(std::string_view s);
std::string trim(std::string_view s);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
/// s with & < > " ' written as entities: safe in HTML, XML and Pango markup.
std::string markup_escape(std::string_view s);
/// A plain-text table: the first column left-aligned, the others right-aligned, two
/// spaces between columns, one line per row (header first), each ending in '\n'.
std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);
/// Format a double with up to `decimals` decimals, "C" locale, no trailing zeros kept.
std::string format_number(double v, int decimals);

}  // namespace sterk
