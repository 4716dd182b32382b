// Node module hooks for glue.test.mjs: they let wasm/cloudflare/worker.mjs
// run under Node by resolving its `import … from "./build/app.wasm"` (a
// CompiledWasm module on Workers) to a WebAssembly.Module compiled from the
// file named in the importing URL's query: worker.mjs?wasm=/path/app.wasm.
export async function resolve(specifier, context, next) {
  if (specifier.endsWith("/app.wasm") && context.parentURL) {
    const file = new URL(context.parentURL).searchParams.get("wasm");
    if (file) {
      return { url: `ql-test-wasm:${encodeURIComponent(file)}`, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith("ql-test-wasm:")) {
    const file = JSON.stringify(decodeURIComponent(url.slice("ql-test-wasm:".length)));
    return {
      format: "module",
      shortCircuit: true,
      source: `import { readFileSync } from "node:fs";\nexport default new WebAssembly.Module(readFileSync(${file}));\n`,
    };
  }
  return next(url, context);
}
