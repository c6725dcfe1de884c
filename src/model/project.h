#pragma once
// sterk.yaml: where things are and how output is made.
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace sterk {

struct SheetSettings {
  std::string paper = "a4";          ///< a4 | a3 | letter
  std::string duplex = "long-edge";  ///< long-edge | short-edge
  double back_offset_x_mm = 0;       ///< shifts backs to correct a printer's misalignment
  double back_offset_y_mm = 0;
  bool crop_marks = true;
  double bleed_mm = 0;  ///< printed around each card, crop marks at the trim (output.sheets.bleed)
};

/// `--output print-cmyk` (output.cmyk in sterk.yaml).
struct CmykSettings {
  std::string profile;   ///< CMYK output profile, relative to the project; "" = built-in FOGRA39
  Location profile_at;   ///< where `profile` was written, for messages
  bool overprint_black = false;  ///< 100 % K text overprints instead of knocking out
};

/// PNG output (output.png in sterk.yaml).
struct PngSettings {
  bool bleed = false;  ///< include the bleed (card printers that cut themselves)
};

struct Project {
  std::string root = ".";  ///< folder of sterk.yaml; all paths are relative to it
  std::string file;        ///< path of sterk.yaml ("" when absent: defaults)
  std::string name = "Sterk in Werk";
  std::string author = "Samen werken werkt";
  std::string contact;  ///< who the print shop calls about the files (project.contact)
  /// project.language: "nl" (default) or "en", the language of sterk's messages
  /// (docs/messages.md); empty when sterk.yaml does not say.
  std::string language;
  std::string study_dir = "study";
  std::string cards_dir = "cards";
  std::string templates_dir = "templates";
  std::string fonts_dir = "fonts";
  std::string out_dir = "out";
  std::string modules_dir = "modules";
  /// output.modules.booklet: "a4" (the handout as A4 pages) or "a5" (an A5 booklet
  /// imposed on A4 for saddle stitching).
  std::string module_booklet = "a4";
  /// Document date for PDF metadata, YYYY-MM-DD. Never the clock, so builds repeat.
  std::string date = "2026-01-01";
  std::vector<std::string> outputs = {"print", "sheets", "png", "html"};
  int png_dpi = 150;
  SheetSettings sheets;
  CmykSettings cmyk;
  PngSettings png;
  /// web.base_url: the public address where the contents of out/ are put online,
  /// e.g. "https://example.org/sterk-in-werk/". Empty: not published (no QR codes).
  std::string web_base_url;
  Location web_base_url_at;
  Location at;

  std::string path(const std::string& rel) const;
  /// The host of web_base_url when it is one that can never have the pages (RFC 2606 and
  /// 6761: example.org/.com/.net, *.example, *.test, *.invalid, localhost), else "".
  std::string web_base_url_example_host() const;
};

}  // namespace sterk
