#pragma once
// A training module → the blocks of its three documents: the trainer's guide,
// the participants' handout and the one-page evaluation form. The flow engine
// (layout/flow.h) then puts them on pages.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/flow.h"
#include "model/module.h"

namespace sterk {

/// A card an activity uses, laid out as in its deck.
struct ModuleCard {
  std::shared_ptr<const Frame> front;
  std::string title;
};

struct ModuleContext {
  const Module* module = nullptr;
  std::map<std::string, ModuleCard> cards;          ///< by card id
  std::map<std::string, std::string> cluster_labels;  ///< cluster id → label
  std::string project_name;
};

std::vector<FlowBlock> guide_blocks(const ModuleContext& ctx);
std::vector<FlowBlock> handout_blocks(const ModuleContext& ctx);
std::vector<FlowBlock> evaluation_blocks(const ModuleContext& ctx);

/// "0:20–0:45": the clock times of an activity from the start of its session.
std::string session_clock(int from_minutes, int to_minutes);

}  // namespace sterk
