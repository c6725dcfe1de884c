#include "load/deck_loader.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>

#include "load/ids.h"
#include "load/map_reader.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

constexpr size_t kMaxCardText = 2000;  // characters in one title, text, tip or question
constexpr size_t kMaxCardTips = 50;     // tips on one card (the rule sets allow 3 or 5)

void read_statements(const YamlNode& n, Card* card, Diagnostics* diags) {
  card->statements_at = n.at;
  std::vector<const YamlNode*> items;
  if (n.is_scalar()) items.push_back(&n);
  else if (n.is_sequence()) for (const auto& i : n.items) items.push_back(&i);
  else {
    diags->error(n.at, "load/type", tr("'statements' must be a list of statement numbers"));
    return;
  }
  for (const YamlNode* i : items) {
    const std::string& s = i->text.value;
    bool digits = i->is_scalar() && !s.empty() && s.size() < 9 &&
                  std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(s) <= 0) {
      diags->error(i->at, "load/type",
                   tr("a statement is referred to by its number (a positive whole number), not '{}'", s));
      continue;
    }
    card->statements.push_back({std::stoi(s), i->at});
  }
}

void read_allow(const YamlNode& n, Card* card, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'allow' must be a list of {rule, reason}"));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, "an 'allow' entry", diags)) continue;
    MapReader r(item, tr("an 'allow' entry"), diags);
    Allow a;
    a.at = item.at;
    r.text("rule", &a.rule, true);
    if (!r.text("reason", &a.reason) || trim(a.reason.value).empty()) {
      diags->error(item.at, "check/allow-without-reason",
                   tr("accepting rule '{}' needs a reason: say why it is fine on this card", a.rule.value));
      a.reason.value.clear();
    }
    r.finish();
    card->allow.push_back(std::move(a));
  }
}

void read_quote(const YamlNode& n, Card* card, Diagnostics* diags) {
  if (!expect_map(n, "'quote'", diags)) return;
  MapReader r(n, "'quote'", diags);
  Quote& quote = card->quote.edit();
  quote.at = n.at;
  r.text("text", &quote.text, true);
  // Who said it; "voorbeeld" = written by the project as an example (docs/content.md).
  r.text("source", &quote.source, true);
  r.finish();
}

// YYYY-MM with a real month: the month a person last checked the source.
bool is_month(const std::string& s) {
  if (s.size() != 7 || s[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (s[i] < '0' || s[i] > '9') return false;
  int month = std::stoi(s.substr(5));
  return month >= 1 && month <= 12;
}

void read_sources(const YamlNode& n, Card* card, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'sources' must be a list of {name, url, checked}"));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, "a source", diags)) continue;
    MapReader r(item, tr("a source"), diags);
    FactSource f;
    f.at = item.at;
    r.text("name", &f.name, true);
    if (r.text("url", &f.url, true) && f.url.value.rfind("https://", 0) != 0 &&
        f.url.value.rfind("http://", 0) != 0)
      diags->error(f.url.at, "load/type", tr("a source's 'url' must be a web address starting with https://"));
    if (r.text("checked", &f.checked, true) && !is_month(f.checked.value)) {
      diags->error(f.checked.at, "load/type",
                   tr("'checked' is the month the source was last checked, as YYYY-MM (e.g. 2026-12), not '{}'",
                      f.checked.value));
      f.checked.value.clear();
    }
    r.finish();
    card->sources.push_back(std::move(f));
  }
}

void read_themes(const YamlNode& n, Deck* deck, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'themes' must be a list of {id, label}"));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, "a theme", diags)) continue;
    MapReader r(item, tr("a theme"), diags);
    Theme t;
    t.at = item.at;
    bool ok = r.text("id", &t.id, true);
    r.text("label", &t.label, true);
    r.finish();
    if (!ok) continue;
    if (const Theme* first = deck->find_theme(t.id.value)) {
      diags->error(t.id.at, "load/duplicate-theme",
                   tr("theme id '{}' is used twice; the first is at line {}", t.id.value, first->id.at.line));
      continue;
    }
    if (t.label.empty()) t.label = t.id;
    deck->themes.push_back(std::move(t));
  }
}

// The cards as read, before the checks that need the deck's header (its kind and
// themes), which a file may give after its cards: a deck is read card by card while
// the file is parsed (load_deck), so the header may not be known yet.
struct CardsRead {
  std::deque<Card> cards;
  std::vector<std::pair<size_t, std::string>> no_cluster;  ///< content cards without one: index, how to name it
};

