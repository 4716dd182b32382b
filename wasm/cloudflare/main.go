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
//
// The Worker's guard comes from its env (globalThis.context.env, which
// worker.mjs sets before main runs):
//
//	QUOTELENS_API_KEY      a secret; when set, analyze and export need Authorization: Bearer KEY
//	ALLOWED_ORIGINS        browser origins allowed across sites, comma-separated ("*": any); none by default
//	QUOTELENS_RATE_LIMITER a Rate Limiting binding, asked once per analysis or export, per key
//	QUOTELENS_RATE_LIMIT   "off" skips the binding (the local load test sets it)
//
// Its limits are server.WorkerLimits.
package main

import (
	"context"
	"errors"
	"net/http"
	"runtime/debug"
	"strings"
	"syscall/js"
	"time"

	"github.com/syumai/workers"

	"github.com/quotelens/quotelens/internal/server"
)

// memoryLimit is the Go heap's soft limit: near it the collector runs
// harder instead of growing the linear memory, which never shrinks and
// shares the isolate's 128 MB with the JS heap and the compiled module.
const memoryLimit = 48 << 20

// pauseEvery is how often an analysis pauses (yieldToEventLoop), where the
// engine reads its clock or yields (analysis.Options.Yield: every few KiB
// of page parsed, every few thousand nodes, every 16 blocks attributed), so
// that /v1/health is answered during a long analysis, not after it.
const pauseEvery = 10 * time.Millisecond

// yieldToEventLoop returns to the isolate's event loop until a 0 ms timer
// fires: whatever came in meanwhile (a health check, a request waiting for
// the engine) runs first. A Go sleep would do it too, but it asks for at
// least 1 ms, which the event loop may stretch much further.
func yieldToEventLoop() {
	done := make(chan struct{})
	cb := js.FuncOf(func(js.Value, []js.Value) any {
		close(done)
		return nil
	})
	defer cb.Release()
	js.Global().Call("setTimeout", cb, 0)
	<-done
}

func main() {
	debug.SetMemoryLimit(memoryLimit)
	ctx := js.Global().Get("context")
	opts := options(ctx.Get("env"))
	// worker.mjs keeps the engine slots (see server.Options.HostGate): it
	// reads them here, from the one place the Worker's limits are stated.
	ctx.Get("binding").Set("engineSlots", opts.Limits.EngineSlots)
	ctx.Get("binding").Set("engineWaitMs", opts.Limits.EngineWait.Milliseconds())
	ctx.Get("binding").Set("maxBodyBytes", max(opts.Limits.MaxPageBytes, opts.Limits.MaxExportBytes))
	workers.ServeNonBlock(server.NewWith(opts))
	workers.Ready()
	select {}
}

// options reads the guard from the Worker's env.
func options(env js.Value) server.Options {
	opts := server.Options{
		Limits:               server.WorkerLimits,
		APIKey:               envString(env, "QUOTELENS_API_KEY"),
		RefuseSimpleRequests: true,
		HostGate:             true,
		Pause:                yieldToEventLoop,
		PauseEvery:           pauseEvery,
		ClientKey:            func(r *http.Request) string { return r.Header.Get("CF-Connecting-IP") },
	}
	for _, o := range strings.Split(envString(env, "ALLOWED_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			opts.AllowedOrigins = append(opts.AllowedOrigins, o)
		}
	}
	if env.Type() == js.TypeObject && envString(env, "QUOTELENS_RATE_LIMIT") != "off" {
		if rl := env.Get("QUOTELENS_RATE_LIMITER"); rl.Type() == js.TypeObject {
			opts.RateLimit = func(_ context.Context, key string) (bool, error) {
				return rateLimit(rl, key)
			}
		}
	}
	return opts
}

func envString(env js.Value, name string) string {
	if env.Type() != js.TypeObject {
		return ""
	}
	if v := env.Get(name); v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

// rateLimit calls the binding's limit({key}) and waits for its
// {success}.
func rateLimit(binding js.Value, key string) (ok bool, err error) {
	defer func() {
		// A JS exception (a binding without limit) surfaces as a panic.
		if v := recover(); v != nil {
			ok, err = true, errors.New("rate limiter: call failed")
		}
	}()
	arg := js.Global().Get("Object").New()
	arg.Set("key", key)
	v, err := await(binding.Call("limit", arg))
	if err != nil {
		return true, err
	}
	return v.Get("success").Truthy(), nil
}

// await waits for a JS promise. It waits for the promise to settle even
// if ctx ends first: a callback released before the promise settles would
// throw in JS.
func await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	var then, catch js.Func
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: args[0]}
		return nil
	})
	catch = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: errors.New("rate limiter: " + args[0].Call("toString").String())}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	promise.Call("then", then, catch)
	r := <-ch
	return r.v, r.err
}
