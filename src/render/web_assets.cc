#include "render/web_assets.h"

#include <nlohmann/json.hpp>

#include "util/text.h"

namespace sterk {

namespace {
std::string num(double v) { return format_number(v, 1); }

std::string css_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '<') continue;
    out += c;
  }
  return out + "\"";
}

// Screen layout. Sizes in rem so a phone's text-size setting still works.
const char* kScreen = R"(
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: var(--family), Verdana, Arial, sans-serif; font-size: var(--body);
  line-height: 1.5; color: var(--ink); background: var(--paper); overflow-wrap: break-word; }
img { max-width: 100%; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid var(--ink); outline-offset: 3px; }
.balk, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 clamp(0.625rem, 3vw, 1rem); }
.balk { padding-top: 0.75rem; }
.balk a { display: inline-flex; align-items: center; min-height: 44px; font-weight: bold; }
.voor { font-weight: bold; color: var(--accent); margin: 1.5rem 0 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
.ondertitel { font-size: 1.25rem; margin: 0 0 1rem; }
.inleiding { margin: 0 0 1rem; }
/* A sentence wraps only when it is wider than the line; then its lines are balanced. */
.zin { display: block; text-wrap: balance; }
.deck-pictogram { float: right; width: 4.5rem; height: 4.5rem; margin: 1.5rem 0 0.5rem 0.75rem; }
.thema { margin: 2rem 0; }
.thema > h2 { background: var(--theme); color: var(--theme-ink); font-size: 1.35rem; line-height: 1.3;
  padding: 0.5rem 0.75rem; border-radius: 0.5rem; margin: 0 0 0.75rem; }
.thema > p { margin: 0 0 0.75rem; }
.raster { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr)); }
.raster a { display: flex; flex-direction: column; align-items: center; justify-content: flex-start; gap: 0.5rem;
  height: 100%; min-height: 44px; padding: 0.75rem 0.5rem; text-align: center; font-weight: bold; line-height: 1.3;
  color: var(--ink); background: var(--paper); text-decoration: none; border: 2px solid var(--theme);
  border-top-width: 0.5rem; border-radius: 0.6rem; }
