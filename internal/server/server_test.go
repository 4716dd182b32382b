package server

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
)

const page = `<!doctype html><html lang="en"><head><title>Budget row</title></head>
<body><article><h1>Budget row deepens</h1>
<p>“We will pay every penny,” the minister, Jane Doe, said on Monday.</p>
<p>The opposition leader, John Roe, denied that the figures added up.</p>
</article></body></html>`

func do(t *testing.T, h http.Handler, method, target, ct string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	var r *http.Request
	if body == nil {
		r = httptest.NewRequest(method, target, nil)
	} else {
		r = httptest.NewRequest(method, target, bytes.NewReader(body))
	}
	if ct != "" {
		r.Header.Set("Content-Type", ct)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// errorBody is the shape of every error answer.
type errorBody struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

func TestStatuses(t *testing.T) {
	h := New()
	big := bytes.Repeat([]byte("a"), MaxBodyBytes+1)
	bigPage := bytes.Repeat([]byte("a"), ExtensionPageBytes+1)
	cases := []struct {
		name, method, target, ct string
		body                     []byte
		status                   int
		allow                    string // the Allow header a 405 must carry
		msg                      string // a part of the error message
	}{
		{"health", "GET", "/v1/health", "", nil, 200, "", ""},
		{"health HEAD", "HEAD", "/v1/health", "", nil, 200, "", ""},
		{"health POST", "POST", "/v1/health", "text/plain", []byte("x"), 405, "GET, HEAD", "method not allowed"},
		{"analyze html", "POST", "/v1/analyze?url=https://example.com/a", "text/html; charset=utf-8", []byte(page), 200, "", ""},
		{"analyze xhtml", "POST", "/v1/analyze", "application/xhtml+xml", []byte(page), 200, "", ""},
		{"analyze text", "POST", "/v1/analyze", "text/plain", []byte("“Hello,” she said."), 200, "", ""},
		{"analyze json html", "POST", "/v1/analyze", "application/json", mustJSON(t, map[string]string{"html": page, "url": "https://example.com/a"}), 200, "", ""},
		{"analyze json text", "POST", "/v1/analyze", "application/json", mustJSON(t, map[string]string{"text": "“Hello,” she said."}), 200, "", ""},
		{"analyze GET", "GET", "/v1/analyze", "", nil, 405, "POST", "use POST"},
		{"analyze PUT", "PUT", "/v1/analyze", "text/html", []byte(page), 405, "POST", "use POST"},
		{"analyze bad JSON", "POST", "/v1/analyze", "application/json", []byte(`{"html":`), 400, "", "malformed JSON"},
		{"analyze JSON wrong type", "POST", "/v1/analyze", "application/json", []byte(`{"html":42}`), 400, "", "malformed JSON"},
		{"analyze JSON trailing", "POST", "/v1/analyze", "application/json", []byte(`{"text":"a"} x`), 400, "", "malformed JSON"},
		{"analyze JSON no html", "POST", "/v1/analyze", "application/json", []byte(`{"url":"https://example.com"}`), 400, "", `"html" or "text"`},
		{"analyze JSON null", "POST", "/v1/analyze", "application/json", []byte(`null`), 400, "", `"html" or "text"`},
		{"analyze JSON array", "POST", "/v1/analyze", "application/json", []byte(`[1,2]`), 400, "", "malformed JSON"},
		{"analyze empty", "POST", "/v1/analyze", "text/html", []byte{}, 400, "", "empty body"},
		{"analyze blank", "POST", "/v1/analyze", "text/plain", []byte(" \n\t "), 400, "", "empty body"},
		{"analyze csv", "POST", "/v1/analyze", "text/csv", []byte("a,b"), 415, "", "unsupported Content-Type"},
		{"analyze form", "POST", "/v1/analyze", "application/x-www-form-urlencoded", []byte("a=b"), 415, "", "unsupported Content-Type"},
		{"analyze no type", "POST", "/v1/analyze", "", []byte(page), 415, "", "missing Content-Type"},
		{"analyze bad type", "POST", "/v1/analyze", "text/html; charset", []byte(page), 415, "", "unsupported Content-Type"},
		{"analyze too large", "POST", "/v1/analyze", "text/html", bigPage, 413, "", "2 MiB"},
		{"analyze just fits", "POST", "/v1/analyze", "text/plain", bytes.Repeat([]byte("a "), ExtensionPageBytes/2), 200, "", ""},
		{"export GET", "GET", "/v1/export?format=csv", "", nil, 405, "POST", "use POST"},
		{"export bad format", "POST", "/v1/export?format=pdf", "application/json", []byte(`{"analysis":{}}`), 400, "", "unknown export format"},
		{"export bad JSON", "POST", "/v1/export", "application/json", []byte(`{"analysis":`), 400, "", "malformed JSON"},
		{"export bad analysis", "POST", "/v1/export", "application/json", []byte(`{"analysis":{"quotes":"many"}}`), 400, "", `malformed "analysis"`},
		{"export nothing", "POST", "/v1/export", "application/json", []byte(`{"url":"https://example.com"}`), 400, "", `"analysis"`},
		{"export null analysis", "POST", "/v1/export", "application/json", []byte(`{"analysis":null}`), 400, "", `"analysis"`},
		{"export bad date", "POST", "/v1/export", "application/json", []byte(`{"analysis":{},"date":"yesterday"}`), 400, "", `malformed "date"`},
		{"export csv type", "POST", "/v1/export", "text/csv", []byte("a"), 415, "", "unsupported Content-Type"},
		{"export too large", "POST", "/v1/export?format=csv", "application/json", big, 413, "", "5 MiB"},
		{"export over the engine's quotes", "POST", "/v1/export?format=csv", "application/json", []byte(`{"analysis":{"quotes":[` + strings.Repeat("{},", analysis.MaxQuotes) + `{}]}}`), 413, "", "larger than the engine makes"},
		{"export over the engine's speakers", "POST", "/v1/export", "application/json", []byte(`{"analysis":{"speakers":[` + strings.Repeat("{},", analysis.MaxSpeakers) + `{}]}}`), 413, "", "larger than the engine makes"},
		{"export at the engine's quotes", "POST", "/v1/export?format=csv", "application/json", []byte(`{"analysis":{"quotes":[` + strings.Repeat("{},", analysis.MaxQuotes-1) + `{}]}}`), 200, "", ""},
		{"export page", "POST", "/v1/export?format=markdown&url=https://example.com/a", "text/html", []byte(page), 200, "", ""},
		{"unknown path", "GET", "/v2/analyze", "", nil, 404, "", "no such path"},
		{"root", "GET", "/", "", nil, 404, "", "no such path"},
		{"trailing slash", "POST", "/v1/analyze/", "text/html", []byte(page), 404, "", "no such path"},
		{"unclean path", "GET", "//v1/health", "", nil, 404, "", "no such path"},
		{"dot path", "GET", "/v1/x/../health", "", nil, 404, "", "no such path"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := do(t, h, c.method, c.target, c.ct, c.body)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body.String())
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") && c.status != 200 {
				t.Errorf("Content-Type %q", ct)
			}
			if c.allow != "" && w.Header().Get("Allow") != c.allow {
				t.Errorf("Allow %q, want %q", w.Header().Get("Allow"), c.allow)
			}
			if c.status >= 400 {
				var e errorBody
				if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
					t.Fatalf("error body is not JSON: %v: %q", err, w.Body.String())
				}
				if e.Error.Status != c.status || !strings.Contains(e.Error.Message, c.msg) {
					t.Errorf("error = %+v, want status %d and %q", e.Error, c.status, c.msg)
				}
			}
		})
	}
}

