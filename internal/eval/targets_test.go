package eval

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
	"github.com/quotelens/quotelens/internal/dispute"
)

// Targets of the development gold, which the engine meets.
const (
	targetGoldDirectP         = 0.95
	targetGoldDirectR         = 0.95
	targetGoldDirectSpeaker   = 0.90
	targetGoldIndirectF1      = 0.70
	targetGoldIndirectSpeaker = 0.85
	targetGoldDisputesF1      = 0.50
)

// Targets on shared/corpus/news (issue 9): all languages pooled, and each
// language on its own.
const (
	targetNewsDirectF1        = 0.95
	targetNewsDirectSpeaker   = 0.90
	targetNewsIndirectF1      = 0.80
	targetNewsIndirectSpeaker = 0.80
	targetLangDirectSpeaker   = 0.85
	targetLangIndirectF1      = 0.70
)

// Targets for the disputes shown (confidence ≥ dispute.Shown) on the news
// and gold pages pooled (issue 10); DisputeFree is the share of pages
// without a gold dispute that get none.
const (
	targetDisputeP    = 0.60
	targetDisputeR    = 0.50
	targetDisputeFree = 0.90
)

// floors holds each measure above a floor: the target where the engine
// meets it, else a regression guard just under the figure measured when
// the floor was set (measured − 0.02, rounded down to two decimals; small
// pools such as Portuguese, 2 pages, move by about 0.03 a quote: its direct
// speaker meets the target but is held two quotes below it). Raise a
// floor when the engine improves, up to its target: a floor never exceeds
// its target, and a measure whose floor is its target is a target met.
var floors = []struct {
	measure       string
	floor, target float64
}{
	{"gold direct precision", targetGoldDirectP, targetGoldDirectP},
	{"gold direct recall", targetGoldDirectR, targetGoldDirectR},
	{"gold direct speaker", targetGoldDirectSpeaker, targetGoldDirectSpeaker},
	{"gold indirect F1", targetGoldIndirectF1, targetGoldIndirectF1},
	{"gold indirect speaker", targetGoldIndirectSpeaker, targetGoldIndirectSpeaker},
	{"gold disputes F1", targetGoldDisputesF1, targetGoldDisputesF1},

	{"news direct F1", targetNewsDirectF1, targetNewsDirectF1},
	{"news direct speaker", targetNewsDirectSpeaker, targetNewsDirectSpeaker},
	{"news indirect F1", targetNewsIndirectF1, targetNewsIndirectF1},
	{"news indirect speaker", targetNewsIndirectSpeaker, targetNewsIndirectSpeaker},
	{"news en direct speaker", targetLangDirectSpeaker, targetLangDirectSpeaker},
	{"news es direct speaker", targetLangDirectSpeaker, targetLangDirectSpeaker},
	{"news pt direct speaker", targetLangDirectSpeaker, targetLangDirectSpeaker},
	{"news en indirect F1", targetLangIndirectF1, targetLangIndirectF1},
	{"news es indirect F1", targetLangIndirectF1, targetLangIndirectF1},
	{"news pt indirect F1", targetLangIndirectF1, targetLangIndirectF1},

	{"news+gold disputes shown precision", targetDisputeP, targetDisputeP},
	{"news+gold disputes shown recall", targetDisputeR, targetDisputeR},
	{"news+gold dispute-free pages kept free", targetDisputeFree, targetDisputeFree},
}

// TestGoldTargets holds the engine above the floors on the development gold
// and the news pages (whole source.html pages, scored as score.py scores):
// a change that drops below one fails here, not in a later report. It logs
// each measure against its floor and its target.
func TestGoldTargets(t *testing.T) {
	shared, err := corpus.Dir()
	if err != nil {
		t.Skipf("shared corpus not found, gold and news targets not checked: %v", err)
	}
	golds, err := LoadGold(filepath.Join(shared, "corpus", "gold"))
	if err != nil {
		t.Skipf("no gold: %v", err)
	}
	news, err := LoadNews(shared)
	if err != nil {
		t.Skipf("no news pages: %v", err)
	}
	gold, err := RunGold(shared, golds, EngineHTML, 0)
	if err != nil {
		t.Fatal(err)
	}
	newsPages, err := RunNews(shared, news, EngineHTML, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(append([]GoldPage(nil), gold...), newsPages...) {
		if p.Err != "" {
			t.Errorf("%s: %s", p.Gold.Name, p.Err)
		}
	}
	got := measures(gold, newsPages)
	for _, f := range floors {
		if f.floor > f.target {
			t.Errorf("%s: floor %.2f above its target %.2f", f.measure, f.floor, f.target)
		}
		x, ok := got[f.measure]
		if !ok {
			t.Errorf("%s: not measured", f.measure)
			continue
		}
		met := "met"
		if x < f.target {
			met = "not met"
		}
		t.Logf("%s: got %.3f, floor %.2f, target %.2f (%s)", f.measure, x, f.floor, f.target, met)
		if x < f.floor {
			t.Errorf("%s = %.3f, below its floor %.2f", f.measure, x, f.floor)
		}
	}
}

// measures computes every measure of floors from the scored gold and news
// pages. A speaker accuracy with no attributed gold quote counts as 0.
func measures(gold, news []GoldPage) map[string]float64 {
	m := map[string]float64{}
	sp := func(c QuoteCounts) float64 { a, _ := c.SpeakerAcc(); return a }
	f1 := func(c Counts) float64 { _, _, f := c.PRF(); return f }

	g := Total(Scores(gold))
	m["gold direct precision"], m["gold direct recall"], _ = g.Direct.PRF()
	m["gold direct speaker"] = sp(g.Direct)
	m["gold indirect F1"] = f1(g.Indirect.Counts)
	m["gold indirect speaker"] = sp(g.Indirect)
	m["gold disputes F1"] = f1(g.Disputes)

	n := Total(Scores(news))
	m["news direct F1"] = f1(n.Direct.Counts)
	m["news direct speaker"] = sp(n.Direct)
	m["news indirect F1"] = f1(n.Indirect.Counts)
	m["news indirect speaker"] = sp(n.Indirect)
	for _, l := range ByLanguage(news) {
		m["news "+l.Language+" direct speaker"] = sp(l.Total.Direct)
		m["news "+l.Language+" indirect F1"] = f1(l.Total.Indirect.Counts)
	}

	var d DisputeTotal
	for _, p := range append(append([]GoldPage(nil), gold...), news...) {
		d.Add(ScoreDisputePage("", p.Gold, p.Analysis, dispute.Shown))
	}
	m["news+gold disputes shown precision"], m["news+gold disputes shown recall"], _ = d.Shown.PRF()
	_, free, ok := d.QuietShare()
	if !ok {
		free = math.NaN()
	}
	m["news+gold dispute-free pages kept free"] = free
	return m
}
