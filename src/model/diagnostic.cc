#include "model/diagnostic.h"

#include <algorithm>
#include <mutex>
#include <unordered_set>

namespace sterk {

namespace {
// Never freed: a FileName may live in a static, and the distinct names of one run
// are a few hundred at most (the project's files, also over a long `sterk watch`).
std::unordered_set<std::string>& interned() {
  static auto* names = new std::unordered_set<std::string>();
  return *names;
}
}  // namespace

const std::string& FileName::none() {
  static const std::string* empty = new std::string();
  return *empty;
}

FileName::FileName(std::string_view name) {
  if (name.empty()) return;
  // A file's locations are made one after another (every value of a deck file), so
  // the name asked for is almost always the one asked for last: answered without the
  // lock, the hash and the node emplace() builds before it finds the name is there.
  // Interned names never move or die, so the pointer stays good.
  thread_local const std::string* last = nullptr;
  if (last && *last == name) {
    name_ = last;
    return;
  }
  static std::mutex* lock = new std::mutex();  // the dictionaries load on their own thread
  std::lock_guard<std::mutex> hold(*lock);
  name_ = last = &*interned().emplace(name).first;
}

void Diagnostics::add(Severity s, Location where, std::string code, std::string message) {
  s = rule_severity(code, s);
  add_decided({s, std::move(where), std::move(code), std::move(message)});
}

void Diagnostics::add_decided(Diagnostic d) {
  // The same finding at the same place (a template element on every card) is said once.
  std::string key = d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) +
                    ":" + d.code + ":" + d.message;
  if (!seen_.insert(key).second) return;
  if (d.severity == Severity::error) ++errors_;
  if (d.severity == Severity::warning) ++warnings_;
  items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add_decided(d);
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

}  // namespace sterk
