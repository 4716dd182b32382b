package eval

import (
	"path/filepath"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
)

// TestGoldTargets holds the engine to the targets it is built to meet on the
// development gold (whole source.html pages, scored as score.py scores):
// a change that drops below one fails here, not in a later report.
func TestGoldTargets(t *testing.T) {
	shared, err := corpus.Dir()
	if err != nil {
		t.Skipf("shared corpus not found, gold targets not checked: %v", err)
	}
	golds, err := LoadGold(filepath.Join(shared, "corpus", "gold"))
	if err != nil {
		t.Skipf("no gold: %v", err)
	}
	pages, err := RunGold(shared, golds, EngineHTML, 0)
	if err != nil {
		t.Fatal(err)
	}
	var total PageScore
	for _, p := range pages {
		if p.Err != "" {
			t.Errorf("%s: %s", p.Gold.Name, p.Err)
		}
		total.Add(p.Score)
	}
	dp, dr, _ := total.Direct.PRF()
	dsp, _ := total.Direct.SpeakerAcc()
	_, _, iF := total.Indirect.PRF()
	isp, _ := total.Indirect.SpeakerAcc()
	_, _, xF := total.Disputes.PRF()
	targets := []struct {
		desc      string
		got, want float64
	}{
		{"direct precision", dp, 0.95},
		{"direct recall", dr, 0.95},
		{"direct speaker accuracy", dsp, 0.90},
		{"indirect F1", iF, 0.70},
		{"indirect speaker accuracy", isp, 0.85},
		{"disputes F1", xF, 0.50},
	}
	for _, tc := range targets {
		t.Logf("%-26s %.3f (target %.2f)", tc.desc, tc.got, tc.want)
		if tc.got < tc.want {
			t.Errorf("%s = %.3f, below the target %.2f", tc.desc, tc.got, tc.want)
		}
	}
}
