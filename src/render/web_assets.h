#pragma once
// The files every web deck shares beside its pages: the stylesheet (with the
// deck's colours, fonts and print sizes), the script (arrow keys, swipe, read
// aloud, offline), the service worker, the web app manifest and the favicon.
// No page has inline script or event handlers; the script is a file.
#include <string>
#include <vector>

#include "model/template.h"

namespace sterk {

struct WebFont {
  std::string family, file;  ///< file: path relative to the deck folder, e.g. fonts/X.ttf
  int weight = 400;
  bool italic = false;
};

struct WebLook {
  Colour ink, paper, accent, tint, muted;
  Colour dark_accent;  ///< the accent on a dark background (prefers-color-scheme: dark)
  std::vector<WebFont> fonts;
  std::string family = "Atkinson Hyperlegible";
  bool easy_read = false;
  // Print sizes from the template: one card side per page, at the card's size.
  double card_w_mm = 105, card_h_mm = 148, safe_mm = 6;
  double body_pt = 14, title_pt = 19, question_pt = 14, label_pt = 9;
};

std::string web_stylesheet(const WebLook& look);
std::string web_script();
/// `files`: everything the pages need, relative to the deck folder; `version`
/// names the cache so a new build replaces the old copy on the phone.
std::string web_service_worker(const std::string& deck_id, const std::string& version,
                               const std::vector<std::string>& files);
std::string web_app_manifest(const std::string& name, const std::string& short_name, const std::string& lang,
                             const Colour& theme, const Colour& background);
std::string web_favicon(const Colour& accent, const Colour& paper);

}  // namespace sterk
