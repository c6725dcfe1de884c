// libFuzzer target: a deck file (cards/*.yaml) through the YAML reader and the deck loader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "load/deck_loader.h"
#include "load/yaml_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sterk;
  const std::string file = "cards/fuzz.yaml";
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  YamlNode root;
  bool ok = parse_yaml(file, text, &root, &diags);
  if (ok) {
    Deck deck;
    ok = read_deck(root, file, &deck, &diags);
  }
  fuzz::check_diagnostics(ok, diags, file, text);
  return 0;
}
