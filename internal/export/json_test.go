package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/corpus"
)

// The reference renderers: the JSON exports as they were written with
// encoding/json, which the hand-written encoders must match byte for byte.

func refWriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func refRender(w io.Writer, f Format, a *analysis.Analysis, p Page) error {
	if a == nil {
		a = &analysis.Analysis{}
	}
	p = p.resolve(a)
	switch f {
	case JSON:
		doc := struct {
			Page pageJSON `json:"page"`
			*analysis.Analysis
		}{pageJSON{URL: p.URL, Title: p.Title, Date: p.date()}, nonNil(a)}
		return refWriteJSON(w, doc)
	case Annotation:
		return refWriteJSON(w, annotations(a, p))
	}
	return fmt.Errorf("no reference for %s", f)
}

// checkSame renders a in both JSON formats and wants encoding/json's bytes.
func checkSame(t *testing.T, name string, a *analysis.Analysis, p Page) {
	t.Helper()
	for _, f := range []Format{JSON, Annotation} {
		var got, want bytes.Buffer
		err := Render(&got, f, a, p)
		wantErr := refRender(&want, f, a, p)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("%s %s: error %v, want %v", name, f, err, wantErr)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			g, w := got.Bytes(), want.Bytes()
			i := 0
			for i < len(g) && i < len(w) && g[i] == w[i] {
				i++
			}
			lo := max(0, i-60)
			t.Fatalf("%s %s differs from encoding/json at byte %d:\n got …%q\nwant …%q", name, f, i, g[lo:min(len(g), i+60)], w[lo:min(len(w), i+60)])
		}
	}
}

func TestJSONMatchesEncodingJSON(t *testing.T) {
	date := time.Date(2026, 11, 24, 1, 2, 3, 0, time.FixedZone("x", 3600))
	edge := &analysis.Analysis{
		Engine: "", URL: "https://e.com/\u2028<a>&", Title: "\x00\x1f\"\\ \xff bad 😀",
		Quotes: []analysis.Quote{
			{ID: "q1", Kind: "", Text: "<script>\u2029</script>", Speaker: ptr("s\xfe"), Cue: "", Confidence: math.Copysign(0, -1),
				Selectors: []analysis.Selector{{Type: "TextQuoteSelector"}, {Type: "TextPositionSelector", Start: ptr(1)}, {Type: "TextPositionSelector", Start: ptr(-1), End: ptr(0)}, {Type: "Other", Exact: "x"}}},
			{ID: "q2", Speaker: ptr(""), Confidence: 1e-9, Selectors: []analysis.Selector{}},
			{ID: "q3", Confidence: 1e21},
		},
		Speakers: []analysis.Speaker{{ID: "s\xfe", Name: "", Aliases: nil}, {ID: "", Name: "N", Aliases: []string{}}},
		Disputes: []analysis.Dispute{{ID: "d", Claim: analysis.Side{Selectors: []analysis.Selector{{Type: "TextQuoteSelector", Exact: ""}}}}, {}},
		Reason:   "\u2028", Text: "text",
	}
	pages := []Page{{}, hostilePage(), {URL: "u", Title: " ", Date: date}, {Title: "<t>&\u2029"}}
	for i, p := range pages {
		name := fmt.Sprint("page ", i)
		checkSame(t, "hostile "+name, hostile(), p)
		checkSame(t, "edge "+name, edge, p)
		checkSame(t, "empty "+name, &analysis.Analysis{}, p)
		checkSame(t, "nil "+name, nil, p)
		checkSame(t, "reason "+name, &analysis.Analysis{Engine: "0.1.0", Reason: "no article found"}, p)
	}
	// An unencodable confidence is the same error, and nothing is written.
	var buf bytes.Buffer
	nan := &analysis.Analysis{Quotes: []analysis.Quote{{Confidence: math.Inf(1)}}}
	err := Render(&buf, JSON, nan, Page{})
	_, want := json.Marshal(nan.Quotes[0].Confidence)
	if err == nil || err.Error() != want.Error() || buf.Len() != 0 {
		t.Errorf("infinite confidence: error %v (wrote %d bytes), want %v", err, buf.Len(), want)
	}
}

// TestJSONCorpus renders the Analysis of every page of the Readability
// corpus in both JSON formats and compares them with encoding/json's.
func TestJSONCorpus(t *testing.T) {
	pages := corpus.Pages(t)
	for _, p := range pages {
		a, err := analysis.HTML(p.Source, analysis.Options{URL: "https://example.com/" + p.Name})
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		checkSame(t, p.Name, a, Page{Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)})
		checkSame(t, p.Name+" titled", a, Page{Title: strings.ToUpper(a.Title), URL: "https://other.example/"})
	}
	t.Logf("%d pages rendered as encoding/json renders them", len(pages))
}
