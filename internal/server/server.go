// Package server is the HTTP face of the engine: the one handler that the
// browser extension's background and the Cloudflare Worker both serve.
//
// Every answer is JSON except a successful export, and every error is
//
//	{"error": {"status": CODE, "message": "…"}}
//
// with the status a client can act on: 400 for a malformed request, 404 for
// an unknown path, 405 for a wrong method (with Allow), 413 for a body over
// the host's Limits (for the extension a 2 MiB page, ExtensionPageBytes, and
// a 5 MiB export, MaxBodyBytes) or a posted
// Analysis larger than the engine makes (export.ErrTooLarge), 415 for an
// unsupported Content-Type. A 500 means a
// bug in the engine: a panic is recovered and answered, never let through
// (on the Worker it would end the Go instance).
package server

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"mime"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/export"
	"github.com/quotelens/quotelens/internal/jsontext"
)

// MaxBodyBytes is the largest request body the handler reads: 5 MiB.
const MaxBodyBytes = 5 << 20

// now is the clock for export dates; tests set it.
var now = time.Now

// New returns the handler:
//
//	GET  /v1/health   {"status":"ok","engine":VERSION}
//	POST /v1/analyze  text/html, text/plain, or application/json
//	                  {"html":…,"url":…} | {"text":…} → the Analysis
//	POST /v1/export?format=json|markdown|csv|annotation
//	                  application/json {"analysis":…,"url":…,"title":…,"date":…},
//	                  or a page as for /v1/analyze → the export file
//
// It is the browser extension's handler: DefaultLimits, open, no CORS.
func New() http.Handler {
	return NewWith(Options{Limits: DefaultLimits})
}

// NewWith returns the handler with opts: the Worker's, with its limits, API
// key, CORS origins and rate limit. /v1/health never waits for the engine
// nor asks for the key, and says how the handler is guarded:
//
//	{"auth":"open"|"bearer","engine":VERSION,"limits":{…},"status":"ok"}
func NewWith(opts Options) http.Handler {
	h := &handler{guard: newGuard(opts), limits: opts.Limits}
	return recoverer(http.HandlerFunc(h.route))
}

// handler serves the routes under one guard and one set of limits.
type handler struct {
	guard  *guard
	limits Limits
}

// route dispatches on the exact path. (http.ServeMux would answer some
// unclean paths with a redirect in HTML; here every unknown path is a 404
// in JSON.)
func (h *handler) route(w http.ResponseWriter, r *http.Request) {
	if !h.guard.cors(w, r) {
		return
	}
	switch r.URL.Path {
	case "/v1/health":
		h.health(w, r)
	case "/v1/analyze":
		h.engineRoute(w, r, h.analyze)
	case "/v1/export":
		h.engineRoute(w, r, h.export)
	default:
		notFound(w, r)
	}
}

// engineRoute checks what every route into the engine needs, in order:
// the method, the API key, the rate limit; serve then reads the body and
// takes an engine slot. The body is read first: on Workers a request's body
// can only be read from that request's own I/O context, and a Go goroutine
// woken by another request's event runs in that request's context.
func (h *handler) engineRoute(w http.ResponseWriter, r *http.Request, serve http.HandlerFunc) {
	if r.Method != http.MethodPost {
		methodNotAllowed(w, http.MethodPost)
		return
	}
	if !h.guard.authorize(w, r) || !h.guard.rateLimit(w, r) {
		return
	}
	serve(w, r)
}

func (h *handler) health(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, http.MethodGet+", "+http.MethodHead)
		return
	}
	l := h.limits
	writeJSON(w, http.StatusOK, func(w *jsontext.Writer) {
		w.BeginObject()
		w.StringMember("auth", h.guard.authMode())
		w.StringMember("engine", analysis.Version)
		w.Name("limits")
		w.BeginObject()
		w.Name("analysisTimeMs")
		w.Int(int(l.AnalysisTime.Milliseconds()))
		w.Name("engineSlots")
		w.Int(l.EngineSlots)
		w.Name("engineWaitMs")
		w.Int(int(l.EngineWait.Milliseconds()))
		w.Name("maxExportBytes")
		w.Int(int(l.MaxExportBytes))
		w.Name("maxExportQuotes")
		w.Int(l.MaxExportQuotes)
		w.Name("maxPageBytes")
		w.Int(int(l.MaxPageBytes))
		w.EndObject()
		w.StringMember("status", "ok")
		w.EndObject()
	})
}

func notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("no such path %q: the routes are GET /v1/health, POST /v1/analyze, POST /v1/export?format=json|markdown|csv|annotation", r.URL.Path))
}

// request is the JSON form of an analyze or export request.
type request struct {
	HTML string `json:"html"`
	Text string `json:"text"`
	URL  string `json:"url"`
	// Export only. Analysis is the value posted, null included, or nil.
	Analysis *jsontext.Value `json:"analysis"`
	Title    string          `json:"title"`
	Date     string          `json:"date"`
}

var requestFields = []string{"html", "text", "url", "analysis", "title", "date"}

// decodeRequest decodes a JSON request body into req as json.Unmarshal
// would, with its errors.
func decodeRequest(body []byte, req *request) error {
	v, err := jsontext.Parse(body)
	if err != nil {
		return err
	}
	var d jsontext.Decoder
	d.Object(v, "server.request", requestFields, func(name string, v *jsontext.Value) {
		switch name {
		case "html":
			d.String(v, &req.HTML)
		case "text":
			d.String(v, &req.Text)
		case "url":
			d.String(v, &req.URL)
		case "analysis":
			req.Analysis = v
		case "title":
			d.String(v, &req.Title)
		case "date":
			d.String(v, &req.Date)
		}
	})
	return d.Err()
}

// pageTypes are the Content-Types a page may be posted as.
var pageTypes = []string{"text/html", "application/xhtml+xml", "text/plain", "application/json"}

func (h *handler) analyze(w http.ResponseWriter, r *http.Request) {
	ct, ok := h.contentType(w, r, h.limits.MaxPageBytes)
	if !ok {
		return
	}
	body, ok := readBody(w, r, h.limits.MaxPageBytes)
	if !ok || !h.guard.acquire(w, r) {
		return
	}
	defer h.guard.release()
	opts, pace := h.engineOptions(r.URL.Query().Get("url"))
	var req request
	if ct == "application/json" {
		if !decodeJSON(w, body, &req) {
			return
		}
		if req.URL != "" {
			opts.URL = req.URL
		}
		if req.HTML == "" && req.Text == "" {
			writeError(w, http.StatusBadRequest, `JSON needs a non-empty "html" or "text"`)
			return
		}
		// The page is in req now: the raw body can go before the engine
		// runs (5 MiB fewer held while a page of 5 MiB is parsed).
		body = nil
	}
	start := time.Now()
	a, err := analyse(ct, body, &req, opts)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	// Server-Timing tells a client how much of its wait was the analysis
	// itself (the browser extension's benchmark reads it).
	w.Header().Set("Server-Timing", fmt.Sprintf("analyze;dur=%.1f", float64(time.Since(start).Microseconds())/1000))
	pace.now()
	// The JSON of a hostile page's Analysis can be megabytes: it is
	// written with pauses too.
	writeJSON(w, http.StatusOK, func(jw *jsontext.Writer) { a.EncodeJSONYield(jw, pace.yield) })
}

// engineOptions are the engine's options for one analysis: its time budget,
// and a clock that pauses (Options.Pause) as the engine reads it or yields.
func (h *handler) engineOptions(url string) (analysis.Options, *pacer) {
	p := &pacer{pause: h.guard.opts.Pause, every: h.guard.opts.PauseEvery, last: time.Now()}
	opts := analysis.Options{URL: url, MaxTime: h.limits.AnalysisTime, MaxArticleBytes: h.limits.ArticleBytes, Now: p.now}
	if p.pause != nil {
		opts.Yield = p.yield
	}
	return opts, p
}

// analyse runs the engine on a page: the body as it is for text/html and
// text/plain, the html or text field of req for JSON.
func analyse(ct string, body []byte, req *request, opts analysis.Options) (*analysis.Analysis, error) {
	switch ct {
	case "text/html", "application/xhtml+xml":
		return analysis.HTML(body, opts)
	case "text/plain":
		return analysis.Text(string(body), opts), nil
	}
	if req.HTML != "" {
		return analysis.HTML([]byte(req.HTML), opts)
	}
	return analysis.Text(req.Text, opts), nil
}