.raster a:hover { background: var(--tint); }
.raster a:hover span, .raster a:focus-visible span { text-decoration: underline; }
.raster img { width: 3.5rem; height: 3.5rem; padding: 0.2rem; background: #fff; border-radius: 0.4rem; }
.kant { border: 3px solid var(--theme); border-radius: 0.8rem; overflow: hidden; margin: 1rem 0; background: var(--paper); }
.kant-kop { background: var(--theme); color: var(--theme-ink); padding: 0.75rem 1rem; display: flex; gap: 0.75rem;
  align-items: center; }
.kant-kop .pictogram { width: 4.5rem; height: 4.5rem; flex: none; padding: 0.3rem; background: #fff; border-radius: 0.5rem; }
.themanaam { margin: 0; font-weight: bold; font-size: 1rem; }
.kant-kop h1 { margin: 0; font-size: 1.75rem; }
/* On a small phone the side margins give way to the text: at 320 px the sentence
   column is 268 px instead of 250 px ("Je leert elkaar beter kennen." is 250.4 px). */
.kant-inhoud { padding: 1rem clamp(0.75rem, 4vw, 1rem); }
.kant-inhoud > :first-child { margin-top: 0; }
.tekst { margin: 0 0 0.75rem; }
.kant h2 { font-size: 1.25rem; margin: 1rem 0 0.5rem; }
ul.tips { margin: 0; padding-left: 1.5rem; }
ul.tips li { margin: 0 0 0.5rem; }
.vraag { background: var(--tint); color: var(--ink); border-radius: 0.6rem; padding: 0.75rem clamp(0.75rem, 4vw, 1rem); margin: 1rem 0 0; }
.vraag h2 { font-size: 1rem; color: var(--muted); margin: 0 0 0.25rem; }
.vraag p { margin: 0; font-weight: bold; font-size: 1.3rem; line-height: 1.35; }
.citaat { margin: 1rem 0 0; padding: 0.75rem 1rem; background: var(--tint); border-radius: 0.6rem; }
.citaat h2 { font-size: 1rem; color: var(--muted); margin: 0 0 0.25rem; }
.citaat blockquote { margin: 0; }
.citaat figcaption { color: var(--muted); text-align: right; }
.bronnen { font-size: 1rem; color: var(--muted); }
.voorlezen { margin: 0.5rem 0; }
#lees-voor { font: inherit; font-weight: bold; min-height: 48px; min-width: 48px; padding: 0.5rem 1.5rem;
  border-radius: 2rem; border: 2px solid var(--accent); background: var(--accent); color: var(--paper); cursor: pointer; }
#lees-voor[hidden] { display: none; }
.wordt-voorgelezen { background: var(--mark); color: #000; border-radius: 0.2rem; box-shadow: 0 0 0 0.15rem var(--mark); }
.telling { color: var(--muted); font-weight: bold; margin: 0.5rem 0; }
.bladeren { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.5rem; margin: 1rem 0 2rem; }
.bladeren a { display: flex; align-items: center; justify-content: center; gap: 0.25rem; min-height: 3.5rem;
  padding: 0.5rem; font-size: 1rem; font-weight: bold; line-height: 1.2; text-align: center;
  border: 2px solid var(--accent); border-radius: 0.6rem; text-decoration: none; }
.bladeren a:hover { background: var(--tint); text-decoration: underline; }
.bladeren .volgende { grid-column: 3; }
.bladeren .overzicht { grid-column: 2; }
.bladeren .vorige { grid-column: 1; }
footer { color: var(--muted); padding-bottom: 2rem; font-size: 1rem; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media (prefers-contrast: more) {
  :root { --muted: var(--ink); --tint: var(--paper); }
  a { text-decoration: underline; }
  .kant, .raster a, .vraag { border: 3px solid var(--ink); }
  .kant-kop, .thema > h2 { border-bottom: 3px solid var(--ink); }
}
)";
}  // namespace

std::string web_stylesheet(const WebLook& l) {
  std::string css = "/* made by sterk from the deck's template: colours, fonts and print sizes */\n";
  for (const WebFont& f : l.fonts)
    css += "@font-face { font-family: " + css_string(f.family) + "; src: url(" + css_string(f.file) +
           ") format(\"truetype\"); font-weight: " + std::to_string(f.weight) +
           "; font-style: " + (f.italic ? "italic" : "normal") + "; font-display: swap; }\n";
  css += ":root { color-scheme: light dark; --family: " + css_string(l.family) + "; --ink: " + l.ink.hex() +
         "; --paper: " + l.paper.hex() + "; --accent: " + l.accent.hex() + "; --tint: " + l.tint.hex() +
         "; --muted: " + l.muted.hex() + "; --mark: #ffe066; --theme: " + l.accent.hex() +
         "; --theme-ink: " + l.paper.hex() + "; --body: " + (l.easy_read ? "1.25rem" : "1.125rem") + "; }\n";
  css += "@media (prefers-color-scheme: dark) { :root { --ink: #f2f2f2; --paper: #121212; --tint: #262626; "
         "--muted: #c8c8c8; --accent: " + l.dark_accent.hex() + "; } }\n";
  css += "@media (prefers-color-scheme: dark) and (prefers-contrast: more) { :root { --ink: #ffffff; --paper: #000000; } }\n";
  css += kScreen;
  // Printing a card page gives the card itself: its size, its margin, its type sizes.
  css += "@page kaart { size: " + num(l.card_w_mm) + "mm " + num(l.card_h_mm) + "mm; margin: " + num(l.safe_mm) + "mm; }\n";
  css += "@media print {\n"
         "  :root { --ink: #000000; --paper: #ffffff; }\n"
         "  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
         "  body { font-size: " + num(l.body_pt) + "pt; line-height: 1.4; background: #fff; color: #000; }\n"
         "  .balk, .bladeren, .voorlezen, .telling, footer { display: none; }\n"
         "  main { max-width: none; padding: 0; }\n"
         "  .kaart { page: kaart; }\n"
         "  .kant { border: none; border-radius: 0; margin: 0; break-inside: avoid; }\n"
         "  .kant + .kant { break-before: page; }\n"
         "  .kant-kop h1 { font-size: " + num(l.title_pt) + "pt; }\n"
         "  .themanaam, .vraag h2 { font-size: " + num(l.label_pt) + "pt; }\n"
         "  .vraag p { font-size: " + num(l.question_pt) + "pt; }\n"
         "  .raster { display: block; }\n"
         "  .raster li { break-inside: avoid; margin: 0 0 4pt; }\n"
         "  .raster a { flex-direction: row; border-width: 1pt; }\n"
         "  a { color: #000; text-decoration: none; }\n"
         "}\n";
  return css;
}

std::string web_script() {
  return R"(// sterk web deck: arrow keys and swipe between cards, "Lees voor" (read aloud)
// with the browser's speech synthesis, and offline use. The pages work without it.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script && script.src ? script.src.replace(/sterk\.js([?#].*)?$/, "") : "";

  if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register(root + "sw.js").catch(function () {});
  }

  function go(rel) {
    var link = document.querySelector('a[rel~="' + rel + '"]');
    if (link) location.href = link.href;
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === "ArrowLeft") go("prev");
    else if (e.key === "ArrowRight") go("next");
  });
  var startX = null, startY = null;
  document.addEventListener("touchstart", function (e) {
    if (e.touches.length !== 1) { startX = null; return; }
    startX = e.touches[0].clientX;
    startY = e.touches[0].clientY;
  }, { passive: true });
  document.addEventListener("touchend", function (e) {
    if (startX === null || !e.changedTouches.length) return;
    var dx = e.changedTouches[0].clientX - startX, dy = e.changedTouches[0].clientY - startY;
    startX = null;
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) go(dx < 0 ? "next" : "prev");
  }, { passive: true });

  var button = document.getElementById("lees-voor");
  var synth = window.speechSynthesis;
  if (!button || !synth || typeof window.SpeechSynthesisUtterance !== "function") return;
  var lang = document.documentElement.lang || "nl";
  var startLabel = button.textContent, stopLabel = button.getAttribute("data-stop") || "Stop";
  var reading = false;
  function unmark() {
    var marked = document.querySelectorAll(".wordt-voorgelezen");
    for (var i = 0; i < marked.length; i++) marked[i].classList.remove("wordt-voorgelezen");
  }
  function stop() {
    reading = false;
    synth.cancel();
    unmark();
    button.textContent = startLabel;
  }
  function voice() {
    var voices = synth.getVoices ? synth.getVoices() : [];
    for (var i = 0; i < voices.length; i++)
      if (voices[i].lang && voices[i].lang.toLowerCase().indexOf(lang.toLowerCase()) === 0) return voices[i];
    return null;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    if (reading) { stop(); return; }
    var parts = document.querySelectorAll("[data-lees]");
    if (!parts.length) return;
    synth.cancel();
    reading = true;
    button.textContent = stopLabel;
    var v = voice();
    Array.prototype.forEach.call(parts, function (el, i) {
      var u = new SpeechSynthesisUtterance(el.textContent.replace(/\s+/g, " ").trim());
      u.lang = lang;
      if (v) u.voice = v;
      u.onstart = function () { unmark(); if (reading) el.classList.add("wordt-voorgelezen"); };
      u.onend = function () {
        el.classList.remove("wordt-voorgelezen");
        if (i === parts.length - 1 && reading) stop();
      };
      u.onerror = u.onend;
      synth.speak(u);
    });
  });
  window.addEventListener("pagehide", function () { if (reading) stop(); });
})();
)";
}

