package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/quotelens/quotelens/internal/analysis"
)

// GoldPage is one gold page with the engine's analysis and its score.
type GoldPage struct {
	Gold *Gold
	// Analysis is nil when the engine failed on the page (see Err).
	Analysis *analysis.Analysis
	Score    PageScore
	Err      string
}

// PageAnalyzer produces an analysis of an HTML page.
type PageAnalyzer func(page []byte) (*analysis.Analysis, error)

// EngineHTML is the PageAnalyzer that runs the engine on HTML.
func EngineHTML(page []byte) (*analysis.Analysis, error) {
	return analysis.HTML(page, analysis.Options{})
}

// RunGold reads each gold page's HTML under shared (PageSource), analyses it
// on workers goroutines (≤ 0: one per CPU) and scores it. A page the engine
// fails on is scored as an empty prediction, as score.py scores a missing
// prediction file, with Err set; an unreadable page is an error.
func RunGold(shared string, golds []*Gold, analyze PageAnalyzer, workers int) ([]GoldPage, error) {
	return runPages(golds, func(name string) string { return PageSource(shared, name) }, analyze, workers)
}

// runPages reads each gold page's HTML from source(name), analyses the
// pages on workers goroutines and scores them.
func runPages(golds []*Gold, source func(name string) string, analyze PageAnalyzer, workers int) ([]GoldPage, error) {
	pages := make([]GoldPage, len(golds))
	srcs := make([][]byte, len(golds))
	for i, g := range golds {
		src, err := os.ReadFile(source(g.Name))
		if err != nil {
			return nil, fmt.Errorf("eval: load page %s: %w", g.Name, err)
		}
		srcs[i] = src
	}
	forEach(len(golds), workers, func(i int) {
		p := GoldPage{Gold: golds[i]}
		a, err := safely(func() (*analysis.Analysis, error) { return analyze(srcs[i]) })
		if err != nil {
			p.Err = err.Error()
			a = nil
		}
		p.Analysis = a
		p.Score = ScorePage(golds[i], a)
		pages[i] = p
	})
	return pages, nil
}

// WritePredictions writes each page's analysis to dir/NAME.json, the layout
// score.py reads; a page without an analysis gets no file, which score.py
// scores as an empty prediction too.
func WritePredictions(dir string, pages []GoldPage) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("eval: write predictions: %w", err)
	}
	for _, p := range pages {
		path := filepath.Join(dir, p.Gold.Name+".json")
		if p.Analysis == nil {
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("eval: write prediction %s: %w", p.Gold.Name, err)
			}
			continue
		}
		data, err := json.MarshalIndent(p.Analysis, "", "  ")
		if err != nil {
			return fmt.Errorf("eval: write prediction %s: %w", p.Gold.Name, err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			return fmt.Errorf("eval: write prediction %s: %w", p.Gold.Name, err)
		}
	}
	return nil
}
