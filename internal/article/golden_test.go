package article

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the extractor's output")

// keyPages are the pages with quote gold: their article text must be whole.
var keyPages = []struct {
	name, path string
	golden     bool
}{
	{"seed", "seed/article.html", true},
	{"buzzfeed-1", "corpus/readability/buzzfeed-1/source.html", true},
	{"cnet", "corpus/readability/cnet/source.html", true},
	{"folha", "corpus/readability/folha/source.html", false},
	{"nytimes-1", "corpus/readability/nytimes-1/source.html", true},
	{"tmz-1", "corpus/readability/tmz-1/source.html", true},
	{"yahoo-3", "corpus/readability/yahoo-3/source.html", false},
	{"la-nacion", "corpus/readability/la-nacion/source.html", true},
}

func readShared(t *testing.T, path string) []byte {
	t.Helper()
	dir, err := corpus.Dir()
	if err != nil {
		t.Skipf("shared folder absent (set %s): %v", corpus.Env, err)
	}
	data, err := os.ReadFile(filepath.Join(dir, path))
	if err != nil {
		t.Skipf("shared page absent (%s): %v", path, err)
	}
	return data
}

// dump writes a Document's blocks one a line: kind, group, text.
func dump(d *Document) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title: %s\nlang: %s\nreason: %s\n", d.Title, d.Lang, d.Reason)
	for _, b := range d.Blocks {
		fmt.Fprintf(&sb, "[%s %d] %s\n", b.Kind, b.Group, b.Text)
	}
	return sb.String()
}

// TestGolden compares the blocks of the key pages with testdata/golden;
// go test ./internal/article -update rewrites them.
func TestGolden(t *testing.T) {
	for _, kp := range keyPages {
		if !kp.golden {
			continue
		}
		t.Run(kp.name, func(t *testing.T) {
			d, err := ParseBytes(readShared(t, kp.path))
			if err != nil {
				t.Fatal(err)
			}
			corpus.Golden(t, filepath.Join("testdata", "golden", kp.name+".txt"), dump(d), *update)
		})
	}
}

// minWholeChars is the shortest paragraph TestKeyPagesWhole asks for: shorter
// ones in Readability's output are photo credits and promotions.
const minWholeChars = 40

// TestKeyPagesWhole checks that every paragraph and block quotation of
// Readability's output for the key pages is in the article found.
func TestKeyPagesWhole(t *testing.T) {
	for _, kp := range keyPages {
		if kp.name == "seed" {
			continue
		}
		t.Run(kp.name, func(t *testing.T) {
			d, err := ParseBytes(readShared(t, kp.path))
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, b := range d.Blocks {
				all.WriteString(strings.Join(foldWords(b.Text), ""))
			}
			got := all.String()
			expected := readShared(t, filepath.Join(filepath.Dir(kp.path), "expected.html"))
			root, err := html.Parse(strings.NewReader(string(expected)))
			if err != nil {
				t.Fatal(err)
			}
			walk(root, func(n *html.Node) bool {
				if n.Type != html.ElementNode || n.DataAtom != atom.P && n.DataAtom != atom.Blockquote {
					return true
				}
				var sb strings.Builder
				walk(n, func(c *html.Node) bool {
					if c.Type == html.TextNode {
						sb.WriteString(c.Data)
					}
					return !skipped(c)
				})
				// Compare without spaces: a <br> is a space here and not there.
				want := strings.Join(foldWords(sb.String()), "")
				if len(want) >= minWholeChars && !strings.Contains(got, want) {
					t.Errorf("missing %s: %.100q", n.Data, foldSpace(sb.String()))
				}
				return false
			})
		})
	}
}
