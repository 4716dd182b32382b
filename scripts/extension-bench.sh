#!/usr/bin/env bash
# Benchmarks the Quotelens extension (not part of the test run): engine size
# raw and gzipped, background cold start, trigger-to-painted time over the
# 130 corpus pages side by side with @mozilla/readability, and the share of
# pages where the content script adds no long task. Prints a table.
# Installs what it needs on Debian (as root) and builds first.
# Usage: scripts/extension-bench.sh [--pages N] [--starts N] [--close-offscreen]
# (--close-offscreen: cold runs also close the offscreen document, so that the
# engine starts again on each cold click)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -x /usr/bin/chromium ]]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
bash "$ROOT/scripts/extension-build.sh"
cd "$ROOT/extension" && node "$ROOT/scripts/extension/bench.mjs" "$@"