func TestAnalyzeShape(t *testing.T) {
	h := New()
	for _, c := range []struct{ ct, target string }{
		{"text/html", "/v1/analyze?url=https://example.com/a"},
	} {
		w := do(t, h, "POST", c.target, c.ct, []byte(page))
		var a analysis.Analysis
		if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if a.Engine != analysis.Version || a.URL != "https://example.com/a" || a.Title == "" || a.Quotes == nil || a.Speakers == nil || a.Disputes == nil {
			t.Errorf("analysis = %+v", a)
		}
		// The time of the analysis itself, for clients that measure.
		var ms float64
		if st := w.Header().Get("Server-Timing"); !strings.HasPrefix(st, "analyze;dur=") {
			t.Errorf("Server-Timing = %q", st)
		} else if _, err := fmt.Sscanf(st, "analyze;dur=%g", &ms); err != nil || ms < 0 {
			t.Errorf("Server-Timing = %q: %v", st, err)
		}
	}
	// The JSON url wins over the query's.
	w := do(t, h, "POST", "/v1/analyze?url=https://q.example/", "application/json", mustJSON(t, map[string]string{"html": page, "url": "https://j.example/"}))
	var a analysis.Analysis
	_ = json.Unmarshal(w.Body.Bytes(), &a)
	if a.URL != "https://j.example/" {
		t.Errorf("url = %q", a.URL)
	}
}

