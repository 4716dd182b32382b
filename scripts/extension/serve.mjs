// A static file server on 127.0.0.1 for the extension's tests and
// benchmarks: nothing is fetched from elsewhere. Mounts are
// PREFIX=DIRECTORY pairs: node serve.mjs /seed/=../shared/seed /corpus/=…
// Used as a module: start(mounts) → {origin, close()}.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

/**
 * @param {Record<string, string>} mounts URL prefix → directory
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function start(mounts) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const root = resolve(dir);
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) break;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        // Only what the page is: sub-resources of real pages are not here, and
        // nothing else on the network is reachable.
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${addr.port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mounts = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
  const s = await start(mounts);
  console.log(s.origin);
}
