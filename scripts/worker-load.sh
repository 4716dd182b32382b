#!/usr/bin/env bash
# Bounded load test of the Quotelens Worker, run locally: builds app.wasm,
# installs wrangler (npm ci in wasm/cloudflare), starts `wrangler dev --local`
# on a free 127.0.0.1 port, sends a fixed number of analyze requests at a
# fixed concurrency under a hard time cap, a quarter of them hostile
# (scripts/worker/hostile.mjs), with a health probe beside them; prints
# throughput, statuses, p50/p99 of the normal requests and of health, and
# the upload size (wasm + glue, gzipped) against Cloudflare's limits. Stops
# wrangler on exit. The Worker runs open and without its rate limit
# (--var QUOTELENS_RATE_LIMIT:off), so the load measures the engine.
#
#   scripts/worker-load.sh [REQUESTS=500] [CONCURRENCY=8] [CAP_SECONDS=120] [HOSTILE_EVERY=4]
#
# The page is readability's wapo-1 (176 KiB, under the Worker's 256 KiB cap) from ../shared/corpus (QL_PAGE
# overrides); without it the load step is skipped.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/worker/lib.sh"

REQUESTS=${1:-500}
CONC=${2:-8}
CAP=${3:-120}
EVERY=${4:-4}
PAGE=${QL_PAGE:-$ROOT/../shared/corpus/readability/wapo-1/source.html}
LOG=$(mktemp -d "${TMPDIR:-/tmp}/quotelens-worker-load.XXXXXX")
trap 'worker_stop; rm -rf "$LOG"' EXIT
trap 'exit 130' INT TERM

worker_build || exit 1
worker_npm || exit 1

echo "== upload size"
wasm=$(wc -c <"$CF/build/app.wasm")
wasmgz=$(gzip -9 -c "$CF/build/app.wasm" | wc -c)
glue=$(cat "$CF/worker.mjs" "$CF/build/wasm_exec.js" | wc -c)
gluegz=$(cat "$CF/worker.mjs" "$CF/build/wasm_exec.js" | gzip -9 | wc -c)
worker_env
dry=$(cd "$CF" && env -u WRANGLER_LOG timeout 120 ./node_modules/.bin/wrangler deploy --dry-run --outdir "$LOG/dist" 2>&1 | grep -o 'Total Upload: .*')
kib() { awk -v b="$1" 'BEGIN{printf "%8.1f KiB", b/1024}'; }
printf '  %-34s %s raw  %s gzipped\n' "app.wasm" "$(kib "$wasm")" "$(kib "$wasmgz")"
printf '  %-34s %s raw  %s gzipped\n' "glue (worker.mjs + wasm_exec.js)" "$(kib "$glue")" "$(kib "$gluegz")"
printf '  %-34s %s raw  %s gzipped\n' "total" "$(kib $((wasm + glue)))" "$(kib $((wasmgz + gluegz)))"
echo "  wrangler deploy --dry-run: ${dry:-?}"
awk -v gz=$((wasmgz + gluegz)) 'BEGIN{printf "  limits (compressed): free 3 MB -> %.0f%% used; paid 10 MB -> %.0f%% used\n", gz/3/1048576*100, gz/10/1048576*100}'

if [ ! -f "$PAGE" ]; then
	echo "== load: no page at $PAGE, skipped"
	exit 0
fi
echo "== wrangler dev"
PORT=$(free_port)
worker_start "$PORT" "$LOG/wrangler.log" --var QUOTELENS_RATE_LIMIT:off
if ! timeout 120 node "$ROOT/scripts/worker/wait.mjs" "http://127.0.0.1:$PORT" 90 --report; then
	cat "$LOG/wrangler.log"
	exit 1
fi
echo "== load"
timeout $((CAP + 60)) node "$ROOT/scripts/worker/load.mjs" "http://127.0.0.1:$PORT" "$PAGE" "$REQUESTS" "$CONC" "$CAP" "$EVERY"
rc=$?
if [ "$rc" -ne 0 ]; then
	echo "== wrangler log (last 40 lines)"
	grep -v '^$' "$LOG/wrangler.log" | tail -40 | cut -c1-400
fi
exit "$rc"
