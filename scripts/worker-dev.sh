#!/usr/bin/env bash
# Builds the Quotelens Worker and runs it locally, in the foreground, with
# `wrangler dev --local`: no Cloudflare login, no network, listening on
# 127.0.0.1 only. Installs wrangler first (npm ci in wasm/cloudflare) if
# needed. Ctrl-C stops it.
#
#   scripts/worker-dev.sh [PORT=8787]
#   curl -s localhost:8787/v1/health
#   curl -s -H 'Content-Type: text/html' --data-binary @page.html 'localhost:8787/v1/analyze?url=https://…'
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/worker/lib.sh"
PORT=${1:-${PORT:-8787}}
worker_build
worker_npm
worker_env
cd "$CF"
echo "Quotelens Worker on http://127.0.0.1:$PORT (Ctrl-C stops it)"
exec ./node_modules/.bin/wrangler dev --local --ip 127.0.0.1 --port "$PORT" \
	--inspector-port "$(free_port)" --show-interactive-dev-session=false --log-level "${WRANGLER_LOG_LEVEL:-info}"
