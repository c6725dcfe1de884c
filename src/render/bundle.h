#pragma once
// `sterk build --bundle`: out/sets/<audience>.zip, everything one audience's
// distributor hands on: each deck's folder as its manifest lists it, a
// README.txt and drukinstructies.pdf (the job sheet for the print shop). Both say
// only what is true for this zip, from the same facts (BundleFacts). The archive
// repeats byte for byte: entries in a fixed order, one fixed time stamp, fixed
// permissions.
#include <string>
#include <vector>

namespace sterk {

struct BundleDeck {
  std::string id, title, audience;
  double card_w_mm = 105, card_h_mm = 148, bleed_mm = 3, radius_mm = 0;
  bool round_corners = false;  ///< the template asks the print shop to round the corners
  int cards = 0;
  std::vector<std::string> files;  ///< relative to the deck folder, manifest.json included
  /// A training module (id "modules/<id>", its folder out/modules/<id>/), not a deck.
  bool module = false;
  bool booklet = false;  ///< module: the handout is an A5 booklet on A4
  bool has(const std::string& suffix) const;  ///< a file whose name ends so
};

/// What the README and the job sheet say, gathered once.
struct BundleFacts {
  std::string audience;          ///< the audience's Dutch label, e.g. "werkgevers"
  std::string project, contact;  ///< sterk.yaml: project.name, project.contact
  std::string date;              ///< YYYY-MM-DD (output.date)
  std::string paper = "a4";      ///< office sheets paper
  bool sheets_long_edge = true;  ///< office sheets duplex
  double sheets_bleed_mm = 0;
  std::string cmyk_condition;    ///< e.g. "FOGRA39 (Coated FOGRA39 …)" when a -print-cmyk.pdf is in the set
  std::vector<BundleDeck> decks;
};

/// How a printed card turns over: "lange zijde" for portrait cards, "korte zijde" for landscape.
std::string card_turn_edge(const BundleDeck& d);

/// The README.txt text for a set (Dutch, for the print shop and the office).
std::string printer_readme(const BundleFacts& facts);

/// Writes `zip_path` holding README.txt, drukinstructies.pdf (`job_sheet`, PDF
/// bytes; none when empty) and <deck id>/<file> for every deck (read from
/// `out_dir`/<deck id>/). `date` (YYYY-MM-DD) is every entry's time.
/// True for a plain relative entry name ("jongeren/png/J-1-front.png"): no leading
/// '/', no '.' or '..' parts, no '\\', ':' or control characters. write_bundle refuses
/// any other name, so unpacking a set never writes outside its folder.
bool plain_entry_name(const std::string& name);
bool write_bundle(const std::string& zip_path, const std::string& out_dir, const std::vector<BundleDeck>& decks,
                  const std::string& readme, const std::string& job_sheet, const std::string& date,
                  std::string* err);

}  // namespace sterk
