#include "check/check.h"

#include <future>
#include <map>
#include <set>

#include "check/preflight.h"
#include "check/rules.h"
#include "check/spelling.h"
#include "check/syllables.h"
#include "layout/fonts.h"
#include "load/template_loader.h"
#include "util/files.h"
#include "util/messages.h"
#include "util/text.h"

namespace sterk {

bool start_loading_dictionaries(Dictionaries* d, std::string* err) {
  if (Syllables::find(err).empty() || Speller::find(err).empty() || !Speller::find_english(err)) return false;
  auto syllables = d->syllables = std::make_shared<Syllables>();
  auto speller = d->speller = std::make_shared<Speller>();
  d->loaded = std::async(std::launch::async, [syllables, speller]() {
                std::string ignore;  // both were found above; a broken one checks nothing
                syllables->load(&ignore);
                speller->load(&ignore);
                speller->load_english(&ignore);
              }).share();
  return true;
}

void keep_until_exit(const CheckContext& ctx) {
  // A container that is never destroyed; what it holds stays reachable from here.
  static auto* kept = new std::vector<std::shared_ptr<void>>();
  kept->push_back(ctx.speller);
  kept->push_back(ctx.syllables);
}

bool prepare_checks(const Workspace& ws, CheckContext* ctx, Diagnostics* diags, std::string* err,
                    Dictionaries early) {
  load_study_facts(ws.project, &ctx->study, diags);
  for (const auto& c : ctx->study.clusters) ctx->clusters.push_back({c.id, c.label, c.statements, c.audience_labels});
  ctx->study_title = ctx->study.title;
  load_word_lists(ws.project, &ctx->words, diags);
  if (!early.started() && !start_loading_dictionaries(&early, err)) return false;
  ctx->syllables = early.syllables;
  auto speller = ctx->speller = early.speller;
  // The project's words go in once the dictionary is there; the first check that
  // needs the dictionaries runs this (on its own thread), the others wait for it.
  std::shared_future<void> loaded = early.loaded;
  std::vector<std::string> words = ctx->words.project_words;
  words.insert(words.end(), ctx->words.names.begin(), ctx->words.names.end());
  words.insert(words.end(), ctx->words.explained.begin(), ctx->words.explained.end());
  words.insert(words.end(), ctx->words.explained_plain.begin(), ctx->words.explained_plain.end());
  ctx->dictionaries = std::async(std::launch::deferred, [loaded, speller, words]() {
                        loaded.wait();
                        for (const auto& w : words) speller->add(w);
                      }).share();
  return true;
}

void filter_allowed(const Card& card, const Diagnostics& found, Diagnostics* out, std::set<std::string>* used) {
  for (const auto& d : found.items()) {
    if (card.allows(d.code)) {
      if (used) used->insert(d.code);
      continue;
    }
    out->add_decided(d);
  }
}

namespace {

std::vector<std::string> rule_codes() {
  std::vector<std::string> codes;
  for (const auto& r : rules()) codes.push_back(r.code);
  return codes;
}

// An allow must name a rule; one that accepts nothing is probably left over.
void check_allows(const Card& card, const std::set<std::string>& used, bool all_rules_ran, Diagnostics* diags) {
  static const std::vector<std::string> codes = rule_codes();
  for (const auto& a : card.allow) {
    if (a.rule.empty()) continue;
    if (!find_rule(a.rule.value)) {
      std::string hint = did_you_mean(a.rule.value, codes);
      diags->error(a.rule.at, "check/unknown-rule",
                   hint.empty() ? tr("'{}' is not a rule; 'sterk rules' lists them", a.rule.value)
                                : tr("'{}' is not a rule; did you mean '{}'?", a.rule.value, hint));
    } else if (all_rules_ran && !a.reason.empty() && !used.count(a.rule.value)) {
      diags->warning(a.rule.at, "check/unused-allow",
                     tr("rule '{}' reports nothing on this card; remove this allow", a.rule.value));
    }
  }
}

// Everything found about a card is gathered first, so `allow:` can take it out.
using Findings = std::map<std::string, Diagnostics>;  // by card id

// A finding located in a template file (a colour, a box, an element) has one cause
// however many cards show it: it is said once, with the number of cards it affects,
// instead of once per card (SPEC §14).
class TemplateFindings {
 public:
  explicit TemplateFindings(const Workspace& ws) {
    for (const auto& [name, t] : ws.templates) {
      files_.insert(t.file);
      files_.insert(t.chain.begin(), t.chain.end());
    }
  }
  /// Takes `d` when it points into a template; false otherwise.
  bool take(const Diagnostic& d, const std::string& card) {
    if (!files_.count(d.where.file)) return false;
    std::string key = d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) +
                      "\n" + d.code + "\n" + d.message;
    auto [it, fresh] = index_.emplace(key, found_.size());
    if (fresh) found_.push_back({d, {}});
    found_[it->second].second.insert(card);
    return true;
  }
  void flush(Diagnostics* diags) {
    for (auto& [d, cards] : found_) {
      std::string one = "'" + *cards.begin() + "'";
      std::string affects = cards.size() > 1 ? tr("; affects {} cards", cards.size())
                            : d.message.find(one) == std::string::npos ? tr("; affects card {}", one)
                                                                      : std::string();
      diags->add_decided({d.severity, d.where, d.code, d.message + affects});
    }
    found_.clear();
    index_.clear();
  }

