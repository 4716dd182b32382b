#!/usr/bin/env bash
# hostile-bench.sh runs the command-line engine on the hostile pages of
# issue 12 (internal/analysis/hostile_test.go) at 16 KB, 64 KB, 256 KB and
# 1 MB, and prints a table of time, peak memory (max RSS), JSON size and
# quotes. It checks the targets: each run within 5 s and 400 MB, JSON at
# most 40× the page, and time and memory growing at most linearly (from
# each size to the next, 4× the page, at most 4× — with 1.5× slack and
# 0.1 s / 20 MB of noise allowed); it exits 1 when one is missed.
# HOSTILE_SLACK multiplies the time limits (default 1): scripts/test.sh runs
# it with 3, loose enough for a loaded machine and still far below what a
# quadratic pass costs on the 1 MB pages (tens of seconds).
#
#	scripts/hostile-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
	echo "hostile-bench: needs /usr/bin/time (apt-get install time)" >&2
	exit 2
fi
pages=$(mktemp -d)
# The binary goes where it can be run (some /tmp are noexec).
bindir=$(mktemp -d -p "${XDG_CACHE_HOME:-$HOME/.cache}" 2>/dev/null || mktemp -d -p "$HOME")
trap 'rm -rf "$pages" "$bindir"' EXIT

QUOTELENS_HOSTILE_DIR=$pages go test ./internal/analysis -run '^TestWriteHostilePages$' -count=1 >/dev/null
go build -o "$bindir/analyze" ./scripts/analyze

slack=${HOSTILE_SLACK:-1}
fail=0
printf '%-18s %7s %8s %8s %10s %7s %6s  %-16s %s\n' PAGE SIZE TIME RSS JSON RATIO QUOTES TRUNCATED GROWTH
for page in he-said smith-told-jones quote-flood mark-flood bidi-flood quote-paragraphs judged-run-on; do
	prev_t="" prev_m=""
	for size in 16 64 256 1024; do
		in="$pages/$page-${size}KB.html"
		out="$pages/out.json"
		/usr/bin/time -f '%e %M' -o "$pages/time" "$bindir/analyze" "$in" >"$out"
		read -r secs kb <"$pages/time"
		insize=$(stat -c %s "$in")
		outsize=$(stat -c %s "$out")
		quotes=$(grep -c '"kind":' "$out" || true)
		truncated=$(sed -n 's/^  "truncated": "\(.*\)",\{0,1\}$/\1/p' "$out")
		read -r ratio verdict growth < <(awk -v t="$secs" -v m="$kb" -v i="$insize" -v o="$outsize" \
			-v pt="$prev_t" -v pm="$prev_m" -v k="$slack" 'BEGIN {
				r = o / i; ok = (t <= 5 * k && m <= 400 * 1024 && r <= 40)
				g = "-"
				if (pt != "") {
					gt = (pt > 0.01) ? t / pt : 0; gm = m / pm
					g = sprintf("time×%.1f,mem×%.1f", gt, gm)
					if (t > 6 * k * pt + 0.1 * k || m > 6 * pm + 20 * 1024) ok = 0
				}
				printf "%.1f %s %s\n", r, (ok ? "ok" : "MISSED"), g
			}')
		[ "$verdict" = ok ] || fail=1
		printf '%-18s %6sK %7ss %6sMB %9sK %6s× %6s  %-16s %s %s\n' "$page" "$size" "$secs" "$((kb / 1024))" \
			"$((outsize / 1024))" "$ratio" "$quotes" "${truncated:--}" "$growth" "$([ "$verdict" = ok ] || echo MISSED)"
		prev_t=$secs prev_m=$kb
	done
done
if [ "$fail" = 1 ]; then
	echo "hostile-bench: a target was missed" >&2
	exit 1
fi
echo "hostile-bench: every run within $((5 * slack)) s and 400 MB, JSON ≤ 40× the page, growth at most linear (time slack ×$slack)"
