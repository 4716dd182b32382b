#!/usr/bin/env bash
# Builds the Quotelens browser extension into extension/dist/:
#   dist/extension/            unpacked extension (loads in Chrome and Firefox)
#   dist/test-extension/       the same, plus host permission for 127.0.0.1 (tests only)
#   dist/test-firefox-extension/ and the content script declared for 127.0.0.1 (tests only)
#   dist/quotelens-chrome.zip  package for the Chrome Web Store
#   dist/quotelens-firefox.zip package for addons.mozilla.org
# The build is reproducible: the same sources give the same bytes
# (scripts/extension-test.sh checks it). Installs what it needs on Debian
# (run as root): zip, Node.js/npm when missing, and the npm packages (npm ci).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXT="$ROOT/extension"
DIST="$EXT/dist"
# Fixed file times in the zips: the time of the last commit, or 2026-01-01.
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 1767225600)}"
export SOURCE_DATE_EPOCH

need_apt=()
command -v zip >/dev/null || need_apt+=(zip)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if ((${#need_apt[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v go >/dev/null || { echo "extension-build: go is required" >&2; exit 1; }

if [[ ! -d "$EXT/node_modules" || "$EXT/package-lock.json" -nt "$EXT/node_modules/.package-lock.json" ]]; then
  (cd "$EXT" && npm ci --no-audit --no-fund --loglevel=error)
fi

OUT="$DIST/extension"
# The engine, built first so that a failed build leaves the last dist/ alone.
# -trimpath and an empty build ID: the same sources give the same bytes.
wasm_tmp="$(mktemp)"
trap 'rm -f "$wasm_tmp"' EXIT
(cd "$ROOT" && GOOS=js GOARCH=wasm CGO_ENABLED=0 go build -trimpath -ldflags='-s -w -buildid=' \
  -o "$wasm_tmp" ./wasm/browser)
rm -rf "$DIST"
mkdir -p "$OUT/engine" "$OUT/background" "$OUT/content" "$OUT/ui" "$OUT/shared" "$OUT/icons" "$OUT/offscreen" "$OUT/sidepanel"
cp "$wasm_tmp" "$OUT/engine/quotelens.wasm"
chmod 644 "$OUT/engine/quotelens.wasm"
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$OUT/background/wasm_exec.js"

# Background, offscreen document, popup, side panel and shared modules are served as ES modules, unbundled.
cp "$EXT"/background/*.js "$OUT/background/"
cp "$EXT"/ui/* "$OUT/ui/"
cp "$EXT"/offscreen/* "$OUT/offscreen/"
cp "$EXT"/sidepanel/* "$OUT/sidepanel/"
cp "$EXT"/shared/*.js "$OUT/shared/"
# The content script is a classic script (manifest and scripting API load
# no modules): bundle its modules into one IIFE.
"$EXT/node_modules/.bin/esbuild" "$EXT/content/main.js" --bundle --format=iife --target=chrome120,firefox142 \
  --legal-comments=none --log-level=warning --outfile="$OUT/content/content.js"
cp "$EXT/content/content.css" "$OUT/content/"
node "$ROOT/scripts/extension/icons.mjs" "$OUT/icons"
node "$ROOT/scripts/extension/manifest.mjs" "$EXT/manifest.json" "$OUT/manifest.json" both

# The test variants (see scripts/extension/manifest.mjs).
for v in test test-firefox; do
  cp -r "$OUT" "$DIST/$v-extension"
  node "$ROOT/scripts/extension/manifest.mjs" "$EXT/manifest.json" "$DIST/$v-extension/manifest.json" "$v"
done

# Packages with fixed times and order.
pack() { # pack VARIANT ZIP
  local tmp="$DIST/.pack-$1"
  rm -rf "$tmp" && cp -r "$OUT" "$tmp"
  node "$ROOT/scripts/extension/manifest.mjs" "$EXT/manifest.json" "$tmp/manifest.json" "$1"
  find "$tmp" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  (cd "$tmp" && find . -type f | LC_ALL=C sort | sed 's|^\./||' | TZ=UTC zip -q -X -D -9 "$2" -@)
  rm -rf "$tmp"
}
pack chrome "$DIST/quotelens-chrome.zip"
pack firefox "$DIST/quotelens-firefox.zip"

wasm_raw=$(stat -c %s "$OUT/engine/quotelens.wasm")
wasm_gz=$(gzip -9 -n -c "$OUT/engine/quotelens.wasm" | wc -c)
echo "extension-build: dist/extension, dist/quotelens-{chrome,firefox}.zip; wasm ${wasm_raw} B raw, ${wasm_gz} B gzipped"
