// Command eval scores the Quotelens engine against the shared corpora: the
// gold pages of shared/corpus/gold and the news pages of shared/corpus/news
// (figures identical to shared/corpus/score.py; news pooled by language
// too), the disputes of both (all emitted, and those the extension shows,
// confidence ≥ dispute.Shown), and the PolNeAR attribution corpus.
//
// Usage:
//
//	go run ./scripts/eval [-corpus gold|news|polnear|all] [-split dev|test|train]
//	    [-limit N] [-shared DIR] [-pred DIR] [-json] [-v]
//
// -pred DIR also writes each gold and news page's analysis to DIR/PAGE.json,
// so that `python3 shared/corpus/score.py shared/corpus/gold DIR` can be run
// on it (score.py wants the news gold files as GOLD_DIR/PAGE.json: link each
// news/PAGE/gold.json as PAGE.json into a folder of their own).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/quotelens/quotelens/internal/corpus"
	"github.com/quotelens/quotelens/internal/eval"
)

func main() {
	var (
		shared  = flag.String("shared", "", "shared directory (default: $QUOTELENS_SHARED, else ROOT/../shared above the module root)")
		corpus  = flag.String("corpus", "all", "corpus to score: gold, news, polnear or all")
		split   = flag.String("split", "dev", "PolNeAR split: train, dev or test")
		limit   = flag.Int("limit", 0, "score only the first N PolNeAR articles (0: all)")
		predDir = flag.String("pred", "", "write each gold and news page's analysis to DIR/PAGE.json")
		asJSON  = flag.Bool("json", false, "print machine-readable JSON")
		verbose = flag.Bool("v", false, "print one line per PolNeAR article too")
		workers = flag.Int("workers", 0, "articles analysed in parallel (0: one per CPU)")
	)
	flag.Parse()
	if err := run(os.Stdout, *shared, *corpus, *split, *limit, *predDir, *asJSON, *verbose, *workers); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// report is the -json output.
type report struct {
	Gold     *goldReport    `json:"gold,omitempty"`
	News     *newsReport    `json:"news,omitempty"`
	Disputes *disputeReport `json:"disputes,omitempty"`
	PolNeAR  *polnearReport `json:"polnear,omitempty"`
}

type goldReport struct {
	Dir   string           `json:"dir"`
	Pages []goldPageReport `json:"pages"`
	Total eval.PageScore   `json:"total"`
	// ScorePy is the dictionary score.py prints with --json.
	ScorePy json.RawMessage `json:"score_py"`
	Seconds float64         `json:"seconds"`
}

type goldPageReport struct {
	eval.PageScore
	Error string `json:"error,omitempty"`
}

type polnearReport struct {
	Split    string          `json:"split"`
	Articles int             `json:"articles"`
	Errors   int             `json:"errors"`
	Rows     []polnearRow    `json:"rows"`
	Total    eval.PolScore   `json:"total"`
	Scores   []eval.PolScore `json:"per_article,omitempty"`
	Seconds  float64         `json:"seconds"`
}

type polnearRow struct {
	Name string  `json:"name"`
	TP   int     `json:"tp"`
	Gold int     `json:"gold"`
	Pred int     `json:"pred"`
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
	// NamedAcc is the named-source speaker accuracy, null when no matched
	// quote has a named source.
	NamedAcc     *float64 `json:"named_speaker_acc"`
	NamedOK      int      `json:"named_ok"`
	NamedMatched int      `json:"named_matched"`
}

func run(w io.Writer, shared, which, split string, limit int, predDir string, asJSON, verbose bool, workers int) error {
	if !slices.Contains([]string{"gold", "news", "polnear", "all"}, which) {
		return fmt.Errorf("eval: -corpus %q: want gold, news, polnear or all", which)
	}
	if !slices.Contains(eval.PolNeARSplits, split) {
		return fmt.Errorf("eval: -split %q: want one of %v", split, eval.PolNeARSplits)
	}
	if shared == "" {
		var err error
		if shared, err = corpus.Dir(); err != nil {
			return err
		}
	}
	var rep report
	var disputes []eval.DisputePage
	if which == "gold" || which == "all" {
		g, d, err := runGold(shared, predDir, workers)
		if err != nil {
			return err
		}
		rep.Gold = g
		disputes = append(disputes, d...)
	}
	if which == "news" || which == "all" {
		n, d, err := runNews(shared, predDir, workers)
		if err != nil {
			return err
		}
		rep.News = n
		disputes = append(disputes, d...)
	}
	if disputes != nil {
		rep.Disputes = newDisputeReport(disputes)
	}
	if which == "polnear" || which == "all" {
		p, err := runPolNeAR(shared, split, limit, workers, verbose || asJSON)
		if err != nil {
			return err
		}
		rep.PolNeAR = p
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	sep := func() {}
	section := func(print func()) {
		sep()
		print()
		sep = func() { fmt.Fprintln(w) }
	}
	if rep.Gold != nil {
		section(func() { printGold(w, rep.Gold) })
	}
	if rep.News != nil {
		section(func() { printNews(w, rep.News) })
	}
	if rep.Disputes != nil {
		section(func() { printDisputes(w, rep.Disputes) })
	}
	if rep.PolNeAR != nil {
		section(func() { printPolNeAR(w, rep.PolNeAR, verbose) })
	}
	return nil
}

func runGold(shared, predDir string, workers int) (*goldReport, []eval.DisputePage, error) {
	start := time.Now()
	dir := filepath.Join(shared, "corpus", "gold")
	golds, err := eval.LoadGold(dir)
	if err != nil {
		return nil, nil, err
	}
	pages, err := eval.RunGold(shared, golds, eval.EngineHTML, workers)
	if err != nil {
		return nil, nil, err
	}
	if predDir != "" {
		if err := eval.WritePredictions(predDir, pages); err != nil {
			return nil, nil, err
		}
	}
	rep := &goldReport{Dir: dir}
	scores := make([]eval.PageScore, len(pages))
	for i, p := range pages {
		scores[i] = p.Score
		rep.Pages = append(rep.Pages, goldPageReport{p.Score, p.Err})
	}
	rep.Total = eval.Total(scores)
	rep.ScorePy = json.RawMessage(eval.HeadlineOf(rep.Total).PyJSON())
	rep.Seconds = time.Since(start).Seconds()
	return rep, disputePages("gold", pages), nil
}

func runPolNeAR(shared, split string, limit, workers int, keepArticles bool) (*polnearReport, error) {
	start := time.Now()
	arts, err := eval.LoadPolNeAR(filepath.Join(shared, "corpus", "polnear"), split, limit)
	if err != nil {
		return nil, err
	}
	scores, total := eval.ScorePolNeAR(arts, eval.EngineText, workers)
	rep := &polnearReport{Split: split, Articles: len(arts), Total: total}
	for _, s := range scores {
		if s.Err != "" {
			rep.Errors++
		}
	}
	for _, r := range []struct {
		name string
		c    eval.PolCounts
	}{{"direct", total.Direct}, {"indirect", total.Indirect}, {"all", total.All}, {"direct_passages", total.DirectPassages}} {
		p, rc, f := r.c.PRF()
		row := polnearRow{Name: r.name, TP: r.c.TP, Gold: r.c.NGold, Pred: r.c.NPred, P: p, R: rc, F1: f,
			NamedOK: r.c.NamedOK, NamedMatched: r.c.NamedMatched}
		if acc, ok := r.c.NamedAcc(); ok {
			row.NamedAcc = &acc
		}
		rep.Rows = append(rep.Rows, row)
	}
	if keepArticles {
		rep.Scores = scores
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

func acc(ok, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(ok)/float64(n), ok, n)
}

func printGold(w io.Writer, g *goldReport) {
	fmt.Fprintf(w, "Gold corpus: %s (%d pages, %.1fs)\n", g.Dir, len(g.Pages), g.Seconds)
	scores := make([]eval.PageScore, len(g.Pages))
	for i, p := range g.Pages {
		scores[i] = p.PageScore
		line := eval.PyPageLine(p.PageScore)
		if p.Error != "" {
			line += "  ERROR: " + p.Error
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\ttp\tgold\tpred\tP\tR\tF1\tspeaker acc (all gold)\tspeaker acc (matched)\t")
	for _, k := range []struct {
		name string
		c    eval.QuoteCounts
	}{{"direct", g.Total.Direct}, {"indirect", g.Total.Indirect}} {
		p, r, f := k.c.PRF()
		fmt.Fprintf(tw, "%-10s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", k.name, k.c.TP, k.c.NGold, k.c.NPred, f3(p), f3(r), f3(f),
			acc(k.c.SpeakerOK, k.c.SpeakerGold), acc(k.c.SpeakerOK, k.c.SpeakerMatched))
	}
	d := g.Total.Disputes
	p, r, f := d.PRF()
	fmt.Fprintf(tw, "%-10s\t", "disputes")
	fmt.Fprintf(tw, "%d\t%d\t%d\t%s\t%s\t%s\t\t\t\n", d.TP, d.NGold, d.NPred, f3(p), f3(r), f3(f))
	tw.Flush()
	fmt.Fprintln(w, eval.HeadlineOf(g.Total).PyLine())
}

func printPolNeAR(w io.Writer, p *polnearReport, verbose bool) {
	fmt.Fprintf(w, "PolNeAR %s: %d articles, %.1fs", p.Split, p.Articles, p.Seconds)
	if p.Errors > 0 {
		fmt.Fprintf(w, ", engine failed on %d", p.Errors)
	}
	if p.Total.Mismatches > 0 {
		fmt.Fprintf(w, ", %d annotated spans off their text", p.Total.Mismatches)
	}
	fmt.Fprintln(w)
	if verbose {
		for _, s := range p.Scores {
			line := fmt.Sprintf("%-48s direct %3d/%3d gold %3d pred | indirect %3d/%3d gold %3d pred | named speaker %3d/%3d",
				s.Article, s.Direct.TP, s.Direct.NGold, s.Direct.NPred, s.Indirect.TP, s.Indirect.NGold, s.Indirect.NPred,
				s.All.NamedOK, s.All.NamedMatched)
			if s.Err != "" {
				line += "  ERROR: " + s.Err
			}
			fmt.Fprintln(w, line)
		}
		fmt.Fprintln(w)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\ttp\tgold\tpred\tP\tR\tF1\tnamed-source speaker acc\t")
	for _, r := range p.Rows {
		name := map[string]string{"all": "all (any kind)", "direct_passages": "direct, passages"}[r.Name]
		if name == "" {
			name = r.Name
		}
		fmt.Fprintf(tw, "%-16s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t\n", name, r.TP, r.Gold, r.Pred, f3(r.P), f3(r.R), f3(r.F1),
			acc(r.NamedOK, r.NamedMatched))
	}
	tw.Flush()
	fmt.Fprintf(w, "denial-cue attributions found: %d/%d\n", p.Total.DenialFound, p.Total.DenialTotal)
	fmt.Fprintln(w, "(direct, passages: gold = every quoted passage of every content, one per part of an interrupted quote")
	fmt.Fprintln(w, " and per paragraph, partial quotes in reported speech included, as GUIDE.md counts direct quotes)")
}
