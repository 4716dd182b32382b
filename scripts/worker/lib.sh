# Shared by scripts/worker-*.sh: paths, the build, npm ci, and starting
# wrangler dev locally. Source it; it sets ROOT and CF.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CF=$ROOT/wasm/cloudflare

# worker_build compiles the Worker's wasm and copies Go's wasm_exec.js next to
# it, into wasm/cloudflare/build/.
worker_build() {
	mkdir -p "$CF/build"
	(cd "$ROOT" && GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "$CF/build/app.wasm" ./wasm/cloudflare) || return 1
	cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$CF/build/wasm_exec.js" || return 1
}

# worker_npm installs wrangler from package-lock.json (npm ci) unless the
# installed tree was installed from this very lock file (a stamp in
# node_modules holds the lock file's checksum).
worker_npm() {
	local sum
	sum=$(sha256sum "$CF/package-lock.json" | cut -d' ' -f1)
	if [ -x "$CF/node_modules/.bin/wrangler" ] && [ "$(cat "$CF/node_modules/.quotelens-lock" 2>/dev/null)" = "$sum" ]; then
		return 0
	fi
	(cd "$CF" && npm ci --no-audit --no-fund --loglevel=error) || return 1
	echo "$sum" >"$CF/node_modules/.quotelens-lock"
}

# free_port prints a free TCP port on 127.0.0.1.
free_port() {
	node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# The environment that keeps wrangler local: no metrics, no login, no
# fetching of Cloudflare's request metadata, no update check.
worker_env() {
	export WRANGLER_SEND_METRICS=false
	export CLOUDFLARE_CF_FETCH_ENABLED=false
	export WRANGLER_LOG=${WRANGLER_LOG:-warn}
	export NO_UPDATE_NOTIFIER=1
	export XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$CF/.wrangler/config}
}

# worker_start PORT LOG [ARGS...] starts wrangler dev on 127.0.0.1:PORT in
# the background, with ARGS (e.g. --var QUOTELENS_API_KEY:k), logging to
# LOG, and sets WRANGLER_PID (the leader of its own process group, so
# worker_stop can end wrangler and workerd together). A second wrangler can
# run beside it: worker_start_second does the same into WRANGLER2_PID.
worker_start() {
	local port=$1 log=$2
	shift 2
	worker_env
	(cd "$CF" && exec setsid ./node_modules/.bin/wrangler dev --local --ip 127.0.0.1 --port "$port" \
		--inspector-port "$(free_port)" --show-interactive-dev-session=false --log-level warn "$@") >"$log" 2>&1 </dev/null &
	WRANGLER_PID=$!
}

# worker_wait PORT SECONDS waits for GET /v1/health to answer 200.
worker_wait() {
	local port=$1 secs=$2 i
	for ((i = 0; i < secs * 10; i++)); do
		if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' \
			"http://127.0.0.1:$port/v1/health" 2>/dev/null; then
			return 0
		fi
		if ! kill -0 "$WRANGLER_PID" 2>/dev/null; then
			return 1
		fi
		sleep 0.1
	done
	return 1
}

worker_start_second() {
	local keep=${WRANGLER_PID:-}
	worker_start "$@"
	WRANGLER2_PID=$WRANGLER_PID
	WRANGLER_PID=$keep
}

# worker_stop ends the wranglers started by worker_start and
# worker_start_second, and their children.
worker_stop() {
	local pid
	for pid in ${WRANGLER_PID:-} ${WRANGLER2_PID:-}; do
		if kill -0 "$pid" 2>/dev/null; then
			kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
			for _ in $(seq 50); do
				kill -0 "$pid" 2>/dev/null || break
				sleep 0.1
			done
			kill -KILL -- "-$pid" 2>/dev/null || true
		fi
	done
	WRANGLER_PID=
	WRANGLER2_PID=
}
