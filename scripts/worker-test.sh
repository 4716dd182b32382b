#!/usr/bin/env bash
# Integration tests of the Quotelens Cloudflare Worker, run locally:
# builds app.wasm, installs wrangler (npm ci in wasm/cloudflare), measures the
# Go instance's start-up cost, starts `wrangler dev --local` on a free
# 127.0.0.1 port, runs scripts/worker/integration.test.mjs against it with
# node's test runner (with scripts/worker/glue.test.mjs, which checks under
# Node that the glue restarts a Go instance that died), and stops wrangler on
# exit. No login, no network beyond
# 127.0.0.1. Ends with "worker-test: N passed, N failed"; exits non-zero if
# anything failed.
#
#   scripts/worker-test.sh
#
# Pages come from ../shared/corpus/readability (QL_CORPUS overrides); the page
# tests skip, saying so, without it.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/worker/lib.sh"

LOG=$(mktemp -d "${TMPDIR:-/tmp}/quotelens-worker-test.XXXXXX")
trap 'worker_stop; rm -rf "$LOG"' EXIT
trap 'exit 130' INT TERM

echo "== build"
worker_build || { echo "worker-test: 0 passed, 1 failed"; exit 1; }
# The crash fixture for glue.test.mjs.
(cd "$ROOT" && GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "$LOG/crash.wasm" ./scripts/worker/crashapp) ||
	{ echo "worker-test: 0 passed, 1 failed"; exit 1; }
worker_npm || { echo "worker-test: npm ci failed"; echo "worker-test: 0 passed, 1 failed"; exit 1; }
printf '  app.wasm %s bytes, %s gzipped\n' "$(wc -c <"$CF/build/app.wasm")" "$(gzip -9 -c "$CF/build/app.wasm" | wc -c)"

echo "== Go instance cost, in Node"
timeout 300 node "$ROOT/scripts/worker/startup.mjs" || echo "  (startup measurement failed)"

echo "== wrangler dev (open, as locally) and a second one with an API key and an allowed origin"
PORT=$(free_port)
worker_start "$PORT" "$LOG/wrangler.log"
KEY="test-key-$RANDOM$RANDOM"
ORIGIN=https://app.example
KPORT=$(free_port)
worker_start_second "$KPORT" "$LOG/wrangler-keyed.log" --var "QUOTELENS_API_KEY:$KEY" --var "ALLOWED_ORIGINS:$ORIGIN"
# up PORT LOG [--report] waits for a wrangler dev, or ends the run.
up() {
	if ! timeout 120 node "$ROOT/scripts/worker/wait.mjs" "http://127.0.0.1:$1" 90 ${3:-}; then
		echo "wrangler dev did not come up; its log:"
		cat "$LOG/$2"
		echo "worker-test: 0 passed, 1 failed"
		exit 1
	fi
}
up "$PORT" wrangler.log --report
up "$KPORT" wrangler-keyed.log

echo "== integration tests (the Worker under wrangler) and glue tests (worker.mjs under Node)"
QL_WORKER="http://127.0.0.1:$PORT" QL_TEST_WASM="$LOG/crash.wasm" QL_APP_WASM="$CF/build/app.wasm" \
	QL_WORKER_KEYED="http://127.0.0.1:$KPORT" QL_WORKER_KEY="$KEY" QL_WORKER_ORIGIN="$ORIGIN" \
	timeout 900 node --test --test-concurrency=1 --test-reporter=tap \
	"$ROOT/scripts/worker/integration.test.mjs" "$ROOT/scripts/worker/guard.test.mjs" "$ROOT/scripts/worker/glue.test.mjs" | tee "$LOG/tap.txt"
rc=${PIPESTATUS[0]}
for f in wrangler.log wrangler-keyed.log; do
	if grep -qiE "panic|exit code|Uncaught|failed in Go instance" "$LOG/$f"; then
		echo "== $f has errors:"
		tail -50 "$LOG/$f"
	fi
done
pass=$(awk '/^# pass /{print $3}' "$LOG/tap.txt")
fail=$(awk '/^# fail /{print $3}' "$LOG/tap.txt")
skip=$(awk '/^# skipped /{print $3}' "$LOG/tap.txt")
pass=${pass:-0}
fail=${fail:-0}
if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then
	fail=1
fi
echo "worker-test: $pass passed, $fail failed, ${skip:-0} skipped"
[ "$rc" -eq 0 ] && [ "$fail" -eq 0 ]
