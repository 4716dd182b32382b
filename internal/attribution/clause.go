package attribution

import (
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

// The subject a participle after a comma shares is the subject of the
// clause it hangs on ("Sanders endorsed Clinton, saying …"). That clause
// may open with phrases of place and time ("At a rally in Portsmouth,
// N.H., on Tuesday, Senator Bernie Sanders …"), a fronted participle
// ("Speaking in Salem, New Hampshire, Trump …") or a dateline
// ("WASHINGTON (AFP) – Clinton …"); its subject ends at its first verb.

// maxDatelineWords bounds a dateline before its dash ("WASHINGTON, Dec. 8
// (UPI) —").
const maxDatelineWords = 8

// maxOpeningPlaceWords bounds a phrase between commas that completes an opening
// phrase of place or time ("N.H.", "on Tuesday", "New Hampshire").
const maxOpeningPlaceWords = 3

// clauseSubject returns the subject of the clause in toks[lo:end] that a
// participle after end hangs on: the noun phrase before the clause's
// first verb, once opening phrases are passed.
func (a *attributor) clauseSubject(q sourceQuery, end int) (speaker.Mention, int, bool) {
	toks := q.info.toks
	k := a.openerEnd(toks, q.lo, end)
	v := a.firstVerb(q.info, k, end)
	if v < 0 {
		// "House Speaker Paul Ryan, R-Wis., despite admitting …": no
		// verb before the participle, whose subject then ends there.
		v = end
	}
	if v <= k {
		return speaker.Mention{}, 0, false
	}
	sub := q
	sub.lo, sub.c = k, cue{from: v, to: v + 1, key: toks[v].Lower()}
	e := a.subjectEnd(sub)
	for e > k+1 && toks[e-1].Kind == token.Word && !toks[e-1].Cap && a.lang.IsAdverb(toks[e-1].Lower()) {
		e--
	}
	m, start, ok := subjectBefore(q.text, toks, k, e, q.info.inQuote, a.lang)
	// "Senator Bernie Sanders of Vermont endorsed …", "One operative
	// inside Trump Tower tried …": the phrase before the preposition.
	if p := start - 1; ok && p > k && toks[p].Kind == token.Word && !toks[p].Cap && a.lang.IsPreposition(toks[p].Lower()) {
		if hm, hok := speaker.ParseNP(q.text, toks, k, p, a.lang); hok && hm.Kind != speaker.Pronoun {
			return hm, k, true
		}
	}
	if !ok || m.Kind == speaker.Pronoun && start > k {
		return speaker.Mention{}, 0, false
	}
	return m, start, true
}

// openerEnd returns where the clause in toks[lo:end] starts after its
// dateline and its opening phrases.
func (a *attributor) openerEnd(toks []token.Token, lo, end int) int {
	k := datelineEnd(toks, lo, end)
	if k >= end || toks[k].Kind != token.Word {
		return k
	}
	w := toks[k].Lower()
	if !a.lang.IsPreposition(w) && !a.lang.IsAdverbialStart(w) && !a.lang.IsGerund(w) {
		return k
	}
	c := commaAfter(toks, k, end, maxOpenerWords)
	if c < 0 {
		return k
	}
	// "…, N.H., on Tuesday, Senator …": short phrases of place and time
	// between commas complete the opening phrase.
	for {
		n := commaAfter(toks, c+1, end, maxOpeningPlaceWords+1)
		if n < 0 || !a.placeOrTime(toks, c+1, n) {
			return c + 1
		}
		c = n
	}
}

// datelineEnd returns the token after the dash that closes a dateline
// opening toks[lo:end] ("BOSTON —", "Washington (AFP) –"), or lo.
func datelineEnd(toks []token.Token, lo, end int) int {
	if lo >= end {
		return lo
	}
	bracket := false
	for k := lo; k < end && k-lo <= maxDatelineWords; k++ {
		t := toks[k]
		switch {
		case t.Text == "(":
			bracket = true
		case t.Kind == token.Dash:
			// A place in capitals or an agency in brackets: not a name
			// and an aside between dashes.
			if k > lo && (bracket || allUpper(toks[lo].Text) && len(toks[lo].Text) > 1) {
				return k + 1
			}
			return lo
		case t.Kind == token.Word && !t.Cap && !isDigits(t.Text):
			return lo
		case t.Kind == token.Mark:
			return lo
		}
	}
	return lo
}

// placeOrTime reports a short phrase toks[from:to] of capitalised words
// ("N.H.", "New Hampshire") or one a preposition or a time word opens
// ("on Tuesday", "last week").
func (a *attributor) placeOrTime(toks []token.Token, from, to int) bool {
	if to <= from || toks[from].Kind != token.Word {
		return false
	}
	w := toks[from].Lower()
	if a.lang.IsPreposition(w) || a.lang.IsTimeWord(w) {
		return true
	}
	for k := from; k < to; k++ {
		if t := toks[k]; t.Kind == token.Word && !t.Cap {
			return false
		}
	}
	return true
}

// commaAfter returns the first comma in toks[from:end] within limit
// tokens, or -1.
func commaAfter(toks []token.Token, from, end, limit int) int {
	for k := from; k < end && k-from <= limit; k++ {
		if toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// maxVerbDistance bounds how far firstVerb looks for a clause's verb: a
// subject with its appositive is shorter, and the bound keeps a run-on
// sentence of participles linear.
const maxVerbDistance = maxSubjectWords + maxAppositiveWords

// firstVerb returns the first word of toks[from:end] that reads as the
// clause's verb: a finite auxiliary, a past form or a cue, in lower case,
// outside quotations and brackets and not after a determiner ("the
// proposed plan"), within maxVerbDistance tokens; or -1.
func (a *attributor) firstVerb(info *blockInfo, from, end int) int {
	toks := info.toks
	depth := 0
	for k := from + 1; k < end && k-from <= maxVerbDistance; k++ {
		t := toks[k]
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth = max(0, depth-1)
		}
		if depth > 0 || info.inQuote[k] || t.Kind != token.Word || t.Cap {
			continue
		}
		if a.lang.IsDeterminer(toks[k-1].Lower()) {
			continue
		}
		w := t.Lower()
		if a.lang.IsFiniteVerb(w) || a.lang.IsPast(w) || a.lang.IsCue(w) || a.lang.IsToVerb(w) {
			return k
		}
	}
	return -1
}

// isDigits reports a token of digits ("8" in "Dec. 8").
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// maxChannelModifiers bounds the words between an issuing verb and its
// channel ("issued a brief joint statement").
const maxChannelModifiers = 4

// issuedSource reads the source of a participle that describes a
// statement, a letter or a post its source put out ("Black Lives Matter
// issued a statement saying …", "la CGT difundió un comunicado
// advirtiendo …"): the subject of the issuing verb, not the statement.
func (a *attributor) issuedSource(q sourceQuery) (cueSource, bool) {
	toks, c := q.info.toks, q.c
	// "released video showing the rescue": what a document shows is the
	// document's, not its issuer's words.
	if !a.lang.IsGerund(c.key) || c.show || c.from-2 < q.lo || !a.lang.IsChannel(toks[c.from-1].Lower()) {
		return cueSource{}, false
	}
	v := c.from - 2
	for v > q.lo && c.from-1-v <= maxChannelModifiers && toks[v].Kind == token.Word && !toks[v].Cap && !a.lang.IsIssuing(toks[v].Lower()) {
		v--
	}
	if toks[v].Kind != token.Word || !a.lang.IsIssuing(toks[v].Lower()) {
		return cueSource{}, false
	}
	m, start, ok := a.clauseSubject(q, v)
	if !ok {
		return cueSource{}, false
	}
	return cueSource{m: m, ok: true, from: start, to: c.from}, true
}
