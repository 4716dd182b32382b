//go:build js && wasm

// Command crashapp is a Worker that can be made to die on purpose, so that
// scripts/worker/glue.test.mjs can check that wasm/cloudflare/worker.mjs
// answers 500 and starts a new Go instance. It is a test fixture, never
// deployed.
//
//	GET /ok     200 "ok"
//	GET /exit   os.Exit(3)
//	GET /panic  a panic in a goroutine of its own, which no recover sees
package main

import (
	"fmt"
	"net/http"
	"os"

	"github.com/syumai/workers"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "ok")
	})
	mux.HandleFunc("/exit", func(http.ResponseWriter, *http.Request) {
		os.Exit(3)
	})
	mux.HandleFunc("/panic", func(http.ResponseWriter, *http.Request) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			panic("crashapp: boom")
		}()
		<-done
	})
	workers.ServeNonBlock(mux)
	workers.Ready()
	select {}
}
