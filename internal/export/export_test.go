package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func ptr[T any](v T) *T { return &v }

// hostile is a hand-built Analysis whose text tries every trick the
// renderers must defeat: spreadsheet formulas, commas, quotes, line breaks,
// Markdown markup, raw HTML, and a speaker id that names no speaker.
func hostile() *analysis.Analysis {
	return &analysis.Analysis{
		Engine:   "0.1.0",
		URL:      "https://news.example.com/politics/2026/budget?id=7&x=1",
		Title:    "Budget *row*: _minister_ [denies](javascript:alert(1)) <script>alert(1)</script>",
		Language: "en",
		Speakers: []analysis.Speaker{
			{ID: "s1", Name: "Jane \"JD\" Doe", Aliases: []string{"Doe", "the *minister*"}, Role: "Minister of Finance, Ruritania", Quotes: 2},
			{ID: "s2", Name: "@SUM(1+1)*cmd|' /C calc'!A0", Aliases: []string{}, Role: "-2+3 spokesperson", Quotes: 1},
			{ID: "s3", Name: "# Not a heading", Aliases: nil, Role: "", Quotes: 0},
		},
		Quotes: []analysis.Quote{
			{
				ID: "q1", Kind: analysis.KindDirect,
				Text:    "=cmd|' /C calc'!A0",
				Speaker: ptr("s1"), Cue: "said", Confidence: 0.9,
				Selectors: []analysis.Selector{
					{Type: "TextQuoteSelector", Exact: "=cmd|' /C calc'!A0", Prefix: "“", Suffix: "”, she said"},
					{Type: "TextPositionSelector", Start: ptr(120), End: ptr(138)},
				},
			},
			{
				ID: "q2", Kind: analysis.KindDirect,
				Text:    "We will, \"of course\", pay —\nevery penny.\r\n<script>alert('x')</script> *now* _or_ [never](http://evil)",
				Speaker: ptr("s1"), Cue: "+points out", Confidence: 0.754,
				Selectors: []analysis.Selector{
					{Type: "TextQuoteSelector", Exact: "We will, \"of course\", pay", Prefix: "", Suffix: ""},
					{Type: "TextPositionSelector", Start: ptr(0), End: ptr(25)},
				},
			},
			{
				ID: "q3", Kind: analysis.KindIndirect,
				Text:    "1. the figures were wrong",
				Speaker: ptr("s2"), Cue: "according to", Confidence: 0.5,
				Selectors: []analysis.Selector{{Type: "TextQuoteSelector", Exact: "the figures were wrong"}},
			},
			{
				ID: "q4", Kind: analysis.KindDirect,
				Text:    "\tTabbed, and unattributed",
				Speaker: nil, Cue: "", Confidence: 0.2,
				Selectors: []analysis.Selector{{Type: "TextPositionSelector", Start: ptr(300)}}, // no end: left out
			},
			{
				ID: "q5", Kind: analysis.KindDirect,
				Text:    "Nobody knows who said this",
				Speaker: ptr("ghost"), Cue: "— (tweet)", Confidence: 0.31,
				Selectors: nil,
			},
		},
		Disputes: []analysis.Dispute{
			{
				ID:         "d1",
				Claim:      analysis.Side{Text: "=cmd|' /C calc'!A0", Speaker: ptr("s1"), Quote: "q1", Selectors: []analysis.Selector{{Type: "TextQuoteSelector", Exact: "=cmd|' /C calc'!A0"}}},
				Dispute:    analysis.Side{Text: "the figures were wrong", Speaker: ptr("s2"), Quote: "q3"},
				Cue:        "denied",
				Confidence: 0.6,
			},
		},
		Reason: "",
	}
}

func hostilePage() Page {
	return Page{Date: time.Date(2026, 11, 24, 1, 2, 3, 0, time.UTC)}
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		f    Format
		a    *analysis.Analysis
		p    Page
	}{
		{"hostile.json", JSON, hostile(), hostilePage()},
		{"hostile.md", Markdown, hostile(), hostilePage()},
		{"hostile.csv", CSV, hostile(), hostilePage()},
		{"hostile.jsonld", Annotation, hostile(), hostilePage()},
		{"empty.json", JSON, &analysis.Analysis{Engine: "0.1.0", Reason: "no article found"}, Page{URL: "https://example.org/", Title: "Empty"}},
		{"empty.md", Markdown, &analysis.Analysis{Engine: "0.1.0", Reason: "no article found"}, Page{URL: "https://example.org/", Title: "Empty"}},
		{"empty.csv", CSV, &analysis.Analysis{Engine: "0.1.0"}, Page{}},
		{"empty.jsonld", Annotation, &analysis.Analysis{Engine: "0.1.0"}, Page{URL: "https://example.org/"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, c.f, c.a, c.p); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from %s (run go test -update and review the diff):\n%s", c.name, path, buf.String())
			}
		})
	}
}

func TestJSONKeepsContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, JSON, hostile(), hostilePage()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Page struct{ URL, Title, Date string }
		analysis.Analysis
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Page.URL != hostile().URL || got.Page.Title != hostile().Title || got.Page.Date != "2026-11-24T01:02:03Z" {
		t.Errorf("page = %+v", got.Page)
	}
	if len(got.Quotes) != 5 || got.Quotes[1].Text != hostile().Quotes[1].Text || len(got.Speakers) != 3 {
		t.Errorf("analysis did not round-trip: %+v", got.Analysis)
	}
	// Lists stay [] rather than null for an Analysis built without them.
	buf.Reset()
	if err := Render(&buf, JSON, &analysis.Analysis{}, Page{}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"quotes": []`, `"speakers": []`, `"disputes": []`} {
		if !strings.Contains(buf.String(), k) {
			t.Errorf("empty JSON export lacks %s:\n%s", k, buf.String())
		}
	}
}

func TestCSVSafe(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, CSV, hostile(), hostilePage()); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "\r\n") {
		t.Error("rows do not end in CRLF")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(hostile().Quotes) {
		t.Fatalf("%d rows, want %d", len(rows), 1+len(hostile().Quotes))
	}
	if strings.Join(rows[0], ",") != "id,kind,speaker,role,cue,confidence,text,url" {
		t.Errorf("header = %q", rows[0])
	}
	for _, row := range rows[1:] {
		for _, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("cell %q can start a formula", c)
			}
		}
	}
	if rows[1][6] != "'=cmd|' /C calc'!A0" {
		t.Errorf("formula cell = %q", rows[1][6])
	}
	if rows[2][6] != strings.ReplaceAll(hostile().Quotes[1].Text, "\r\n", "\n") {
		t.Errorf("quote with commas, quotes and line breaks = %q", rows[2][6])
	}
	if rows[3][2] != "'@SUM(1+1)*cmd|' /C calc'!A0" || rows[3][3] != "'-2+3 spokesperson" {
		t.Errorf("speaker cells = %q", rows[3][2:4])
	}
	if rows[5][2] != "ghost" {
		t.Errorf("unknown speaker id = %q, want the id", rows[5][2])
	}
}

func TestMarkdownEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"# inline":  "# inline",
		"1. inline": "1. inline",
		"0.1.0":     "0.1.0",
	} {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"plain text":                   "plain text",
		"*bold* _it_":                  `\*bold\* \_it\_`,
		"[x](javascript:alert(1))":     `\[x\](javascript:alert(1))`,
		"<script>alert(1)</script>":    `\<script\>alert(1)\</script\>`,
		"a\nb\r\nc\td":                 "a b  c d",
		"# head":                       `\# head`,
		"- item":                       `\- item`,
		"+ item":                       `\+ item`,
		"> quote":                      `\> quote`,
		"12. item":                     `12\. item`,
		"3) item":                      `3\) item`,
		"2026 was":                     "2026 was",
		"`code` ~strike~ a|b &amp; \\": "\\`code\\` \\~strike\\~ a\\|b \\&amp; \\\\",
		"!img":                         `\!img`,
		"line\n# heading":              `line # heading`,
	} {
		if got := mdStart(in); got != want {
			t.Errorf("mdStart(%q) = %q, want %q", in, got, want)
		}
	}
	var buf bytes.Buffer
	if err := Render(&buf, Markdown, hostile(), hostilePage()); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, bad := range []string{"<script>", "\n# Not"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown export contains %q:\n%s", bad, md)
		}
	}
	// A link needs an unescaped "](".
	if loc := regexp.MustCompile(`(^|[^\\])\]\(`).FindStringIndex(md); loc != nil {
		t.Errorf("Markdown export has a link at %d:\n%s", loc[0], md)
	}
}

func TestMarkdownURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a?b=c&d":  "<https://example.com/a?b=c&d>",
		"https://example.com/<x>":      `https://example.com/\<x\>`,
		"javascript:alert(1)":          "javascript:alert(1)",
		"https://example.com/a b":      "https://example.com/a b",
		"HTTP://EXAMPLE.COM/_x_":       "<HTTP://EXAMPLE.COM/_x_>",
		"https://example.com/\nsecond": "https://example.com/ second",
	} {
		if got := mdURL(in); got != want {
			t.Errorf("mdURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnnotation(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, Annotation, hostile(), hostilePage()); err != nil {
		t.Fatal(err)
	}
	var c struct {
		Context string `json:"@context"`
		Type    string
		Total   int
		First   struct {
			Type  string
			Items []struct {
				ID         string
				Type       string
				Motivation string
				Created    string
				Body       []struct{ Type, Value, Purpose string }
				Target     struct {
					Source   string
					Selector []map[string]any
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if c.Context != "http://www.w3.org/ns/anno.jsonld" || c.Type != "AnnotationCollection" || c.First.Type != "AnnotationPage" {
		t.Errorf("collection = %s %s %s", c.Context, c.Type, c.First.Type)
	}
	if c.Total != 6 || len(c.First.Items) != 6 {
		t.Fatalf("total %d, items %d, want 6 (5 quotes, 1 dispute)", c.Total, len(c.First.Items))
	}
	ids := map[string]bool{}
	for i, it := range c.First.Items {
		if ids[it.ID] || !strings.HasPrefix(it.ID, "urn:uuid:") {
			t.Errorf("item %d id %q is not a fresh urn:uuid", i, it.ID)
		}
		ids[it.ID] = true
		if it.Type != "Annotation" || it.Created != "2026-11-24T01:02:03Z" || it.Target.Source != hostile().URL {
			t.Errorf("item %d = %+v", i, it)
		}
		if len(it.Body) == 0 || it.Body[0].Type != "TextualBody" {
			t.Errorf("item %d has no TextualBody", i)
		}
	}
	q1 := c.First.Items[0]
	if q1.Motivation != "commenting" || !strings.Contains(q1.Body[0].Value, "Jane \"JD\" Doe") || !strings.Contains(q1.Body[0].Value, "said") {
		t.Errorf("q1 = %+v", q1)
	}
	if len(q1.Target.Selector) != 2 || q1.Target.Selector[0]["type"] != "TextQuoteSelector" || q1.Target.Selector[1]["type"] != "TextPositionSelector" || q1.Target.Selector[1]["start"] != 120.0 {
		t.Errorf("q1 selectors = %v", q1.Target.Selector)
	}
	if c.First.Items[1].Target.Selector[1]["start"] != 0.0 {
		t.Errorf("q2 start 0 was dropped: %v", c.First.Items[1].Target.Selector)
	}
	if q4 := c.First.Items[3]; q4.Motivation != "highlighting" || len(q4.Target.Selector) != 0 {
		t.Errorf("q4 = %+v", q4)
	}
	// Same input, same ids.
	var again bytes.Buffer
	_ = Render(&again, Annotation, hostile(), hostilePage())
	if again.String() != buf.String() {
		t.Error("annotation export is not deterministic")
	}
}

func TestFilename(t *testing.T) {
	d := time.Date(2026, 11, 24, 23, 0, 0, 0, time.FixedZone("x", -5*3600))
	for _, c := range []struct {
		f    Format
		p    Page
		want string
	}{
		{JSON, Page{Title: "Budget *row*: minister's “denial”", Date: d}, "quotelens-budget-row-minister-s-denial-20261125.json"},
		{Markdown, Page{URL: "https://www.example.com/x", Date: d}, "quotelens-example-com-20261125.md"},
		{CSV, Page{}, "quotelens-page.csv"},
		{Annotation, Page{Title: "\"; rm -rf /; echo \""}, "quotelens-rm-rf-echo.jsonld"},
		{JSON, Page{Title: strings.Repeat("abcdefghij ", 20)}, "quotelens-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcde.json"},
	} {
		if got := Filename(c.f, &analysis.Analysis{}, c.p); got != c.want {
			t.Errorf("Filename(%s, %+v) = %q, want %q", c.f, c.p, got, c.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"json": JSON, "Markdown": Markdown, "md": Markdown, "csv": CSV, "annotation": Annotation, "jsonld": Annotation} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

// TestNoPanic renders Analyses with missing and odd parts in every format.
func TestNoPanic(t *testing.T) {
	odd := []*analysis.Analysis{
		nil,
		{},
		{Quotes: []analysis.Quote{{}}},
		{Quotes: []analysis.Quote{{Speaker: ptr(""), Selectors: []analysis.Selector{{}, {Type: "TextPositionSelector"}, {Type: "TextQuoteSelector"}}}}},
		{Disputes: []analysis.Dispute{{}}, Speakers: []analysis.Speaker{{}, {}}},
	}
	for _, a := range odd {
		for _, f := range Formats {
			var buf bytes.Buffer
			if err := Render(&buf, f, a, Page{}); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
	if err := Render(&bytes.Buffer{}, Format("pdf"), nil, Page{}); err == nil {
		t.Error("unknown format rendered")
	}
}
