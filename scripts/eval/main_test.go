package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
)

func TestRunRejectsUnknownCorpus(t *testing.T) {
	err := run(&bytes.Buffer{}, t.TempDir(), "nope", "dev", 0, "", false, false, 1)
	if err == nil || !strings.Contains(err.Error(), "gold, news, polnear or all") {
		t.Errorf("run(-corpus nope) = %v", err)
	}
}

// newsShared returns the shared directory, or skips the test when it or its
// news corpus is missing.
func newsShared(t *testing.T) string {
	t.Helper()
	shared, err := corpus.Dir()
	if err != nil {
		t.Skipf("shared corpus not found (set %s), news eval not run: %v", corpus.Env, err)
	}
	if _, err := os.Stat(filepath.Join(shared, "corpus", "news")); err != nil {
		t.Skipf("no news corpus, news eval not run: %v", err)
	}
	return shared
}

// TestRunText checks the sections and rows the eval prints.
func TestRunText(t *testing.T) {
	shared := newsShared(t)
	tests := []struct {
		desc, corpus string
		want         []string
	}{
		{"news", "news", []string{"News corpus:", "\n    en ", "\n    es ", "\n    pt ", "\n   all ",
			"Disputes:", "news: pages without a gold dispute left without one"}},
		{"all", "all", []string{"Gold corpus:", "News corpus:", "Disputes:", "gold+news",
			"gold+news: pages without a gold dispute left without one", "PolNeAR dev"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var out strings.Builder
			if err := run(&out, shared, tc.corpus, "dev", 0, "", false, false, 0); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

// TestRunNewsJSON checks the -json report of the news corpus and the
// prediction files -pred writes.
func TestRunNewsJSON(t *testing.T) {
	shared := newsShared(t)
	pred := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, shared, "news", "dev", 0, pred, true, false, 0); err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.News == nil || rep.Disputes == nil || rep.Gold != nil || rep.PolNeAR != nil {
		t.Fatalf("report sections: gold %v news %v disputes %v polnear %v", rep.Gold != nil, rep.News != nil, rep.Disputes != nil, rep.PolNeAR != nil)
	}
	var langs []string
	pages := 0
	for _, l := range rep.News.Languages {
		langs = append(langs, l.Language)
		pages += l.Pages
	}
	if strings.Join(langs, " ") != "en es pt" || pages != len(rep.News.Pages) {
		t.Errorf("languages %v over %d pages, want en es pt over %d", langs, pages, len(rep.News.Pages))
	}
	if len(rep.Disputes.Pages) != len(rep.News.Pages) || len(rep.Disputes.Pools) != 1 || rep.Disputes.Pools[0].QuietShareShown == nil {
		t.Errorf("disputes: %d pages, pools %+v", len(rep.Disputes.Pages), rep.Disputes.Pools)
	}
	for _, p := range rep.News.Pages {
		if _, err := os.Stat(filepath.Join(pred, p.Page+".json")); err != nil && p.Error == "" {
			t.Errorf("-pred: %v", err)
		}
	}
}
