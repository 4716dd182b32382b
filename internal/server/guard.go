package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Options configure the handler for a host open to the network (the
// Worker). The zero Options, with DefaultLimits, is the browser extension's
// handler: open, no CORS, no cap on concurrent analyses.
type Options struct {
	Limits Limits
	// APIKey, when set, must come as "Authorization: Bearer KEY" on
	// /v1/analyze and /v1/export (compared in constant time); without it the
	// handler runs open and says so in /v1/health.
	APIKey string
	// AllowedOrigins are the browser origins ("https://app.example") that
	// may call the API across sites; "*" allows any. Empty: none. A request
	// with an Origin header not in the list is refused 403, and no answer
	// carries CORS headers for it.
	AllowedOrigins []string
	// RefuseSimpleRequests refuses the Content-Type a cross-site form or
	// fetch may send without a CORS preflight (text/plain) unless the
	// request carries an Authorization header, which no such request can.
	RefuseSimpleRequests bool
	// RateLimit, if set, is asked before each analysis or export, with the
	// caller's key (the API key, or the client address when running open);
	// false answers 429.
	RateLimit func(ctx context.Context, key string) (bool, error)
	// ClientKey names the client of an open handler for RateLimit (the
	// Worker reads CF-Connecting-IP); nil uses "open".
	ClientKey func(r *http.Request) string
	// HostGate says the host keeps Limits.EngineSlots and EngineWait
	// itself, before it calls the handler, which then only reports them.
	// The Worker's glue does: on Workers a request that waits must wait on
	// a timer of its own I/O context, and a Go timer belongs to whichever
	// request's event the Go instance happens to run in, so workerd
	// cancels the waiting request as hung.
	HostGate bool
	// Pause, if set, is called as an analysis runs (each time the engine
	// reads its clock or yields, see analysis.Options.Yield, and before
	// the answer is encoded) once PauseEvery has passed since the last
	// call. In wasm a Go instance
	// shares its thread with the host's event loop: the Worker sleeps there
	// for a moment, which returns to the event loop so that health and
	// other requests are answered while a long analysis runs.
	Pause      func()
	PauseEvery time.Duration
}

// pacer calls Options.Pause at most once per PauseEvery.
type pacer struct {
	pause func()
	every time.Duration
	last  time.Time
}

// now is the engine's clock: it reads the time, pausing first if due.
func (p *pacer) now() time.Time {
	t := time.Now()
	if p.pause == nil || t.Sub(p.last) < p.every {
		return t
	}
	p.pause()
	p.last = time.Now()
	return p.last
}

// yield is the engine's Yield: it pauses if due.
func (p *pacer) yield() { p.now() }

// RateLimitPeriod is the Retry-After of a 429, in seconds: Cloudflare's
// rate limiting binding counts over periods of 10 or 60 s.
const RateLimitPeriod = 60

// guard holds what the handler checks before it lets a request reach the
// engine.
type guard struct {
	opts   Options
	keySum [sha256.Size]byte
	slots  chan struct{}
}

func newGuard(opts Options) *guard {
	g := &guard{opts: opts}
	if opts.APIKey != "" {
		g.keySum = sha256.Sum256([]byte(opts.APIKey))
	}
	if opts.Limits.EngineSlots > 0 && !opts.HostGate {
		g.slots = make(chan struct{}, opts.Limits.EngineSlots)
	}
	return g
}

// authMode is what /v1/health says about authentication.
func (g *guard) authMode() string {
	if g.opts.APIKey == "" {
		return "open"
	}
	return "bearer"
}

// bearer returns the token of an "Authorization: Bearer TOKEN" header.
func bearer(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// authorize checks the API key. Comparing SHA-256 sums in constant time
// hides both the key's bytes and its length.
func (g *guard) authorize(w http.ResponseWriter, r *http.Request) bool {
	if g.opts.APIKey == "" {
		return true
	}
	token, ok := bearer(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="quotelens"`)
		writeError(w, http.StatusUnauthorized, "missing API key: send Authorization: Bearer KEY")
		return false
	}
	sum := sha256.Sum256([]byte(token))
	if subtle.ConstantTimeCompare(sum[:], g.keySum[:]) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="quotelens", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "wrong API key")
		return false
	}
	return true
}

// originAllowed reports whether a browser origin may call across sites.
func (g *guard) originAllowed(origin string) bool {
	return slices.Contains(g.opts.AllowedOrigins, "*") || slices.Contains(g.opts.AllowedOrigins, origin)
}

// cors answers preflights and refuses browser requests from origins not
// configured; it returns false when it has answered. A request without an
// Origin header (curl, a server, the extension's own calls) passes.
func (g *guard) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if !g.originAllowed(origin) {
		// Same-origin requests carry Origin too, but the API serves no
		// pages, so every browser request is cross-site.
		writeError(w, http.StatusForbidden, "cross-origin requests from "+strconv.Quote(origin)+" are not allowed (the Worker's ALLOWED_ORIGINS)")
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	if r.Method == http.MethodOptions {
		h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
		h.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return false
	}
	h.Set("Access-Control-Expose-Headers", "Content-Disposition, Retry-After, Server-Timing")
	return true
}

// simpleRequest refuses a body a cross-site page could send without a
// preflight, unless the request is authenticated by header.
func (g *guard) simpleRequest(w http.ResponseWriter, r *http.Request, ct string) bool {
	if !g.opts.RefuseSimpleRequests || ct != "text/plain" || r.Header.Get("Authorization") != "" {
		return true
	}
	writeError(w, http.StatusUnsupportedMediaType, "text/plain needs an Authorization header here (a cross-site form can send text/plain): send application/json or text/html")
	return false
}

// rateLimit asks Options.RateLimit, keyed by the API key or the client.
func (g *guard) rateLimit(w http.ResponseWriter, r *http.Request) bool {
	if g.opts.RateLimit == nil {
		return true
	}
	key := "open"
	if token, ok := bearer(r); ok && g.opts.APIKey != "" {
		sum := sha256.Sum256([]byte(token))
		key = "key:" + hex.EncodeToString(sum[:8])
	} else if g.opts.ClientKey != nil {
		key = "client:" + g.opts.ClientKey(r)
	}
	ok, err := g.opts.RateLimit(r.Context(), key)
	if err != nil {
		// The limiter is best effort: Cloudflare's binding is eventually
		// consistent anyway, so an error lets the request through.
		return true
	}
	if !ok {
		w.Header().Set("Retry-After", strconv.Itoa(RateLimitPeriod))
		writeError(w, http.StatusTooManyRequests, "rate limit exceeded: retry later")
		return false
	}
	return true
}

// acquire takes an engine slot, waiting up to Limits.EngineWait; on failure
// it has answered 503 with Retry-After. The caller calls release.
func (g *guard) acquire(w http.ResponseWriter, r *http.Request) bool {
	if g.slots == nil {
		return true
	}
	select {
	case g.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(g.opts.Limits.EngineWait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-r.Context().Done():
	}
	w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
	writeError(w, http.StatusServiceUnavailable, "busy: another analysis is running here; retry after "+strconv.Itoa(retryAfterSeconds)+" s")
	return false
}

func (g *guard) release() {
	if g.slots != nil {
		<-g.slots
	}
}
