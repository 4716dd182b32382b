#!/usr/bin/env bash
# Builds the Quotelens Worker: wasm/cloudflare/build/app.wasm (Go, js/wasm,
# trimmed and stripped) and a copy of Go's wasm_exec.js beside it.
#
#   scripts/worker-build.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/worker/lib.sh"
worker_build
printf 'built %s (%s bytes, %s gzipped)\n' "${CF#"$ROOT"/}/build/app.wasm" \
	"$(wc -c <"$CF/build/app.wasm")" "$(gzip -9 -c "$CF/build/app.wasm" | wc -c)"
