// Content fields of a deck: workshop themes, per-audience cluster labels,
// quotes with their source and facts with their sources (docs/content.md).
#include <catch2/catch.hpp>

#include "layout/card_layout.h"
#include "load/analysis_io.h"
#include "load/project_loader.h"
#include "load/study_loader.h"
#include "test_project.h"

using namespace sterk;

namespace {

const char* kWorkshop =
    "deck:\n"
    "  id: ws\n"
    "  title: Het goede gesprek\n"
    "  audience: werkgever\n"
    "  template: workshop\n"
    "  edition: '2026.2'\n"
    "  status: concept\n"
    "  kind: workshop\n"
    "  themes:\n"
    "    - {id: beelden, label: Beelden en vooroordelen}\n"
    "    - {id: gesprek, label: Het gesprek}\n"
    "cards:\n"
    "  - id: WS-kern\n"
    "    title: Er is geen standaardaanpak\n"
    "    question: Hoe kom jij te weten wat iemand nodig heeft?\n"
    "  - id: WS-1\n"
    "    theme: beelden\n"
    "    title: Beelden\n"
    "    question: Aan wie denk jij?\n"
    "    quote: {text: Kijk eerst naar mij., source: voorbeeld}\n"
    "  - id: WS-2\n"
    "    theme: gesprek\n"
    "    title: Proefplaatsing\n"
    "    question: Welk werk kan iemand een dag komen doen?\n"
    "    sources:\n"
    "      - {name: 'UWV, Proefplaatsing', url: 'https://www.uwv.nl/proefplaatsing', checked: '2026-12'}\n"
    "      - {name: VGS, url: 'https://www.vgs.nl/', checked: '2025-03'}\n"
    "  - id: WS-3\n"
    "    theme: gesprek\n"
    "    title: Eerlijk afwijzen\n"
    "    question: Hoe zeg jij nee?\n"
    "    quote: {text: Een eerlijk nee helpt., source: 'Anouk, trainer'}\n";

struct Workshop {
  test::TempProject p;
  Workspace ws;
  Diagnostics d;
  DeckContext ctx;
  Workshop() {
    p.write("cards/ws.yaml", kWorkshop);
    REQUIRE(load_workspace(p.root(), &ws, &d));
    ctx.project = &ws.project;
    ctx.deck = &ws.decks[0];
    ctx.tpl = &ws.templates.at("workshop");
    ctx.clusters = {{"werk", "Passend werk", {}}, {"thuis", "Steun van thuis", {}}, {"geld", "Geld", {}}};
  }
  std::string fill(const std::string& text, const PlannedCard& pc) {
    return expand_placeholders(text, ctx, pc, {}, nullptr, &d);
  }
};

}  // namespace

TEST_CASE("a workshop deck is divided by its own themes, numbered within the deck", "[content]") {
  Workshop w;
  CHECK(w.d.items().empty());
  auto plan = plan_deck(w.ctx);
  std::vector<std::string> ids;
  for (const auto& pc : plan) ids.push_back(pc.card->id.value);
  // The central message has no theme, so no divider; one divider before each theme.
  CHECK(ids == std::vector<std::string>{"WS-kern", "divider-beelden", "WS-1", "divider-gesprek", "WS-2", "WS-3"});
  const std::string label = "Thema {cluster.number} van {cluster.count}: {cluster.label}";
  CHECK(w.fill(label, plan[1]) == "Thema 1 van 2: Beelden en vooroordelen");
  CHECK(w.fill(label, plan[4]) == "Thema 2 van 2: Het gesprek");
  CHECK(w.fill("{cluster.id}", plan[5]) == "gesprek");
  CHECK(w.d.items().empty());
}

TEST_CASE("quote and sources placeholders, and an example quote reads 'voorbeeld'", "[content]") {
  Workshop w;
  auto plan = plan_deck(w.ctx);
  CHECK(w.fill("{card.quote} – {card.quote.source}", plan[2]) == "Kijk eerst naar mij. – voorbeeld");
  CHECK(w.fill("{card.quote.source}", plan[5]) == "Anouk, trainer");
  CHECK(w.fill("Bron: {card.sources}", plan[4]) ==
        "Bron: UWV, Proefplaatsing (gecontroleerd 12-2026); VGS (gecontroleerd 03-2025)");
  CHECK(plan[2].card->quote->is_example());
  CHECK_FALSE(plan[5].card->quote->is_example());
}

TEST_CASE("an edition is a draft with status: concept or an edition ending in -concept", "[content]") {
  Deck d;
  CHECK_FALSE(d.is_draft());
  d.edition.value = "2027.1-concept";
  CHECK(d.is_draft());
  d.edition.value = "2027.1";
  CHECK_FALSE(d.is_draft());
  d.status.value = "concept";
  CHECK(d.is_draft());
  d.status.value = "definitief";
  CHECK_FALSE(d.is_draft());
}

TEST_CASE("a cluster label in the audience's own words is used on that audience's cards", "[content]") {
  test::TempProject p;
  p.write("cards/j.yaml",
          "deck: {id: j, title: Sterk in Werk, audience: jongere, template: easy-read, edition: '1'}\n"
          "cards:\n"
          "  - {id: J-1, cluster: gezondheid, title: Goed slapen}\n");
  p.write("cards/w.yaml",
          "deck: {id: w, title: Sterk in Werk, audience: werkgever, template: professional, edition: '1'}\n"
          "cards:\n"
          "  - {id: W-1, cluster: gezondheid, title: Rust op het werk}\n");
  Workspace ws;
  Diagnostics d;
  REQUIRE(load_workspace(p.root(), &ws, &d));
  ClusterLabel health{"gezondheid", "Gezondheid en psychisch welzijn", {}, {{"jongere", "Gezond blijven"}}};
  for (const Deck& deck : ws.decks) {
    DeckContext ctx;
    ctx.project = &ws.project;
    ctx.deck = &deck;
    ctx.tpl = &ws.templates.at(deck.template_name.value);
    ctx.clusters = {health};
    auto plan = plan_deck(ctx);
    REQUIRE(plan.size() == 2);
    std::string want = deck.audience.value == "jongere" ? "Gezond blijven" : "Gezondheid en psychisch welzijn";
    CHECK(plan[0].card->title.value == want);  // the divider
    CHECK(expand_placeholders("{cluster.label}", ctx, plan[1], {}, nullptr, &d) == want);
  }
}

