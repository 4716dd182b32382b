package article

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/quotelens/quotelens/internal/corpus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readabilityDir is the shared Readability test corpus; the test skips
// when the shared folder is absent.
func readabilityDir(tb testing.TB) string {
	tb.Helper()
	dir, err := corpus.Dir()
	if err != nil {
		tb.Skipf("shared corpus absent (set %s): %v", corpus.Env, err)
	}
	return corpus.ReadabilityDir(dir)
}

// Floors on the corpus totals; they sit just under what the extractor
// reaches, so that a change that loses quality fails.
const (
	floorMeanF1         = 0.98
	floorMicroPrecision = 0.98
	floorMicroRecall    = 0.98
)

// corpusPages lists the pages of the Readability corpus, skipping the test
// when the shared folder is absent.
func corpusPages(tb testing.TB) []string {
	tb.Helper()
	dir := readabilityDir(tb)
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Skipf("shared corpus absent (%s): %v", dir, err)
	}
	var pages []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "source.html")); err == nil {
			pages = append(pages, e.Name())
		}
	}
	if len(pages) == 0 {
		tb.Skipf("shared corpus empty (%s)", dir)
	}
	return pages
}

// wordBag counts the lower-cased words of s; a word is a run of letters and
// digits.
func wordBag(s string) map[string]int {
	bag := make(map[string]int)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		bag[strings.ToLower(w)]++
	}
	return bag
}

// overlap returns the number of words in got, in want, and in both.
func overlap(got, want map[string]int) (g, w, both int) {
	for k, n := range got {
		g += n
		both += min(n, want[k])
	}
	for _, n := range want {
		w += n
	}
	return g, w, both
}

// visibleText returns the text of an expected.html: its text nodes outside
// script-like elements, with a space where a block or a line break starts
// (as blocks are cut), and none between inline elements, where words such
// as drop capitals are split.
func visibleText(tb testing.TB, path string) string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	root, err := html.Parse(f)
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	walk(root, func(n *html.Node) bool {
		if skipped(n) {
			return false
		}
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
		case n.Type == html.ElementNode && (blockElement(n.DataAtom) || n.DataAtom == atom.Br):
			sb.WriteByte(' ')
		}
		return true
	})
	return sb.String()
}

// blocksText joins the texts of the blocks with newlines.
func blocksText(d *Document) string {
	var sb strings.Builder
	for _, b := range d.Blocks {
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

type pageScore struct {
	name          string
	got, want, ok int
}

func (s pageScore) prf() (p, r, f float64) {
	p, r = ratio(s.ok, s.got), ratio(s.ok, s.want)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestReadabilityCorpus measures the words of the extracted article against
// the words of Readability's own output on the shared corpus.
func TestReadabilityCorpus(t *testing.T) {
	pages := corpusPages(t)
	readabilityDir := readabilityDir(t)
	var scores []pageScore
	for _, name := range pages {
		data, err := os.ReadFile(filepath.Join(readabilityDir, name, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseBytes(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := wordBag(visibleText(t, filepath.Join(readabilityDir, name, "expected.html")))
		g, w, ok := overlap(wordBag(blocksText(d)), want)
		scores = append(scores, pageScore{name, g, w, ok})
	}
	sort.Slice(scores, func(i, j int) bool {
		_, _, fi := scores[i].prf()
		_, _, fj := scores[j].prf()
		return fi < fj
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-45s %6s %6s %6s %7s %7s\n", "page", "P", "R", "F1", "words", "want")
	var tot pageScore
	sumF := 0.0
	for _, s := range scores {
		p, r, f := s.prf()
		sumF += f
		tot.got += s.got
		tot.want += s.want
		tot.ok += s.ok
		fmt.Fprintf(&sb, "%-45s %6.3f %6.3f %6.3f %7d %7d\n", s.name, p, r, f, s.got, s.want)
	}
	p, r, f := tot.prf()
	meanF := sumF / float64(len(scores))
	fmt.Fprintf(&sb, "total (micro)  P %.3f  R %.3f  F1 %.3f;  mean F1 over %d pages %.3f\n", p, r, f, len(scores), meanF)
	t.Log("\n" + sb.String())
	if meanF < floorMeanF1 || p < floorMicroPrecision || r < floorMicroRecall {
		t.Errorf("corpus totals under the floor: mean F1 %.3f (floor %.2f), P %.3f (floor %.2f), R %.3f (floor %.2f)",
			meanF, floorMeanF1, p, floorMicroPrecision, r, floorMicroRecall)
	}
}
