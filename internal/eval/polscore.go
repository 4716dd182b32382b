package eval

import "github.com/quotelens/quotelens/internal/analysis"

// PolCounts are the counts of one row of the PolNeAR report.
type PolCounts struct {
	Counts
	// NamedOK counts matched gold quotes with a named source (SourceNames)
	// whose predicted speaker names it (NamedSpeakerMatches); NamedMatched
	// counts matched gold quotes with a named source.
	NamedOK      int `json:"named_ok"`
	NamedMatched int `json:"named_matched"`
}

// Add adds o to c.
func (c *PolCounts) Add(o PolCounts) {
	c.Counts.Add(o.Counts)
	c.NamedOK += o.NamedOK
	c.NamedMatched += o.NamedMatched
}

// NamedAcc is the named-source speaker accuracy; ok is false when no matched
// gold quote has a named source.
func (c PolCounts) NamedAcc() (float64, bool) { return ratio(c.NamedOK, c.NamedMatched) }

// PolScore is the score of one PolNeAR article, or the sum of several.
type PolScore struct {
	Article  string    `json:"article,omitempty"`
	Direct   PolCounts `json:"direct"`
	Indirect PolCounts `json:"indirect"`
	// All matches gold and predicted quotes whatever their kind, since the
	// direct/indirect split of PolNeAR is derived (ContentKind).
	All PolCounts `json:"all"`
	// DirectPassages matches the predicted direct quotes to the quoted
	// passages of every content (QuotedPassages), as GUIDE.md counts direct
	// quotes: one per part of a quote interrupted by its attribution (which
	// PolNeAR annotates as one split content), one per paragraph, and the
	// partial quotes inside reported speech (which PolNeAR leaves inside the
	// indirect content).
	DirectPassages PolCounts `json:"direct_passages"`
	// DenialFound counts the gold quotes with a denial cue (DenialCue) that
	// All matched; DenialTotal counts them all.
	DenialFound int `json:"denial_found"`
	DenialTotal int `json:"denial_total"`
	// Mismatches counts annotated spans whose text did not agree with the
	// article (see Article.Mismatches).
	Mismatches int `json:"mismatches,omitempty"`
	// Err is set when the engine failed on the article (it panicked); the
	// article then counts as predicting nothing.
	Err string `json:"error,omitempty"`
}

// Add adds the counts of o to s.
func (s *PolScore) Add(o PolScore) {
	s.Direct.Add(o.Direct)
	s.Indirect.Add(o.Indirect)
	s.All.Add(o.All)
	s.DirectPassages.Add(o.DirectPassages)
	s.DenialFound += o.DenialFound
	s.DenialTotal += o.DenialTotal
	s.Mismatches += o.Mismatches
}

// ScoreArticle scores an engine's analysis a of a PolNeAR article: per kind
// with GUIDE.md's matching (same kind, word F1 ≥ MatchThreshold, one to one),
// kind-blind for All and the denial cues, and direct quotes against quoted
// passages for DirectPassages. Each row has its named-source speaker
// accuracy.
func ScoreArticle(art *Article, a *analysis.Analysis) PolScore {
	if a == nil {
		a = &analysis.Analysis{}
	}
	gold := art.Quotes()
	s := PolScore{Article: art.Name, Mismatches: art.Mismatches}
	direct := func(k string) bool { return k == analysis.KindDirect }
	score(gold, a, direct, &s.Direct)
	score(gold, a, func(k string) bool { return k == analysis.KindIndirect }, &s.Indirect)
	all := score(gold, a, func(string) bool { return true }, &s.All)
	matched := make(map[int]bool, len(all))
	for _, p := range all {
		matched[p.Gold] = true
	}
	for i, q := range gold {
		if q.Denial {
			s.DenialTotal++
			if matched[i] {
				s.DenialFound++
			}
		}
	}
	var passages []PolQuote
	for _, q := range gold {
		for _, p := range QuotedPassages(q.Attribution.Content.Text) {
			pq := q
			pq.Kind, pq.Text = analysis.KindDirect, p
			passages = append(passages, pq)
		}
	}
	score(passages, a, direct, &s.DirectPassages)
	return s
}

// score matches the gold and predicted quotes whose kind keep accepts and
// fills c; the pairs it returns index gold and a.Quotes.
func score(gold []PolQuote, a *analysis.Analysis, keep func(kind string) bool, c *PolCounts) []Pair {
	var gi, pi []int
	var gt, pt []string
	for i, q := range gold {
		if keep(q.Kind) {
			gi, gt = append(gi, i), append(gt, q.Text)
		}
	}
	for i, q := range a.Quotes {
		if keep(q.Kind) {
			pi, pt = append(pi, i), append(pt, q.Text)
		}
	}
	m := MatchTexts(gt, pt, MatchThreshold)
	c.Counts = Counts{TP: len(m), NPred: len(pt), NGold: len(gt)}
	for k, p := range m {
		m[k] = Pair{gi[p.Gold], pi[p.Pred]}
		q := gold[m[k].Gold]
		if len(q.Names) == 0 {
			continue
		}
		c.NamedMatched++
		if NamedSpeakerMatches(q.Speaker[0], q.Names, SpeakerNames(a, a.Quotes[m[k].Pred].Speaker)) {
			c.NamedOK++
		}
	}
	return m
}

// Analyzer produces an analysis of a plain-text article.
type Analyzer func(text string) *analysis.Analysis

// EngineText is the Analyzer that runs the engine on plain text.
func EngineText(text string) *analysis.Analysis {
	return analysis.Text(text, analysis.Options{})
}

// ScorePolNeAR analyses and scores articles on workers goroutines (≤ 0: one
// per CPU), returning the per-article scores in input order and their sum.
func ScorePolNeAR(arts []*Article, analyze Analyzer, workers int) ([]PolScore, PolScore) {
	scores := make([]PolScore, len(arts))
	forEach(len(arts), workers, func(i int) {
		a, err := safely(func() (*analysis.Analysis, error) { return analyze(arts[i].Text), nil })
		scores[i] = ScoreArticle(arts[i], a)
		if err != nil {
			scores[i].Err = err.Error()
		}
	})
	var total PolScore
	for _, s := range scores {
		total.Add(s)
	}
	return scores, total
}
