//go:build js && wasm

// Command cloudflare serves Quotelens as a Cloudflare Worker: the handler of
// internal/server, compiled with the standard Go toolchain to js/wasm and
// run through syumai/workers.
//
// Unlike syumai/workers' own glue, which starts a new Go instance for every
// request, worker.mjs starts one instance per isolate and keeps it: main
// registers the handler, says it is ready, and then never returns, so every
// later request is a call into the running program. worker.mjs starts a new
// instance if this one ever exits.
package main

import (
	"github.com/quotelens/quotelens/internal/server"
	"github.com/syumai/workers"
)

func main() {
	workers.ServeNonBlock(server.New())
	workers.Ready()
	select {}
}