// export serves POST /v1/export?format=…: it renders an Analysis the
// client posts ({"analysis": …}), or analyses the page it posts first.
func (h *handler) export(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := export.JSON
	if s := q.Get("format"); s != "" {
		f, err := export.ParseFormat(s)
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		format = f
	}
	// A JSON body may hold a page or an Analysis: read up to the larger
	// cap, and check the smaller once the body says which it is.
	ct, ok := h.contentType(w, r, h.limits.MaxPageBytes)
	if !ok {
		return
	}
	bodyCap := h.limits.MaxPageBytes
	if ct == "application/json" {
		bodyCap = max(bodyCap, h.limits.MaxExportBytes)
	}
	body, ok := readBody(w, r, bodyCap)
	if !ok || !h.guard.acquire(w, r) {
		return
	}
	defer h.guard.release()
	req := request{URL: q.Get("url"), Title: q.Get("title"), Date: q.Get("date")}
	if ct == "application/json" {
		var in request
		if !decodeJSON(w, body, &in) {
			return
		}
		req.HTML, req.Text, req.Analysis = in.HTML, in.Text, in.Analysis
		if in.URL != "" {
			req.URL = in.URL
		}
		if in.Title != "" {
			req.Title = in.Title
		}
		if in.Date != "" {
			req.Date = in.Date
		}
	}
	date, err := parseDate(req.Date)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	var a *analysis.Analysis
	switch {
	case ct == "application/json" && req.Analysis != nil && req.Analysis.Kind != jsontext.Null:
		if !h.exportFits(w, int64(len(body)), req.Analysis) {
			return
		}
		a = new(analysis.Analysis)
		if err := a.DecodeJSON(req.Analysis); err != nil {
			writeError(w, http.StatusBadRequest, `malformed "analysis": `+err.Error())
			return
		}
	case ct == "application/json" && req.HTML == "" && req.Text == "":
		writeError(w, http.StatusBadRequest, `JSON needs "analysis" (an Analysis), or a non-empty "html" or "text" to analyse`)
		return
	case int64(len(body)) > h.limits.MaxPageBytes:
		tooLarge(w, h.limits.MaxPageBytes, "page")
		return
	default:
		opts, pace := h.engineOptions(req.URL)
		a, err = analyse(ct, body, &req, opts)
		pace.now()
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
	}
	page := export.Page{URL: req.URL, Title: req.Title, Date: date}
	var buf bytes.Buffer
	if err := export.Render(&buf, format, a, page); err != nil {
		// An Analysis with more quotes, speakers or disputes than the
		// engine ever makes is refused before anything is rendered: 413,
		// like every other body over a limit.
		if errors.Is(err, export.ErrTooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, err.Error())
			return
		}
		// Otherwise the renderers fail only on a bug (or an unencodable value).
		writeError(w, http.StatusInternalServerError, "render "+string(format)+": "+err.Error())
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", format.ContentType())
	hdr.Set("Content-Disposition", `attachment; filename="`+export.Filename(format, a, page)+`"`)
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	hdr.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
}

// parseDate reads the date of analysis: RFC 3339, or a plain YYYY-MM-DD
// (midnight UTC); empty means now.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return now().UTC().Truncate(time.Second), nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf(`malformed "date" %q: use RFC 3339 (2026-11-24T10:00:00Z) or YYYY-MM-DD`, s)
}

// contentType checks the Content-Type against pageTypes (and the guard's
// refusal of simple requests) and a declared Content-Length against limit,
// before the request waits for an engine slot. On failure it has answered
// the request and returns ok false.
func (h *handler) contentType(w http.ResponseWriter, r *http.Request, limit int64) (ct string, ok bool) {
	raw := r.Header.Get("Content-Type")
	if raw == "" {
		writeError(w, http.StatusUnsupportedMediaType, "missing Content-Type: send "+strings.Join(pageTypes, ", "))
		return "", false
	}
	ct, _, err := mime.ParseMediaType(raw)
	if err != nil || !slices.Contains(pageTypes, ct) {
		writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("unsupported Content-Type %q: send %s", raw, strings.Join(pageTypes, ", ")))
		return "", false
	}
	if !h.guard.simpleRequest(w, r, ct) {
		return "", false
	}
	if ct == "application/json" {
		limit = max(limit, h.limits.MaxExportBytes)
	}
	if r.ContentLength > limit {
		tooLarge(w, limit, "body")
		return "", false
	}
	return ct, true
}

