package article

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
	"golang.org/x/net/html"
)

// BenchmarkParse runs the whole extractor over the corpus; compare its MB/s
// with BenchmarkHTMLParseOnly's.
func BenchmarkParse(b *testing.B) {
	corpus.BenchPages(b, func(p []byte) error { _, err := ParseBytes(p); return err })
}

// BenchmarkHTMLParseOnly is html.Parse alone over the corpus.
func BenchmarkHTMLParseOnly(b *testing.B) {
	corpus.BenchPages(b, func(p []byte) error { _, err := html.Parse(bytes.NewReader(p)); return err })
}

// BenchmarkExtractOnly is FromNode alone over the corpus, parsed once.
func BenchmarkExtractOnly(b *testing.B) {
	pages, total := corpus.Sources(b)
	roots := make([]*html.Node, len(pages))
	for i, p := range pages {
		root, err := html.Parse(bytes.NewReader(p))
		if err != nil {
			b.Fatal(err)
		}
		roots[i] = root
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range roots {
			FromNode(r)
		}
	}
}

// BenchmarkScaling parses one page repeated 1, 10 and 100 times, with the
// extractor and with html.Parse alone: the time per byte should stay flat.
func BenchmarkScaling(b *testing.B) {
	page, err := os.ReadFile(filepath.Join(readabilityDir(b), "nytimes-1", "source.html"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 10, 100} {
		data := bytes.Repeat(page, n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ParseBytes(data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("x%d-html-only", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := html.Parse(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
