package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/quotelens/quotelens/internal/analysis"
)

func TestLoadNews(t *testing.T) {
	shared := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		dir := filepath.Join(NewsDir(shared), name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if body != "" {
			if err := os.WriteFile(filepath.Join(dir, "gold.json"), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	write("foo", `{"page": "foo", "language": "en", "quotes": []}`)
	write("foo-bar", `{"page": "x", "language": "es", "quotes": []}`)
	write("no-gold", "")
	golds, err := LoadNews(shared)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range golds {
		names = append(names, g.Name+"/"+g.Language)
	}
	// score.py lists "foo-bar.json" before "foo.json"; the folder names
	// name the pages, not "page".
	if want := []string{"foo-bar/es", "foo/en"}; !reflect.DeepEqual(names, want) {
		t.Errorf("LoadNews = %v, want %v", names, want)
	}
	if _, err := LoadNews(t.TempDir()); err == nil {
		t.Error("LoadNews of a shared directory without news: want an error")
	}
}

func TestByLanguage(t *testing.T) {
	page := func(lang string, tp int) GoldPage {
		return GoldPage{Gold: &Gold{Language: lang}, Score: PageScore{Direct: QuoteCounts{Counts: Counts{TP: tp, NGold: tp, NPred: tp}}}}
	}
	tests := []struct {
		desc  string
		pages []GoldPage
		want  []LanguageScore
	}{
		{"no pages", nil, nil},
		{"languages in byte order, pooled", []GoldPage{page("pt", 1), page("en", 2), page("pt", 3)}, []LanguageScore{
			{Language: "en", Pages: 1, Total: PageScore{Page: "en", Direct: QuoteCounts{Counts: Counts{2, 2, 2}}}},
			{Language: "pt", Pages: 2, Total: PageScore{Page: "pt", Direct: QuoteCounts{Counts: Counts{4, 4, 4}}}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := ByLanguage(tc.pages); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ByLanguage = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestAtLeast(t *testing.T) {
	conf := func(c float64) analysis.Dispute { d := pd("a claim", "its denial"); d.Confidence = c; return d }
	a := &analysis.Analysis{Title: "t", Disputes: []analysis.Dispute{conf(0.6), conf(0.62), conf(0.9)}}
	tests := []struct {
		desc string
		min  float64
		want int
	}{
		{"every dispute", 0, 3},
		{"at the threshold counts", 0.62, 2},
		{"above all", 0.95, 0},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			b := AtLeast(a, tc.min)
			if len(b.Disputes) != tc.want || b.Title != "t" {
				t.Errorf("AtLeast(%.2f) kept %d disputes (title %q), want %d", tc.min, len(b.Disputes), b.Title, tc.want)
			}
		})
	}
	if len(a.Disputes) != 3 {
		t.Error("AtLeast changed its argument")
	}
	if AtLeast(nil, 0.5) != nil {
		t.Error("AtLeast(nil) != nil")
	}
}

func TestDisputeTotal(t *testing.T) {
	gold := func(n int) *Gold {
		g := &Gold{Name: "p"}
		for i := 0; i < n; i++ {
			g.Disputes = append(g.Disputes, GoldDispute{Claim: "the arrest was joint", Dispute: "ruled out a joint operation"})
		}
		return g
	}
	right := pd("the arrest was joint", "ruled out a joint operation")
	right.Confidence = 0.9
	weak := pd("nothing like it", "at all")
	weak.Confidence = 0.6
	with := func(ds ...analysis.Dispute) *analysis.Analysis { return &analysis.Analysis{Disputes: ds} }
	tests := []struct {
		desc  string
		g     *Gold
		a     *analysis.Analysis
		all   Counts
		shown Counts
		quiet [3]int // Quiet, QuietAll, QuietShown
	}{
		{"quiet page kept quiet", gold(0), with(), Counts{}, Counts{}, [3]int{1, 1, 1}},
		{"no prediction file", gold(0), nil, Counts{}, Counts{}, [3]int{1, 1, 1}},
		{"quiet page, a weak dispute hidden", gold(0), with(weak), Counts{0, 1, 0}, Counts{}, [3]int{1, 0, 1}},
		{"found and shown", gold(1), with(right, weak), Counts{1, 2, 1}, Counts{1, 1, 1}, [3]int{}},
		{"missed", gold(2), with(), Counts{0, 0, 2}, Counts{0, 0, 2}, [3]int{}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := ScoreDisputePage("c", tc.g, tc.a, 0.62)
			if p.All != tc.all || p.Shown != tc.shown {
				t.Errorf("all %+v shown %+v, want %+v %+v", p.All, p.Shown, tc.all, tc.shown)
			}
			tot := PoolDisputes([]DisputePage{p})
			if got := [3]int{tot.Quiet, tot.QuietAll, tot.QuietShown}; got != tc.quiet || tot.Pages != 1 {
				t.Errorf("quiet %v (%d pages), want %v", got, tot.Pages, tc.quiet)
			}
		})
	}
	var none DisputeTotal
	if _, _, ok := none.QuietShare(); ok {
		t.Error("QuietShare of no quiet page: want ok false")
	}
	tot := PoolDisputes([]DisputePage{ScoreDisputePage("c", gold(0), with(weak), 0.62), ScoreDisputePage("c", gold(0), with(), 0.62)})
	if all, shown, ok := tot.QuietShare(); all != 0.5 || shown != 1 || !ok {
		t.Errorf("QuietShare = %v, %v, %v; want 0.5, 1, true", all, shown, ok)
	}
}
