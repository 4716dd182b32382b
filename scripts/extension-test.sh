#!/usr/bin/env bash
# Tests the Quotelens browser extension, end to end. Run as root on a fresh
# Debian machine: it installs what it needs (Chromium, Firefox ESR, zip,
# Node.js from apt when missing; npm packages with npm ci), builds, and runs
#   1. a reproducible-build check (two builds, same bytes),
#   2. tsc --checkJs over the extension's sources,
#   3. web-ext lint on the Firefox package,
#   4. unit tests of the pure helpers (node --test),
#   5. the engine glue under Node with the real wasm (start, exit, time-out, restart),
#   6. end to end in headless Chromium (playwright-core; chromium.test.js, and
#      reader.test.js: hostile pages, overlaps, panel, stopped background) and Firefox ESR
#      (puppeteer-core over WebDriver BiDi: opted-in pages, the popup's Open side
#      panel and the sidebar), pages served from 127.0.0.1.
# Pages from ../shared are skipped, with a message, when it is absent.
# Ends with one line: "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXT="$ROOT/extension"
passed=0 failed=0

step() { echo; echo "== $*"; }
ok() { passed=$((passed + 1)); echo "ok: $*"; }
ko() { failed=$((failed + 1)); echo "FAILED: $*"; }

need_apt=()
[[ -x /usr/bin/chromium ]] || need_apt+=(chromium)
[[ -x /usr/bin/firefox-esr ]] || need_apt+=(firefox-esr)
command -v zip >/dev/null || need_apt+=(zip)
command -v unzip >/dev/null || need_apt+=(unzip)
command -v node >/dev/null || need_apt+=(nodejs npm)
if ((${#need_apt[@]})); then
  step "apt-get install ${need_apt[*]}"
  if [[ $(id -u) -ne 0 ]]; then echo "extension-test: run as root to install ${need_apt[*]}" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt-get failed" >&2; exit 1; }
fi

step "build (twice: reproducible)"
# The second build starts from an empty Go build cache, so that it compiles
# everything again instead of reusing the first build's work. Others may be
# editing the engine meanwhile: if the Go sources changed between the two
# builds, the check is run again.
# The zips' file times come from SOURCE_DATE_EPOCH (by default the last
# commit's time): fixed once for both builds, so that a commit made by
# someone else between them does not count as a difference.
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 1767225600)}"
export SOURCE_DATE_EPOCH
hashes() { (cd "$EXT/dist" && sha256sum extension/engine/quotelens.wasm extension/content/content.js quotelens-chrome.zip quotelens-firefox.zip); }
sources() { (cd "$ROOT" && find . -name '*.go' -not -path './extension/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum go.mod go.sum | sha256sum); }
repro=unknown
for try in 1 2; do
  s0=$(sources)
  if ! bash "$ROOT/scripts/extension-build.sh"; then repro=build-failed; break; fi
  first=$(hashes)
  cache=$(mktemp -d)
  if ! GOCACHE="$cache" bash "$ROOT/scripts/extension-build.sh" >/dev/null; then rm -rf "$cache"; repro=build-failed; break; fi
  rm -rf "$cache"
  [[ "$(sources)" == "$s0" ]] || { echo "Go sources changed during the check; again"; repro=changed; continue; }
  if [[ "$(hashes)" == "$first" ]]; then repro=same; else repro=different; diff <(echo "$first") <(hashes); fi
  break
done
case $repro in
  same) ok "reproducible build (second build from an empty Go cache)" ;;
  build-failed) ko "build"; echo "$passed passed, $failed failed"; exit 1 ;;
  changed) echo "skipped: reproducible build (the Go sources kept changing during the check)" ;;
  *) ko "reproducible build ($repro)" ;;
esac

step "tsc --checkJs"
if (cd "$EXT" && node_modules/.bin/tsc -p jsconfig.json); then ok "typecheck"; else ko "typecheck"; fi

step "web-ext lint (Firefox package)"
lintdir=$(mktemp -d)
unzip -q "$EXT/dist/quotelens-firefox.zip" -d "$lintdir"
if out=$(cd "$EXT" && node_modules/.bin/web-ext lint --source-dir "$lintdir" --output json --warnings-as-errors 2>/dev/null); then
  ok "web-ext lint"
else
  ko "web-ext lint"; echo "$out" | head -c 4000; echo
fi
rm -rf "$lintdir"

step "node --test: unit, engine glue, Chromium, Firefox"
log=$(mktemp)
(cd "$EXT" && timeout 900 node --test --test-reporter=tap --test-concurrency=1 \
  test/unit/ test/engine/ test/e2e/chromium.test.js test/e2e/reader.test.js test/e2e/coldstart.test.js test/e2e/sidepanel.test.js test/e2e/firefox.test.js) | tee "$log" | grep -E '^(not ok|ok|# (Subtest|pass|fail|skip|tests)|\s+not ok|\s*# [a-z0-9-]+:)' 
tp=$(awk '/^# pass /{print $3}' "$log" | tail -1)
tf=$(awk '/^# fail /{print $3}' "$log" | tail -1)
ts=$(awk '/^# skipped /{print $3}' "$log" | tail -1)
[[ -n "$tp" ]] || { tp=0; tf=$((tf + 1)); echo "node --test printed no summary"; }
grep -q '^not ok' "$log" && grep -B2 -A30 '^\s*not ok' "$log" | head -120
rm -f "$log"
passed=$((passed + tp)); failed=$((failed + ${tf:-0}))

echo
echo "$passed passed, $failed failed, ${ts:-0} skipped"
[[ $failed -eq 0 ]]
