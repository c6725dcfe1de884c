// Checks built web decks in headless Chromium (playwright-core, Debian's chromium):
//  - axe-core: 0 violations on the overview and on every card page of every deck given,
//    at 320, 768 and 1280 px (each page is loaded once at 320 px and then widened, as a
//    phone turned sideways would be; axe is injected once per load);
//  - document.fonts has the deck's font (Atkinson Hyperlegible) loaded;
//  - no horizontal scrolling at 320 px;
//  - easy-read: every sentence that fits the line width is on one line (Range rects),
//    at each of the three widths;
//  - keyboard only: overview -> first card -> next card (Tab + Enter), and the arrow key;
//  - "Lees voor": speechSynthesis.speak is called with lang nl (the API is stubbed),
//    the button is hidden without speech synthesis and without JavaScript;
//  - offline: served over http once, the service worker keeps the pages; offline, a card
//    page that was never opened still loads.
// The keyboard walk, "Lees voor" and offline use are checked on the first deck given.
// usage: node web_check.mjs CHROMIUM DECK_DIR...
// Prints one line per problem; exit 0 when there is none, 1 when there are, 2 when it could not run.
import { chromium } from "playwright-core";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const executablePath = args.shift();
const decks = args;
if (!executablePath || decks.length === 0) {
  console.error("usage: web_check.mjs CHROMIUM DECK_DIR...");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");
const WIDTHS = [320, 768, 1280];
const FONT = "Atkinson Hyperlegible";
let problems = 0, checked = 0;
const problem = (where, what) => { problems++; console.log(`${where}: ${what}`); };
const url = (file) => pathToFileURL(resolve(file)).href;

function pages(deck) {
  const cards = existsSync(join(deck, "kaart")) ? readdirSync(join(deck, "kaart")).filter((f) => f.endsWith(".html")).sort() : [];
  return [join(deck, "index.html"), ...cards.map((f) => join(deck, "kaart", f))];
}

// axe-core is in every document of the main context (addInitScript), so a page load
// evaluates it once and the three widths reuse it.
async function axe(page, where) {
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ["violations"] });
    return res.violations.map((v) => `${v.impact}: ${v.help} [${v.id}] at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
  for (const v of r) problem(where, "axe: " + v);
}

// Layout checks that need the page at its width.
async function layout(page, where, width) {
  const r = await page.evaluate(async (family) => {
    await document.fonts.ready;
    const out = { scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, font: false, wrapped: [], sentences: 0 };
    document.fonts.forEach((f) => { if (f.family.replace(/"/g, "") === family && f.status === "loaded") out.font = true; });
    for (const el of document.querySelectorAll(".makkelijk-lezen .zin, .overzichtpagina .zin")) {
      out.sentences++;
      const box = el.parentElement.getBoundingClientRect();
      const cs = getComputedStyle(el.parentElement);
      const room = box.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(el);
      const saved = el.style.whiteSpace;
      el.style.whiteSpace = "nowrap";
      const natural = range.getBoundingClientRect().width;
      el.style.whiteSpace = saved;
      // Chromium lays text out in LayoutUnits of 1/64 px, and both widths are whole
      // LayoutUnits. A line holds its text up to one LayoutUnit of overflow: measured on
      // every sentence of the jongere deck at 320 px, each stays on one line in a box
      // natural - 1/64 px wide and wraps in anything narrower (docs/publishing.md). So
      // a sentence with natural <= room + 1/64 fits, and a wrap there is a real one.
      if (natural > room + 1 / 64 + 1e-9) continue;  // does not fit: it may wrap
      const tops = new Set();
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
      if (tops.size > 1) out.wrapped.push(el.textContent);
    }
    return out;
  }, FONT);
  if (width === 320 && r.scroll > 0) problem(where, `scrolls sideways by ${r.scroll} px at 320 px`);
  if (!r.font) problem(where, `${FONT} is not loaded (document.fonts) at ${width} px`);
  for (const s of r.wrapped) problem(where, `sentence fits the line but wraps at ${width} px: "${s}"`);
  return r.sentences;
}

async function keyboardWalk(context, deck) {
  const page = await context.newPage();
  const where = join(deck, "index.html") + " (keyboard)";
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url(join(deck, "index.html")));
  const tabTo = async (test, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(test)) return true;
    }
    return false;
  };
  if (!(await tabTo(() => /kaart\/[^/]+\.html$/.test(document.activeElement.getAttribute("href") || "")))) {
    problem(where, "Tab never reaches a card link");
    return page.close();
  }
  const first = await page.evaluate(() => document.activeElement.href);
  await Promise.all([page.waitForURL(first), page.keyboard.press("Enter")]);
  if (!(await tabTo(() => document.activeElement.getAttribute("rel") === "next"))) {
    problem(where, "Tab never reaches the 'next card' link on " + first);
    return page.close();
  }
  const next = await page.evaluate(() => document.activeElement.href);
  await Promise.all([page.waitForURL(next), page.keyboard.press("Enter")]);
  if (page.url() !== next) problem(where, `Enter on 'next' went to ${page.url()}, not ${next}`);
  // With JavaScript the arrow keys move too.
  const back = await page.evaluate(() => document.querySelector('a[rel~="prev"]').href);
  await Promise.all([page.waitForURL(back), page.keyboard.press("ArrowLeft")]);
  if (page.url() !== first) problem(where, `ArrowLeft went to ${page.url()}, not back to ${first}`);
  checked++;
  await page.close();
}

const SPEECH_STUB = () => {
  window.__spoken = [];
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; };
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: {
      speak(u) {
        window.__spoken.push({ text: u.text, lang: u.lang });
        setTimeout(() => { if (u.onstart) u.onstart(); window.__marked = (window.__marked || 0) + document.querySelectorAll(".wordt-voorgelezen").length; }, 0);
      },
      cancel() {}, getVoices() { return []; },
    },
  });
};

async function speech(browser, deck) {
  const card = pages(deck)[1];
  if (!card) return;
  const where = card + " (Lees voor)";
  const ctx = await browser.newContext();
  await ctx.addInitScript(SPEECH_STUB);
  const page = await ctx.newPage();
  await page.goto(url(card));
  const button = page.locator("#lees-voor");
  if (!(await button.isVisible())) problem(where, "the button is hidden although speech synthesis is there");
  else {
    await button.click();
    await page.waitForTimeout(50);
    const spoken = await page.evaluate(() => window.__spoken);
    const lang = await page.evaluate(() => document.documentElement.lang);
    const title = (await page.locator("h1").textContent()).trim();
    if (spoken.length === 0) problem(where, "speechSynthesis.speak was not called");
    for (const s of spoken) if (s.lang !== "nl" || s.lang !== lang) problem(where, `spoke "${s.text}" with lang "${s.lang}", not nl`);
    if (spoken.length && spoken[0].text !== title) problem(where, `reads "${spoken[0].text}" first, not the title "${title}"`);
    if (!(await page.evaluate(() => window.__marked > 0))) problem(where, "nothing is highlighted while it is read");
  }
  await ctx.close();
  // Without speech synthesis, and without JavaScript, there is no button.
  const none = await browser.newContext();
  await none.addInitScript(() => { delete window.speechSynthesis; delete window.SpeechSynthesisUtterance; });
  const p2 = await none.newPage();
  await p2.goto(url(card));
  if (await p2.locator("#lees-voor").isVisible()) problem(where, "the button shows without speech synthesis");
  await none.close();
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  const p3 = await nojs.newPage();
  await p3.goto(url(card));
  if (await p3.locator("#lees-voor").isVisible()) problem(where, "the button shows without JavaScript");
  if ((await p3.locator('a[href="../index.html"]').count()) === 0) problem(where, "no link to the overview without JavaScript");
  await nojs.close();
  checked++;
}

// Serves one deck folder on 127.0.0.1 (service workers need http, not file:).
function serve(dir) {
  const types = { html: "text/html", css: "text/css", js: "text/javascript", svg: "image/svg+xml",
    ttf: "font/ttf", webmanifest: "application/manifest+json", json: "application/json", png: "image/png" };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = join(dir, path);
    if (!file.startsWith(resolve(dir)) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": types[file.split(".").pop()] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

async function offline(browser, deck) {
  const server = await serve(resolve(deck));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const where = deck + " (offline)";
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + "index.html");
  const ready = await page.evaluate(async () => {
    const reg = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(() => r(null), 10000))]);
    if (!reg) return false;
    for (let i = 0; i < 100 && !(reg.active && reg.active.state === "activated"); i++) await new Promise((r) => setTimeout(r, 100));
    return !!(reg.active && reg.active.state === "activated");
  });
  if (!ready) problem(where, "the service worker did not install");
  const last = pages(deck).slice(-1)[0].slice(deck.length + 1);
  // close() alone waits for the browser's keep-alive connections, which may never end.
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await ctx.setOffline(true);
  try {
    await page.goto(base + last);
    const h1 = await page.locator("h1").count();
    const font = await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('20px "Atkinson Hyperlegible"'); });
    if (h1 !== 1) problem(where, `${last} does not show offline`);
    if (!font) problem(where, `${last} has no font offline`);
  } catch (e) {
    problem(where, `${last} does not load offline: ${e.message.split("\n")[0]}`);
  }
  await ctx.close();
  checked++;
}

// Never hang a test run: a check that takes this long has failed.
setTimeout(() => { console.error("web: timed out after 300 s"); process.exit(2); }, 300000).unref();

let browser;
try {
  browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext();
  await context.addInitScript({ content: axeSource });
  const page = await context.newPage();
  let sentences = 0;
  const todo = decks.flatMap((d) => pages(d));
  const started = Date.now();
  for (const file of todo) {
    // Loaded at the narrowest width, then widened: the pages have no script that reads
    // the width, so this is the page a reader sees at each width.
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await page.goto(url(file));
    for (const width of WIDTHS) {
      if (width !== WIDTHS[0]) await page.setViewportSize({ width, height: 800 });
      sentences += await layout(page, file, width);
      await axe(page, `${file} @${width}px`);
      checked++;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  await keyboardWalk(context, decks[0]);
  await speech(browser, decks[0]);
  await offline(browser, decks[0]);
  if (sentences === 0) problem(decks.join(" "), "no easy-read sentences were measured; is an easy-read deck among them?");
  console.log(`web: ${todo.length} pages of ${decks.length} decks at ${WIDTHS.join(", ")} px (axe and layout, ${seconds} s), ` +
    `${sentences} sentence measurements, ${checked} checks: ${problems} problems`);
  await browser.close();
  process.exit(problems === 0 ? 0 : 1);
} catch (e) {
  console.error("web: " + (e && e.stack || e));
  if (browser) await browser.close().catch(() => {});
  process.exit(2);
}
