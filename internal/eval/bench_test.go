package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
)

func BenchmarkWords(b *testing.B) {
	s := strings.Repeat("“We are never going to accept joint operations,” said Claudia Sheinbaum Pardo. ", 20)
	for b.Loop() {
		Words(s)
	}
}

func BenchmarkScorePolNeARDev(b *testing.B) {
	dir, err := corpus.Dir()
	if err != nil {
		b.Skip(err)
	}
	arts, err := LoadPolNeAR(filepath.Join(dir, "corpus", "polnear"), "dev", 0)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ScorePolNeAR(arts, EngineText, 0)
	}
}