std::string web_service_worker(const std::string& deck_id, const std::string& version,
                               const std::vector<std::string>& files) {
  nlohmann::json list = files;
  std::string prefix = "sterk-" + deck_id + "-";
  return "// sterk web deck: keeps the deck's pages on the phone for use without internet.\n"
         "var PREFIX = " + nlohmann::json(prefix).dump() + ";\n"
         "var CACHE = PREFIX + " + nlohmann::json(version).dump() + ";\n"
         "var FILES = " + list.dump() + ";\n" +
         R"(self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener("fetch", function (e) {
  if (e.request.method !== "GET") return;
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then(function (hit) {
    return hit || fetch(e.request);
  }));
});
)";
}

std::string web_app_manifest(const std::string& name, const std::string& short_name, const std::string& lang,
                             const Colour& theme, const Colour& background) {
  nlohmann::ordered_json m;
  m["name"] = name;
  m["short_name"] = short_name;
  m["lang"] = lang;
  m["start_url"] = "index.html";
  m["scope"] = "./";
  m["display"] = "standalone";
  m["theme_color"] = theme.hex();
  m["background_color"] = background.hex();
  m["icons"] = nlohmann::json::array({{{"src", "favicon.svg"}, {"sizes", "any"}, {"type", "image/svg+xml"},
                                       {"purpose", "any"}}});
  return m.dump(2) + "\n";
}

std::string web_favicon(const Colour& accent, const Colour& paper) {
  // A card on the audience colour: no text, so no font is needed.
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
         "<rect width=\"64\" height=\"64\" rx=\"14\" fill=\"" + accent.hex() + "\"/>"
         "<rect x=\"17\" y=\"10\" width=\"30\" height=\"44\" rx=\"4\" fill=\"" + paper.hex() + "\"/>"
         "<rect x=\"17\" y=\"10\" width=\"30\" height=\"12\" rx=\"4\" fill=\"" + accent.hex() + "\" fill-opacity=\"0.55\"/>"
         "<rect x=\"22\" y=\"29\" width=\"20\" height=\"3\" rx=\"1.5\" fill=\"" + accent.hex() + "\"/>"
         "<rect x=\"22\" y=\"36\" width=\"16\" height=\"3\" rx=\"1.5\" fill=\"" + accent.hex() + "\"/>"
         "</svg>\n";
}

}  // namespace sterk
