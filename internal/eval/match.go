package eval

import "sort"

// Pair is one gold item matched to one predicted item, by index.
type Pair struct {
	Gold, Pred int
}

// scoredPair is a candidate pair with its word F1.
type scoredPair struct {
	score float64
	gold  int
	pred  int
}

// Match is score.py's match(): greedy one-to-one matching of ng gold items
// against np predicted items by key word F1, keeping pairs scoring at least
// thr, best first. Ties are broken as Python's pairs.sort(reverse=True) on
// (score, gi, pi) tuples: the higher gold index first, then the higher
// prediction index. Pairs come back in the order they were taken.
func Match(ng, np int, key func(gi, pi int) float64, thr float64) []Pair {
	var pairs []scoredPair
	for gi := 0; gi < ng; gi++ {
		for pi := 0; pi < np; pi++ {
			if s := key(gi, pi); s >= thr {
				pairs = append(pairs, scoredPair{s, gi, pi})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.gold != b.gold {
			return a.gold > b.gold
		}
		return a.pred > b.pred
	})
	usedG := make(map[int]bool)
	usedP := make(map[int]bool)
	var out []Pair
	for _, p := range pairs {
		if usedG[p.gold] || usedP[p.pred] {
			continue
		}
		usedG[p.gold], usedP[p.pred] = true, true
		out = append(out, Pair{p.gold, p.pred})
	}
	return out
}

// MatchTexts matches gold texts to predicted texts by WordF1 ≥ thr, each text
// split into words once.
func MatchTexts(gold, pred []string, thr float64) []Pair {
	gw := make([][]string, len(gold))
	for i, s := range gold {
		gw[i] = Words(s)
	}
	pw := make([][]string, len(pred))
	for i, s := range pred {
		pw[i] = Words(s)
	}
	return Match(len(gold), len(pred), func(gi, pi int) float64 { return wordF1(gw[gi], pw[pi]) }, thr)
}

// PRF is score.py's prf(): precision, recall and F1 from true positives,
// predictions and gold items. No predictions gives precision 1 when there is
// no gold either, else 0; no gold gives recall 1.
func PRF(tp, npred, ngold int) (p, r, f float64) {
	switch {
	case npred > 0:
		p = float64(tp) / float64(npred)
	case ngold == 0:
		p = 1
	}
	r = 1
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
