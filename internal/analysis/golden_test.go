package analysis

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// shared returns the shared directory, or skips the test when it is absent.
func shared(t testing.TB) string {
	dir, err := corpus.Dir()
	if err != nil {
		t.Skipf("shared corpus not found (set %s): %v", corpus.Env, err)
	}
	return dir
}

// summary renders an Analysis as the lines a reviewer reads in a golden
// diff: one line per quote and per dispute.
func summary(a *Analysis) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title: %s\nlanguage: %s\n", a.Title, a.Language)
	names := map[string]Speaker{}
	for _, s := range a.Speakers {
		names[s.ID] = s
		fmt.Fprintf(&sb, "speaker %s: %s | aliases %s | role %s\n", s.ID, s.Name, strings.Join(s.Aliases, "; "), s.Role)
	}
	for _, q := range a.Quotes {
		sp := "-"
		if q.Speaker != nil {
			sp = *q.Speaker
		}
		fmt.Fprintf(&sb, "%s %-8s %-3s cue=%q %.2f %q\n", q.ID, q.Kind, sp, q.Cue, q.Confidence, q.Text)
	}
	for _, d := range a.Disputes {
		fmt.Fprintf(&sb, "%s dispute cue=%q claim %s %q | counter %s %q\n", d.ID, d.Cue, d.Claim.Quote, d.Claim.Text, d.Dispute.Quote, d.Dispute.Text)
	}
	return sb.String()
}

// TestGolden checks the engine's output on whole pages against golden
// files: the bundled sample article, the seed article, and the real pages
// that have gold annotations. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	pages := []struct{ name, path string }{
		{"sample", filepath.Join("..", "..", "scripts", "sample", "article.html")},
	}
	if dir, err := corpus.Dir(); err == nil {
		pages = append(pages, struct{ name, path string }{"seed", filepath.Join(dir, "seed", "article.html")})
		for _, p := range []string{"buzzfeed-1", "cnet", "folha", "la-nacion", "nytimes-1", "tmz-1", "yahoo-3"} {
			pages = append(pages, struct{ name, path string }{p, filepath.Join(dir, "corpus", "readability", p, "source.html")})
		}
	} else {
		t.Log("shared corpus absent: only the sample article is checked")
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			data, err := os.ReadFile(p.path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := HTML(data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			corpus.Golden(t, filepath.Join("testdata", "golden", p.name+".golden"), summary(a), *update)
		})
	}
}
