// Screenshots of a built web deck as a phone shows it, for docs/img (docs/publishing.md):
// the overview and one card page, 375 x 1000 px, once the deck's font has loaded.
// usage: node screenshots.mjs CHROMIUM DECK_DIR CARD_ID OUT_DIR
import { chromium } from "playwright-core";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [executablePath, deck, card, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: screenshots.mjs CHROMIUM DECK_DIR CARD_ID OUT_DIR");
  process.exit(2);
}
const shots = [
  [join(deck, "index.html"), join(out, "web-overview-375.png")],
  [join(deck, "kaart", card + ".html"), join(out, "web-card-375.png")],
];
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  // A phone's screen; no motion, light mode, so the pictures repeat.
  const context = await browser.newContext({ viewport: { width: 375, height: 1000 }, colorScheme: "light", reducedMotion: "reduce" });
  const page = await context.newPage();
  for (const [file, png] of shots) {
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: png });
    console.log("wrote " + png);
  }
} finally {
  await browser.close();
}