func ptr[T any](v T) *T { return &v }

func exportAnalysis() analysis.Analysis {
	return analysis.Analysis{
		Engine: analysis.Version, URL: "https://example.com/budget", Title: "Budget <row>", Language: "en",
		Speakers: []analysis.Speaker{{ID: "s1", Name: "Jane Doe", Role: "minister", Aliases: []string{}, Quotes: 1}},
		Quotes: []analysis.Quote{{
			ID: "q1", Kind: "direct", Text: "=HYPERLINK(\"x\"), and *more*", Speaker: ptr("s1"), Cue: "said", Confidence: 0.9,
			Selectors: []analysis.Selector{{Type: "TextQuoteSelector", Exact: "=HYPERLINK"}, {Type: "TextPositionSelector", Start: ptr(3), End: ptr(13)}},
		}},
		Disputes: []analysis.Dispute{},
	}
}

func TestExportFormats(t *testing.T) {
	now = func() time.Time { return time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC) }
	defer func() { now = time.Now }()
	h := New()
	body := mustJSON(t, map[string]any{"analysis": exportAnalysis(), "url": "https://example.com/budget", "title": "Budget row, day 2", "date": "2026-11-23T10:00:00Z"})
	cases := []struct {
		format, ct, file string
		check            func(t *testing.T, body string)
	}{
		{"", "application/json; charset=utf-8", "quotelens-budget-row-day-2-20261123.json", func(t *testing.T, b string) {
			var v struct {
				Page struct{ URL, Title, Date string }
				analysis.Analysis
			}
			if err := json.Unmarshal([]byte(b), &v); err != nil {
				t.Fatal(err)
			}
			if v.Page.Title != "Budget row, day 2" || v.Page.Date != "2026-11-23T10:00:00Z" || len(v.Quotes) != 1 || v.Title != "Budget <row>" {
				t.Errorf("json export = %+v", v)
			}
		}},
		{"json", "application/json; charset=utf-8", "quotelens-budget-row-day-2-20261123.json", nil},
		{"markdown", "text/markdown; charset=utf-8", "quotelens-budget-row-day-2-20261123.md", func(t *testing.T, b string) {
			for _, s := range []string{"# Quotes: Budget row, day 2", "### Jane Doe (minister)", `“=HYPERLINK("x"), and \*more\*” — said`, "<https://example.com/budget>"} {
				if !strings.Contains(b, s) {
					t.Errorf("markdown lacks %q:\n%s", s, b)
				}
			}
		}},
		{"csv", "text/csv; charset=utf-8; header=present", "quotelens-budget-row-day-2-20261123.csv", func(t *testing.T, b string) {
			rows, err := csv.NewReader(strings.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 2 || rows[1][2] != "Jane Doe" || rows[1][6] != `'=HYPERLINK("x"), and *more*` || rows[1][7] != "https://example.com/budget" {
				t.Errorf("csv = %q", rows)
			}
		}},
		{"annotation", `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`, "quotelens-budget-row-day-2-20261123.jsonld", func(t *testing.T, b string) {
			var v struct {
				Context string `json:"@context"`
				First   struct {
					Items []struct {
						Motivation string
						Created    string
						Target     struct {
							Source   string
							Selector []struct{ Type string }
						}
					}
				}
			}
			if err := json.Unmarshal([]byte(b), &v); err != nil {
				t.Fatal(err)
			}
			if v.Context != "http://www.w3.org/ns/anno.jsonld" || len(v.First.Items) != 1 {
				t.Fatalf("annotation = %s", b)
			}
			it := v.First.Items[0]
			if it.Motivation != "commenting" || it.Created != "2026-11-23T10:00:00Z" || it.Target.Source != "https://example.com/budget" || len(it.Target.Selector) != 2 {
				t.Errorf("annotation item = %+v", it)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			target := "/v1/export"
			if c.format != "" {
				target += "?format=" + c.format
			}
			w := do(t, h, "POST", target, "application/json", body)
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body.String())
			}
			if got := w.Header().Get("Content-Type"); got != c.ct {
				t.Errorf("Content-Type %q, want %q", got, c.ct)
			}
			if got, want := w.Header().Get("Content-Disposition"), `attachment; filename="`+c.file+`"`; got != want {
				t.Errorf("Content-Disposition %q, want %q", got, want)
			}
			if c.check != nil {
				c.check(t, w.Body.String())
			}
		})
	}

	// A page instead of an Analysis is analysed first; no date means now.
	w := do(t, h, "POST", "/v1/export?format=json&url=https://example.com/a&title=Given", "text/html", []byte(page))
	if w.Code != 200 {
		t.Fatalf("export of a page: %d %s", w.Code, w.Body.String())
	}
	var v struct {
		Page struct{ URL, Title, Date string }
		analysis.Analysis
	}
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Page.URL != "https://example.com/a" || v.Page.Title != "Given" || v.Page.Date != "2026-11-24T09:30:00Z" || v.Engine != analysis.Version {
		t.Errorf("export of a page = %+v", v)
	}
	// JSON with html, and a plain date.
	w = do(t, h, "POST", "/v1/export?format=csv", "application/json", mustJSON(t, map[string]string{"html": page, "date": "2026-01-02"}))
	if w.Code != 200 || !strings.HasPrefix(w.Body.String(), `"id","kind","speaker","role","cue","confidence","text","url"`+"\r\n") {
		t.Errorf("export of JSON html: %d %q", w.Code, w.Body.String())
	}
	if cd := w.Header().Get("Content-Disposition"); !strings.Contains(cd, "-20260102.csv") {
		t.Errorf("Content-Disposition %q", cd)
	}
}

