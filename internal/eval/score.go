package eval

import (
	"github.com/quotelens/quotelens/internal/analysis"
)

// MatchThreshold is the word F1 at or above which a predicted quote matches
// a gold quote of the same kind (GUIDE.md).
const MatchThreshold = 0.5

// Counts are the matching counts of one kind of item.
type Counts struct {
	TP    int `json:"tp"`
	NPred int `json:"npred"`
	NGold int `json:"ngold"`
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.NPred += o.NPred
	c.NGold += o.NGold
}

// PRF returns precision, recall and F1 as score.py's prf() does.
func (c Counts) PRF() (p, r, f float64) { return PRF(c.TP, c.NPred, c.NGold) }

// QuoteCounts are the counts of one kind of quote, with speakers.
type QuoteCounts struct {
	Counts
	// SpeakerOK counts matched gold quotes with a speaker whose predicted
	// speaker names one of the gold forms.
	SpeakerOK int `json:"sp_ok"`
	// SpeakerMatched counts matched gold quotes that have a speaker.
	SpeakerMatched int `json:"sp_matched"`
	// SpeakerGold counts gold quotes that have a speaker, matched or not.
	SpeakerGold int `json:"sp_gold"`
}

// Add adds o to c.
func (c *QuoteCounts) Add(o QuoteCounts) {
	c.Counts.Add(o.Counts)
	c.SpeakerOK += o.SpeakerOK
	c.SpeakerMatched += o.SpeakerMatched
	c.SpeakerGold += o.SpeakerGold
}

// SpeakerAcc is the speaker accuracy over all attributed gold quotes (a
// missed quote counts as wrong); ok is false when there are none, where
// score.py gives None.
func (c QuoteCounts) SpeakerAcc() (acc float64, ok bool) {
	return ratio(c.SpeakerOK, c.SpeakerGold)
}

// SpeakerAccMatched is the speaker accuracy over matched attributed gold
// quotes; ok is false when there are none.
func (c QuoteCounts) SpeakerAccMatched() (acc float64, ok bool) {
	return ratio(c.SpeakerOK, c.SpeakerMatched)
}

func ratio(a, b int) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

// PageScore is score.py's score_page() result for one page.
type PageScore struct {
	Page     string      `json:"page"`
	Direct   QuoteCounts `json:"direct"`
	Indirect QuoteCounts `json:"indirect"`
	Disputes Counts      `json:"disputes"`
}

// Add adds the counts of o to s (the page name is kept).
func (s *PageScore) Add(o PageScore) {
	s.Direct.Add(o.Direct)
	s.Indirect.Add(o.Indirect)
	s.Disputes.Add(o.Disputes)
}

// Kind returns the counts of the named kind of quote.
func (s *PageScore) Kind(kind string) *QuoteCounts {
	if kind == analysis.KindDirect {
		return &s.Direct
	}
	return &s.Indirect
}

// SpeakerNames is score.py's speaker_names(): the name and aliases of the
// speaker with id sid, or the id itself when no speaker has it, or nothing
// when sid is nil.
func SpeakerNames(a *analysis.Analysis, sid *string) []string {
	if sid == nil {
		return nil
	}
	for _, s := range a.Speakers {
		if s.ID == *sid {
			return append([]string{s.Name}, s.Aliases...)
		}
	}
	return []string{*sid}
}

// SpeakerMatches reports whether any of the predicted names equals one of
// the gold forms by NameKey (score.py: forms & got).
func SpeakerMatches(gold, pred []string) bool {
	forms := make(map[string]bool, len(gold))
	for _, g := range gold {
		forms[NameKey(g)] = true
	}
	for _, p := range pred {
		if forms[NameKey(p)] {
			return true
		}
	}
	return false
}

// ScorePage is score.py's score_page(): it matches the quotes of a (nil for
// a page with no prediction) to the gold quotes, kind by kind, and the
// disputes to the gold disputes.
func ScorePage(g *Gold, a *analysis.Analysis) PageScore {
	if a == nil {
		a = &analysis.Analysis{}
	}
	out := PageScore{Page: g.Name}
	for _, kind := range []string{analysis.KindDirect, analysis.KindIndirect} {
		var G []GoldQuote
		for _, q := range g.Quotes {
			if q.Kind == kind {
				G = append(G, q)
			}
		}
		var P []analysis.Quote
		for _, q := range a.Quotes {
			if q.Kind == kind {
				P = append(P, q)
			}
		}
		gt := make([]string, len(G))
		for i, q := range G {
			gt[i] = q.Text
		}
		pt := make([]string, len(P))
		for i, q := range P {
			pt[i] = q.Text
		}
		m := MatchTexts(gt, pt, MatchThreshold)
		c := out.Kind(kind)
		c.Counts = Counts{TP: len(m), NPred: len(P), NGold: len(G)}
		for _, p := range m {
			gs := G[p.Gold].Speaker
			if len(gs) == 0 {
				continue
			}
			c.SpeakerMatched++
			if SpeakerMatches(gs, SpeakerNames(a, P[p.Pred].Speaker)) {
				c.SpeakerOK++
			}
		}
		for _, q := range G {
			if len(q.Speaker) > 0 {
				c.SpeakerGold++
			}
		}
	}
	out.Disputes = scoreDisputes(g.Disputes, a.Disputes)
	return out
}

// scoreDisputes pairs every gold dispute with a prediction by the word F1 of
// "claim || dispute" (threshold 0, so every pair is a candidate), then counts
// the pairs whose claim and dispute each reach MatchThreshold, as score.py.
func scoreDisputes(G []GoldDispute, P []analysis.Dispute) Counts {
	gk := make([][]string, len(G))
	for i, d := range G {
		gk[i] = Words(d.Claim + " || " + d.Dispute)
	}
	pk := make([][]string, len(P))
	for i, d := range P {
		pk[i] = Words(d.Claim.Text + " || " + d.Dispute.Text)
	}
	m := Match(len(G), len(P), func(gi, pi int) float64 { return wordF1(gk[gi], pk[pi]) }, 0)
	tp := 0
	for _, p := range m {
		if WordF1(G[p.Gold].Claim, P[p.Pred].Claim.Text) >= MatchThreshold &&
			WordF1(G[p.Gold].Dispute, P[p.Pred].Dispute.Text) >= MatchThreshold {
			tp++
		}
	}
	return Counts{TP: tp, NPred: len(P), NGold: len(G)}
}
