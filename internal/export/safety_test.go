package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/analysis"
)

func TestCell(t *testing.T) {
	tests := []struct {
		desc, in, want string
	}{
		{"empty", "", ""},
		{"plain", "plain", "plain"},
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+1", "'+1"},
		{"minus", "-1", "'-1"},
		{"at", "@A1", "'@A1"},
		{"tab", "\tx", "'\tx"},
		{"carriage return", "\rx", "'\rx"},
		{"line feed", "\nx", "'\nx"},
		{"formula sign inside", "a=b", "a=b"},
		{"leading single quote", "'quoted", "'quoted"},
		{"after spaces", "   =1+1", "'   =1+1"},
		{"after a double quote", `"=1+1"`, `'"=1+1"`},
		{"after quotes and spaces", ` ' " @SUM(1)`, `' ' " @SUM(1)`},
		{"only spaces and quotes", ` "' `, ` "' `},
		{"semicolon separated, kept whole", "Prices rose;=1+1;@SUM(9*9)", "Prices rose;=1+1;@SUM(9*9)"},
		{"bidi override hides a formula", "\u202e=1+1", "'=1+1"},
		{"bidi controls removed", "a\u202ab\u202cc\u2066d\u2069e\u200ef\u200fg\u061ch", "abcdefgh"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := cell(tc.in); got != tc.want {
				t.Errorf("cell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCSVSeparators reads the CSV export as a spreadsheet would with ",",
// ";" and tab as the separator: no cell may start a formula in any of
// them, and every field is in double quotes.
func TestCSVSeparators(t *testing.T) {
	a := &analysis.Analysis{Quotes: []analysis.Quote{
		{ID: "q1", Kind: "direct", Text: "Prices rose;=1+1;@SUM(9*9)", Cue: "said"},
		{ID: "q2", Kind: "direct", Text: "a,=2+2,\t-3\t+4", Cue: "-said"},
		{ID: "q3", Kind: "direct", Text: `"=HYPERLINK(""http://evil"")"`, Cue: "\u202e@x"},
	}}
	var buf bytes.Buffer
	if err := Render(&buf, CSV, a, Page{URL: "https://e.example/;=x"}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n") {
		if !strings.HasPrefix(line, `"`) || !strings.HasSuffix(line, `"`) || strings.Contains(line, `",=`) {
			t.Errorf("row is not all quoted fields: %q", line)
		}
	}
	if strings.ContainsRune(buf.String(), '\u202e') {
		t.Error("CSV keeps a bidi control")
	}
	for _, tc := range []struct {
		desc string
		sep  rune
	}{{"comma", ','}, {"semicolon", ';'}, {"tab", '\t'}} {
		t.Run(tc.desc, func(t *testing.T) {
			r := csv.NewReader(bytes.NewReader(buf.Bytes()))
			r.Comma, r.LazyQuotes, r.FieldsPerRecord = tc.sep, true, -1
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range rows {
				for _, c := range row {
					if s := strings.TrimLeft(c, ` "'`); s != "" && strings.ContainsRune("=+-@\t\r\n", rune(s[0])) && !strings.HasPrefix(c, "'") {
						t.Errorf("cell %q can start a formula", c)
					}
				}
			}
		})
	}
}

func TestBidiRemoved(t *testing.T) {
	const evil = "\u202eevil\u202c \u2067x\u2069 \u200e\u200f\u061c"
	a := &analysis.Analysis{
		Title:    "T" + evil,
		Speakers: []analysis.Speaker{{ID: "s1", Name: "N" + evil, Role: "R" + evil, Aliases: []string{"A" + evil}}},
		Quotes: []analysis.Quote{{ID: "q1", Kind: "direct", Text: "Q" + evil, Speaker: ptr("s1"), Cue: "said" + evil,
			Selectors: []analysis.Selector{{Type: "TextQuoteSelector", Exact: "Q"}}}},
		Disputes: []analysis.Dispute{{ID: "d1", Claim: analysis.Side{Text: "C" + evil}, Dispute: analysis.Side{Text: "D" + evil, Speaker: ptr("s1")}, Cue: "denied"}},
	}
	for _, f := range []Format{CSV, Markdown, Annotation} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, f, a, Page{}); err != nil {
				t.Fatal(err)
			}
			if i := strings.IndexFunc(buf.String(), isBidiControl); i >= 0 {
				t.Errorf("bidi control at byte %d:\n%s", i, buf.String())
			}
		})
	}
}

func TestMarkdownPostCue(t *testing.T) {
	tests := []struct {
		desc, cue, want string
	}{
		{"post", "— (post)", "- “Hi” — (post) *(direct"},
		{"word", "said", "- “Hi” — said *(direct"},
		{"none", "", "- “Hi” *(direct"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := &analysis.Analysis{Quotes: []analysis.Quote{{ID: "q1", Kind: "direct", Text: "Hi", Cue: tc.cue}}}
			var buf bytes.Buffer
			if err := Render(&buf, Markdown, a, Page{}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, buf.String())
			}
		})
	}
}

