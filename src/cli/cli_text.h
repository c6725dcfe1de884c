#pragma once
// CLI11 in the user's language (SPEC §14): the layout of `--help`, the checks of option
// values and the parse errors. CLI11 builds its messages in English; sterk maps each
// exception type and the values it carries to a message of its own through tr(), so
// CLI11 itself is not changed (docs/messages.md).
#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string>

namespace sterk {

/// `--help` as sterk shows it: "Usage: sterk check [OPTIONS]" with the labels (Options,
/// TEXT, REQUIRED, …) in the current language. Installs itself and the help flag on `app`.
void use_sterk_help(CLI::App& app);

/// A whole number from `lo` to `hi`: "--jobs: needs a whole number from 1 to 64, not 'x'".
CLI::Validator whole_number(long lo, long hi);
/// A number (decimals allowed) from `lo` to `hi`.
CLI::Validator number_between(double lo, double hi);
/// One of `choices`: "--format: must be text or json, not 'xml'".
CLI::Validator one_of(std::initializer_list<const char*> choices);

/// The message for a parse error of `sterk <app>` (without the "sterk check: " prefix),
/// in the current language; CLI11's English text for an error sterk does not know.
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& e);

}  // namespace sterk