TEST_CASE("malformed sources, quotes and themes are located load errors", "[content]") {
  test::TempProject p;
  p.write("cards/ws.yaml",
          "deck:\n"
          "  id: ws\n"
          "  title: T\n"
          "  audience: werkgever\n"
          "  template: workshop\n"
          "  kind: workshop\n"
          "  themes: [{id: a, label: A}, {id: a, label: B}]\n"
          "cards:\n"
          "  - id: WS-1\n"
          "    theme: b\n"
          "    title: T\n"
          "    quote: {text: Hallo.}\n"
          "    sources:\n"
          "      - {name: UWV, url: www.uwv.nl, checked: december 2026}\n");
  Workspace ws;
  Diagnostics d;
  CHECK_FALSE(load_workspace(p.root(), &ws, &d));
  std::vector<std::string> got;
  for (const auto& i : d.items())
    got.push_back(std::to_string(i.where.line) + ":" + std::to_string(i.where.column) + " " + i.code + " " + i.message);
  CHECK(got == std::vector<std::string>{
                   "7:36 load/duplicate-theme theme id 'a' is used twice; the first is at line 7",
                   "12:12 load/missing-key 'quote' needs the key 'source'",
                   "14:26 load/type a source's 'url' must be a web address starting with https://",
                   "14:47 load/type 'checked' is the month the source was last checked, as YYYY-MM (e.g. 2026-12), "
                   "not 'december 2026'",
                   "10:12 references/unknown-theme theme 'b' is not in this deck's 'themes:'; did you mean 'a'?",
               });
}

TEST_CASE("study.yaml cluster labels per audience: read, checked, and kept in analysis.yaml", "[content]") {
  test::TempProject p(false);
  p.write("study/study.yaml",
          "title: Test\n"
          "groups: [jongere, werkgever]\n"
          "clusters:\n"
          "  count: 1\n"
          "  names:\n"
          "    - {id: gezondheid, label: Gezondheid, anchor: 1, labels: {jongere: Gezond blijven, baas: Fit}}\n");
  p.write("study/statements.csv", "id,text\n1,Een\n2,Twee\n");
  p.write("study/participants.csv", "participant,group\np1,jongere\n");
  p.write("study/sorts.csv", "participant,pile,statement\np1,a,1\np1,b,2\n");
  Study study;
  Diagnostics d;
  load_study(p.path("study"), &study, &d);
  bool unknown = false;
  for (const auto& i : d.items())
    if (i.code == "load/unknown-audience") {
      unknown = true;
      CHECK(i.where.line == 6);
      CHECK(i.where.column == 88);  // at the key 'baas'
      CHECK(i.message == "'baas' is not an audience; use jongere, werkgever, jobcoach or steunsysteem");
    }
  CHECK(unknown);
  REQUIRE(study.cluster_names.size() == 1);
  CHECK(study.cluster_names[0].labels == std::map<std::string, std::string>{{"jongere", "Gezond blijven"}});

  // analysis.yaml keeps them, so build reads them without the study files.
  Analysis a;
  ClusterResult c;
  c.id = "gezondheid";
  c.label = "Gezondheid";
  c.statements = {1, 2};
  c.labels = {{"jongere", "Gezond blijven"}, {"steunsysteem", "Gezond en wel"}};
  a.clusters.push_back(c);
  std::string yaml = analysis_yaml(a);
  CHECK(yaml.find("    labels: {jongere: \"Gezond blijven\", steunsysteem: \"Gezond en wel\"}\n") != std::string::npos);
}

TEST_CASE("the web page has a section per workshop theme, with the quote and linked sources", "[content]") {
  test::TempProject p;
  p.write("cards/ws.yaml", kWorkshop);
  std::string log;
  int code = test::run(std::string(STERK_BINARY) + " build -C " + p.root() + " --output html", &log);
  REQUIRE(code == 0);
  std::string html = p.read("out/ws/index.html");
  CHECK(html.find("<h2 id=\"thema-beelden\">Beelden en vooroordelen</h2>") != std::string::npos);
  CHECK(html.find("<h2 id=\"thema-gesprek\">Het gesprek</h2>") != std::string::npos);
  // Each card is a tile of its theme on the start page, with a page of its own.
  size_t theme = html.find("<h2 id=\"thema-gesprek\">"), tile = html.find("href=\"kaart/WS-2.html\"");
  CHECK(tile != std::string::npos);
  CHECK(tile > theme);
  std::string pages;
  test::run("cat " + p.path("out/ws/kaart") + "/*.html", &pages);
  CHECK(pages.find("<blockquote data-lees>Kijk eerst naar mij.</blockquote>\n<figcaption>– voorbeeld</figcaption>") !=
        std::string::npos);
  CHECK(pages.find("<a href=\"https://www.uwv.nl/proefplaatsing\">UWV, Proefplaatsing</a> (gecontroleerd 2026-12)") !=
        std::string::npos);
}
