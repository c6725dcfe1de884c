#pragma once
// One kind of output file for a deck (print PDF, A4 sheets, PNGs, web page).
// The publisher lays out each card once and hands the frames to every output;
// outputs write into a staging folder that is only put in place when the whole
// build succeeded.
#include <memory>
#include <string>

#include "layout/deck_plan.h"
#include "layout/frame.h"

namespace sterk {

class DeckOutput {
 public:
  virtual ~DeckOutput() = default;
  /// Called once per printed card, in deck order.
  virtual bool add_card(const PlannedCard& card, const Frame& front, const Frame& back, std::string* err) = 0;
  /// Writes the remaining files into the staging folder.
  virtual bool finish(std::string* err) = 0;
};

}  // namespace sterk