void read_card(const YamlNode& n, CardsRead* read, Diagnostics* diags) {
  if (!expect_map(n, "a card", diags)) return;
  Card card;
  card.at = n.at;
  std::string what = tr("card");
  if (const YamlNode* id = n.find("id"); id && id->is_scalar()) what = tr("card '{}'", id->text.value);
  MapReader r(n, what, diags);
  r.text("id", &card.id, true);
  if (!check_id(card.id, tr("card id"), diags)) card.id.value.clear();
  LocatedText kind;
  if (r.choice("kind", card_kind_names(), &kind)) {
    card.kind_at = kind.at;
    for (CardKind k : {CardKind::content, CardKind::cover, CardKind::instruction, CardKind::divider,
                       CardKind::about})
      if (kind.value == card_kind_name(k)) card.kind = k;
  }
  r.text("cluster", &card.cluster);
  r.text("theme", &card.theme);
  if (const YamlNode* s = r.get("statements")) read_statements(*s, &card, diags);
  r.text("title", &card.title, card.kind != CardKind::divider);
  r.text("text", &card.text);
  r.text_list("tips", &card.tips);
  r.text("question", &card.question);
  r.text("pictogram", &card.pictogram);
  r.text("pictogram_alt", &card.pictogram_alt);
  if (const YamlNode* q = r.get("quote")) read_quote(*q, &card, diags);
  if (const YamlNode* s = r.get("sources")) read_sources(*s, &card, diags);
  if (r.integer("copies", &card.copies) && (card.copies < 1 || card.copies > 100)) {
    diags->error(n.find("copies")->at, "load/type", tr("'copies' must be between 1 and 100"));
    card.copies = 1;
  }
  if (const YamlNode* a = r.get("allow")) read_allow(*a, &card, diags);
  r.finish();
  // A card shows a handful of tips; hundreds are a paste gone wrong, and fitting them
  // all would stall the build (one card of 5 000 tips took 1.8 s, 200 000 minutes).
  if (card.tips.size() > kMaxCardTips) {
    diags->error(card.tips[kMaxCardTips].at, "load/too-many-tips",
                 tr("this card has {} tips; a card holds at most {}, so only the first {} are read", card.tips.size(),
                    kMaxCardTips, kMaxCardTips));
    card.tips.resize(kMaxCardTips);
  }
  // A card holds a few hundred characters; a text far beyond that is a paste gone
  // wrong, and checking it (sentences, fitting) would take long for nothing.
  std::vector<LocatedText*> texts = {&card.title, &card.text, &card.question};
  if (card.quote.written()) texts.push_back(&card.quote.edit().text);
  for (auto& tip : card.tips) texts.push_back(&tip);
  for (LocatedText* t : texts) {
    size_t n = utf8_length(t->value);
    if (n <= kMaxCardText) continue;
    diags->error(t->at, "load/too-long",
                 tr("this text is {} characters long; a card holds at most {}", n, kMaxCardText));
    t->value.clear();
  }
  if (card.kind == CardKind::content && card.cluster.empty()) read->no_cluster.emplace_back(read->cards.size(), what);
  read->cards.push_back(std::move(card));
}

// What read_card could not check without the header, in card order, as the last findings of each card.
void check_sections(const Deck& deck, const CardsRead& read, Diagnostics* diags) {
  size_t next = 0;
  for (size_t i = 0; i < deck.cards.size(); ++i) {
    const Card& card = deck.cards[i];
    if (!card.theme.empty() && !deck.find_theme(card.theme.value)) {
      std::vector<std::string> ids;
      for (const auto& t : deck.themes) ids.push_back(t.id.value);
      std::string hint = did_you_mean(card.theme.value, ids);
      diags->error(card.theme.at, "references/unknown-theme",
                   hint.empty() ? tr("theme '{}' is not in this deck's 'themes:'", card.theme.value)
                                : tr("theme '{}' is not in this deck's 'themes:'; did you mean '{}'?", card.theme.value, hint));
    }
    if (next < read.no_cluster.size() && read.no_cluster[next].first == i) {
      if (deck.kind == DeckKind::study)
        diags->error(card.at, "load/missing-key",
                     tr("{} needs the key 'cluster' (the cluster it belongs to)", read.no_cluster[next].second));
      ++next;
    }
  }
}

