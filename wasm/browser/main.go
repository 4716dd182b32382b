//go:build js && wasm

// Command browser is the Quotelens engine as the browser extension runs it:
// one long-lived Go instance in the extension's background context that
// serves the engine's HTTP handler through syumai/workers' handleRequest
// binding. The JavaScript glue (extension/background/engine.js) starts it
// once, sends it Requests, and restarts it if the program exits.
package main

import (
	"fmt"
	"net/http"
	"runtime/debug"
	"syscall/js"

	"github.com/syumai/workers"

	"github.com/quotelens/quotelens/internal/server"
)

// memoryLimit is the Go heap's limit, and the collector runs only near it
// (GOGC off): the linear memory, which never shrinks (the glue replaces an
// idle instance that keeps more than 64 MiB), stays near the limit, or near
// what a large page holds live, instead of wherever the collector's pacing
// happened to let the heap grow (GOGC=100 gave 47–115 MiB run to run for
// the same hostile page). With it, the handler's 2 MiB page and 192 KiB of
// article text (server.DefaultLimits), every hostile page stays within 96
// MiB of linear memory (65 MiB at most): scripts/extension/engine-memory.mjs
// measures them. Without these, a 5 MiB page took up to 241 MiB.
const memoryLimit = 32 << 20

func main() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(memoryLimit)
	quit := make(chan struct{})
	workers.ServeNonBlock(recoverer(server.New()))
	// quit() ends the program, so that the glue can hand an idle instance's
	// memory back to the browser: Go's WebAssembly memory never shrinks.
	var quitFn js.Func
	quitFn = js.FuncOf(func(js.Value, []js.Value) any {
		quitFn.Release()
		close(quit)
		return nil
	})
	js.Global().Get("context").Get("binding").Set("quit", quitFn)
	workers.Ready()
	// Otherwise the instance lives as long as its context, unlike
	// workers.Serve, which ends after the first response is read.
	<-quit
}

// recoverer turns a panic in a handler into a 500 response. Without it a
// panic in the handler's goroutine ends the Go program, every pending call's
// promise would never settle, and the glue would have to restart the instance.
func recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				w.Header().Set("Content-Type", "application/json; charset=utf-8")
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprintf(w, `{"error":{"status":500,"message":%q}}`+"\n",
					fmt.Sprintf("engine panic: %v\n%s", v, debug.Stack()))
			}
		}()
		h.ServeHTTP(w, r)
	})
}
