#include "render/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "layout/fonts.h"
#include "render/figure_list.h"
#include "render/report_flow.h"

namespace sterk {
namespace {

using Rows = std::vector<std::vector<std::string>>;

ReportBlock table(std::vector<double> widths, Rows rows, double size = 8.5) {
  ReportBlock b;
  b.kind = ReportBlock::table;
  b.widths = std::move(widths);
  b.rows = std::move(rows);
  b.size = size;
  return b;
}

std::string list(const std::vector<int>& ids, size_t max = 8) {
  std::string s;
  for (size_t i = 0; i < ids.size() && i < max; ++i) s += (i ? ", " : "") + std::to_string(ids[i]);
  if (ids.size() > max) s += ", …";
  return s;
}

/// Names a set of statements by the analysis' clusters it holds.
std::string describe(const Analysis& a, const std::vector<int>& members, const fig::Lang& L) {
  std::map<std::string, std::vector<int>> by;
  std::vector<std::string> order;
  for (int idx : members) {
    const StatementResult& s = a.statements[idx];
    if (!by.count(s.cluster)) order.push_back(s.cluster);
    by[s.cluster].push_back(s.id);
  }
  std::string out;
  for (const auto& c : order) {
    const ClusterResult* cr = a.find_cluster(c);
    std::string name = cr ? cr->label : c;
    bool whole = cr && cr->statements.size() == by[c].size();
    out += (out.empty() ? "" : " + ") +
           (whole ? name
                  : L.t("part of ", "deel van ") + name + " (" + std::to_string(by[c].size()) + ": " + list(by[c], 4) + ")");
  }
  return out;
}

std::string verdict(double stress, const fig::Lang& L) {
  if (stress < 0.05)
    return L.t("This is far below the norms and a sign of a degenerate map (see the warnings).",
               "Dat ligt ver onder de normen en wijst op een ontaarde kaart (zie de waarschuwingen).");
  if (stress < 0.205)
    return L.t("The map fits the sorts better than most concept-mapping studies.",
               "De kaart past dus beter bij de sorteringen dan in de meeste concept-mappingstudies.");
  if (stress <= 0.365)
    return L.t("That is within the usual range for concept mapping.", "Dat valt binnen wat voor concept mapping gebruikelijk is.");
  return L.t("That is worse than 95 % of concept-mapping studies: read the map with great care.",
             "Dat is slechter dan in 95 % van de concept-mappingstudies: lees de kaart met grote voorzichtigheid.");
}

void study_part(const FigureContext& ctx, std::vector<ReportBlock>* out) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  out->push_back(ReportBlock::h(L.t("The study", "De studie")));
  if (!ctx.study.focus.empty()) out->push_back(ReportBlock::p(L.t("Focus: ", "Focusvraag: ") + ctx.study.focus));
  Rows rows = {{L.t("What", "Wat"), L.t("Number", "Aantal")},
               {L.t("statements", "uitspraken"), std::to_string(a.statement_count)},
               {L.t("participants", "deelnemers"), std::to_string(a.participant_count)},
               {L.t("sorts used", "gebruikte sorteringen"), std::to_string(a.sorter_count)},
               {L.t("sorts left out", "weggelaten sorteringen"), std::to_string(a.excluded_sorter_count)},
               {L.t("raters", "beoordelaars"), std::to_string(a.rater_count)}};
  for (const auto& g : ctx.study.groups)
    rows.push_back({L.t("raters: ", "beoordelaars: ") + g.label, std::to_string(ctx.raters.at(g.id))});
  for (const auto& r : ctx.study.ratings)
    rows.push_back({L.t("rating ", "beoordeling ") + r.label, L.num(r.min, 2) + " – " + L.num(r.max, 2)});
  out->push_back(table({0.6, 0.4}, rows, 9));
}

void method_part(const FigureContext& ctx, const std::string& version, std::vector<ReportBlock>* out) {
  const fig::Lang& L = ctx.lang;
  out->push_back(ReportBlock::h(L.t("Method", "Methode")));
  out->push_back(ReportBlock::p(L.t(
      "Group concept mapping after Trochim (1989), computed by sterk " + version + ". Similarity: the number of sorters "
      "who put two statements in one pile; dissimilarity = sorters − similarity. Two-dimensional non-metric "
      "multidimensional scaling (Kruskal 1964) with stress-1, the primary approach to ties, from the classical "
      "(Torgerson) solution and seeded random starts; the lowest stress is kept. Ward's clustering (ward.D2, as R's "
      "hclust) on the map, cut at K. Bridging: the mean map distance of a statement to those it was sorted with, "
      "weighted by how often, scaled to 0 (anchor) … 1 (bridge). Cluster means are means of statement means. A "
      "statement is in the go-zone when it is above the mean on both go-zone ratings. Pattern matches: Pearson r of "
      "cluster means.",
      "Groepsgewijze concept mapping volgens Trochim (1989), berekend met sterk " + version + ". Gelijkenis: het "
      "aantal sorteerders dat twee uitspraken op één stapel legde; ongelijkheid = sorteerders − gelijkenis. "
      "Tweedimensionale niet-metrische multidimensionale schaling (Kruskal 1964) met stress-1 en de primaire "
      "benadering van gelijke waarden (ties), vanuit de klassieke (Torgerson-)oplossing en vaste willekeurige starts; "
      "de laagste stress wordt bewaard. Ward-clustering (ward.D2, zoals hclust in R) op de kaart, afgekapt bij K. "
      "Bridging: de gemiddelde afstand op de kaart tot de uitspraken waarmee een uitspraak gesorteerd werd, gewogen "
      "naar hoe vaak, geschaald van 0 (anker) tot 1 (brug). Clustergemiddelden zijn gemiddelden van "
      "uitspraakgemiddelden. Een uitspraak staat in de go-zone als ze op beide go-zonebeoordelingen boven het "
      "gemiddelde ligt. Patroonvergelijkingen: Pearson r van clustergemiddelden.")));
}

void stress_part(const FigureContext& ctx, std::vector<ReportBlock>* out) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  out->push_back(ReportBlock::h(L.t("Stress and stability", "Stress en stabiliteit")));
  out->push_back(ReportBlock::p(
      L.t("Stress-1 of the map is ", "Stress-1 van de kaart is ") + L.fixed(a.mds.stress, 3) + ". " +
      L.t("In 69 concept-mapping studies Rosas and Kane (2012) found a mean stress of 0.28 (SD 0.04, 0.17 to 0.34); "
          "Kane and Trochim (2007) expect 95 % of studies between 0.205 and 0.365. ",
          "In 69 concept-mappingstudies vonden Rosas en Kane (2012) een gemiddelde stress van 0,28 (SD 0,04, van 0,17 "
          "tot 0,34); Kane en Trochim (2007) verwachten 95 % van de studies tussen 0,205 en 0,365. ") +
      verdict(a.mds.stress, L) + " " +
      L.t("sterk uses Kruskal's primary approach to ties (equal dissimilarities may take any order of distances), "
          "which gives a lower stress for the same map than the secondary approach; the norms come from other "
          "programs, so compare with some care.",
          "sterk gebruikt de primaire benadering van gelijke waarden van Kruskal (gelijke ongelijkheden mogen elke "
          "volgorde van afstanden krijgen); dat geeft bij dezelfde kaart een lagere stress dan de secundaire "
          "benadering. De normen komen uit andere programma's: vergelijk dus met enige voorzichtigheid.")));
  out->push_back(ReportBlock::p(
      L.t("Every start of the MDS, with the agreement of its clusters (Ward, cut at K) with those of the kept start "
          "(adjusted Rand index, ARI: 1 = the same clusters). Starts within 1 % of the lowest stress whose clusters "
          "agree by ARI below 0.8 mean that the data do not settle the clusters.",
          "Elke start van de MDS, met de overeenkomst van zijn clusters (Ward, afgekapt bij K) met die van de "
          "bewaarde start (adjusted Rand index, ARI: 1 = dezelfde clusters). Starts binnen 1 % van de laagste stress "
          "waarvan de clusters minder dan 0,8 overeenkomen, betekenen dat de gegevens de clusters niet vastleggen.")));
  Rows rows = {{"start", "stress-1", L.t("iterations", "iteraties"), "ARI"}};
  for (const auto& r : a.mds.runs)
    rows.push_back({r.start + (r.start == a.mds.best_start ? L.t(" (kept)", " (bewaard)") : ""), L.fixed(r.stress, 4),
                    std::to_string(r.iterations), L.fixed(r.ari, 2)});
  out->push_back(table({0.4, 0.2, 0.2, 0.2}, rows, 9));
  if (!a.mds.left_out.empty())
    out->push_back(ReportBlock::p(L.t("Never sorted with another statement, so left out of the map and the clusters: ",
                                      "Nooit met een andere uitspraak gesorteerd, dus niet op de kaart en in geen "
                                      "cluster: ") +
                                  list(a.mds.left_out, 1000) + "."));
}

