#pragma once
// `sterk build --bundle`: out/sets/<audience>.zip, everything one audience's
// distributor hands on: each deck's folder as its manifest lists it, and a
// README.txt for the printer. The archive repeats byte for byte: entries in a
// fixed order, one fixed time stamp, fixed permissions.
#include <string>
#include <vector>

namespace sterk {

struct BundleDeck {
  std::string id, title, audience;
  double card_w_mm = 105, card_h_mm = 148, bleed_mm = 3, radius_mm = 0;
  int cards = 0;
  std::vector<std::string> files;  ///< relative to the deck folder, manifest.json included
};

/// The README.txt text for a set (Dutch, for the print shop and the office).
std::string printer_readme(const std::string& audience, const std::vector<BundleDeck>& decks,
                           const std::string& paper);

/// Writes `zip_path` holding <deck id>/<file> for every deck (read from
/// `out_dir`/<deck id>/) and README.txt. `date` (YYYY-MM-DD) is every entry's time.
/// True for a plain relative entry name ("jongeren/png/J-1-front.png"): no leading
/// '/', no '.' or '..' parts, no '\\', ':' or control characters. write_bundle refuses
/// any other name, so unpacking a set never writes outside its folder.
bool plain_entry_name(const std::string& name);
bool write_bundle(const std::string& zip_path, const std::string& out_dir, const std::vector<BundleDeck>& decks,
                  const std::string& readme, const std::string& date, std::string* err);

}  // namespace sterk
