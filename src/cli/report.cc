#include "cli/report.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

namespace {
// The source lines the diagnostics point at, each file read once while printing. Only
// those lines are kept: a 10 000-card deck is 70 000 lines, and all of them as strings
// (with the file's text while it was split) were 10 MiB, the most a build held at any
// moment. Lines are numbered as the file splits at '\n' (the text after the last
// '\n', even empty, is a line), without a trailing '\r'.
class SourceLines {
 public:
  explicit SourceLines(const Diagnostics& diags) {
    for (const auto& d : diags.items())
      if (d.where.line > 0 && !d.where.file.empty()) files_[d.where.file.str()].lines.emplace(d.where.line, "");
  }

  const std::string* line(const std::string& file, int n) {
    auto it = files_.find(file);
    if (it == files_.end()) return nullptr;
    if (!it->second.read) read(file, &it->second);
    auto l = it->second.lines.find(n);
    return l == it->second.lines.end() ? nullptr : &l->second;
  }

 private:
  struct File {
    bool read = false;
    std::map<int, std::string> lines;  ///< the wanted lines by number; after reading, those the file has
  };

  static void read(const std::string& path, File* f) {
    f->read = true;
    FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) {
      f->lines.clear();
      return;
    }
    auto next = f->lines.begin();  // the next wanted line
    int number = 1;                // the line being read
    char buf[65536];
    size_t got;
    while (next != f->lines.end() && (got = std::fread(buf, 1, sizeof buf, in)) > 0) {
      for (const char* p = buf; p < buf + got && next != f->lines.end();) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(buf + got - p)));
        const char* end = nl ? nl : buf + got;
        if (number == next->first) next->second.append(p, static_cast<size_t>(end - p));
        if (!nl) break;
        if (number == next->first) ++next;
        ++number;
        p = nl + 1;
      }
    }
    const bool failed = std::ferror(in) != 0;
    std::fclose(in);
    if (failed) {  // as an unreadable file: no source lines
      f->lines.clear();
      return;
    }
    // Lines after the last one are not in the file (the last line itself is, even empty).
    if (next != f->lines.end() && next->first == number) ++next;
    f->lines.erase(next, f->lines.end());
    for (auto& [n, l] : f->lines)
      if (!l.empty() && l.back() == '\r') l.pop_back();
  }

  std::map<std::string, File> files_;
};
}  // namespace

std::string summary_line(const Diagnostics& diags, const Counted* counted) {
  if (counted && !counted->unread_project.empty())
    return trn("{} has {} error, so the decks, templates and modules were not checked; correct it and run again",
               "{} has {} errors, so the decks, templates and modules were not checked; correct them and run again",
               diags.error_count(), counted->unread_project, diags.error_count());
  std::vector<std::string> parts;
  // `--module` alone checks no decks: then the line counts only the modules.
  if (counted && (counted->decks > 0 || counted->modules == 0)) {
    parts.push_back(trn("{} deck", "{} decks", counted->decks, counted->decks));
    parts.push_back(trn("{} card", "{} cards", counted->cards, counted->cards));
  }
  if (counted && counted->modules > 0) {
    parts.push_back(trn("{} module", "{} modules", counted->modules, counted->modules));
  }
  parts.push_back(trn("{} error", "{} errors", diags.error_count(), diags.error_count()));
  parts.push_back(trn("{} warning", "{} warnings", diags.warning_count(), diags.warning_count()));
  return join(parts, ", ");
}

void print_diagnostics(const Diagnostics& diags, std::ostream& out, const Counted* counted) {
  SourceLines sources(diags);
  // Each diagnostic is put together first and written in one piece: std::cerr is
  // unbuffered, and piece by piece 4 375 warnings were 90 000 write calls.
  std::string text;
  for (const auto& d : diags.items()) {
    text.clear();
    const Location& w = d.where;
    if (!w.file.empty()) {
      text += w.file.str();
      if (w.line > 0) text += ':' + std::to_string(w.line);
      if (w.line > 0 && w.column > 0) text += ':' + std::to_string(w.column);
      text += ": ";
    } else {
      text += "sterk: ";
    }
    text += severity_name(d.severity);
    text += ": ";
    text += d.message;
    if (!d.code.empty()) text += " [" + d.code + "]";
    text += '\n';
    const std::string* src = w.line > 0 ? sources.line(w.file, w.line) : nullptr;
    if (src && src->size() < 500) {
      text += "    " + *src + '\n';
      if (w.column > 0) {
        // Keep tabs so the caret lines up under the same character.
        std::string pad;
        size_t bytes = utf8_offset(*src, w.column - 1);
        for (size_t i = 0; i < bytes; ++i) {
          unsigned char c = static_cast<unsigned char>((*src)[i]);
          if ((c & 0xC0) == 0x80) continue;
          pad += c == '\t' ? '\t' : ' ';
        }
        text += "    " + pad + "^\n";
      }
    }
    out << text;
  }
  if (counted || diags.error_count() || diags.warning_count()) out << summary_line(diags, counted) + '\n';
}

std::string diagnostics_json(const Diagnostics& diags) {
  nlohmann::ordered_json doc;
  doc["diagnostics"] = nlohmann::ordered_json::array();
  for (const auto& d : diags.items()) {
    nlohmann::ordered_json j;
    j["file"] = d.where.file;
    j["line"] = d.where.line;
    j["column"] = d.where.column;
    j["severity"] = severity_name(d.severity);
    j["code"] = d.code;
    j["message"] = d.message;
    doc["diagnostics"].push_back(j);
  }
  doc["errors"] = diags.error_count();
  doc["warnings"] = diags.warning_count();
  return doc.dump(2) + "\n";
}

}  // namespace sterk
