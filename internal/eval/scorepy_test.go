package eval

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/dispute"
)

// goldAsPrediction turns a gold page into the Analysis that reproduces it:
// one speaker per distinct form list, disputes with the gold texts.
func goldAsPrediction(g *Gold) *analysis.Analysis {
	a := &analysis.Analysis{Quotes: []analysis.Quote{}, Speakers: []analysis.Speaker{}, Disputes: []analysis.Dispute{}}
	ids := make(map[string]string)
	for i, q := range g.Quotes {
		p := analysis.Quote{ID: fmt.Sprintf("q%d", i), Kind: q.Kind, Text: q.Text, Cue: q.Cue}
		if len(q.Speaker) > 0 {
			key := strings.Join(q.Speaker, "|")
			id, ok := ids[key]
			if !ok {
				id = fmt.Sprintf("s%d", len(ids))
				ids[key] = id
				a.Speakers = append(a.Speakers, analysis.Speaker{ID: id, Name: q.Speaker[0], Aliases: q.Speaker[1:]})
			}
			p.Speaker = &id
		}
		a.Quotes = append(a.Quotes, p)
	}
	for _, d := range g.Disputes {
		a.Disputes = append(a.Disputes, pd(d.Claim, d.Dispute))
	}
	return a
}

// cutWords keeps the first share of the words of s (at least one).
func cutWords(s string, share float64) string {
	f := strings.Fields(s)
	n := int(float64(len(f))*share + 0.5)
	if n < 1 {
		n = 1
	}
	if n > len(f) {
		n = len(f)
	}
	return strings.Join(f[:n], " ")
}

// perturb damages a gold-as-prediction at random but reproducibly: drops,
// truncations (on both sides of the threshold), swapped kinds, duplicates
// (ties), spurious quotes, wrong, missing and unknown speakers, and damaged
// disputes.
func perturb(a *analysis.Analysis, rng *rand.Rand) *analysis.Analysis {
	out := &analysis.Analysis{Speakers: a.Speakers, Quotes: []analysis.Quote{}, Disputes: []analysis.Dispute{}}
	for _, q := range a.Quotes {
		switch rng.Intn(10) {
		case 0: // dropped
			continue
		case 1:
			q.Text = cutWords(q.Text, 0.3)
		case 2:
			q.Text = cutWords(q.Text, 0.5)
		case 3:
			q.Text = cutWords(q.Text, 0.7)
		case 4:
			if q.Kind == D {
				q.Kind = I
			} else {
				q.Kind = D
			}
		case 5:
			out.Quotes = append(out.Quotes, q) // duplicate
		case 6:
			q.Speaker = nil
		case 7:
			if len(a.Speakers) > 0 {
				id := a.Speakers[rng.Intn(len(a.Speakers))].ID
				q.Speaker = &id
			}
		case 8:
			if q.Speaker != nil {
				for _, s := range a.Speakers {
					if s.ID == *q.Speaker && len(s.Aliases) > 0 {
						name := strings.ToUpper(s.Aliases[len(s.Aliases)-1])
						q.Speaker = &name // unknown id, read as a name
					}
				}
			}
		}
		out.Quotes = append(out.Quotes, q)
	}
	for i := rng.Intn(4); i > 0; i-- {
		out.Quotes = append(out.Quotes, pq([]string{D, I}[rng.Intn(2)], "a spurious quote of nothing", nil))
	}
	for _, d := range a.Disputes {
		switch rng.Intn(4) {
		case 0:
			continue
		case 1:
			d.Claim.Text = cutWords(d.Claim.Text, 0.4)
		case 2:
			d.Claim, d.Dispute = d.Dispute, d.Claim
		}
		out.Disputes = append(out.Disputes, d)
	}
	if rng.Intn(2) == 0 {
		out.Disputes = append(out.Disputes, pd("nothing", "at all"))
	}
	return out
}

