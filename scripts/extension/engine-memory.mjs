// Issue 12, target (b): in wasm under Node, a 5 MiB page never takes the
// engine past 96 MiB of linear memory, in the browser extension's engine
// (wasm/browser) and in the Worker's (wasm/cloudflare). Both refuse a page
// over their cap (server.ExtensionPageBytes, server.WorkerLimits.MaxPageBytes),
// so each also gets every page at its cap, the worst it analyses.
//
//   node scripts/extension/engine-memory.mjs [CASES=all] [SIZE_KIB=5120] [ENGINES=browser,worker]
//
// It builds both engines (GOOS=js GOARCH=wasm go build, as
// scripts/extension-build.sh and scripts/worker-build.sh do) unless
// QL_BROWSER_WASM / QL_WORKER_WASM name built modules. Each request runs in a
// fresh Go instance in a worker thread of its own (scripts/worker/instance.mjs; linear memory never
// shrinks, so what an instance holds after one answer is the most that
// answer needed: its peak), started as extension/background/engine.js and
// wasm/cloudflare/worker.mjs start it, and POSTs the page to /v1/analyze as
// text/html, as the extension does. The pages are those of
// internal/analysis/hostile_test.go and scripts/worker/hostile.mjs ("he said "
// with no full stop, "Smith told Jones ", quote-mark, straight-quote and bidi
// floods, short quotes one a paragraph), one sent as JSON, and a real page
// (../shared/corpus/readability/wapo-1, 176 KiB, QL_PAGE overrides; skipped
// when absent) padded to the size with copies of its own paragraphs.
//
// Prints, per engine and page, the status, the time, the Analysis's
// truncation, and the linear memory (WebAssembly.Memory buffer byteLength)
// after the answer; exits 1 if any is over 96 MiB or any request failed.
import { runFresh } from "../worker/instance.mjs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LIMIT = 96 * 1048576;
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** @param {string} text @returns {string} a page whose article is one paragraph of text */
const page = (text) =>
  `<!doctype html><html lang="en"><head><title>Hostile</title></head><body><article><h1>Hostile</h1><p>${text}</p></article></body></html>`;
/** @param {string} unit @param {number} bytes @returns {string} unit repeated to about bytes */
const fill = (unit, bytes) => unit.repeat(Math.max(0, Math.floor(bytes / Buffer.byteLength(unit))));

/** @param {string} html @param {number} bytes @returns {string|null} html padded to about bytes with its own paragraphs */
function padded(html, bytes) {
  const paras = html.match(/<p[\s>][\s\S]*?<\/p>/g) ?? [];
  const at = html.lastIndexOf("</body>");
  if (paras.length === 0 || at < 0) return null;
  const all = paras.join("\n") + "\n";
  const need = bytes - Buffer.byteLength(html);
  if (need < 0) return null;
  return html.slice(0, at) + fill(all, need) + html.slice(at);
}

/**
 * sized makes a body of at most `bytes` bytes (a host's cap is inclusive):
 * wrap around unit repeated.
 * @param {(text: string) => string} wrap @param {string} unit @param {number} bytes
 */
const sized = (wrap, unit, bytes) => wrap(fill(unit, bytes - Buffer.byteLength(wrap(""))));
const html = (unit) => (n) => ({ type: "text/html", body: sized(page, unit, n) });

/**
 * The pages, by name: each makes a body of at most `bytes` bytes.
 * @type {Record<string, (bytes: number) => ({type: string, body: string} | null)>}
 */
const cases = {
  "he-said": html("he said "),
  "he-said-json": (n) => ({
    type: "application/json",
    body: sized((t) => JSON.stringify({ html: page(t), url: "https://example.com/a" }), "he said ", n),
  }),
  "smith-told-jones": html("Smith told Jones "),
  "quote-flood": html("“Yes,” he said. "),
  "mark-flood": html("“”\"«»„‘’ "),
  "straight-quotes": html('"'),
  "bidi-flood": html("\u202e\u2066“No,”\u2069 she said.\u202c "),
  "quote-paragraphs": html("</p><p>“We will not stop,” said Ana Ruiz. "),
  "real-page-padded": (n) => {
    const file = process.env.QL_PAGE ?? join(root, "..", "shared", "corpus", "readability", "wapo-1", "source.html");
    if (!existsSync(file)) return null;
    const body = padded(readFileSync(file, "utf8"), n);
    return body && { type: "text/html", body };
  },
};