func TestRecover(t *testing.T) {
	log.SetOutput(io.Discard)
	defer log.SetOutput(os.Stderr)
	h := recoverer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	w := do(t, h, "GET", "/", "", nil)
	var e errorBody
	if w.Code != 500 || json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error.Status != 500 {
		t.Errorf("panic answered %d %q", w.Code, w.Body.String())
	}
	// A panic after the answer began leaves the answer as it was.
	h = recoverer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		panic("late")
	}))
	if w := do(t, h, "GET", "/", "", nil); w.Code != http.StatusAccepted {
		t.Errorf("late panic answered %d", w.Code)
	}
}

// FuzzAnalyze posts arbitrary bodies under every Content-Type to
// /v1/analyze (and /v1/export): no input may panic or yield a 500, and every
// answer is JSON.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []struct {
		ct   string
		body string
	}{
		{"text/html", page},
		{"text/plain", "“Hi,” she said."},
		{"application/json", `{"html":"<p>x</p>","url":"https://e.com"}`},
		{"application/json", `{"text":"a"}`},
		{"application/json", `{"analysis":{"quotes":[{"speaker":"x","selectors":[{}]}]}}`},
		{"text/csv", "a,b"},
		{"", ""},
	} {
		f.Add(s.ct, []byte(s.body))
	}
	h := New()
	f.Fuzz(func(t *testing.T, ct string, body []byte) {
		for _, path := range []string{"/v1/analyze?url=https://e.com", "/v1/export?format=markdown"} {
			r := httptest.NewRequest("POST", path, bytes.NewReader(body))
			r.Header.Set("Content-Type", ct)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			switch w.Code {
			case 200, 400, 413, 415:
			default:
				t.Fatalf("%s %q: status %d: %s", path, ct, w.Code, w.Body.String())
			}
			if w.Code != 200 || strings.HasPrefix(path, "/v1/analyze") {
				if !json.Valid(w.Body.Bytes()) {
					t.Fatalf("%s %q: %d answer is not JSON: %q", path, ct, w.Code, w.Body.String())
				}
			}
		}
	})
}
