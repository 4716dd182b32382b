package dispute

import (
	"strings"

	"github.com/quotelens/quotelens/internal/token"
)

// counter is a statement that opposes a claim: its marker (the denial,
// verdict or contrast that makes it one), and its side.
type counter struct {
	sent   int
	kind   Kind
	cue    string
	k0, k1 int // the marker's tokens in the sentence
	side   Side
}

// maxItemWords is the longest quote that is a side as a whole; in a longer
// one, only the clause around the marker is.
const maxItemWords = 30

// counters finds the counters of every sentence: at most one in each quote
// of the sentence ("“El fiscal no dijo eso”, al tiempo que agregó que “La
// alegación es falsa”" holds two) and one in the sentence's own words,
// each the surest of its markers, denials before verdicts before
// contrasts.
func counters(d *document) []counter {
	var out []counter
	for s := range d.sents {
		out = append(out, d.strongest(s)...)
	}
	return out
}

// strongest returns the surest marker of every region of sentence s (a
// quote, or the words outside quotes) with its side.
func (d *document) strongest(s int) []counter {
	st := &d.sents[s]
	var best []counter // one per region, in order of first marker
	region := func(k int) int {
		at := st.toks[k].Start
		for _, i := range st.items {
			if span := d.at[i]; span.Start <= at && at < span.End {
				return i
			}
		}
		return -1
	}
	var regions []int
	for k := 0; k < len(st.toks); k++ {
		if st.toks[k].Kind != token.Word {
			continue
		}
		for n := min(d.lex.MarkerWords(st.toks[k].Lower()), len(st.toks)-k); n >= 1; n-- {
			phrase, ok := words(st.toks[k : k+n])
			if !ok {
				continue
			}
			kind := d.markerKind(phrase, st.toks, k)
			if kind == 0 {
				continue
			}
			c := counter{sent: s, kind: kind, cue: st.sourceText(d, k, k+n), k0: k, k1: k + n}
			r, j := region(k), -1
			for x, rx := range regions {
				if rx == r {
					j = x
				}
			}
			switch {
			case j < 0:
				regions, best = append(regions, r), append(best, c)
			case kind < best[j].kind:
				best[j] = c
			}
			break
		}
	}
	var out []counter
	for _, c := range best {
		c.side = d.side(c)
		if c.side.At.End > c.side.At.Start {
			out = append(out, c)
		}
	}
	if len(best) == 0 {
		// A denial cue the attribution found and this lexicon lacks.
		for _, i := range st.items {
			if it := d.in.Items[i]; it.Denial {
				return []counter{{sent: s, kind: Denial, cue: it.Cue, k0: -1, side: Side{i, d.at[i]}}}
			}
		}
	}
	return out
}

// markerKind returns the kind of marker phrase is at token k, or 0.
// Contrasts count only where a clause begins: at the start of the
// sentence, after a comma or a semicolon.
func (d *document) markerKind(phrase string, toks []token.Token, k int) Kind {
	switch {
	case d.lex.IsCounter(phrase) && (k == 0 || !d.in.Lang.IsDeterminer(toks[k-1].Lower())):
		// "the disputed city" is no denial.
		return Denial
	case d.lex.IsVerdict(phrase):
		return Verdict
	case d.lex.IsContrast(phrase) && clauseStart(toks, k):
		return Contrast
	}
	return 0
}

// clauseStart reports a token that opens a clause.
func clauseStart(toks []token.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch {
		case toks[j].Kind == token.Mark:
			continue
		case toks[j].Kind == token.Word:
			return false
		default:
			return toks[j].Text == "," || toks[j].Text == ";" || toks[j].Kind == token.Dash || toks[j].Text == "("
		}
	}
	return true
}

// words joins the lower-cased words of toks with one space; ok is false
// when toks hold anything but words.
func words(toks []token.Token) (string, bool) {
	var sb strings.Builder
	for i, t := range toks {
		if t.Kind != token.Word {
			return "", false
		}
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Lower())
	}
	return sb.String(), true
}

