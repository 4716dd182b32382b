package analysis

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
	"golang.org/x/net/html"
)

// BenchmarkAnalyzeCorpus runs the whole analysis over the 130 readability
// pages; compare its MB/s with BenchmarkParseCorpus (html.Parse alone on the
// same bytes).
func BenchmarkAnalyzeCorpus(b *testing.B) {
	corpus.BenchPages(b, func(p []byte) error { _, err := HTML(p, Options{}); return err })
}

// BenchmarkParseCorpus is html.Parse alone over the same pages.
func BenchmarkParseCorpus(b *testing.B) {
	corpus.BenchPages(b, func(p []byte) error { _, err := html.Parse(bytes.NewReader(p)); return err })
}

// BenchmarkScaling analyses one real page's article repeated 1, 10 and 100
// times: time and allocations per byte should stay flat.
func BenchmarkScaling(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(shared(b), "corpus", "readability", "nytimes-1", "source.html"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 10, 100} {
		page := bytes.Repeat(data, n)
		b.Run("x"+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := HTML(page, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSample is the bundled sample article, which needs no corpus.
func BenchmarkSample(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "scripts", "sample", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostile analyses the hostile pages of hostile_test.go at 16 KB,
// 64 KB, 256 KB and 1 MB: ns/op and B/op should grow at most as the page
// (scripts/hostile-bench.sh measures the command line the same way).
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostilePages {
		for _, size := range []int{16 << 10, 64 << 10, 256 << 10, 1 << 20} {
			page := h.page(size)
			b.Run(h.name+"/"+strconv.Itoa(size>>10)+"KB", func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := HTML(page, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