// The cards of a deck read while its file was parsed, with their findings.
struct StreamedCards {
  CardsRead read;
  Diagnostics diags;
  size_t items = 0;  ///< items of `cards:` in the file
};

bool read_deck(const YamlNode& root, const std::string& path, Deck* deck, Diagnostics* diags,
               StreamedCards* streamed) {
  int errors_before = diags->error_count();
  deck->file = path;
  deck->at = root.at;
  if (!expect_map(root, "a deck file", diags)) return false;
  MapReader top(root, tr("the deck file"), diags);
  const YamlNode* d = top.get("deck", true);
  const YamlNode* cards = top.get("cards", true);
  top.finish();
  if (d && expect_map(*d, "'deck'", diags)) {
    MapReader r(*d, "'deck'", diags);
    r.text("id", &deck->id, true);
    r.text("title", &deck->title, true);
    r.text("subtitle", &deck->subtitle);
    r.choice("audience", audience_ids(), &deck->audience, true);
    r.text("template", &deck->template_name, true);
    if (!check_id(deck->id, tr("deck id"), diags)) deck->id.value.clear();
    // out/sets/, out/modules/ and out/preview/ are sterk's own folders next to the decks.
    for (const char* reserved : {"sets", "modules", "preview"}) {
      std::string lower = deck->id.value;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower != reserved) continue;
      diags->error(deck->id.at, "load/bad-id",
                   tr("deck id '{}' is the name of a folder sterk itself writes in out/ (sets, "
                      "modules, preview); give the deck another id, for example 'jongeren'", deck->id.value));
      deck->id.value.clear();
      break;
    }
    if (!check_id(deck->template_name, tr("template"), diags)) deck->template_name.value.clear();
    if (!r.text("language", &deck->language)) deck->language.value = "nl";
    r.text("edition", &deck->edition);
    r.choice("status", {"concept", "definitief"}, &deck->status);
    LocatedText kind;
    if (r.choice("kind", {"study", "workshop"}, &kind))
      deck->kind = kind.value == "workshop" ? DeckKind::workshop : DeckKind::study;
    // Read before the cards, so a card's `theme:` can be checked against them.
    if (const YamlNode* t = r.get("themes")) read_themes(*t, deck, diags);
    r.finish();
  }
  if (cards) {
    if (!cards->is_sequence()) {
      diags->error(cards->at, "load/type", tr("'cards' must be a list of cards"));
    } else {
      CardsRead own;
      CardsRead& read = streamed ? streamed->read : own;
      if (streamed) diags->append(streamed->diags);
      for (const auto& c : cards->items) read_card(c, &read, diags);
      deck->cards = std::move(read.cards);
      check_sections(*deck, read, diags);
      if (cards->items.empty() && (!streamed || streamed->items == 0))
        diags->warning(cards->at, "load/empty-deck", tr("the deck has no cards"));
    }
  }
  // Card ids are unique within a deck here; across decks the project loader checks.
  std::map<std::string, Location> seen;
  IdSpace folded(tr("card id"));
  for (const auto& c : deck->cards) {
    if (c.id.empty()) continue;
    folded.add(c.id, diags);
    auto [it, fresh] = seen.emplace(c.id.value, c.id.at);
    if (!fresh)
      diags->error(c.id.at, "load/duplicate-card",
                   tr("card id '{}' is used twice; the first is at line {}", c.id.value, it->second.line));
  }
  return diags->error_count() == errors_before;
}

}  // namespace

bool read_deck(const YamlNode& root, const std::string& path, Deck* deck, Diagnostics* diags) {
  return read_deck(root, path, deck, diags, nullptr);
}

bool load_deck(const std::string& path, Deck* deck, Diagnostics* diags) {
  YamlNode root;
  deck->file = path;  // also for a file that does not parse: `--deck` finds it by its name
  // Each card is made from its part of the tree as soon as the parser has read it,
  // and that part is dropped: the tree of the whole list and the deck never exist
  // together (docs/performance.md). Findings wait until the file is known to parse.
  StreamedCards streamed;
  YamlListReader list;
  list.key = "cards";
  list.take = [&](const YamlNode& item) { read_card(item, &streamed.read, &streamed.diags); };
  if (!load_yaml_file(path, &root, diags, {}, &list)) return false;
  if (list.taken == 0) return read_deck(root, path, deck, diags, nullptr);  // read with the tree
  streamed.items = list.taken;
  return read_deck(root, path, deck, diags, &streamed);
}

}  // namespace sterk
