#pragma once
// The YAML mistakes card editors make, explained in their words: a colon in
// unquoted text, a line indented one space off, a `#` that turned the end of a
// title into a comment, a tip that ran into the one above. Kept apart from the
// parser (yaml_tree.cc) because it reads only the file's lines and the tree.
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_tree.h"

namespace sterk {

/// What to do about a syntax error libyaml reported as `message` (its `problem`,
/// found while `context`) at `lines[line]`, column `column` (both 0-based, column in
/// bytes), or "" when there is nothing more to say. Starts with "; ".
std::string yaml_syntax_hint(const std::string& message, const std::vector<std::string_view>& lines, int line,
                             int column, const std::string& context = "");

/// libyaml's own description of a syntax error (its English `problem` or `context`)
/// in the current language: libyaml 0.2.5's texts through the catalogue, an unknown
/// one as it is.
std::string yaml_parser_reason(const std::string& message);

/// Warnings for text that parsed, but not as written: a plain value followed by
/// ` #…` on its line (yaml/comment-in-text), a list item whose text runs on over
/// a line that starts a new sentence or a new `- ` item (yaml/merged-lines).
/// `in_list`: `root` is an item of a list (a deck's card read on its own).
void warn_lost_text(const std::string& file, const std::vector<std::string_view>& lines, const YamlNode& root,
                    Diagnostics* diags, bool in_list = false);

}  // namespace sterk
