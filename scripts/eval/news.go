package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/quotelens/quotelens/internal/dispute"
	"github.com/quotelens/quotelens/internal/eval"
)

// newsReport is the -json output for the news corpus.
type newsReport struct {
	Dir       string               `json:"dir"`
	Pages     []newsPageReport     `json:"pages"`
	Languages []eval.LanguageScore `json:"languages"`
	Total     eval.PageScore       `json:"total"`
	// ScorePy is the dictionary score.py prints with --json for the news
	// pages.
	ScorePy json.RawMessage `json:"score_py"`
	Seconds float64         `json:"seconds"`
}

type newsPageReport struct {
	eval.PageScore
	Language string `json:"language"`
	Error    string `json:"error,omitempty"`
}

func runNews(shared, predDir string, workers int) (*newsReport, []eval.DisputePage, error) {
	start := time.Now()
	golds, err := eval.LoadNews(shared)
	if err != nil {
		return nil, nil, err
	}
	pages, err := eval.RunNews(shared, golds, eval.EngineHTML, workers)
	if err != nil {
		return nil, nil, err
	}
	if predDir != "" {
		if err := eval.WritePredictions(predDir, pages); err != nil {
			return nil, nil, err
		}
	}
	rep := &newsReport{Dir: eval.NewsDir(shared), Languages: eval.ByLanguage(pages)}
	for _, p := range pages {
		rep.Pages = append(rep.Pages, newsPageReport{p.Score, p.Gold.Language, p.Err})
	}
	rep.Total = eval.Total(eval.Scores(pages))
	rep.ScorePy = json.RawMessage(eval.HeadlineOf(rep.Total).PyJSON())
	rep.Seconds = time.Since(start).Seconds()
	return rep, disputePages("news", pages), nil
}

// disputePages scores the disputes of each page, all and shown.
func disputePages(corpus string, pages []eval.GoldPage) []eval.DisputePage {
	out := make([]eval.DisputePage, len(pages))
	for i, p := range pages {
		out[i] = eval.ScoreDisputePage(corpus, p.Gold, p.Analysis, dispute.Shown)
	}
	return out
}

// disputeReport is the -json output for disputes.
type disputeReport struct {
	// Shown is the confidence at or above which a dispute is shown.
	Shown float64            `json:"shown_threshold"`
	Pages []eval.DisputePage `json:"pages"`
	Pools []disputePool      `json:"pooled"`
}

// disputePool is the pooled dispute score of one corpus or of all.
type disputePool struct {
	Name string `json:"name"`
	eval.DisputeTotal
	AllPRF   prf `json:"all_prf"`
	ShownPRF prf `json:"shown_prf"`
	// QuietShareAll and QuietShareShown are the shares of pages without a
	// gold dispute that get none; null when every page has one.
	QuietShareAll   *float64 `json:"quiet_share_all"`
	QuietShareShown *float64 `json:"quiet_share_shown"`
}

type prf struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func prfOf(c eval.Counts) prf {
	p, r, f := c.PRF()
	return prf{p, r, f}
}

func newDisputeReport(pages []eval.DisputePage) *disputeReport {
	rep := &disputeReport{Shown: dispute.Shown, Pages: pages}
	var names []string
	byCorpus := map[string][]eval.DisputePage{}
	for _, p := range pages {
		if byCorpus[p.Corpus] == nil {
			names = append(names, p.Corpus)
		}
		byCorpus[p.Corpus] = append(byCorpus[p.Corpus], p)
	}
	pool := func(name string, ps []eval.DisputePage) {
		t := eval.PoolDisputes(ps)
		d := disputePool{Name: name, DisputeTotal: t, AllPRF: prfOf(t.All), ShownPRF: prfOf(t.Shown)}
		if a, s, ok := t.QuietShare(); ok {
			d.QuietShareAll, d.QuietShareShown = &a, &s
		}
		rep.Pools = append(rep.Pools, d)
	}
	for _, n := range names {
		pool(n, byCorpus[n])
	}
	if len(names) > 1 {
		pool(join(names), pages)
	}
	return rep
}

func join(names []string) string {
	s := names[0]
	for _, n := range names[1:] {
		s += "+" + n
	}
	return s
}

// quoteCells are the P, R, F1 and speaker cells of one kind of quote.
func quoteCells(c eval.QuoteCounts) string {
	p, r, f := c.PRF()
	return fmt.Sprintf("%s\t%s\t%s\t%s", f3(p), f3(r), f3(f), acc(c.SpeakerOK, c.SpeakerGold))
}

func printNews(w io.Writer, n *newsReport) {
	fmt.Fprintf(w, "News corpus: %s (%d pages, %.1fs)\n", n.Dir, len(n.Pages), n.Seconds)
	for _, p := range n.Pages {
		line := eval.PyPageLine(p.PageScore) + "  [" + p.Language + "]"
		if p.Error != "" {
			line += "  ERROR: " + p.Error
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "news\tpages\tdirect P\tR\tF1\tspeaker\tindirect P\tR\tF1\tspeaker\t")
	row := func(name string, pages int, s eval.PageScore) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t\n", name, pages, quoteCells(s.Direct), quoteCells(s.Indirect))
	}
	for _, l := range n.Languages {
		row(l.Language, l.Pages, l.Total)
	}
	row("all", len(n.Pages), n.Total)
	tw.Flush()
	fmt.Fprintln(w, eval.HeadlineOf(n.Total).PyLine())
}

func printDisputes(w io.Writer, d *disputeReport) {
	fmt.Fprintf(w, "Disputes: every emitted dispute, and those shown (confidence ≥ %.2f)\n", d.Shown)
	width := len("corpus page")
	for _, p := range d.Pages {
		width = max(width, len(p.Corpus)+1+len(p.Page))
	}
	for _, p := range d.Pools {
		width = max(width, len(p.Name)+len(" (00 pages)"))
	}
	cells := func(c eval.Counts) string {
		p := prfOf(c)
		return fmt.Sprintf("%3d %4d  %s %s %s", c.TP, c.NPred, f3(p.P), f3(p.R), f3(p.F1))
	}
	row := func(name string, gold int, all, shown eval.Counts) {
		fmt.Fprintf(w, "%-*s %4d | %s | %s\n", width, name, gold, cells(all), cells(shown))
	}
	fmt.Fprintf(w, "%-*s %4s | %-27s | %s\n", width, "", "", "all emitted", "shown")
	fmt.Fprintf(w, "%-*s %4s | %3s %4s  %5s %5s %5s | %3s %4s  %5s %5s %5s\n", width, "corpus page", "gold",
		"tp", "pred", "P", "R", "F1", "tp", "pred", "P", "R", "F1")
	for _, p := range d.Pages {
		row(p.Corpus+" "+p.Page, p.All.NGold, p.All, p.Shown)
	}
	fmt.Fprintln(w, strings.Repeat("-", width+5)+"-+-"+strings.Repeat("-", 27)+"-+-"+strings.Repeat("-", 27))
	for _, p := range d.Pools {
		row(fmt.Sprintf("%s (%d pages)", p.Name, p.Pages), p.All.NGold, p.All, p.Shown)
	}
	for _, p := range d.Pools {
		if p.QuietShareAll == nil {
			fmt.Fprintf(w, "%s: every page has a gold dispute\n", p.Name)
			continue
		}
		fmt.Fprintf(w, "%s: pages without a gold dispute left without one: all %s, shown %s\n", p.Name,
			acc(p.QuietAll, p.Quiet), acc(p.QuietShown, p.Quiet))
	}
}
