#include "cli/cli_text.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

#include "util/messages.h"
#include "util/text.h"

namespace sterk {
namespace {

// CLI11 prints "Usage: check [OPTIONS]"; a person types "sterk check".
class SterkFormatter : public CLI::Formatter {
 public:
  std::string make_usage(const CLI::App* app, std::string name) const override {
    return CLI::Formatter::make_usage(app, "sterk " + name);
  }
};

std::string choice_list(const std::vector<std::string>& choices) {
  if (choices.size() < 2) return join(choices, "");
  std::vector<std::string> head(choices.begin(), choices.end() - 1);
  return tr("{} or {}", join(head, ", "), choices.back());
}

// Fills `args` with the parts of `text` where `pattern` has {}; false when the fixed
// parts of the pattern are not in `text` in that order (the last {} takes the rest).
bool match(std::string_view pattern, std::string_view text, std::vector<std::string>* args) {
  std::vector<std::string> fixed;
  size_t from = 0;
  for (size_t at; (at = pattern.find("{}", from)) != std::string_view::npos; from = at + 2)
    fixed.emplace_back(pattern.substr(from, at - from));
  fixed.emplace_back(pattern.substr(from));
  if (!starts_with(text, fixed.front())) return false;
  size_t pos = fixed.front().size();
  args->clear();
  for (size_t i = 1; i < fixed.size(); ++i) {
    size_t end = i + 1 == fixed.size() ? (ends_with(text, fixed[i]) ? text.size() - fixed[i].size()
                                                                      : std::string_view::npos)
                                       : text.find(fixed[i], pos);
    if (end == std::string_view::npos || end < pos) return false;
    args->emplace_back(text.substr(pos, end - pos));
    pos = end + fixed[i].size();
  }
  return true;
}

// The long option names (--deck): a near miss of a one-letter name says little.
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options())
    for (const auto& l : o->get_lnames()) names.push_back("--" + l);
  return names;
}

// What CLI11 did not expect ("--dek jongeren", "extra"): an unknown option is the cause
// (its value only came loose because of it), said with the option it is close to.
std::string extras_message(const CLI::App& app, const std::string& list) {
  std::vector<std::string> words = split(list, ' ');
  std::reverse(words.begin(), words.end());  // CLI11 lists them last first
  for (const auto& w : words) {
    if (!starts_with(w, "-")) continue;
    std::string hint = did_you_mean(w.substr(0, w.find('=')), option_names(app));
    return hint.empty() ? tr("there is no option '{}'", w) : tr("there is no option '{}'; did you mean '{}'?", w, hint);
  }
  if (words.size() > 1) return tr("these were not expected here: {}", join(words, " "));
  return tr("'{}' was not expected here", list);
}

bool is_flag(const CLI::App& app, const std::string& name) {
  const CLI::Option* o = app.get_option_no_throw(name);
  return o && o->get_expected_max() == 0;
}

std::string conversion_message(const CLI::App& app, const std::string& name, const std::string& value) {
  if (is_flag(app, name)) return tr("{} is a switch without a value; leave out '={}'", name, value);
  const CLI::Option* o = app.get_option_no_throw(name);
  std::string type = o ? o->get_type_name() : "";
  if (starts_with(type, "INT")) return tr("{} needs a whole number, not '{}'", name, value);
  if (starts_with(type, "FLOAT")) return tr("{} needs a number, not '{}'", name, value);
  return tr("{}: '{}' is not a value it takes", name, value);
}

}  // namespace

void use_sterk_help(CLI::App& app) {
  auto formatter = std::make_shared<SterkFormatter>();
  // CLI11 writes the help's headings and value types itself: those in the user's language too.
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("Options", tr("Options"));
  formatter->label("Positionals", tr("Positionals"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("TEXT", tr("TEXT"));
  formatter->label("INT", tr("INT"));
  formatter->label("FLOAT", tr("FLOAT"));
  formatter->label("Excludes", tr("Excludes"));
  formatter->label("Needs", tr("Needs"));
  app.formatter(formatter);
  app.set_help_flag("-h,--help", tr("print this help and exit"));
  for (CLI::Option* o : app.get_options())
    if (o->get_group() == "Options") o->group(tr("Options"));
}

CLI::Validator whole_number(long lo, long hi) {
  return CLI::Validator(
      [lo, hi](std::string& value) -> std::string {
        errno = 0;
        char* end = nullptr;
        long n = std::strtol(value.c_str(), &end, 10);
        if (value.empty() || *end || errno || n < lo || n > hi)
          return tr("needs a whole number from {} to {}, not '{}'", lo, hi, value);
        return {};
      },
      "");
}

CLI::Validator number_between(double lo, double hi) {
  return CLI::Validator(
      [lo, hi](std::string& value) -> std::string {
        char* end = nullptr;
        double n = std::strtod(value.c_str(), &end);
        if (value.empty() || *end || !std::isfinite(n) || n < lo || n > hi)
          return tr("needs a number from {} to {}, not '{}'", format_number(lo, 0), format_number(hi, 0), value);
        return {};
      },
      "");
}

CLI::Validator one_of(std::initializer_list<const char*> choices) {
  std::vector<std::string> list(choices.begin(), choices.end());
  return CLI::Validator(
      [list](std::string& value) -> std::string {
        for (const auto& c : list)
          if (value == c) return {};
        std::string hint = did_you_mean(value, list);
        return hint.empty() ? tr("must be {}, not '{}'", choice_list(list), value)
                            : tr("must be {}, not '{}'; did you mean '{}'?", choice_list(list), value, hint);
      },
      "");
}

std::string parse_error_message(const CLI::App& app, const CLI::ParseError& e) {
  const std::string text = e.what();
  std::vector<std::string> a;
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    if (match("The following argument was not expected: {}", text, &a) ||
        match("The following arguments were not expected: {}", text, &a))
      return extras_message(app, a[0]);
  } else if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (match("{} is required", text, &a)) return tr("{} is missing", a[0]);
  } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
    if (match("Could not convert: {} = {}", text, &a)) return conversion_message(app, a[0], a[1]);
    if (match("The value {} is not an allowed value for {}", text, &a)) return conversion_message(app, a[1], a[0]);
    if (match("{}: too many inputs for a flag", text, &a) || match("{}: Should be true/false or a number", text, &a))
      return tr("{} is a switch and takes no value", a[0]);
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    if (match("{}: {} required {} missing", text, &a)) return tr("{} needs a value after it", a[0]);
    if (match("{}: At least {} required but received {}", text, &a) ||
        match("Expected exactly {} arguments to {}, got {}", text, &a)) {
      if (text[0] == 'E') std::swap(a[0], a[1]);
      return tr("{} needs {} values after it, not {}", a[0], a[1], a[2]);
    }
    if (match("{} was given a disallowed flag override", text, &a)) return tr("{} is a switch and takes no value", a[0]);
  }
  // ValidationError: "--jobs: " + the text of one of the validators above, already translated.
  return text;
}

}  // namespace sterk