 private:
  std::set<std::string> files_;
  std::map<std::string, size_t> index_;
  std::vector<std::pair<Diagnostic, std::set<std::string>>> found_;
};

void preflight(const Workspace& ws, const Deck& deck, const CheckContext& ctx, Findings* found,
               TemplateFindings* by_template, Diagnostics* diags) {
  preflight_deck(ws, deck, ctx.clusters, ctx.study_title, [&](const PlannedCard& pc, const Diagnostics& d) {
    if (!pc.card->generated) {
      (*found)[pc.card->id.value].append(d);
      return;
    }
    for (const auto& item : d.items())  // dividers: no allow: to apply
      if (!by_template->take(item, pc.card->id.value)) diags->add_decided(item);
  });
}

// A cluster label as printed, located where study.yaml writes it (so the fix is made
// there); at the card that prints it when study.yaml does not have it word for word.
LocatedText printed_label(const Workspace& ws, const std::string& label, const Location& fallback) {
  LocatedText t;
  t.value = label;
  t.at = fallback;
  std::string file = ws.project.path(path_join(ws.project.study_dir, "study.yaml")), text, err;
  if (!read_file(file, &text, &err)) return t;
  std::vector<std::string> lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t col = lines[i].find(label);
    if (col == std::string::npos) continue;
    t.at = {file, static_cast<int>(i) + 1, static_cast<int>(col) + 1};
    break;
  }
  t.line_starts = {t.at};
  return t;
}

// What the deck prints besides its cards' fields: its title and subtitle, its themes and
// the cluster labels in its audience's words (on content cards and dividers). Each label
// is checked once per audience.
void check_printed(const Workspace& ws, const Deck& deck, const RuleSet& rules, const CheckContext& ctx,
                   std::set<std::string>* labels_done, Diagnostics* diags) {
  check_printed_text(deck.title, rules, ctx, diags);
  check_printed_text(deck.subtitle, rules, ctx, diags);
  for (const Theme& th : deck.themes) check_printed_text(th.label, rules, ctx, diags);
  for (const Card& card : deck.cards) {
    if (card.cluster.empty()) continue;
    const StudyFacts::Cluster* c = ctx.study.find_cluster(card.cluster.value);
    if (!c) continue;
    auto own = c->audience_labels.find(deck.audience.value);
    const std::string& label = own != c->audience_labels.end() ? own->second : c->label;
    if (!labels_done->insert(deck.audience.value + "\n" + label).second) continue;
    check_printed_text(printed_label(ws, label, card.cluster.at), rules, ctx, diags);
  }
}

