// Quotes and facts: an invented example quote must not reach a final edition, and
// a rule or scheme on a card must have been checked against its source recently.
#include "check/check.h"
#include "util/messages.h"

namespace sterk {
namespace {

constexpr int kMaxFactAgeMonths = 12;

// "2026-11-01" or "2026-11" → months since year 0; -1 when it is not a date.
int month_number(const std::string& date) {
  if (date.size() < 7 || date[4] != '-') return -1;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (date[i] < '0' || date[i] > '9') return -1;
  return std::stoi(date.substr(0, 4)) * 12 + std::stoi(date.substr(5, 2)) - 1;
}

}  // namespace

void check_card_sources(const Card& card, const Deck& deck, const Project& project, Diagnostics* found) {
  if (!card.quote->empty() && card.quote->is_example() && !deck.is_draft())
    found->warning(card.quote->source.at, "check/example-quote",
                   tr("this quote is an example (source: voorbeeld), but edition '{}' is not a draft; use a real "
                      "quote with its source, or mark the deck 'status: concept'",
                      deck.edition.value));
  // The edition's date is the document date of the build (sterk.yaml output.date).
  int edition = month_number(project.date);
  if (edition < 0) return;
  for (const auto& s : card.sources) {
    int checked = month_number(s.checked.value);
    if (checked < 0) continue;  // a malformed month is reported by the loader
    int age = edition - checked;
    if (age > kMaxFactAgeMonths)
      found->warning(s.checked.at, "check/fact-outdated",
                     tr("'{}' was checked in {}, {} months before this edition ({}); check the fact against the "
                        "source again and update 'checked'",
                        s.name.value, s.checked.value, age, project.date.substr(0, 7)));
  }
}

}  // namespace sterk
