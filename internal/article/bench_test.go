package article

import (
	"bytes"
	"fmt"
	"github.com/quotelens/quotelens/internal/corpus"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// loadCorpus reads every source.html of the Readability corpus.
func loadCorpus(b *testing.B) ([][]byte, int64) { return corpus.Sources(b) }

// BenchmarkParse runs the whole extractor over the corpus; compare its MB/s
// with BenchmarkHTMLParseOnly's.
func BenchmarkParse(b *testing.B) {
	pages, total := loadCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ParseBytes(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkHTMLParseOnly is html.Parse alone over the corpus.
func BenchmarkHTMLParseOnly(b *testing.B) {
	pages, total := loadCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractOnly is FromNode alone over the corpus, parsed once.
func BenchmarkExtractOnly(b *testing.B) {
	pages, total := loadCorpus(b)
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
