#include "load/template_loader.h"

#include <dirent.h>

#include <algorithm>
#include <set>

#include "load/ids.h"
#include "load/map_reader.h"
#include "util/files.h"
#include "util/text.h"
#include "util/messages.h"

namespace sterk {
namespace {

std::vector<std::string> template_names(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (ends_with(n, ".yaml")) names.push_back(n.substr(0, n.size() - 5));
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool read_colour_ref(const YamlNode& n, const std::string& key, Colour* out, Diagnostics* diags) {
  if (n.is_scalar() && parse_colour(n.text.value, out)) return true;
  diags->error(n.at, "template/colour",
               tr("'{}' must be a colour like \"#1a5fb4\" (in quotes), not '{}'", key, n.text.value));
  return false;
}

void read_fonts(const YamlNode& n, Template* t, Diagnostics* diags) {
  if (!expect_map(n, "'fonts'", diags)) return;
  for (const auto& entry : n.entries) {
    // Named references, not a structured binding: the lambda below captures them (clang).
    const LocatedText& key = entry.first;
    const YamlNode& value = entry.second;
    if (!expect_map(value, tr("font '{}'", key.value), diags)) continue;
    FontStyle f = t->fonts.count(key.value) ? t->fonts[key.value] : FontStyle{};
    f.name = key.value;
    f.at = value.at;
    MapReader r(value, tr("font '{}'", key.value), diags);
    if (r.string("family", &f.family)) f.family_at = value.find("family")->at;
    LocatedText w;
    if (r.choice("weight", {"regular", "bold"}, &w)) f.weight = w.value;
    std::string sz;
    auto read_pt = [&](const char* k, double* out) {
      if (!r.string(k, &sz)) return;
      Length l;
      std::string err;
      if (!parse_length(sz, &l, &err) || l.unit == Length::percent) {
        diags->error(value.find(k)->at, "template/length",
                     tr("'{}' of font '{}' must be a size like 14pt", k, key.value));
        return;
      }
      *out = l.to_pt(0);
    };
    read_pt("size", &f.size_pt);
    read_pt("min", &f.min_pt);
    r.number("line_spacing", &f.line_spacing);
    r.finish();
    if (f.min_pt > f.size_pt)
      diags->error(value.at, "template/font-size",
                   tr("font '{}' has a minimum size larger than its size", key.value));
    if (f.line_spacing < 0.8 || f.line_spacing > 3)
      diags->error(value.at, "template/font-size",
                   tr("line_spacing of font '{}' must be between 0.8 and 3", key.value));
    t->fonts[key.value] = f;
  }
}

void read_colours(const YamlNode& n, Template* t, Diagnostics* diags) {
  if (!expect_map(n, "'colours'", diags)) return;
  for (const auto& [key, value] : n.entries) {
    if (key.value == "audience") {
      if (!expect_map(value, "'colours: audience'", diags)) continue;
      for (const auto& [aud, c] : value.entries) {
        const auto& ids = audience_ids();
        if (std::find(ids.begin(), ids.end(), aud.value) == ids.end()) {
          std::string hint = did_you_mean(aud.value, ids);
          diags->error(aud.at, "load/unknown-audience",
                       hint.empty() ? tr("'{}' is not an audience ({})", aud.value, join(ids, ", "))
                                    : tr("'{}' is not an audience; did you mean '{}'?", aud.value, hint));
          continue;
        }
        Colour col;
        if (read_colour_ref(c, aud.value, &col, diags)) {
          t->audience_colours[aud.value] = col;
          t->colour_at["audience." + aud.value] = c.at;
        }
      }
    } else if (key.value == "clusters") {
      if (!value.is_sequence()) {
        diags->error(value.at, "load/type", tr("'colours: clusters' must be a list of colours"));
        continue;
      }
      t->cluster_palette.clear();
      for (const auto& c : value.items) {
        Colour col;
        if (!read_colour_ref(c, "clusters", &col, diags)) continue;
        t->colour_at["clusters." + std::to_string(t->cluster_palette.size())] = c.at;
        t->cluster_palette.push_back(col);
      }
    } else {
      Colour col;
      if (read_colour_ref(value, key.value, &col, diags)) {
        t->colours[key.value] = col;
        t->colour_at[key.value] = value.at;
      }
    }
  }
}

void read_box(const YamlNode& n, Element* e, Diagnostics* diags) {
  if (!n.is_sequence() || n.items.size() != 4) {
    diags->error(n.at, "template/box",
                 tr("'box' of element '{}' must be [x, y, width, height], e.g. [0mm, 10%, 100%, 20mm]", e->name));
    return;
  }
  for (int i = 0; i < 4; ++i) {
    std::string err;
    if (!parse_length(n.items[i].text.value, &e->box[i], &err))
      diags->error(n.items[i].at, "template/length", err);
  }
}

Element read_element(const YamlNode& n, const std::string& where, Diagnostics* diags) {
  Element e;
  e.at = n.at;
  for (const auto& [key, value] : n.entries) e.key_at[key.value] = value.at;
  if (const YamlNode* nm = n.find("name"); nm && nm->is_scalar()) e.name = nm->text.value;
  MapReader r(n, tr("element '{}' ({})", e.name, where), diags);
  r.string("name", &e.name, true);
  LocatedText type;
  bool typed = r.choice("type", element_type_names(), &type, true);
  if (typed) {
    const auto& names = element_type_names();
    e.type = static_cast<ElementType>(std::find(names.begin(), names.end(), type.value) - names.begin());
  }
  if (e.type == ElementType::rect) e.area = "trim";
  if (const YamlNode* b = r.get("box", true)) read_box(*b, &e, diags);
  LocatedText area;
  if (r.choice("area", {"trim", "safe"}, &area)) e.area = area.value;
  r.boolean("bleed", &e.bleed);
  r.string("fill", &e.fill);
  r.string("colour", &e.colour);
  std::string radius;
  if (r.string("radius", &radius)) {
    Length l;
    std::string err;
    if (parse_length(radius, &l, &err) && l.unit != Length::percent) e.radius_mm = l.to_pt(0) * 25.4 / 72.0;
    else diags->error(n.find("radius")->at, "template/length", tr("'radius' of element '{}' must be a length like 3mm", e.name));
  }
  // Type-specific keys are only required once the type is known (no follow-on errors).
  r.string("text", &e.text, typed && (e.type == ElementType::text || e.type == ElementType::qr));
  r.string("items", &e.items, typed && e.type == ElementType::list);
  r.string("bullet", &e.bullet);
  r.string("font", &e.font);
  LocatedText al;
  if (r.choice("align", {"left", "center", "right"}, &al)) e.align = al.value;
  if (r.choice("valign", {"top", "middle", "bottom"}, &al)) e.valign = al.value;
  if (r.choice("lines", {"wrap", "phrases"}, &al)) e.lines = al.value;
  r.string("pictogram", &e.pictogram, typed && e.type == ElementType::pictogram);
  r.number("stroke_width", &e.stroke_width);
  r.string("file", &e.file, typed && e.type == ElementType::image);
  r.string("when", &e.when);
  r.allow("remove");
  r.finish();
  if (e.type == ElementType::rect && e.fill.empty())
    diags->error(n.at, "load/missing-key", tr("rect element '{}' needs the key 'fill'", e.name));
  return e;
}

void read_side(const YamlNode& n, const std::string& where, std::vector<Element>* out, Diagnostics* diags) {
  if (!n.is_sequence()) {
    diags->error(n.at, "load/type", tr("'{}' must be a list of elements", where));
    return;
  }
  for (const auto& item : n.items) {
    if (!expect_map(item, tr("an element"), diags)) continue;
    if (const YamlNode* rm = item.find("remove"); rm && rm->text.value == "true") continue;
    out->push_back(read_element(item, where, diags));
  }
}

void read_kinds(const YamlNode& n, Template* t, Diagnostics* diags) {
  if (!expect_map(n, "'cards'", diags)) return;
  for (const auto& [key, value] : n.entries) {
    const auto& kinds = card_kind_names();
    auto it = std::find(kinds.begin(), kinds.end(), key.value);
    if (it == kinds.end()) {
      std::string hint = did_you_mean(key.value, kinds);
      diags->warning(key.at, "load/unknown-key",
                     hint.empty() ? tr("unknown card kind '{}' in 'cards' is ignored", key.value)
                                  : tr("unknown card kind '{}' in 'cards' is ignored; did you mean '{}'?", key.value, hint));
      continue;
    }
    CardKind kind = static_cast<CardKind>(it - kinds.begin());
    if (!expect_map(value, "'cards: " + key.value + "'", diags)) continue;
    MapReader r(value, "'cards: " + key.value + "'", diags);
    SideLayout side;
    if (const YamlNode* f = r.get("front")) read_side(*f, key.value + " front", &side.front, diags);
    if (const YamlNode* b = r.get("back")) read_side(*b, key.value + " back", &side.back, diags);
    r.finish();
    t->kinds[kind] = std::move(side);
  }
}

// Every reference from an element to a font or colour must resolve.
void check_references(const Template& t, Diagnostics* diags) {
  std::vector<std::string> font_names, colour_names = {"audience", "cluster"};
  for (const auto& [k, v] : t.fonts) font_names.push_back(k);
  for (const auto& [k, v] : t.colours) colour_names.push_back(k);
  auto check_colour = [&](const Element& e, const std::string& ref, const char* key) {
    if (ref.empty()) return;
    Colour c;
    if (parse_colour(ref, &c) || std::find(colour_names.begin(), colour_names.end(), ref) != colour_names.end())
      return;
    std::string hint = did_you_mean(ref, colour_names);
    diags->error(e.where(key), "template/colour",
                 hint.empty() ? tr("'{}' of element '{}' is '{}', which is neither a colour like \"#1a5fb4\" nor one of the "
                                  "template's colours", key, e.name, ref)
                               : tr("'{}' of element '{}' is '{}', which is neither a colour like \"#1a5fb4\" nor one of the "
                                  "template's colours; did you mean '{}'?", key, e.name, ref, hint));
  };
  for (const auto& [kind, side] : t.kinds) {
    for (const auto* list : {&side.front, &side.back}) {
      for (const auto& e : *list) {
        check_colour(e, e.fill, "fill");
        check_colour(e, e.colour, "colour");
        if ((e.type == ElementType::text || e.type == ElementType::list) && !t.fonts.count(e.font)) {
          std::string hint = did_you_mean(e.font, font_names);
          diags->error(e.where("font"), "template/font",
                       hint.empty() ? tr("element '{}' uses font '{}', which the template does not define", e.name, e.font)
                                    : tr("element '{}' uses font '{}', which the template does not define; did you mean '{}'?",
                                         e.name, e.font, hint));
        }
      }
    }
  }
}

// A box that lies (partly) outside the page is found here, without any card, so
// an element a deck does not use yet is reported too. Layout says the same again
// with the same words and place, which the diagnostics list shows once.
void check_boxes(const Template& t, Diagnostics* diags) {
  const double pt = 72.0 / 25.4;
  const double bleed = t.bleed_mm * pt, safe = t.safe_mm * pt;
  const double w = t.width_mm * pt, h = t.height_mm * pt;
  for (const auto& [kind, side] : t.kinds) {
    for (const auto* list : {&side.front, &side.back}) {
      for (const auto& e : *list) {
        bool trim = e.area == "trim";
        double ax = trim ? bleed : bleed + safe, ay = ax;
        double aw = trim ? w : w - 2 * safe, ah = trim ? h : h - 2 * safe;
        double x = ax + e.box[0].to_pt(aw), y = ay + e.box[1].to_pt(ah);
        double bw = e.box[2].to_pt(aw), bh = e.box[3].to_pt(ah);
        const double tol = 0.5;
        if (x < -tol || y < -tol || x + bw > w + 2 * bleed + tol || y + bh > h + 2 * bleed + tol)
          diags->error(e.where("box"), "template/box-outside",
                       tr("the box of element '{}' lies outside the card", e.name));
      }
    }
  }
}

}  // namespace

bool read_template(const YamlNode& root, Template* t, Diagnostics* diags) {
  int before = diags->error_count();
  if (!expect_map(root, tr("a template file"), diags)) return false;
  t->at = root.at;
  MapReader r(root, tr("the template"), diags);
  r.allow("extends");
  r.string("name", &t->name);
  LocatedText rules;
  if (r.choice("rules", {"easy-read", "plain"}, &rules)) t->rules = rules.value;
  LocatedText lines;
  if (r.choice("lines", {"wrap", "phrases"}, &lines)) t->lines = lines.value;
  if (const YamlNode* card = r.get("card")) {
    if (expect_map(*card, "'card'", diags)) {
      MapReader c(*card, "'card'", diags);
      auto mm = [&](const char* key, double* out) {
        std::string s;
        if (!c.string(key, &s)) return;
        Length l;
        std::string err;
        if (!parse_length(s, &l, &err) || l.unit == Length::percent) {
          diags->error(card->find(key)->at, "template/length",
                       tr("'{}' of the card must be a length in mm or pt, like 105mm", key));
          return;
        }
        *out = l.to_pt(0) * 25.4 / 72.0;
      };
      mm("width", &t->width_mm);
      mm("height", &t->height_mm);
      mm("bleed", &t->bleed_mm);
      mm("safe", &t->safe_mm);
      mm("radius", &t->radius_mm);
      c.boolean("round_corners", &t->round_corners);
      c.finish();
      if (t->width_mm < 20 || t->height_mm < 20 || t->width_mm > 500 || t->height_mm > 500)
        diags->error(card->at, "template/card-size", tr("the card must be between 20 mm and 500 mm wide and high"));
      if (t->safe_mm * 2 >= std::min(t->width_mm, t->height_mm))
        diags->error(card->at, "template/card-size", tr("the safe margin leaves no room on the card"));
    }
  }
  if (const YamlNode* f = r.get("fonts")) read_fonts(*f, t, diags);
  const YamlNode* colours = r.get("colours");
  if (colours) read_colours(*colours, t, diags);
  for (const char* needed : {"ink", "paper"})
    if (!t->colours.count(needed) && !(colours && colours->find(needed)))
      diags->error(colours ? colours->at : root.at, "template/colour",
                   tr("the template needs the colour '{}' in 'colours'", needed));
  r.boolean("dividers", &t->dividers);
  if (const YamlNode* k = r.get("cards")) read_kinds(*k, t, diags);
  r.finish();
  check_references(*t, diags);
  check_boxes(*t, diags);
  return diags->error_count() == before;
}

bool load_template(const std::string& dir, const std::string& name, const Location& from, Template* t,
                   Diagnostics* diags) {
  std::vector<YamlNode> chain;  // most derived first
  std::vector<std::string> files;
  std::set<std::string> seen;
  std::string current = name;
  Location ref = from;
  while (!current.empty()) {
    std::string path = path_join(dir, current + ".yaml");
    if (current.find('/') != std::string::npos || current.find("..") != std::string::npos ||
        !file_exists(path)) {
      std::vector<std::string> names = template_names(dir);
      std::string hint = did_you_mean(current, names);
      diags->error(ref, "load/unknown-template",
                   !hint.empty()    ? tr("there is no template '{}' in {}; did you mean '{}'?", current, dir, hint)
                   : names.empty() ? tr("there is no template '{}' in {}", current, dir)
                                   : tr("there is no template '{}' in {} ({})", current, dir, join(names, ", ")));
      return false;
    }
    if (!seen.insert(current).second) {
      diags->error(ref, "template/extends-cycle", tr("template '{}' extends itself in a loop", current));
      return false;
    }
    if (!path_inside(path, dir)) {
      diags->error(ref, "preflight/path",
                   tr("template '{}' is a link to a file outside {}; copy the template in", current, dir));
      return false;
    }
    YamlNode root;
    if (!load_yaml_file(path, &root, diags)) return false;
    files.push_back(path);
    std::string parent;
    if (const YamlNode* e = root.find("extends")) {
      if (!check_id(e->text, "template", diags)) return false;
      parent = e->text.value;
      ref = e->at;
    }
    chain.push_back(std::move(root));
    current = parent;
  }
  YamlNode merged = chain.back();
  for (int i = static_cast<int>(chain.size()) - 2; i >= 0; --i) merge_yaml(&merged, chain[i]);
  t->name = name;
  t->file = files.front();
  t->chain.assign(files.rbegin(), files.rend());
  return read_template(merged, t, diags);
}

}  // namespace sterk
