#pragma once
// The web deck's pages (SPEC §12): index.html, an overview of themes and cards as
// a grid of pictograms and titles, and kaart/<card id>.html, one card front then
// back with previous / overview / next links and a "Lees voor" button.
#include <map>
#include <string>
#include <vector>

#include "render/web_card.h"

namespace sterk {

struct WebDeck {
  std::string id, lang = "nl", title, subtitle, audience;  ///< audience: label, e.g. "jongeren"
  std::string cover_text, cover_pictogram, cover_alt;      ///< pictogram: path relative to the deck folder
  std::string edition, author;
  std::vector<WebCard> cards;                     ///< cards with a page, in deck order, each once
  std::map<std::string, std::string> pictograms;  ///< card id → pictogram path relative to the deck folder
  std::map<std::string, std::string> theme_text;  ///< theme id → a divider's own text
  int content_count = 0;
  bool easy_read = false;
  bool png = false;       ///< png/<id>-front.png exists (Open Graph image)
  std::string base_url;   ///< this deck folder's public address ("…/<deck id>/"), "" when unknown
  Colour paper, ink, accent;
};

std::string overview_page(const WebDeck& deck);
/// The page of deck.cards[index].
std::string card_page(const WebDeck& deck, size_t index);

}  // namespace sterk
