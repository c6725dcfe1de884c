#pragma once
// Printing diagnostics: compiler style with source line and caret, or JSON.
#include <iosfwd>
#include <string>

#include "model/diagnostic.h"
#include "publish/build.h"

namespace sterk {

/// Writes every diagnostic as `file:line:col: severity: message [code]`, the source
/// line and a caret under the column, then a summary line: with `counted` always
/// ("6 decks, 240 cards, 0 errors, 0 warnings"), without it when there are any.
void print_diagnostics(const Diagnostics& diags, std::ostream& out, const Counted* counted = nullptr);
/// The closing line of check and build: "6 decks, 240 cards, 2 modules, 0 errors, 1 warning"
/// (modules only when there were any).
std::string summary_line(const Diagnostics& diags, const Counted* counted);
/// The same as a JSON document: {"diagnostics":[{file,line,column,severity,code,message}],
/// "errors":N,"warnings":N}.
std::string diagnostics_json(const Diagnostics& diags);

}  // namespace sterk
