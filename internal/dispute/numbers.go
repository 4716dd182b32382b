package dispute

import (
	"strings"

	"github.com/quotelens/quotelens/internal/token"
)

// Corrections by figures, as fact-checks make them: "the value is about
// $44.2 million per week. That’s less than the $53 million figure McKinley
// cited" sets the article's own figure against the claim that holds the
// figure it compares with.
const (
	// compareReach is how many words after a comparison the figure it
	// compares with may stand ("less than the $53 million").
	compareReach = 4
	// confCorrection is a figure of the article's own compared with the
	// same quantity in a claim.
	confCorrection = 0.7
)

// figure is a number and the word after it, its unit ("53 million").
type figure struct{ num, unit string }

// figureAt returns the figure whose number is token k, if it is one.
func figureAt(toks []token.Token, k int) (figure, bool) {
	t := toks[k]
	if t.Kind != token.Word || t.Text[0] < '0' || t.Text[0] > '9' || k+1 == len(toks) || toks[k+1].Kind != token.Word {
		return figure{}, false
	}
	return figure{t.Lower(), toks[k+1].Lower()}, true
}

// corrections pairs every comparison in the article's own words with the
// claim that holds the figure it compares with; the counter is the clause
// that gives the article's figure of the same unit, before the comparison
// in its sentence or in the sentence before.
func (d *document) corrections() []Pair {
	var out []Pair
	for s := range d.sents {
		toks := d.sents[s].toks
		for k := 0; k < len(toks); k++ {
			n := d.comparison(s, k)
			if n == 0 {
				continue
			}
			for j := k + n; j < len(toks) && j < k+n+compareReach; j++ {
				f, ok := figureAt(toks, j)
				if !ok {
					continue
				}
				claim, ok1 := d.figureClaim(s, f)
				counter, ok2 := d.otherFigure(s, k, f)
				if ok1 && ok2 {
					cue := d.in.Blocks[d.sents[s].block][toks[k].Start:toks[k+n-1].End]
					out = append(out, Pair{Claim: claim, Counter: Side{-1, counter}, Cue: cue, Kind: Verdict, Confidence: confCorrection})
				}
				break
			}
			break
		}
	}
	return out
}

// comparison returns the words of a comparison at token k of sentence s
// that stands in the article's own words, or 0.
func (d *document) comparison(s, k int) int {
	st := &d.sents[s]
	if st.toks[k].Kind != token.Word || d.inItem(s, st.toks[k].Start) {
		return 0
	}
	for n := min(d.lex.ComparisonWords(st.toks[k].Lower()), len(st.toks)-k); n >= 2; n-- {
		if phrase, ok := words(st.toks[k : k+n]); ok && d.lex.IsComparison(phrase) {
			return n
		}
	}
	return 0
}

// inItem reports a byte of sentence s inside one of its quotes.
func (d *document) inItem(s, at int) bool {
	for _, i := range d.sents[s].items {
		if span := d.at[i]; span.Start <= at && at < span.End {
			return true
		}
	}
	return false
}

// figureClaim is the shortest quote before sentence s, within maxBack
// paragraphs and maxCandidates sentences, that holds figure f.
func (d *document) figureClaim(s int, f figure) (Side, bool) {
	best, bestWords := -1, 0
	block := d.sents[s].block
	for x := s - 1; x >= 0 && s-x <= maxCandidates && block-d.sents[x].block <= maxBack; x-- {
		for _, i := range d.sents[x].items {
			text := d.in.Items[i].Text
			n := len(strings.Fields(text))
			if n < minClaimWords || best >= 0 && n >= bestWords || !holdsFigure(token.Split(text, d.in.Lang), f) {
				continue
			}
			best, bestWords = i, n
		}
	}
	if best < 0 {
		return Side{}, false
	}
	return Side{best, d.at[best]}, true
}

func holdsFigure(toks []token.Token, f figure) bool {
	for k := range toks {
		if g, ok := figureAt(toks, k); ok && g == f {
			return true
		}
	}
	return false
}

// otherFigure is the clause of the article's own words that gives another
// number of f's unit: the nearest before token k of sentence s, in it or in
// the sentence before it in the same or the previous paragraph.
func (d *document) otherFigure(s, k int, f figure) (Span, bool) {
	for x := s; x >= 0 && x >= s-1 && d.sents[s].block-d.sents[x].block <= 1; x-- {
		toks := d.sents[x].toks
		end := len(toks)
		if x == s {
			end = k
		}
		for j := end - 1; j >= 0; j-- {
			g, ok := figureAt(toks, j)
			if ok && g.unit == f.unit && g.num != f.num && !d.inItem(x, toks[j].Start) {
				return d.claimClause(x, j), true
			}
		}
	}
	return Span{}, false
}
