package dispute

import (
	"strings"

	"github.com/quotelens/quotelens/internal/token"
)

// A contrast in a quote's attribution: "“Tenemos muchas dudas de que se
// valide ese récord”, opina en cambio Sergi González" sets the quote
// against the account just before it, whatever words the two share.
const (
	// postReach is how many words after its quote the contrast of an
	// attribution may stand ("opina en cambio").
	postReach = 3
	// postBack is how many paragraphs before its counter the claim may
	// stand: a photo caption often falls between.
	postBack = 2
	// confPostposed is a counter whose attribution opposes it, by a
	// contrast, to the claim of another source right before it.
	confPostposed = 0.7
)

// postposed pairs a counter that is a quote followed, within postReach
// words of its sentence, by a contrast, with the latest claim of another
// source in the sentences before it, at most postBack paragraphs back.
func (d *document) postposed(c counter) (Pair, bool) {
	if c.side.Item < 0 || !d.contrastAfter(c.sent, d.at[c.side.Item].End) {
		return Pair{}, false
	}
	cs := d.speakerOf(c.side)
	block := d.sents[c.sent].block
	for s := c.sent - 1; s >= 0 && c.sent-s <= maxCandidates && block-d.sents[s].block <= postBack; s-- {
		items := d.sents[s].items
		for x := len(items) - 1; x >= 0; x-- {
			i := items[x]
			it := d.in.Items[i]
			if d.countering[i] || it.Speaker == "" || it.Speaker == cs || len(strings.Fields(it.Text)) < minClaimWords || d.nested(i) {
				continue
			}
			return Pair{Claim: Side{i, d.at[i]}, Counter: c.side, Cue: c.cue, Kind: c.kind, Confidence: confPostposed}, true
		}
	}
	return Pair{}, false
}

// contrastAfter reports a contrast among the first postReach words after
// byte end of sentence s, past the first (the attribution's verb or
// source).
func (d *document) contrastAfter(s, end int) bool {
	toks := d.sents[s].toks
	k := 0
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	seen := 0
	for ; k < len(toks) && seen < postReach; k++ {
		if toks[k].Kind != token.Word {
			continue
		}
		seen++
		if seen == 1 {
			// "“…,” but Reeves said": a contrast that opens the next
			// clause opposes what follows to the quote.
			continue
		}
		for n := min(d.lex.MarkerWords(toks[k].Lower()), len(toks)-k); n >= 1; n-- {
			if phrase, ok := words(toks[k : k+n]); ok && d.lex.IsContrast(phrase) {
				return true
			}
		}
	}
	return false
}

// attributed returns the quote of the sentence whose attribution holds a
// contrast marker: the marker stands after the quote, past its first
// word and within postReach words of it. -1 when none does.
func (d *document) attributed(c counter) int {
	st := &d.sents[c.sent]
	for _, i := range st.items {
		at := d.at[i]
		if at.Block != st.block || at.End > st.toks[c.k0].Start {
			continue
		}
		n := 0
		for k := c.k0 - 1; k >= 0 && st.toks[k].Start >= at.End; k-- {
			if st.toks[k].Kind == token.Word {
				n++
			}
		}
		if n >= 1 && n < postReach {
			return i
		}
	}
	return -1
}
