// Package corpus finds the shared evaluation data that lives beside the
// repository (../shared, or wherever $QUOTELENS_SHARED says) and reads its
// pages, for the tests, benchmarks and evaluation command that need them.
// The data is never copied into the repository: code that needs it asks
// here, and a test skips when it is absent.
package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Env names the environment variable that overrides where the shared
// directory is.
const Env = "QUOTELENS_SHARED"

// ModuleRoot walks up from dir to the first directory holding a go.mod.
func ModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("corpus: module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("corpus: module root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Dir returns the shared directory: $QUOTELENS_SHARED when set, else
// ROOT/../shared where ROOT is the module root above the working directory.
// It is an error when the directory does not exist.
func Dir() (string, error) {
	dir := os.Getenv(Env)
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", fmt.Errorf("corpus: shared dir: %w", err)
		}
		root, err := ModuleRoot(wd)
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "..", "shared")
	}
	if fi, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("corpus: shared dir: %w", err)
	} else if !fi.IsDir() {
		return "", fmt.Errorf("corpus: shared dir: %s is not a directory", dir)
	}
	return filepath.Clean(dir), nil
}

// Page is one page of the Readability corpus.
type Page struct {
	// Name is the page's folder name ("nytimes-1").
	Name string
	// Source is the page as served (source.html).
	Source []byte
}

// ReadabilityDir is the folder of the Readability corpus under shared.
func ReadabilityDir(shared string) string {
	return filepath.Join(shared, "corpus", "readability")
}

// Readability reads every source.html of the Readability corpus, in name
// order.
func Readability(shared string) ([]Page, error) {
	dir := ReadabilityDir(shared)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: readability: %w", err)
	}
	var pages []Page
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name(), "source.html"))
		if err != nil {
			continue // a folder without a page
		}
		pages = append(pages, Page{Name: e.Name(), Source: data})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Name < pages[j].Name })
	if len(pages) == 0 {
		return nil, fmt.Errorf("corpus: readability: no pages in %s", dir)
	}
	return pages, nil
}

// Pages reads the Readability corpus for a test or a benchmark, skipping it
// when the corpus is absent.
func Pages(tb testing.TB) []Page {
	tb.Helper()
	dir, err := Dir()
	if err != nil {
		tb.Skipf("shared corpus absent (set %s): %v", Env, err)
	}
	all, err := Readability(dir)
	if err != nil {
		tb.Skip(err)
	}
	return all
}

// Sources reads the Readability corpus for a benchmark: every page's bytes
// and their total size. It skips the benchmark when the corpus is absent.
func Sources(tb testing.TB) (pages [][]byte, total int64) {
	tb.Helper()
	for _, p := range Pages(tb) {
		pages = append(pages, p.Source)
		total += int64(len(p.Source))
	}
	return pages, total
}

// BenchPages runs a benchmark of run over every page of the Readability
// corpus, reporting bytes per second and allocations, so that benchmarks of
// different stages over the same bytes compare directly.
func BenchPages(b *testing.B, run func(page []byte) error) {
	b.Helper()
	pages, total := Sources(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if err := run(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