func (st *sentence) sourceText(d *document, k0, k1 int) string {
	return d.in.Blocks[st.block][st.toks[k0].Start:st.toks[k1-1].End]
}

// side returns the words that oppose the claim: the quote that holds the
// marker, the denial the marker is the cue of, the quote after a contrast,
// or the clause of the marker.
func (d *document) side(c counter) Side {
	st := &d.sents[c.sent]
	at := st.toks[c.k0].Start
	for _, i := range st.items {
		span := d.at[i]
		if span.Start <= at && at < span.End {
			if len(strings.Fields(d.text(span))) <= maxItemWords {
				return Side{i, span}
			}
			return Side{i, d.clause(c.sent, c.k0, c.k1)}
		}
	}
	for _, i := range st.items {
		span := d.at[i]
		if span.Start < st.toks[c.k1-1].End || !d.in.Items[i].Denial && c.kind != Contrast {
			continue
		}
		if c.kind == Contrast {
			return Side{i, span}
		}
		return Side{i, Span{st.block, at, span.End}}
	}
	if c.kind == Contrast {
		if i := d.attributed(c); i >= 0 {
			// "“…,” González said, however": the quote it attributes.
			return Side{i, d.at[i]}
		}
	}
	switch c.kind {
	case Contrast:
		if c.k0 > 0 && st.toks[c.k0-1].Text == "," && c.k1 < len(st.toks) && st.toks[c.k1].Text == "," && c.k0 <= 4 {
			// "Israeli courts, however, have declared …": the whole sentence.
			return Side{-1, d.trim(c.sent, 0, len(st.toks))}
		}
		return Side{-1, d.trim(c.sent, c.k1, len(st.toks))}
	case Denial:
		return Side{-1, d.denialClause(c)}
	}
	return Side{-1, d.clause(c.sent, c.k0, c.k1)}
}

// clause returns the clause around tokens [k0, k1) of a sentence: from the
// comma or semicolon before it to the one after it.
func (d *document) clause(s, k0, k1 int) Span {
	toks := d.sents[s].toks
	lo, hi := k0, k1
	for lo > 0 && !breaksClause(toks[lo-1]) {
		lo--
	}
	for hi < len(toks) && !breaksClause(toks[hi]) {
		hi++
	}
	return d.trim(s, lo, hi)
}

func breaksClause(t token.Token) bool {
	return t.Text == "," || t.Text == ";" || t.Text == ":" || t.Kind == token.Mark
}

// denialClause is a denial's subject, verb and object: from the start of
// its clause to the end of the claim noun it takes ("Assange has denied
// both allegations", "rechazó los cuestionamientos opositores"), or to the
// end of the clause.
func (d *document) denialClause(c counter) Span {
	toks := d.sents[c.sent].toks
	span := d.clause(c.sent, c.k0, c.k1)
	for j := c.k1; j < len(toks) && j < c.k1+6; j++ {
		if breaksClause(toks[j]) && j > c.k1 {
			break
		}
		if d.lex.IsClaimNoun(toks[j].Lower()) || d.lex.IsContentNoun(toks[j].Lower()) {
			end := j + 1
			if end < len(toks) && toks[end].Kind == token.Word && !d.in.Lang.IsComplementizer(toks[end].Lower()) && !toks[end].Cap &&
				!d.lex.IsStop(toks[end].Lower()) && !d.lex.IsClaimLink(toks[end].Lower()) {
				end++ // an adjective after the noun ("opositores")
			}
			span.End = toks[end-1].End
			return span
		}
	}
	return span
}

// trim is the span of tokens [k0, k1) of sentence s without the
// punctuation at its ends.
func (d *document) trim(s, k0, k1 int) Span {
	st := &d.sents[s]
	for k0 < k1 && st.toks[k0].Kind != token.Word {
		k0++
	}
	for k1 > k0 && st.toks[k1-1].Kind != token.Word {
		k1--
	}
	if k0 >= k1 {
		return Span{st.block, 0, 0}
	}
	return Span{st.block, st.toks[k0].Start, st.toks[k1-1].End}
}
