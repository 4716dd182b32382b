package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one gold file of shared/corpus/gold, as GUIDE.md describes it.
type Gold struct {
	// Name is the file name without ".json"; score.py pairs gold and
	// prediction files by it, not by Page.
	Name     string        `json:"-"`
	Page     string        `json:"page"`
	Language string        `json:"language"`
	Quotes   []GoldQuote   `json:"quotes"`
	Disputes []GoldDispute `json:"disputes"`
}

// GoldQuote is one direct or indirect quote of a gold file.
type GoldQuote struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	// Speaker lists every form by which the article names the source,
	// fullest first; empty when the article does not say.
	Speaker []string `json:"speaker"`
	Role    string   `json:"role"`
	Cue     string   `json:"cue"`
}

// GoldDispute is one disputed claim of a gold file.
type GoldDispute struct {
	Claim    string   `json:"claim"`
	Claimant []string `json:"claimant"`
	Disputer []string `json:"disputer"`
	Dispute  string   `json:"dispute"`
	Cue      string   `json:"cue"`
}

// LoadGoldFile reads one gold file; its Name is the file name without
// ".json".
func LoadGoldFile(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: load gold %s: %w", path, err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("eval: load gold %s: %w", path, err)
	}
	g.Name = strings.TrimSuffix(filepath.Base(path), ".json")
	return &g, nil
}

// LoadGold reads every *.json file of dir in byte order of their names, the
// order score.py lists pages in.
func LoadGold(dir string) ([]*Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: load gold %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") && !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	golds := make([]*Gold, 0, len(names))
	for _, n := range names {
		g, err := LoadGoldFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		golds = append(golds, g)
	}
	return golds, nil
}

// PageSource returns the HTML file that the gold page name describes: the
// seed article for "seed", else readability/NAME/source.html, under the
// shared directory.
func PageSource(shared, name string) string {
	if name == "seed" {
		return filepath.Join(shared, "seed", "article.html")
	}
	return filepath.Join(shared, "corpus", "readability", name, "source.html")
}