void replay_part(const FigureContext& ctx, std::vector<ReportBlock>* out) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  out->push_back(ReportBlock::h(L.t("Choosing K: cluster replay", "K kiezen: clusters samenvoegen")));
  out->push_back(ReportBlock::p(
      L.t("How Ward's method merges the clusters from K + 5 down to K − 3 (K = ", "Hoe de methode van Ward de clusters "
          "samenvoegt van K + 5 tot K − 3 (K = ") + std::to_string(a.cluster_count) +
      L.t("), with the merge height and the mean silhouette width of the K before the merge. A large jump in height "
          "means that two distinct groups are joined. The silhouette is highest for K = ",
          "), met de hoogte van de samenvoeging en de gemiddelde silhouetbreedte bij de K vóór de samenvoeging. Een "
          "grote sprong in hoogte betekent dat twee duidelijk verschillende groepen samengaan. Het silhouet is het "
          "hoogst bij K = ") +
      std::to_string(a.suggested_k.k) +
      L.t(" (K = 2 is never suggested: two clusters nearly always score best and say little).",
          " (K = 2 wordt nooit voorgesteld: twee clusters scoren bijna altijd het best en zeggen weinig).")));
  std::map<int, double> sil;
  for (const auto& [k, s] : a.suggested_k.scores) sil[k] = s;
  Rows rows = {{L.t("clusters", "clusters"), L.t("merged", "samengevoegd"), L.t("height", "hoogte"), L.t("silhouette", "silhouet")}};
  for (const auto& step : cluster_replay(a, L.dutch))
    rows.push_back({std::to_string(step.from) + L.t(" to ", " naar ") + std::to_string(step.from - 1),
                    step.a + L.t("  and  ", "  met  ") + step.b,
                    L.fixed(step.height, 3), sil.count(step.from) ? L.fixed(sil[step.from], 3) : "–"});
  out->push_back(table({0.14, 0.6, 0.13, 0.13}, rows, 8));
}

