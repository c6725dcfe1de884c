#pragma once
// Printing diagnostics: compiler style with source line and caret, or JSON.
#include <iosfwd>
#include <string>

#include "model/diagnostic.h"

namespace sterk {

/// Writes every diagnostic as `file:line:col: severity: message [code]`, the source
/// line and a caret under the column, then a summary line when there are any.
void print_diagnostics(const Diagnostics& diags, std::ostream& out);
/// The same as a JSON document: {"diagnostics":[{file,line,column,severity,code,message}],
/// "errors":N,"warnings":N}.
std::string diagnostics_json(const Diagnostics& diags);

}  // namespace sterk
