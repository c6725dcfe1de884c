// Runs axe-core on local HTML files in headless Chromium over the DevTools
// protocol, without changing the pages. Prints one line per violation and a
// summary; exit 0 when there are no violations, 1 when there are, 2 when the
// check itself could not run.
// usage: node --experimental-websocket axe_check.mjs CHROMIUM FILE.html...
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [chromium, ...files] = process.argv.slice(2);
if (!chromium || files.length === 0) {
  console.error("usage: axe_check.mjs CHROMIUM FILE.html...");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");
const profile = mkdtempSync(join(tmpdir(), "sterk-axe-"));
const browser = spawn(chromium, [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-extensions", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank",
], { stdio: ["ignore", "ignore", "pipe"] });
let stderr = "";
browser.stderr.on("data", (d) => { stderr += d; });

function finish(code) {
  try { browser.kill("SIGKILL"); } catch {}
  setTimeout(() => { try { rmSync(profile, { recursive: true, force: true }); } catch {} process.exit(code); }, 200);
}
setTimeout(() => { console.error("axe: timed out\n" + stderr.slice(-2000)); finish(2); }, 120000);

async function endpoint() {
  const port = join(profile, "DevToolsActivePort");
  for (let i = 0; i < 300; i++) {
    if (existsSync(port)) {
      const [p] = readFileSync(port, "utf8").split("\n");
      if (p) {
        const list = await (await fetch(`http://127.0.0.1:${p}/json/list`)).json();
        const page = list.find((t) => t.type === "page");
        if (page) return page.webSocketDebuggerUrl;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Chromium did not start: " + stderr.slice(-2000));
}

function client(url) {
  const ws = new WebSocket(url);
  let id = 0;
  const pending = new Map();
  const waiters = [];
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) {
      const { ok, fail } = pending.get(msg.id);
      pending.delete(msg.id);
      msg.error ? fail(new Error(JSON.stringify(msg.error))) : ok(msg.result);
    } else if (msg.method) {
      for (const w of waiters.splice(0)) w(msg);
    }
  };
  const send = (method, params = {}) => new Promise((ok, fail) => {
    const n = ++id;
    pending.set(n, { ok, fail });
    ws.send(JSON.stringify({ id: n, method, params }));
  });
  const event = (name) => new Promise((ok) => {
    const wait = (msg) => (msg.method === name ? ok(msg) : waiters.push(wait));
    waiters.push(wait);
  });
  return new Promise((ok, fail) => { ws.onopen = () => ok({ send, event }); ws.onerror = fail; });
}

try {
  const cdp = await client(await endpoint());
  await cdp.send("Page.enable");
  let violations = 0;
  for (const file of files) {
    const loaded = cdp.event("Page.loadEventFired");
    await cdp.send("Page.navigate", { url: pathToFileURL(resolve(file)).href });
    await loaded;
    await cdp.send("Runtime.evaluate", { expression: axeSource });
    const r = await cdp.send("Runtime.evaluate", {
      expression: `axe.run(document, { resultTypes: ["violations"] }).then((r) => JSON.stringify({
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")) })), passes: r.passes.length }))`,
      awaitPromise: true, returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    const result = JSON.parse(r.result.value);
    for (const v of result.violations)
      console.log(`${file}: ${v.impact}: ${v.help} [${v.id}] at ${v.nodes.slice(0, 3).join(", ")}`);
    console.log(`${file}: ${result.violations.length} violations, ${result.passes} rules passed`);
    violations += result.violations.length;
  }
  finish(violations === 0 ? 0 : 1);
} catch (e) {
  console.error("axe: " + e.message);
  finish(2);
}