std::string stat_cell(const FigureContext& ctx, const RatingStats& stats, size_t i, size_t k) {
  const fig::Lang& L = ctx.lang;
  std::string cell;
  auto keys = ctx.group_keys();
  for (size_t g = 0; g < keys.size(); ++g) {
    const RatingStat& s = stats[i][k][g];
    std::string name = g == 0 ? L.t("all", "alle") : ctx.group_label(keys[g]);
    if (name.size() > 14) name = name.substr(0, name.find(' ') == std::string::npos ? 14 : name.find(' '));
    while (!name.empty() && (name.back() == ',' || name.back() == ';')) name.pop_back();
    cell += (g ? "\n" : "") + name + " " + std::to_string(s.n) + ": " + (s.n ? L.fixed(s.mean, 2) : "–") +
            (s.n > 1 ? " (" + L.fixed(s.sd, 2) + ")" : "");
  }
  return cell;
}

void clusters_part(const FigureContext& ctx, const RatingStats& stats, std::vector<ReportBlock>* out) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  out->push_back(ReportBlock::h(L.t("The clusters", "De clusters")));
  out->push_back(ReportBlock::p(L.t("Per statement and rating: group, N raters: mean (standard deviation).",
                                    "Per uitspraak en beoordeling: groep, N beoordelaars: gemiddelde (standaardafwijking).")));
  for (const auto& c : a.clusters) {
    out->push_back(ReportBlock::h(c.label + " (" + std::to_string(c.statements.size()) + " " +
                                      L.t("statements", "uitspraken") + ", bridging " + L.fixed(c.bridging, 2) + ")",
                                  2));
    Rows rows = {{L.t("No.", "Nr."), L.t("Statement", "Uitspraak"), "bridging"}};
    for (const auto& r : ctx.study.ratings) rows[0].push_back(r.label);
    for (int id : c.statements) {
      int i = ctx.study.statement_index(id);
      const StatementResult* s = a.find_statement(id);
      if (i < 0 || !s) continue;
      std::vector<std::string> row = {std::to_string(id), ctx.study.statements[i].text, L.fixed(s->bridging, 2)};
      for (size_t k = 0; k < ctx.study.ratings.size(); ++k) row.push_back(stat_cell(ctx, stats, i, k));
      rows.push_back(row);
    }
    std::vector<double> widths = {0.06, 0.38, 0.1};
    for (size_t k = 0; k < ctx.study.ratings.size(); ++k) widths.push_back(0.46 / ctx.study.ratings.size());
    out->push_back(table(widths, rows, 7.5));
  }
}

