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

echo "== wrangler dev"
PORT=$(free_port)
worker_start "$PORT" "$LOG/wrangler.log"
if ! timeout 120 node "$ROOT/scripts/worker/wait.mjs" "http://127.0.0.1:$PORT" 90 --report; then
	echo "wrangler dev did not come up; its log:"
	cat "$LOG/wrangler.log"
	echo "worker-test: 0 passed, 1 failed"
	exit 1
fi

echo "== integration tests (the Worker under wrangler) and glue tests (worker.mjs under Node)"
QL_WORKER="http://127.0.0.1:$PORT" QL_TEST_WASM="$LOG/crash.wasm" QL_APP_WASM="$CF/build/app.wasm" \
	timeout 600 node --test --test-reporter=tap \
	"$ROOT/scripts/worker/integration.test.mjs" "$ROOT/scripts/worker/glue.test.mjs" | tee "$LOG/tap.txt"
rc=${PIPESTATUS[0]}
if grep -qiE "panic|exit code|Uncaught|failed in Go instance" "$LOG/wrangler.log"; then
	echo "== wrangler log has errors:"
	cat "$LOG/wrangler.log"
fi
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
