package eval

import (
	"github.com/quotelens/quotelens/internal/analysis"
)

// DisputePage is the dispute score of one page for every dispute the engine
// emitted (All) and for those at or above a display confidence (Shown), each
// matched as score.py matches disputes.
type DisputePage struct {
	Corpus string `json:"corpus"`
	Page   string `json:"page"`
	All    Counts `json:"all"`
	Shown  Counts `json:"shown"`
}

// ScoreDisputePage scores the disputes of a (nil: no prediction) against
// the gold page, all of them and those whose confidence is at least shown.
func ScoreDisputePage(corpus string, g *Gold, a *analysis.Analysis, shown float64) DisputePage {
	var all, top []analysis.Dispute
	if a != nil {
		all = a.Disputes
		top = AtLeast(a, shown).Disputes
	}
	return DisputePage{Corpus: corpus, Page: g.Name,
		All: scoreDisputes(g.Disputes, all), Shown: scoreDisputes(g.Disputes, top)}
}

// DisputeTotal pools dispute scores over pages. Quiet counts the pages
// without a gold dispute; QuietAll and QuietShown those of them with no
// predicted dispute, of all emitted and of those shown.
type DisputeTotal struct {
	Pages      int    `json:"pages"`
	All        Counts `json:"all"`
	Shown      Counts `json:"shown"`
	Quiet      int    `json:"quiet_pages"`
	QuietAll   int    `json:"quiet_kept_all"`
	QuietShown int    `json:"quiet_kept_shown"`
}

// Add pools one page into t.
func (t *DisputeTotal) Add(p DisputePage) {
	t.Pages++
	t.All.Add(p.All)
	t.Shown.Add(p.Shown)
	if p.All.NGold == 0 {
		t.Quiet++
		if p.All.NPred == 0 {
			t.QuietAll++
		}
		if p.Shown.NPred == 0 {
			t.QuietShown++
		}
	}
}

// QuietShare returns the share of pages without a gold dispute that get no
// predicted dispute, of all emitted and of those shown; ok is false when
// every page has a gold dispute.
func (t DisputeTotal) QuietShare() (all, shown float64, ok bool) {
	a, ok := ratio(t.QuietAll, t.Quiet)
	s, _ := ratio(t.QuietShown, t.Quiet)
	return a, s, ok
}

// PoolDisputes sums dispute pages.
func PoolDisputes(pages []DisputePage) DisputeTotal {
	var t DisputeTotal
	for _, p := range pages {
		t.Add(p)
	}
	return t
}
