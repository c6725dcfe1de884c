#include "cli/report.h"

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

namespace {
// Source lines are read once per file while printing.
class SourceLines {
 public:
  const std::string* line(const std::string& file, int n) {
    auto it = files_.find(file);
    if (it == files_.end()) {
      std::string text, err;
      std::vector<std::string> lines;
      if (read_file(file, &text, &err)) lines = split_lines(text);
      for (auto& l : lines)
        if (!l.empty() && l.back() == '\r') l.pop_back();
      it = files_.emplace(file, std::move(lines)).first;
    }
    if (n < 1 || n > static_cast<int>(it->second.size())) return nullptr;
    return &it->second[n - 1];
  }

 private:
  std::map<std::string, std::vector<std::string>> files_;
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
  SourceLines sources;
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
