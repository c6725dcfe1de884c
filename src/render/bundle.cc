#include "render/bundle.h"

#include <zip.h>

#include <cstdio>
#include <ctime>
#include <sstream>

#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {

namespace {

std::string mm(double v) { return format_number(v, 1) + " mm"; }

// A time that reads as `date` 00:00 in the local zone, which is how ZIP stores it.
time_t entry_time(const std::string& date) {
  std::tm tm{};
  if (std::sscanf(date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
    tm.tm_year = 2026, tm.tm_mon = 1, tm.tm_mday = 1;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  tm.tm_hour = 12;  // midday: no daylight-saving edge
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

}  // namespace

bool BundleDeck::has(const std::string& suffix) const {
  for (const auto& f : files)
    if (ends_with(f, suffix)) return true;
  return false;
}

std::string card_turn_edge(const BundleDeck& d) { return d.card_w_mm > d.card_h_mm ? "korte zijde" : "lange zijde"; }

std::string printer_readme(const BundleFacts& facts) {
  auto any = [&](const std::string& suffix) {
    for (const BundleDeck& d : facts.decks)
      if (d.has(suffix)) return true;
    return false;
  };
  bool print = any("-print.pdf"), cmyk = any("-print-cmyk.pdf"), sheets = any("-sheets-" + facts.paper + ".pdf");
  std::ostringstream r;
  r << facts.project << " - kaartensets voor: " << facts.audience << "\n"
    << "==========================================================\n\n"
    << "In deze zip staat per kaartenset een eigen map. Welk bestand waarvoor:\n\n"
    << "  drukinstructies.pdf   een A4 voor de drukker: bestanden, formaat, afloop, volgorde, papier\n";
  if (print) r << "  <set>-print.pdf       voor de drukker (RGB, een kaartzijde per pagina, TrimBox en BleedBox)\n";
  if (cmyk) r << "  <set>-print-cmyk.pdf  voor de drukker die CMYK vraagt: PDF/X-3, " << facts.cmyk_condition << "\n";
  if (sheets) r << "  <set>-sheets-*.pdf    om zelf te printen op kantoor: meerdere kaarten per vel\n";
  if (any("png/overview.png")) r << "  png/                  plaatjes van elke kaart (voor- en achterkant) en overview.png\n";
  if (any("index.html")) r << "  index.html            de kaarten als toegankelijke webpagina (werkt zonder internet)\n";
  r << "  manifest.json         lijst van alle bestanden met controlegetal (SHA-256)\n\n";
  for (const BundleDeck& d : facts.decks) {
    if (d.module) continue;  // listed below
    r << d.title << " (" << d.id << ")\n" << std::string(d.title.size() + d.id.size() + 3, '-') << "\n"
      << "  Aantal kaarten:   " << d.cards << " (" << 2 * d.cards << " pagina's in het drukbestand)\n"
      << "  Formaat (netto):  " << mm(d.card_w_mm) << " x " << mm(d.card_h_mm) << " (snijmaat, TrimBox)\n"
      << "  Afloop:           " << mm(d.bleed_mm) << " rondom (pagina = " << mm(d.card_w_mm + 2 * d.bleed_mm) << " x "
      << mm(d.card_h_mm + 2 * d.bleed_mm) << ", BleedBox)\n";
    if (d.round_corners) r << "  Hoeken:           afronden met " << mm(d.radius_mm) << " straal (na het snijden)\n";
    std::vector<std::string> files;
    for (const char* kind : {"-print.pdf", "-print-cmyk.pdf"})
      if (d.has(kind)) files.push_back(d.id + "/" + d.id + kind);
    r << "  Drukbestand:      " << (files.empty() ? "(niet in deze zip)" : join(files, ", ")) << "\n\n";
  }
  if (print || cmyk) {
    r << "Voor de drukker\n---------------\n"
      << "- Paginavolgorde: voorkant kaart 1, achterkant kaart 1, voorkant kaart 2, achterkant kaart 2, ...\n"
      << "  Elke kaart is dus een oneven pagina (voor) plus de even pagina erna (achter).\n";
    for (const BundleDeck& d : facts.decks)
      if (!d.module)
        r << "- " << d.id << ": voor- en achterkant staan allebei rechtop; de kaart draait om de "
        << card_turn_edge(d) << " (als een boekpagina).\n";
    r << "- Papier: 300-350 g/m2 mat of silk gestreken karton; eventueel matte laminaat voor\n"
      << "  kaarten die veel gebruikt worden. Kleuren zijn gekozen op contrast: niet verlichten.\n"
      << "- Snijden op de TrimBox; de afloop valt weg. Lettertypen zijn ingesloten.\n";
    if (cmyk) r << "- Zwarte tekst staat op 100% K (alleen de zwartplaat); totale inktdekking hoogstens 300%.\n";
    r << "\n";
  }
  if (sheets) {
    std::string edge = facts.sheets_long_edge ? "lange kant" : "korte kant";
    r << "Zelf printen op kantoor\n-----------------------\n"
      << "- Open <set>-sheets-" << facts.paper << ".pdf en print op ware grootte (100%, niet 'passend maken').\n"
      << "- Dubbelzijdig, omslaan langs de " << edge << ". Gebruik 200-250 g/m2 papier als de printer dat kan.\n"
      << "- Snijd langs de snijtekens"
      << (facts.sheets_bleed_mm > 0 ? " (elke kaart heeft " + mm(facts.sheets_bleed_mm) + " afloop rondom)" : "")
      << ". Vallen de achterkanten een beetje verschoven? Vraag wie\n"
      << "  deze set maakte om een testvel voor jouw printer.\n\n";
  }
  bool modules = false;
  for (const BundleDeck& d : facts.decks) modules = modules || d.module;
  if (modules) r << "Scholingsmodules (map modules/)\n------------------------------\n";
  for (const BundleDeck& d : facts.decks) {
    if (!d.module) continue;
    std::string id = d.id.substr(d.id.find('/') + 1);
    r << d.title << " (" << d.id << "/)\n"
      << "  " << id << "-gids.pdf        handleiding voor de trainers, A4, dubbelzijdig\n"
      << "  " << id << "-deelnemers.pdf  werkboek voor de deelnemers, "
      << (d.booklet ? "A5-boekje op A4: dubbelzijdig, omslaan langs de korte kant, vouwen en nieten\n"
                    : "A4, dubbelzijdig\n")
      << "  " << id << "-evaluatie.pdf   evaluatieformulier, een A4 per deelnemer\n";
  }
  if (modules) r << "\n";
  if (!facts.contact.empty()) r << "Contact\n-------\n" << facts.contact << "\n";
  return r.str();
}

bool plain_entry_name(const std::string& name) {
  if (name.empty() || name[0] == '/' || name.find('\\') != std::string::npos || name.find(':') != std::string::npos)
    return false;
  size_t start = 0;
  for (;;) {
    size_t slash = name.find('/', start);
    std::string part = name.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    for (unsigned char c : part)
      if (c < 0x20 || c == 0x7f) return false;
    if (slash == std::string::npos) return true;
    start = slash + 1;
  }
}

bool write_bundle(const std::string& zip_path, const std::string& out_dir, const std::vector<BundleDeck>& decks,
                  const std::string& readme, const std::string& job_sheet, const std::string& date,
                  std::string* err) {
  if (!make_dirs(path_dirname(zip_path), err)) return false;
  std::string tmp = zip_path + ".tmp";
  std::remove(tmp.c_str());
  int code = 0;
  zip_t* za = zip_open(tmp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!za) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, code);
    *err = tr("cannot write '{}': {}", zip_path, zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return false;
  }
  time_t when = entry_time(date);
  auto fail = [&](const std::string& what) {
    *err = tr("cannot write '{}': {}: {}", zip_path, what, zip_strerror(za));
    zip_discard(za);
    std::remove(tmp.c_str());
    return false;
  };
  auto add = [&](const std::string& name, zip_source_t* src) {
    // Whoever unpacks the set must not get a file outside its folder ("zip slip").
    if (!src || !plain_entry_name(name)) {
      if (src) zip_source_free(src);
      return false;
    }
    zip_int64_t i = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (i < 0) {
      zip_source_free(src);
      return false;
    }
    zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 9);
    zip_file_set_mtime(za, static_cast<zip_uint64_t>(i), when, 0);
    zip_file_set_external_attributes(za, static_cast<zip_uint64_t>(i), 0, ZIP_OPSYS_UNIX, 0100644u << 16);
    return true;
  };
  if (!add("README.txt", zip_source_buffer(za, readme.data(), readme.size(), 0))) return fail("README.txt");
  if (!job_sheet.empty() &&
      !add("drukinstructies.pdf", zip_source_buffer(za, job_sheet.data(), job_sheet.size(), 0)))
    return fail("drukinstructies.pdf");
  for (const BundleDeck& d : decks) {
    for (const std::string& f : d.files) {
      std::string path = path_join(path_join(out_dir, d.id), f);
      if (!file_exists(path)) return fail("'" + path + "' is missing");
      if (!add(d.id + "/" + f, zip_source_file(za, path.c_str(), 0, -1))) return fail(f);
    }
  }
  if (zip_close(za) != 0) return fail("closing");
  if (std::rename(tmp.c_str(), zip_path.c_str()) != 0) {
    *err = tr("cannot write '{}'", zip_path);
    return false;
  }
  return true;
}

}  // namespace sterk