// readBody reads the body, at most limit bytes of it. On failure it has
// answered the request and returns ok false.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) (body []byte, ok bool) {
	if r.Body == nil {
		writeError(w, http.StatusBadRequest, "empty body")
		return nil, false
	}
	// A declared length is read into a buffer of that size at once:
	// io.ReadAll would grow one by doubling, leaving as much again in
	// garbage.
	var buf bytes.Buffer
	if r.ContentLength > 0 && r.ContentLength <= limit {
		buf.Grow(int(r.ContentLength) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	body = buf.Bytes()
	if err != nil {
		var big *http.MaxBytesError
		if errors.As(err, &big) {
			tooLarge(w, limit, "body")
			return nil, false
		}
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return nil, false
	}
	if len(bytes.TrimSpace(body)) == 0 {
		writeError(w, http.StatusBadRequest, "empty body")
		return nil, false
	}
	return body, true
}

// exportFits checks a posted Analysis against the export limits before it
// is decoded: its body size and its count of quotes.
func (h *handler) exportFits(w http.ResponseWriter, size int64, v *jsontext.Value) bool {
	if size > h.limits.MaxExportBytes {
		tooLarge(w, h.limits.MaxExportBytes, "export body")
		return false
	}
	if h.limits.MaxExportQuotes <= 0 || v.Kind != jsontext.Object {
		return true
	}
	for _, m := range v.Members {
		if m.Name == "quotes" && len(m.Value.Elems) > h.limits.MaxExportQuotes {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("analysis has %d quotes, over the limit of %d", len(m.Value.Elems), h.limits.MaxExportQuotes))
			return false
		}
	}
	return true
}

// decodeJSON decodes a JSON request body into req, answering 400 if it is
// malformed.
func decodeJSON(w http.ResponseWriter, body []byte, req *request) bool {
	if err := decodeRequest(body, req); err != nil {
		writeError(w, http.StatusBadRequest, "malformed JSON: "+err.Error())
		return false
	}
	return true
}

// tooLarge answers 413 for a body (or the part of it named what) over
// limit bytes.
func tooLarge(w http.ResponseWriter, limit int64, what string) {
	writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("%s over the %s limit (%d bytes)", what, sizeName(limit), limit))
}

// sizeName writes a byte count in MiB or KiB when it is a whole number of
// them.
func sizeName(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " B"
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, "method not allowed: use "+allow)
}

// writeJSON answers with the JSON value that encode makes, compact, without
// HTML escaping, and with a final newline, as a json.Encoder with
// SetEscapeHTML(false) writes it; like the Encoder, it writes no body when
// encode meets a value JSON cannot hold (a NaN).
func writeJSON(w http.ResponseWriter, status int, encode func(*jsontext.Writer)) {
	var jw jsontext.Writer
	encode(&jw)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if jw.Err() == nil {
		_, _ = w.Write(append(jw.Bytes(), '\n'))
	}
}

// writeError answers {"error":{"message":msg,"status":status}}.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, func(w *jsontext.Writer) {
		w.BeginObject()
		w.Name("error")
		w.BeginObject()
		w.StringMember("message", msg)
		w.Name("status")
		w.Int(status)
		w.EndObject()
		w.EndObject()
	})
}

// recoverer answers 500 JSON for a panic in h, if h has not begun its answer
// yet, and logs it with its stack. Nothing is re-panicked: on the Worker a
// panic that left the handler's goroutine would end the Go instance.
func recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &watchWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				log.Printf("quotelens: panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
				if !rw.started {
					writeError(w, http.StatusInternalServerError, "internal error: the engine failed on this request (a bug; please report it with the page)")
				}
			}
		}()
		h.ServeHTTP(rw, r)
	})
}

// watchWriter notes whether the answer has begun.
type watchWriter struct {
	http.ResponseWriter
	started bool
}

func (w *watchWriter) WriteHeader(code int) {
	w.started = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *watchWriter) Write(b []byte) (int, error) {
	w.started = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController and MaxBytesReader reach the writer.
func (w *watchWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
