// Measures the wasm linear memory the Worker's Go instance needs for hostile
// requests of growing size, under Node (the same V8 as workerd): each case
// runs in a fresh Go instance (linear memory never shrinks, so a fresh one
// shows what that one request needed), in its own worker thread, with a
// time limit.
//
//   node scripts/worker/memory.mjs [CASES=all] [SIZES_KIB=64,256,1024,4096] [TIMEOUT_S=60]
//
// CASES is a comma list of names from hostile.mjs. Prints, for each case and
// size, the status, the time, the answer's size and the linear memory after
// the answer was read (the Go heap, its garbage and the runtime's own), and
// the isolate's limit it must fit in: 128 MiB for everything (JS heap, the
// compiled module, the request and answer bodies, and linear memory).
// QL_WASM overrides the module (wasm/cloudflare/build/app.wasm); QL_ENV is a
// JSON object passed to the Go instance as the Worker's env.
import { runFresh } from "./instance.mjs";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { hostile } from "./hostile.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const build = join(root, "wasm", "cloudflare", "build");

{
  const [casesArg = "all", sizesArg = "64,256,1024,4096", timeoutArg = "60"] = process.argv.slice(2);
  const names = casesArg === "all" ? Object.keys(hostile) : casesArg.split(",");
  const sizes = sizesArg.split(",").map((s) => Number(s) * 1024);
  const timeout = Number(timeoutArg) * 1000;
  const wasm = process.env.QL_WASM ?? join(build, "app.wasm");
  const module = await WebAssembly.compile(readFileSync(wasm));
  const mib = (b) => (b / 1048576).toFixed(1);
  console.log(`wasm linear memory per request, fresh Go instance each (Node ${process.version}, ${wasm.replace(root + "/", "")})`);
  console.log(`  ${"case".padEnd(20)} ${"body KiB".padStart(9)} ${"status".padStart(6)} ${"ms".padStart(7)} ${"answer KiB".padStart(11)} ${"memory MiB".padStart(11)}`);
  let idle;
  for (const name of names) {
    if (!hostile[name]) {
      console.error(`no case ${name}: one of ${Object.keys(hostile).join(", ")}`);
      process.exit(2);
    }
    for (const size of sizes) {
      const req = hostile[name](size);
      const r = await runFresh(module, join(build, "wasm_exec.js"), {
        url: `http://worker${req.path}`,
        headers: { "Content-Type": req.type, Authorization: "Bearer probe" },
        body: req.body,
        env: JSON.parse(process.env.QL_ENV ?? "{}"),
        idle: true,
      }, timeout);
      idle ??= r.idle;
      const status = r.error ? (r.timedOut ? "time" : "fail") : String(r.status);
      console.log(
        `  ${name.padEnd(20)} ${(Buffer.byteLength(req.body) / 1024).toFixed(0).padStart(9)} ${status.padStart(6)} ${(r.ms ?? NaN).toFixed(0).padStart(7)} ${((r.bytes ?? NaN) / 1024).toFixed(1).padStart(11)} ${mib(r.memory ?? NaN).padStart(11)}${r.error ? "  " + r.error : ""}`,
      );
    }
  }
  if (idle) console.log(`  (an idle instance after one GET /v1/health: ${mib(idle)} MiB)`);
  process.exit(0);
}