// annoIDs renders a's annotations and returns the collection's id, and
// each item's id and target source.
func annoIDs(t *testing.T, a *analysis.Analysis, p Page) (string, []string, []string) {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, Annotation, a, p); err != nil {
		t.Fatal(err)
	}
	var c struct {
		ID    string
		First struct {
			Items []struct {
				ID     string
				Target struct{ Source string }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	var ids, sources []string
	for _, it := range c.First.Items {
		ids = append(ids, it.ID)
		sources = append(sources, it.Target.Source)
	}
	return c.ID, ids, sources
}

func TestAnnotationWithoutURL(t *testing.T) {
	page := func(text string) *analysis.Analysis {
		return &analysis.Analysis{Title: "Same title", Quotes: []analysis.Quote{{ID: "q1", Kind: "direct", Text: text}}}
	}
	tests := []struct {
		desc string
		a, b *analysis.Analysis
		p, q Page
	}{
		{"two pages without a URL", page("One thing"), page("Another thing"), Page{}, Page{}},
		{"same URL, different content", page("One thing"), page("Another thing"), Page{URL: "https://e.example/a"}, Page{URL: "https://e.example/a"}},
		{"same content, different URLs", page("One thing"), page("One thing"), Page{URL: "https://e.example/a"}, Page{URL: "https://e.example/b"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			c1, ids1, src1 := annoIDs(t, tc.a, tc.p)
			c2, ids2, src2 := annoIDs(t, tc.b, tc.q)
			if c1 == c2 || ids1[0] == ids2[0] {
				t.Errorf("different pages share ids: %s %s / %s %s", c1, ids1[0], c2, ids2[0])
			}
			for _, src := range append(src1, src2...) {
				if src == "" {
					t.Error("a target has no source")
				}
			}
			if tc.p.URL == "" && (!strings.HasPrefix(src1[0], "urn:uuid:") || src1[0] == src2[0]) {
				t.Errorf("sources without a URL = %q, %q; want distinct urn:uuid", src1[0], src2[0])
			}
			if tc.p.URL != "" && src1[0] != tc.p.URL {
				t.Errorf("source = %q, want the URL", src1[0])
			}
			again, _, _ := annoIDs(t, tc.a, tc.p)
			if again != c1 {
				t.Error("ids change from one export to the next")
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	tests := []struct {
		desc    string
		a       *analysis.Analysis
		wantErr bool
	}{
		{"at the limits", &analysis.Analysis{Quotes: make([]analysis.Quote, analysis.MaxQuotes), Speakers: make([]analysis.Speaker, analysis.MaxSpeakers), Disputes: make([]analysis.Dispute, analysis.MaxDisputes)}, false},
		{"too many quotes", &analysis.Analysis{Quotes: make([]analysis.Quote, analysis.MaxQuotes+1)}, true},
		{"too many speakers", &analysis.Analysis{Speakers: make([]analysis.Speaker, analysis.MaxSpeakers+1)}, true},
		{"too many disputes", &analysis.Analysis{Disputes: make([]analysis.Dispute, analysis.MaxDisputes+1)}, true},
	}
	for _, tc := range tests {
		for _, f := range Formats {
			t.Run(tc.desc+"/"+string(f), func(t *testing.T) {
				var buf bytes.Buffer
				err := Render(&buf, f, tc.a, Page{})
				if got := errors.Is(err, ErrTooLarge); got != tc.wantErr {
					t.Fatalf("err = %v, want ErrTooLarge: %v", err, tc.wantErr)
				}
				if tc.wantErr && buf.Len() > 0 {
					t.Error("wrote output for an Analysis it refused")
				}
			})
		}
	}
}

func TestMarkdownTruncated(t *testing.T) {
	var buf bytes.Buffer
	a := &analysis.Analysis{Truncated: analysis.LimitQuotes, Quotes: []analysis.Quote{{ID: "q1", Kind: "direct", Text: "Hi"}}}
	if err := Render(&buf, Markdown, a, Page{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "- Stopped early: the page passed the engine's quotes limit") {
		t.Errorf("no note that the analysis stopped early:\n%s", buf.String())
	}
}
