#pragma once
// Ids are names, never paths (SPEC §9). Deck, card, template and module ids end up
// in file names (out/<deck>/, png/<card>-front.png, templates/<name>.yaml,
// out/modules/<id>/), so every loader checks them here, with one pattern:
//   [A-Za-z0-9][A-Za-z0-9_.-]{0,63}
// and unique ignoring case (Windows and macOS file names ignore case, so `W-1` and
// `w-1` would write the same file).
#include <map>
#include <string>

#include "model/text.h"

namespace sterk {

constexpr size_t kMaxIdLength = 64;

/// True when `id` matches the id pattern.
bool valid_id(const std::string& id);

/// Checks one id; a bad one is a `load/bad-id` error at the id, naming `what`
/// ("deck id", "card id", "template", "module id") and what would be fine.
/// Returns false then. An empty id is left to the required-key check.
bool check_id(const LocatedText& id, const std::string& what, Diagnostics* diags);

/// Ids of one kind (decks, cards, modules) seen so far in the project. add()
/// reports an id that differs from an earlier one only in capitals (`load/bad-id`);
/// exact repeats are left to the caller, which has its own message and code.
class IdSpace {
 public:
  explicit IdSpace(std::string what) : what_(std::move(what)) {}
  /// `file` is where the id was written (for the message, when it is another file).
  bool add(const LocatedText& id, Diagnostics* diags);

 private:
  std::string what_;
  std::map<std::string, LocatedText> by_folded_;  // lowercase → first spelling
};

}  // namespace sterk
