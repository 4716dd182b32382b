package server

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/analysis"
)

// refEncode is what the handler wrote with encoding/json.
func refEncode(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestAnswersMatchEncodingJSON(t *testing.T) {
	h := New()
	w := do(t, h, "GET", "/v1/health", "", nil)
	if got, want := w.Body.String(), refEncode(t, map[string]any{"status": "ok", "engine": analysis.Version, "auth": "open", "limits": map[string]any{
		"analysisTimeMs": 0, "engineSlots": 0, "engineWaitMs": 0, "maxExportBytes": MaxBodyBytes, "maxExportQuotes": 0, "maxPageBytes": ExtensionPageBytes,
	}}); got != want {
		t.Errorf("health = %q, want %q", got, want)
	}
	for _, msg := range []string{"", "plain", "<script>&</script>", "bad \xff utf-8", "\x00\n\t\u2028\u2029 😀 \"q\" \\"} {
		w := httptest.NewRecorder()
		writeError(w, 418, msg)
		want := refEncode(t, map[string]any{"error": map[string]any{"status": 418, "message": msg}})
		if w.Body.String() != want {
			t.Errorf("error %q = %q, want %q", msg, w.Body.String(), want)
		}
	}
	w = do(t, h, "GET", "/no/<such>\u2028path", "", nil)
	want := refEncode(t, map[string]any{"error": map[string]any{"status": 404, "message": `no such path "/no/<such>\u2028path": the routes are GET /v1/health, POST /v1/analyze, POST /v1/export?format=json|markdown|csv|annotation`}})
	if w.Body.String() != want {
		t.Errorf("404 = %q, want %q", w.Body.String(), want)
	}
	for _, c := range []struct{ ct, body string }{
		{"text/html", page},
		{"text/plain", "“Hello <b>,” she said. \u2028 “Bye,” said Jane Doe."},
		{"text/html", "<p>no quotes</p>"},
	} {
		w := do(t, h, "POST", "/v1/analyze?url=https://example.com/a%26b", c.ct, []byte(c.body))
		var a *analysis.Analysis
		if c.ct == "text/html" {
			a, _ = analysis.HTML([]byte(c.body), analysis.Options{URL: "https://example.com/a&b"})
		} else {
			a = analysis.Text(c.body, analysis.Options{URL: "https://example.com/a&b"})
		}
		if got, want := w.Body.String(), refEncode(t, a); got != want {
			t.Errorf("analyze %q:\n got %q\nwant %q", c.body, got, want)
		}
	}
}

// refRequest is request as json.Unmarshal decoded it.
type refRequest struct {
	HTML     string          `json:"html"`
	Text     string          `json:"text"`
	URL      string          `json:"url"`
	Analysis json.RawMessage `json:"analysis"`
	Title    string          `json:"title"`
	Date     string          `json:"date"`
}

// checkRequest decodes data as a request both ways and wants the same
// error or the same request, and then the same Analysis from it.
func checkRequest(t *testing.T, data []byte) {
	t.Helper()
	var ref refRequest
	refErr := json.Unmarshal(data, &ref)
	var req request
	err := decodeRequest(data, &req)
	if (err == nil) != (refErr == nil) {
		t.Fatalf("decode %q: error %v, want %v", data, err, refErr)
	}
	if err != nil {
		// The reference's type has another name.
		if want := strings.ReplaceAll(refErr.Error(), "refRequest", "request"); err.Error() != want {
			t.Fatalf("decode %q: error %q, want %q", data, err, want)
		}
		return
	}
	if req.HTML != ref.HTML || req.Text != ref.Text || req.URL != ref.URL || req.Title != ref.Title || req.Date != ref.Date {
		t.Fatalf("decode %q = %+v, want %+v", data, req, ref)
	}
	if (req.Analysis == nil) != (ref.Analysis == nil) {
		t.Fatalf("decode %q: analysis %v, want %q", data, req.Analysis, ref.Analysis)
	}
	if ref.Analysis == nil {
		return
	}
	var a, want analysis.Analysis
	err, refErr = a.DecodeJSON(req.Analysis), json.Unmarshal(ref.Analysis, &want)
	if (err == nil) != (refErr == nil) || err != nil && err.Error() != refErr.Error() {
		t.Fatalf("decode analysis of %q: error %v, want %v", data, err, refErr)
	}
	if err == nil && !reflect.DeepEqual(a, want) {
		t.Fatalf("decode analysis of %q = %+v, want %+v", data, a, want)
	}
}

var requestCases = []string{
	`{}`, `null`, `{"html":"<p>x</p>","url":"https://e.com"}`, `{"text":"a","extra":{"x":[1,2]},"TEXT":"b"}`,
	`{"html":null,"text":null,"url":null,"title":null,"date":null,"analysis":null}`, `{"Html":"h","URL":"u","Title":"t","DATE":"d"}`,
	`{"analysis":{"quotes":[{"id":"q","confidence":0.7,"selectors":[{"type":"TextPositionSelector","start":1,"end":2}]}]},"analysis":{}}`,
	`{"analysis":{"quotes":"many"}}`, `{"analysis":[]}`, `{"analysis":"x"}`, `{"analysis":1}`, `{"analysis":{"speakers":[{"quotes":1.5}]}}`,
	`{"html":42}`, `{"text":true}`, `{"url":{}}`, `{"title":[]}`, `{"date":1,"html":2}`, `[1,2]`, `"s"`, `1`, `true`,
	`{"html":`, `{"text":"a"} x`, ``, `{"text":"\ud83d\ude00 \u0000 \xff"}`,
}

func TestDecodeRequest(t *testing.T) {
	for _, c := range requestCases {
		checkRequest(t, []byte(c))
	}
}

// FuzzDecodeRequest checks that decodeRequest never panics and does what
// json.Unmarshal did: the same verdict as json.Valid, the same errors, the
// same fields, and the same Analysis when there is one.
func FuzzDecodeRequest(f *testing.F) {
	for _, c := range requestCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var req request
		err := decodeRequest(data, &req)
		if !json.Valid(data) && err == nil {
			t.Fatalf("decodeRequest(%q) accepts invalid JSON", data)
		}
		checkRequest(t, data)
	})
}