// writePredictions writes preds (nil: no file) as score.py's PRED_DIR.
func writePredictions(t *testing.T, dir string, golds []*Gold, preds []*analysis.Analysis) {
	t.Helper()
	for i, g := range golds {
		if preds[i] == nil {
			continue
		}
		data, err := json.Marshal(preds[i])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, g.Name+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// goScore scores the prediction files of dir as score.py would read them.
func goScore(t *testing.T, dir string, golds []*Gold) []PageScore {
	t.Helper()
	var out []PageScore
	for _, g := range golds {
		var a *analysis.Analysis
		if data, err := os.ReadFile(filepath.Join(dir, g.Name+".json")); err == nil {
			a = &analysis.Analysis{}
			if err := json.Unmarshal(data, a); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, ScorePage(g, a))
	}
	return out
}

// runScorePy runs the reference scorer with --json and returns its output.
func runScorePy(t *testing.T, goldDir, predDir string) string {
	t.Helper()
	cmd := exec.Command(testPython(t), scorePy(t), goldDir, predDir, "--json")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	return string(out)
}

// compareOutput checks that Go prints exactly what score.py prints.
func compareOutput(t *testing.T, goldDir, predDir string, golds []*Gold) {
	t.Helper()
	want := runScorePy(t, goldDir, predDir)
	got := PyOutput(goScore(t, predDir, golds), true)
	t.Logf("score.py: %s", want[strings.LastIndex(strings.TrimSuffix(want, "\n"), "\n")+1:])
	if got != want {
		t.Errorf("Go and score.py disagree:\n--- go\n%s--- score.py\n%s", got, want)
	}
}

// scoredCorpus is a corpus as score.py reads it: a GOLD_DIR of NAME.json
// files and the same gold files loaded in Go.
type scoredCorpus struct {
	name    string
	goldDir string
	golds   []*Gold
	// seeds is the number of randomly perturbed prediction sets to score:
	// the news pages are many, so fewer sets cover as many cases.
	seeds int
	// run analyses the corpus with the engine.
	run func() ([]GoldPage, error)
}

// scoredCorpora returns the gold corpus and the news corpus, the news gold
// files copied into a temporary GOLD_DIR as NAME.json, the layout score.py
// reads.
func scoredCorpora(t *testing.T) []scoredCorpus {
	t.Helper()
	shared := testShared(t)
	goldDir := filepath.Join(shared, "corpus", "gold")
	golds, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	news, err := LoadNews(shared)
	if err != nil {
		t.Fatal(err)
	}
	return []scoredCorpus{
		{"gold", goldDir, golds, 8, func() ([]GoldPage, error) { return RunGold(shared, golds, EngineHTML, 0) }},
		{"news", newsGoldDir(t, shared, news), news, 4, func() ([]GoldPage, error) { return RunNews(shared, news, EngineHTML, 0) }},
	}
}

// newsGoldDir copies the gold.json of the news pages golds (all of them or
// a subset) into a temporary directory as NAME.json.
func newsGoldDir(t *testing.T, shared string, golds []*Gold) string {
	t.Helper()
	dir := t.TempDir()
	for _, g := range golds {
		data, err := os.ReadFile(filepath.Join(NewsDir(shared), g.Name, "gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, g.Name+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestAgreesWithScorePy checks that the Go scorer prints, byte for byte,
// what score.py prints: per-page lines, the --json totals and the headline,
// on the gold and news corpora for several prediction sets and on the
// hand-made cases.
func TestAgreesWithScorePy(t *testing.T) {
	testPython(t)
	for _, c := range scoredCorpora(t) {
		t.Run(c.name, func(t *testing.T) { agreeOnCorpus(t, c.goldDir, c.golds, c.seeds) })
	}
	t.Run("hand-made cases", agreeOnHandMadeCases)
}

// agreeOnCorpus compares Go and score.py on made-up predictions for the
// pages of goldDir.
func agreeOnCorpus(t *testing.T, goldDir string, golds []*Gold, seeds int) {
	sets := map[string]func(i int, g *Gold) *analysis.Analysis{
		"gold as prediction":  func(_ int, g *Gold) *analysis.Analysis { return goldAsPrediction(g) },
		"no prediction files": func(int, *Gold) *analysis.Analysis { return nil },
		"empty predictions":   func(int, *Gold) *analysis.Analysis { return &analysis.Analysis{} },
		"every other page missing": func(i int, g *Gold) *analysis.Analysis {
			if i%2 == 0 {
				return nil
			}
			return goldAsPrediction(g)
		},
	}
	for seed := int64(1); seed <= int64(seeds); seed++ {
		rng := rand.New(rand.NewSource(seed))
		sets[fmt.Sprintf("perturbed, seed %d", seed)] = func(_ int, g *Gold) *analysis.Analysis {
			return perturb(goldAsPrediction(g), rng)
		}
	}
	for name, build := range sets {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var ps []*analysis.Analysis
			for i, g := range golds {
				ps = append(ps, build(i, g))
			}
			writePredictions(t, dir, golds, ps)
			compareOutput(t, goldDir, dir, golds)
		})
	}
}

// agreeOnHandMadeCases compares Go and score.py on the cases of
// score_test.go.
func agreeOnHandMadeCases(t *testing.T) {
	gdir, pdir := t.TempDir(), t.TempDir()
	var gs []*Gold
	var ps []*analysis.Analysis
	for i, c := range scoreCases {
		g := c.gold
		g.Name = fmt.Sprintf("case%02d", i)
		data, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		// score.py needs "quotes" present; Marshal writes null for none.
		data = []byte(strings.Replace(string(data), `"quotes":null`, `"quotes":[]`, 1))
		if err := os.WriteFile(filepath.Join(gdir, g.Name+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		gs = append(gs, &g)
		ps = append(ps, c.pred)
	}
	writePredictions(t, pdir, gs, ps)
	compareOutput(t, gdir, pdir, gs)
}

// TestEnginePredictionsAgreeWithScorePy runs the engine on the gold and
// news pages, writes its analyses as -pred does, and checks score.py reads
// the same figures from them: for the whole corpus, for the news pages of
// each language (the eval's language rows), and with only the disputes shown
// (confidence ≥ dispute.Shown, the eval's "shown" figures).
func TestEnginePredictionsAgreeWithScorePy(t *testing.T) {
	testPython(t)
	shared := testShared(t)
	for _, c := range scoredCorpora(t) {
		pages, err := c.run()
		if err != nil {
			t.Fatal(err)
		}
		t.Run(c.name, func(t *testing.T) { agreeOnPages(t, c.goldDir, pages) })
		shown := make([]GoldPage, len(pages))
		for i, p := range pages {
			shown[i] = p
			shown[i].Analysis = AtLeast(p.Analysis, dispute.Shown)
			shown[i].Score.Disputes = ScoreDisputePage(c.name, p.Gold, p.Analysis, dispute.Shown).Shown
		}
		t.Run(c.name+", disputes shown", func(t *testing.T) { agreeOnPages(t, c.goldDir, shown) })
		if c.name != "news" {
			continue
		}
		for _, l := range ByLanguage(pages) {
			var sub []GoldPage
			var golds []*Gold
			for _, p := range pages {
				if p.Gold.Language == l.Language {
					sub, golds = append(sub, p), append(golds, p.Gold)
				}
			}
			t.Run("news, "+l.Language, func(t *testing.T) {
				if got, want := HeadlineOf(l.Total), HeadlineOf(Total(Scores(sub))); got != want {
					t.Errorf("ByLanguage total %+v, pages total %+v", got, want)
				}
				agreeOnPages(t, newsGoldDir(t, shared, golds), sub)
			})
		}
	}
}

// agreeOnPages writes the pages' analyses as -pred does and checks that
// score.py, run on goldDir, prints what Go prints for the pages' scores.
func agreeOnPages(t *testing.T, goldDir string, pages []GoldPage) {
	t.Helper()
	dir := t.TempDir()
	if err := WritePredictions(dir, pages); err != nil {
		t.Fatal(err)
	}
	want := runScorePy(t, goldDir, dir)
	t.Logf("score.py: %s", want[strings.LastIndex(strings.TrimSuffix(want, "\n"), "\n")+1:])
	if got := PyOutput(Scores(pages), true); got != want {
		t.Errorf("Go and score.py disagree:\n--- go\n%s--- score.py\n%s", got, want)
	}
}

// TestPyRound checks PyRound and the repr of its result against Python's
// round(x, 3) on every fraction a/b with b ≤ 400.
func TestPyRound(t *testing.T) {
	var in [][2]int
	for b := 1; b <= 400; b++ {
		for a := 0; a <= b; a++ {
			in = append(in, [2]int{a, b})
		}
	}
	var want []string
	runPython(t, `
import json, sys
json.dump([repr(round(a / b, 3)) for a, b in json.load(sys.stdin)], sys.stdout)
`, in, &want)
	for i, ab := range in {
		if got := pyFloat(PyRound(float64(ab[0])/float64(ab[1]), 3)); got != want[i] {
			t.Errorf("round(%d/%d, 3) = %s, python %s", ab[0], ab[1], got, want[i])
		}
	}
}