void go_zone_part(const FigureContext& ctx, std::vector<ReportBlock>* out) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  if (a.go_zone_ratings.empty()) return;
  out->push_back(ReportBlock::h("Go-zones"));
  out->push_back(ReportBlock::p(L.t("Statements above the mean on both ", "Uitspraken boven het gemiddelde op zowel ") +
                                ctx.rating_label(a.go_zone_ratings[0]) + L.t(" and ", " als ") +
                                ctx.rating_label(a.go_zone_ratings.back()) + L.t(", per group.", ", per groep.")));
  for (const auto& g : ctx.group_keys()) {
    Rows rows = {{L.t("No.", "Nr."), L.t("Statement", "Uitspraak"), L.t("Cluster", "Cluster"),
                  ctx.rating_label(a.go_zone_ratings[0]), ctx.rating_label(a.go_zone_ratings.back())}};
    for (const auto& s : a.statements) {
      bool in = false;
      for (const auto& [key, v] : s.go_zone)
        if (key == g) in = v;
      if (!in) continue;
      double x = 0, y = 0;
      FigureContext::mean(s.ratings, a.go_zone_ratings[0], g, &x);
      FigureContext::mean(s.ratings, a.go_zone_ratings.back(), g, &y);
      const ClusterResult* c = a.find_cluster(s.cluster);
      int i = ctx.study.statement_index(s.id);
      rows.push_back({std::to_string(s.id), i >= 0 ? ctx.study.statements[i].text : "", c ? c->label : "",
                      L.fixed(x, 2), L.fixed(y, 2)});
    }
    out->push_back(ReportBlock::h(ctx.group_label(g) + " (" + std::to_string(rows.size() - 1) + " " +
                                      L.t("statements", "uitspraken") + ")",
                                  2));
    out->push_back(table({0.07, 0.5, 0.23, 0.1, 0.1}, rows, 7.5));
  }
}

void pattern_part(const FigureContext& ctx, std::vector<ReportBlock>* out) {
  const Analysis& a = ctx.a;
  const fig::Lang& L = ctx.lang;
  out->push_back(ReportBlock::h(L.t("Pattern matches", "Patroonvergelijkingen")));
  out->push_back(ReportBlock::p(L.t("Pearson r of the cluster means; n = raters in the group.",
                                    "Pearson r van de clustergemiddelden; n = beoordelaars in de groep.")));
  Rows rows = {{L.t("Rating or group", "Beoordeling of groep"), "A", "B", "r"}};
  auto n = [&](const std::string& g) { return " (n = " + std::to_string(ctx.raters.at(g)) + ")"; };
  for (const auto& p : a.pattern_match) {
    std::string r = p.defined ? L.fixed(p.r, 2) : "–";
    if (!p.rating.empty())
      rows.push_back({ctx.rating_label(p.rating), ctx.group_label(p.a) + n(p.a), ctx.group_label(p.b) + n(p.b), r});
    else
      rows.push_back({ctx.group_label(p.group) + n(p.group), ctx.rating_label(p.a), ctx.rating_label(p.b), r});
  }
  out->push_back(table({0.3, 0.3, 0.3, 0.1}, rows, 8.5));
}

}  // namespace