{
  const [casesArg = "all", sizeArg = "5120", enginesArg = "browser,worker"] = process.argv.slice(2);
  const names = casesArg === "all" ? Object.keys(cases) : casesArg.split(",");
  for (const name of names) {
    if (!cases[name]) {
      console.error(`engine-memory: no case ${name}: one of ${Object.keys(cases).join(", ")}`);
      process.exit(2);
    }
  }
  const size = Number(sizeArg) * 1024;
  const tmp = mkdtempSync(join(tmpdir(), "quotelens-engine-memory-"));
  process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
  const goroot = execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim();
  const wasmExec = join(goroot, "lib", "wasm", "wasm_exec.js");
  /** @param {string} pkg @param {string|undefined} given */
  const build = (pkg, given) => {
    if (given) return given;
    const out = join(tmp, pkg.replaceAll("/", "_") + ".wasm");
    execFileSync("go", ["build", "-trimpath", "-ldflags=-s -w", "-o", out, "./" + pkg], {
      cwd: root,
      env: { ...process.env, GOOS: "js", GOARCH: "wasm", CGO_ENABLED: "0" },
      stdio: "inherit",
    });
    return out;
  };
  // The Worker refuses a page over its cap before reading it: it gets the
  // 5 MiB page (413) and the page at its cap (the worst it analyses).
  const workerCap = 256 * 1024;
  // The extension's engine likewise refuses a page over 2 MiB
  // (server.ExtensionPageBytes, what its content script can send).
  const browserCap = 2 * 1024 * 1024;
  const engines = [];
  for (const e of enginesArg.split(",")) {
    if (e === "browser") engines.push({ name: "browser", wasm: build("wasm/browser", process.env.QL_BROWSER_WASM), sizes: [size, browserCap] });
    else if (e === "worker") engines.push({ name: "worker", wasm: build("wasm/cloudflare", process.env.QL_WORKER_WASM), sizes: [size, workerCap] });
    else {
      console.error(`engine-memory: no engine ${e}: browser or worker`);
      process.exit(2);
    }
  }
  const mib = (b) => (b / 1048576).toFixed(1);
  console.log(`wasm linear memory after one POST /v1/analyze, a fresh Go instance each (Node ${process.version}); limit ${mib(LIMIT)} MiB`);
  console.log(`  ${"engine".padEnd(8)} ${"page".padEnd(18)} ${"body KiB".padStart(9)} ${"status".padStart(6)} ${"ms".padStart(6)} ${"truncated".padEnd(16)} ${"memory MiB".padStart(10)}`);
  let bad = 0;
  let peak = 0;
  for (const engine of engines) {
    const module = await WebAssembly.compile(readFileSync(engine.wasm));
    for (const bytes of engine.sizes) {
      for (const name of names) {
        const req = cases[name](bytes);
        if (!req) {
          console.log(`  ${engine.name.padEnd(8)} ${name.padEnd(18)} skipped (no page)`);
          continue;
        }
        const r = await runFresh(module, wasmExec, {
          url: "http://engine/v1/analyze?url=https%3A%2F%2Fexample.com%2Fa",
          headers: { "Content-Type": req.type },
          body: req.body,
          // The Worker reads its env from context.env (open, no rate limiter).
          env: engine.name === "worker" ? {} : null,
          idle: false,
        }, 120_000);
        const over = (r.memory ?? 0) > LIMIT;
        const failed = Boolean(r.error) || r.status >= 500;
        if (over || failed) bad++;
        peak = Math.max(peak, r.memory ?? 0);
        console.log(
          `  ${engine.name.padEnd(8)} ${name.padEnd(18)} ${(Buffer.byteLength(req.body) / 1024).toFixed(0).padStart(9)} ${String(r.status ?? "fail").padStart(6)} ${(r.ms ?? NaN).toFixed(0).padStart(6)} ${(r.truncated || "-").padEnd(16)} ${mib(r.memory ?? NaN).padStart(10)}${over ? "  OVER" : ""}${r.error ? "  " + r.error : ""}`,
        );
      }
    }
  }
  if (bad > 0) {
    console.error(`engine-memory: ${bad} request(s) over ${mib(LIMIT)} MiB of linear memory or failed`);
    process.exit(1);
  }
  console.log(`engine-memory: every request within ${mib(LIMIT)} MiB of linear memory (most: ${mib(peak)} MiB)`);
  process.exit(0);
}
