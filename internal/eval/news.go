package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/quotelens/quotelens/internal/analysis"
)

// NewsDir is the folder of the news corpus under the shared directory: one
// folder a page, with source.html and gold.json.
func NewsDir(shared string) string {
	return filepath.Join(shared, "corpus", "news")
}

// NewsSource returns the HTML file of the news page name under shared.
func NewsSource(shared, name string) string {
	return filepath.Join(NewsDir(shared), name, "source.html")
}

// LoadNews reads the gold.json of every page folder of the news corpus; a
// page's Name is its folder name. Pages come in the order score.py would
// list them from a GOLD_DIR of NAME.json files (byte order of "NAME.json"),
// so that the Go and Python figures line up page by page. A folder without
// a gold.json is skipped.
func LoadNews(shared string) ([]*Gold, error) {
	dir := NewsDir(shared)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: load news %s: %w", dir, err)
	}
	var golds []*Gold
	for _, e := range entries {
		path := filepath.Join(dir, e.Name(), "gold.json")
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(path); err != nil {
			continue
		}
		g, err := LoadGoldFile(path)
		if err != nil {
			return nil, err
		}
		g.Name = e.Name()
		golds = append(golds, g)
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("eval: load news: no gold.json under %s", dir)
	}
	sort.Slice(golds, func(i, j int) bool { return golds[i].Name+".json" < golds[j].Name+".json" })
	return golds, nil
}

// RunNews analyses and scores the news pages as RunGold does the gold
// pages.
func RunNews(shared string, golds []*Gold, analyze PageAnalyzer, workers int) ([]GoldPage, error) {
	return runPages(golds, func(name string) string { return NewsSource(shared, name) }, analyze, workers)
}

// LanguageScore is the pooled score of the pages of one language.
type LanguageScore struct {
	Language string    `json:"language"`
	Pages    int       `json:"pages"`
	Total    PageScore `json:"total"`
}

// ByLanguage pools page scores by their gold file's language, languages in
// byte order.
func ByLanguage(pages []GoldPage) []LanguageScore {
	idx := map[string]int{}
	var out []LanguageScore
	for _, p := range pages {
		lang := p.Gold.Language
		i, ok := idx[lang]
		if !ok {
			i = len(out)
			idx[lang] = i
			out = append(out, LanguageScore{Language: lang, Total: PageScore{Page: lang}})
		}
		out[i].Pages++
		out[i].Total.Add(p.Score)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Language < out[j].Language })
	return out
}

// Scores returns the pages' scores.
func Scores(pages []GoldPage) []PageScore {
	out := make([]PageScore, len(pages))
	for i, p := range pages {
		out[i] = p.Score
	}
	return out
}

// AtLeast returns a copy of a that keeps only the disputes whose confidence
// is at least min (nil stays nil).
func AtLeast(a *analysis.Analysis, min float64) *analysis.Analysis {
	if a == nil {
		return nil
	}
	b := *a
	b.Disputes = nil
	for _, d := range a.Disputes {
		if d.Confidence >= min {
			b.Disputes = append(b.Disputes, d)
		}
	}
	return &b
}
