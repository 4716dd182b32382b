package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/article"
)

// workerOptions are the Worker's options with a key, one allowed origin and
// small caps, so the tests can reach them.
func workerOptions() Options {
	l := WorkerLimits
	l.MaxPageBytes = 4 << 10
	l.MaxExportBytes = 8 << 10
	l.MaxExportQuotes = 3
	l.EngineWait = 20 * time.Millisecond
	return Options{
		Limits:               l,
		APIKey:               "s3cret",
		AllowedOrigins:       []string{"https://app.example"},
		RefuseSimpleRequests: true,
	}
}

func send(h http.Handler, method, target string, headers map[string]string, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	for k, v := range headers {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestGuard(t *testing.T) {
	h := NewWith(workerOptions())
	open := NewWith(Options{Limits: WorkerLimits, RefuseSimpleRequests: true})
	key := "Bearer s3cret"
	emptyQuotes := func(n int) string {
		return `{"analysis":{"quotes":[` + strings.TrimSuffix(strings.Repeat("{},", n), ",") + `]}}`
	}
	cases := []struct {
		desc    string
		h       http.Handler
		method  string
		path    string
		headers map[string]string
		body    string
		status  int
		header  string // a header the answer must carry, "Name: value"
		noCORS  bool   // the answer must carry no CORS header
	}{
		{"health needs no key", h, "GET", "/v1/health", nil, "", 200, "", true},
		{"missing key", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html"}, page, 401, `Www-Authenticate: Bearer realm="quotelens"`, true},
		{"wrong key", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Authorization": "Bearer s3creT"}, page, 401, "", true},
		{"key not bearer", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Authorization": "Basic s3cret"}, page, 401, "", true},
		{"right key", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Authorization": key}, page, 200, "", true},
		{"bearer is case-blind", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Authorization": "bearer s3cret"}, page, 200, "", true},
		{"export needs the key", h, "POST", "/v1/export", map[string]string{"Content-Type": "application/json"}, emptyQuotes(1), 401, "", true},
		{"open: text/plain refused", open, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/plain"}, "“Hi,” she said.", 415, "", true},
		{"open: text/plain with Authorization", open, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/plain", "Authorization": "Bearer x"}, "“Hi,” she said.", 200, "", true},
		{"open: form refused", open, "POST", "/v1/analyze", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, "a=b", 415, "", true},
		{"open: JSON runs", open, "POST", "/v1/analyze", map[string]string{"Content-Type": "application/json"}, `{"text":"“Hi,” she said."}`, 200, "", true},
		{"cross-site text/plain with key", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/plain", "Origin": "https://evil.example"}, "x", 403, "", true},
		{"CORS off by default", open, "POST", "/v1/analyze", map[string]string{"Content-Type": "application/json", "Origin": "https://app.example"}, `{"text":"x"}`, 403, "", true},
		{"preflight, origin not allowed", h, "OPTIONS", "/v1/analyze", map[string]string{"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}, "", 403, "", true},
		{"preflight, origin allowed", h, "OPTIONS", "/v1/analyze", map[string]string{"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}, "", 204, "Access-Control-Allow-Headers: Authorization, Content-Type", false},
		{"allowed origin", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Origin": "https://app.example", "Authorization": key}, page, 200, "Access-Control-Allow-Origin: https://app.example", false},
		{"page over the cap", h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Authorization": key}, strings.Repeat("a", 4<<10+1), 413, "", true},
		{"JSON page over the page cap", h, "POST", "/v1/export", map[string]string{"Content-Type": "application/json", "Authorization": key}, `{"text":"` + strings.Repeat("a", 5<<10) + `"}`, 413, "", true},
		{"export body over the cap", h, "POST", "/v1/export", map[string]string{"Content-Type": "application/json", "Authorization": key}, emptyQuotes(3) + strings.Repeat(" ", 8<<10), 413, "", true},
		{"export with quotes over the cap", h, "POST", "/v1/export", map[string]string{"Content-Type": "application/json", "Authorization": key}, emptyQuotes(4), 413, "", true},
		{"export with disputes over the engine's", h, "POST", "/v1/export", map[string]string{"Content-Type": "application/json", "Authorization": key}, `{"analysis":{"disputes":[` + strings.Repeat("{},", analysis.MaxDisputes) + `{}]}}`, 413, "", true},
		{"export at the quote cap", h, "POST", "/v1/export", map[string]string{"Content-Type": "application/json", "Authorization": key}, emptyQuotes(3), 200, "", true},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			w := send(c.h, c.method, c.path, c.headers, c.body)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			if name, value, ok := strings.Cut(c.header, ": "); ok && w.Header().Get(name) != value {
				t.Errorf("%s = %q, want %q", name, w.Header().Get(name), value)
			}
			if got := w.Header().Get("Access-Control-Allow-Origin"); c.noCORS && got != "" {
				t.Errorf("Access-Control-Allow-Origin %q, want none", got)
			}
		})
	}
}

func TestHealthSaysHowItIsGuarded(t *testing.T) {
	cases := []struct {
		desc string
		opts Options
		want string
	}{
		{"open", Options{Limits: WorkerLimits}, `"auth":"open"`},
		{"key", Options{Limits: WorkerLimits, APIKey: "k"}, `"auth":"bearer"`},
		{"limits", Options{Limits: WorkerLimits}, `"maxPageBytes":262144`},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			w := send(NewWith(c.opts), "GET", "/v1/health", nil, "")
			if w.Code != 200 || !strings.Contains(w.Body.String(), c.want) {
				t.Errorf("health %d %s, want %s", w.Code, w.Body, c.want)
			}
		})
	}
}

func TestRateLimit(t *testing.T) {
	var keys []string
	limit := func(allow bool, err error) func(context.Context, string) (bool, error) {
		return func(_ context.Context, key string) (bool, error) {
			keys = append(keys, key)
			return allow, err
		}
	}
	cases := []struct {
		desc   string
		opts   Options
		auth   string
		status int
		key    string
	}{
		{"allowed, by key", Options{APIKey: "k", RateLimit: limit(true, nil)}, "Bearer k", 200, "key:"},
		{"refused", Options{APIKey: "k", RateLimit: limit(false, nil)}, "Bearer k", 429, "key:"},
		{"limiter fails open", Options{APIKey: "k", RateLimit: limit(false, errors.New("down"))}, "Bearer k", 200, "key:"},
		{"wrong key is not counted", Options{APIKey: "k", RateLimit: limit(false, nil)}, "Bearer x", 401, ""},
		{"open, by client", Options{RateLimit: limit(false, nil), ClientKey: func(*http.Request) string { return "203.0.113.9" }}, "", 429, "client:203.0.113.9"},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			keys = nil
			c.opts.Limits = WorkerLimits
			w := send(NewWith(c.opts), "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html", "Authorization": c.auth}, page)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			if c.status == 429 && w.Header().Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
			if c.key == "" && len(keys) != 0 || c.key != "" && (len(keys) != 1 || !strings.HasPrefix(keys[0], c.key)) {
				t.Errorf("limiter keys %q, want one starting %q", keys, c.key)
			}
		})
	}
}

func TestBusy(t *testing.T) {
	opts := workerOptions()
	opts.APIKey = ""
	g := newGuard(opts)
	h := recoverer(http.HandlerFunc((&handler{guard: g, limits: opts.Limits}).route))
	json := map[string]string{"Content-Type": "application/json"}
	g.slots <- struct{}{} // an analysis holds the engine
	for _, path := range []string{"/v1/analyze", "/v1/export"} {
		w := send(h, "POST", path, json, `{"text":"“Hi,” she said."}`)
		if w.Code != 503 || w.Header().Get("Retry-After") != "1" {
			t.Errorf("%s while busy: %d, Retry-After %q, want 503 and 1", path, w.Code, w.Header().Get("Retry-After"))
		}
	}
	if w := send(h, "GET", "/v1/health", nil, ""); w.Code != 200 {
		t.Errorf("health while busy: %d", w.Code)
	}
	// A request that waits gets the slot once it is free.
	g.opts.Limits.EngineWait = 10 * time.Second
	done := make(chan int)
	go func() { done <- send(h, "POST", "/v1/analyze", json, `{"text":"x"}`).Code }()
	time.Sleep(5 * time.Millisecond)
	g.release()
	if code := <-done; code != 200 {
		t.Errorf("after the slot was freed: %d", code)
	}
}

func TestHostGate(t *testing.T) {
	// With HostGate the handler never waits, and health still reports the
	// slots.
	opts := workerOptions()
	opts.APIKey = ""
	opts.HostGate = true
	g := newGuard(opts)
	if g.slots != nil {
		t.Fatal("the handler keeps slots of its own")
	}
	w := send(NewWith(opts), "GET", "/v1/health", nil, "")
	if !strings.Contains(w.Body.String(), `"engineSlots":1`) {
		t.Errorf("health %s", w.Body)
	}
}

func TestDefaultHandlerUnchanged(t *testing.T) {
	// The browser extension's handler: open, text/plain accepted, 5 MiB.
	h := New()
	w := send(h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/plain"}, "“Hi,” she said.")
	if w.Code != 200 {
		t.Errorf("text/plain: %d", w.Code)
	}
	w = send(h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html"}, string(bytes.Repeat([]byte("a"), 2<<20)))
	if w.Code != 200 {
		t.Errorf("2 MiB page: %d", w.Code)
	}
}

func TestPacer(t *testing.T) {
	cases := []struct {
		desc    string
		every   time.Duration
		nopause bool
		reads   int
		want    int
	}{
		{"no pause hook", 0, true, 5, 0},
		{"every read once due", 0, false, 5, 5},
		{"not yet due", time.Hour, false, 5, 0},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			n := 0
			p := &pacer{every: c.every, last: time.Now()}
			if !c.nopause {
				p.pause = func() { n++ }
			}
			for range c.reads {
				p.now()
			}
			if n != c.want {
				t.Errorf("%d pauses, want %d", n, c.want)
			}
		})
	}
}

func TestPauseWhileParsing(t *testing.T) {
	// A page with one paragraph and much markup: the engine reads its
	// clock only a few times, so the pauses come from its Yield while the
	// page is parsed.
	page := "<html><body><article><p>The council said the bridge would close.</p>" +
		strings.Repeat(`<div class="x"><span>a</span></div>`, 8000) + "</article></body></html>"
	pauses := 0
	h := NewWith(Options{Limits: DefaultLimits, Pause: func() { pauses++ }})
	w := send(h, "POST", "/v1/analyze", map[string]string{"Content-Type": "text/html"}, page)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if want := len(page) / (2 * article.YieldBytes); pauses < want {
		t.Errorf("%d pauses over a %d-byte page, want at least %d", pauses, len(page), want)
	}
}

// TestArticleBytes checks that a host's Limits.ArticleBytes reaches the
// engine: the extension's handler reads 192 KiB of article text, the
// engine's own budget 512 KiB.
func TestArticleBytes(t *testing.T) {
	text := "“Hi,” she said.\n" + strings.Repeat("word ", 300<<10/5)
	for _, c := range []struct {
		desc      string
		limits    Limits
		truncated string
	}{
		{"extension: 192 KiB", DefaultLimits, analysis.LimitArticle},
		{"engine's own: 512 KiB", Limits{MaxPageBytes: MaxBodyBytes}, ""},
	} {
		t.Run(c.desc, func(t *testing.T) {
			w := send(NewWith(Options{Limits: c.limits}), "POST", "/v1/analyze", map[string]string{"Content-Type": "text/plain"}, text)
			var a struct {
				Truncated string `json:"truncated"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil || w.Code != 200 {
				t.Fatalf("status %d, %v: %.200s", w.Code, err, w.Body)
			}
			if a.Truncated != c.truncated {
				t.Errorf("truncated %q, want %q", a.Truncated, c.truncated)
			}
		})
	}
}