void check_deck(const Workspace& ws, const Deck& deck, const CheckContext& ctx, Findings* found,
                std::set<std::string>* labels_done, TemplateFindings* by_template, Diagnostics* diags) {
  auto tpl = ws.templates.find(deck.template_name.value);
  RuleSet rules = rule_set(tpl == ws.templates.end() ? "plain" : tpl->second.rules);
  check_printed(ws, deck, rules, ctx, labels_done, diags);
  ReadingCounts short_cards;
  auto difficult = index_difficult_words(ctx.words);
  for (const Card& card : deck.cards) {
    Diagnostics& f = (*found)[card.id.value];
    check_card_references(card, ctx.study, &f);
    check_card_text(card, rules, ctx, &f, &short_cards, difficult.get());
    check_card_sources(card, deck, ws.project, &f);
    check_fields_drawn(ws, card, deck, &f);
  }
  check_short_cards(short_cards, short_cards.cards, deck.id.at, rules, diags);
  std::set<std::string> done;
  for (const Card& card : deck.cards) {
    if (!done.insert(card.id.value).second) continue;  // a duplicate id is reported by the loader
    std::set<std::string> used;
    Diagnostics kept;
    filter_allowed(card, (*found)[card.id.value], &kept, &used);
    for (const auto& d : kept.items())
      if (!by_template->take(d, card.id.value)) diags->add_decided(d);
    check_allows(card, used, ctx.preflight && tpl != ws.templates.end(), diags);
  }
}

}  // namespace

void run_checks(const Workspace& ws, const std::vector<const Deck*>& decks, const CheckContext& ctx,
                Diagnostics* diags) {
  if (!ctx.study.present) {
    bool needs = false;
    for (const Deck* d : decks)
      for (const Card& c : d->cards) needs = needs || !c.cluster.empty() || !c.statements.empty();
    if (needs && !ctx.study.unreadable)
      diags->warning({ctx.study.analysis_file, 0, 0}, "references/no-analysis",
                     tr("there is no analysis, so the clusters and statements on the cards are not checked; "
                        "run 'sterk analyze'"));
  } else if (ctx.study.stale) {
    diags->error({ctx.study.analysis_file, 1, 1}, "references/stale-analysis",
                 tr("the analysis is older than the study files ({}); run 'sterk analyze' again",
                    ctx.study.stale_reason));
  }
  // A template font that is not in fonts/ is reported at the template's line (fonts
  // are registered by now). Layout says the same for every card that uses the font, so
  // the message counts those cards; a font no card uses is said here, without a count.
  Diagnostics template_fonts;
  std::set<std::string> templates_seen;
  for (const Deck* d : decks) {
    auto t = ws.templates.find(d->template_name.value);
    if (t != ws.templates.end() && templates_seen.insert(t->first).second)
      check_template_fonts(t->second, font_families(), &template_fonts);
  }
  // Layout first: the dictionaries are still loading meanwhile.
  std::vector<Findings> found(decks.size());
  TemplateFindings by_template(ws);
  if (ctx.preflight)
    for (size_t i = 0; i < decks.size(); ++i) preflight(ws, *decks[i], ctx, &found[i], &by_template, diags);
  if (ctx.dictionaries.valid()) ctx.dictionaries.wait();
  std::set<std::string> labels_done;
  for (size_t i = 0; i < decks.size(); ++i)
    check_deck(ws, *decks[i], ctx, &found[i], &labels_done, &by_template, diags);
  by_template.flush(diags);
  for (const Diagnostic& font : template_fonts.items()) {
    bool said = false;
    for (const Diagnostic& d : diags->items())
      said = said || (d.code == font.code && d.where.file == font.where.file && d.where.line == font.where.line &&
                      d.where.column == font.where.column);
    if (!said) diags->add_decided(font);
  }
  check_coverage(ws, decks, ctx.study, diags);
}

}  // namespace sterk