std::vector<ReplayStep> cluster_replay(const Analysis& a, bool dutch) {
  fig::Lang L;
  L.dutch = dutch;
  const auto& m = a.merge_tree;
  std::map<int, int> index_of;  // statement number (1-based) → index in a.statements
  for (size_t i = 0; i < a.statements.size(); ++i) index_of[static_cast<int>(i) + 1] = static_cast<int>(i);
  std::vector<std::vector<int>> members(m.size());
  auto side = [&](int k) {
    return k < 0 ? std::vector<int>{index_of[-k]} : members[k - 1];
  };
  const int leaves = static_cast<int>(m.size()) + 1, k = a.cluster_count;
  std::vector<ReplayStep> out;
  for (size_t s = 0; s < m.size(); ++s) {
    std::vector<int> sa = side(m[s].a), sb = side(m[s].b);
    members[s] = sa;
    members[s].insert(members[s].end(), sb.begin(), sb.end());
    int from = leaves - static_cast<int>(s);  // clusters before this merge
    if (from > k + 5 || from < std::max(2, k - 3)) continue;
    out.push_back({from, describe(a, sa, L), describe(a, sb, L), m[s].height});
  }
  return out;
}

bool write_analysis_report(const Analysis& a, const Study& study, const RatingStats& stats,
                           const ReportOptions& options, const std::string& path, std::string* err) {
  if (!register_project_fonts(options.fonts_dir, err)) return false;
  FigureContext ctx(a, study);
  const fig::Lang& L = ctx.lang;
  std::vector<ReportBlock> blocks;
  blocks.push_back(ReportBlock::h(L.t("Concept-mapping report: ", "Rapport concept mapping: ") + a.title));
  blocks.push_back(ReportBlock::p(L.t("Made by sterk ", "Gemaakt met sterk ") + options.version + ", " + options.date +
                                  ". " + L.t("Input digest ", "Kenmerk van de invoer ") + a.input_digest + "."));
  study_part(ctx, &blocks);
  method_part(ctx, options.version, &blocks);
  stress_part(ctx, &blocks);
  replay_part(ctx, &blocks);
  clusters_part(ctx, stats, &blocks);
  go_zone_part(ctx, &blocks);
  pattern_part(ctx, &blocks);
  blocks.push_back(ReportBlock::h(L.t("Figures", "Figuren")));
  for (const auto& f : analysis_figures(ctx)) {
    ReportBlock b;
    b.kind = ReportBlock::figure;
    b.text = f.title;
    b.draw = f.draw;
    blocks.push_back(std::move(b));
  }
  blocks.push_back(ReportBlock::h(L.t("References", "Literatuur"), 2));
  for (const char* r :
       {"Kane, M., & Trochim, W. M. K. (2007). Concept mapping for planning and evaluation. Thousand Oaks: Sage.",
        "Kruskal, J. B. (1964). Nonmetric multidimensional scaling: a numerical method. Psychometrika 29(2), 115–129.",
        "Rosas, S. R., & Kane, M. (2012). Quality and rigor of the concept mapping methodology: a pooled study "
        "analysis. Evaluation and Program Planning 35(2), 236–245.",
        "Trochim, W. M. K. (1989). An introduction to concept mapping for planning and evaluation. Evaluation and "
        "Program Planning 12(1), 1–16.",
        "Ward, J. H. (1963). Hierarchical grouping to optimize an objective function. JASA 58(301), 236–244."})
    blocks.push_back(ReportBlock::p(r, 8.5));
  ReportPage page;
  page.title = a.title;
  page.date = options.date;
  page.page_word = L.t("page", "pagina");
  page.of_word = L.t("of", "van");
  return write_report_pdf(blocks, page, path, err);
}

}  // namespace sterk
