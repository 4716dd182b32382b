package dispute

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/token"
)

// Tunables of the pairing.
const (
	// maxCandidates caps the claims one counter weighs, so that pairing
	// stays linear in the length of the article.
	maxCandidates = 24
	// maxBack is how many paragraphs before its counter a claim may stand.
	maxBack = 12
	// Confidences by evidence, from the surest down: a denial whose
	// object states the claim ("rejected the theory that …"); a denial or
	// verdict in the claim's own sentence; two sources opposed by a
	// contrast in one sentence; a counter that shares words with an
	// earlier claim (plus confPerWord for every shared word past the
	// first two, up to confShared).
	confInline     = 0.85
	confSameDenial = 0.8
	confSameQuotes = 0.7
	confOpposed    = 0.62
	confShared     = 0.8
	confPerWord    = 0.05
	confTwoWords   = 0.6
	// confNamed is a counter that names what it answers with a claim
	// noun — "the Democrats’ central allegation … debunked", "La
	// alegación en sí es falsa" — paired with the claim of the claimant
	// it names, or with the claim right before it.
	confNamed = 0.65
	// maxNearest is how many paragraphs before its counter the claim a
	// bare claim noun ("the allegation") refers to may stand.
	maxNearest = 1
	// minClaimWords is the shortest quote that can be a claim: shorter
	// ones are names and scare quotes.
	minClaimWords = 4
)

// pair returns the claim a counter answers, and how sure that is.
func (d *document) pair(c counter) (Pair, bool) {
	if c.k0 >= 0 && c.kind == Denial {
		if claim, ok := d.inlineClaim(c); ok {
			// The denial ends with its object: "I rejected, the conspiracy
			// theory".
			side := c.side
			side.At = d.denialClause(c)
			if q, ok := d.carrier(c, claim); ok {
				side = q
			}
			return Pair{Claim: claim, Counter: side, Cue: c.cue, Kind: c.kind, Confidence: confInline}, true
		}
	}
	if p, ok := d.postposed(c); ok {
		return p, true
	}
	if p, ok := d.sameSentence(c); ok {
		return p, true
	}
	if p, ok := d.antonymBefore(c); ok {
		return p, true
	}
	return d.earlier(c)
}

// inlineClaim is the content clause of a claim noun that a denial takes as
// its object: "rejected the conspiracy theory that Biden …", "rechazó los
// cuestionamientos que objetaron que …".
func (d *document) inlineClaim(c counter) (Side, bool) {
	toks := d.sents[c.sent].toks
	for j := c.k1; j < len(toks) && j < c.k1+6; j++ {
		if !d.lex.IsClaimNoun(toks[j].Lower()) && !d.lex.IsContentNoun(toks[j].Lower()) {
			continue
		}
		comp := -1
		for k := j + 1; k < len(toks) && k <= j+5; k++ {
			if d.in.Lang.IsComplementizer(toks[k].Lower()) || d.lex.IsClaimLink(toks[k].Lower()) {
				comp = k
			}
		}
		if comp < 0 {
			return Side{}, false
		}
		at := d.trim(c.sent, comp+1, len(toks))
		return Side{-1, at}, at.End > at.Start
	}
	return Side{}, false
}

// sameSentence pairs a counter with the claim before it in its sentence:
// "Trump has suggested that …, but Sondland has said …"; "said others had
// raised concerns, a prospect Vindman denied".
func (d *document) sameSentence(c counter) (Pair, bool) {
	st := &d.sents[c.sent]
	if c.k0 <= 0 {
		return Pair{}, false
	}
	mark := st.toks[c.k0].Start
	cs := d.speakerOf(c.side)
	claim := Side{-1, Span{}}
	for _, i := range st.items {
		if i != c.side.Item && !d.countering[i] && d.at[i].End <= mark && (cs == "" || d.in.Items[i].Speaker != cs) &&
			len(strings.Fields(d.in.Items[i].Text)) >= minClaimWords {
			claim = Side{i, d.at[i]}
		}
	}
	p := Pair{Counter: c.side, Cue: c.cue, Kind: c.kind}
	switch {
	case claim.Item >= 0 && c.kind != Contrast:
		p.Claim, p.Confidence = claim, confSameDenial
	case claim.Item >= 0 && c.side.Item >= 0 && cs != "" && d.in.Items[claim.Item].Speaker != "" &&
		(overlap(d.words(d.text(claim.At)), d.words(d.text(c.side.At))) > 0 || d.opposite(d.text(claim.At), d.text(c.side.At))):
		p.Claim, p.Confidence = claim, confSameQuotes
	case claim.Item >= 0 && d.opposite(d.text(claim.At), d.text(c.side.At)) &&
		overlap(d.words(d.text(claim.At)), d.words(d.text(c.side.At))) > 0:
		// A "but" that changes the subject shares no topic word.
		p.Claim, p.Confidence = claim, confOpposed
	case claim.Item < 0 && c.kind == Verdict && c.side.Item < 0:
		p.Claim, p.Confidence = Side{-1, d.before(c)}, confSameDenial
		if len(strings.Fields(d.text(p.Claim.At))) < minClaimWords-1 {
			return Pair{}, false
		}
	default:
		return Pair{}, false
	}
	return p, p.Claim.At.End > p.Claim.At.Start
}

// before is the clause before a counter's own clause in its sentence, from
// its last complementizer if it has one ("Trump assailed Williams as …").
func (d *document) before(c counter) Span {
	toks := d.sents[c.sent].toks
	own := d.clause(c.sent, c.k0, c.k1)
	hi := c.k0
	for hi > 0 && toks[hi-1].Start >= own.Start {
		hi--
	}
	for hi > 0 && toks[hi-1].Kind != token.Word {
		hi--
	}
	lo := hi
	for lo > 0 && toks[lo-1].Text != "," && toks[lo-1].Text != ";" && !d.in.Lang.IsComplementizer(toks[lo-1].Lower()) {
		lo--
	}
	return d.trim(c.sent, lo, hi)
}

// opposite reports two accounts of which one is negated and the other not,
// or which hold antonyms.
func (d *document) opposite(a, b string) bool {
	return d.negated(a) != d.negated(b) || d.opposed(a, b)
}

// speakerOf returns the speaker of a side, or "".
func (d *document) speakerOf(s Side) string {
	if s.Item < 0 {
		return ""
	}
	return d.in.Items[s.Item].Speaker
}

// earlier pairs a counter with the claim before it that shares most words
// with it, among the items of at most maxCandidates sentences within
// maxBack paragraphs.
func (d *document) earlier(c counter) (Pair, bool) {
	// The counter's whole sentence, for its subject: "Assange has denied".
	cw := d.words(strings.Replace(d.counterText(c), c.cue, " ", 1))
	cs := d.speakerOf(c.side)
	best, bestScore, bestShared := -1, 0.0, 0
	seen := 0
	block := d.sents[c.sent].block
	for s := c.sent; s >= 0 && seen < maxCandidates && block-d.sents[s].block <= maxBack; s-- {
		for _, i := range d.sents[s].items {
			if i == c.side.Item || d.at[i].Start >= d.sents[c.sent].toks[max(c.k0, 0)].Start && s == c.sent {
				continue
			}
			seen++
			it := d.in.Items[i]
			if it.Speaker == "" && c.kind == Contrast || cs != "" && it.Speaker == cs || len(strings.Fields(it.Text)) < minClaimWords || d.citedBy(i, cs) {
				continue
			}
			n := overlap(cw, d.words(it.Text))
			score := float64(n) - 0.1*float64(block-d.sents[s].block)
			if n > 0 && score > bestScore {
				best, bestScore, bestShared = i, score, n
			}
		}
	}
	if c.kind != Contrast {
		if claim, n, ok := d.reported(c, cw); ok && float64(n) > bestScore {
			conf := confTwoWords
			if n >= 3 {
				conf = confShared - 0.1
			}
			return Pair{Claim: claim, Counter: c.side, Cue: c.cue, Kind: c.kind, Confidence: conf}, true
		}
	}
	conf := 0.0
	if best >= 0 {
		conf = d.confidence(c, best, bestShared)
	}
	if c.kind != Contrast && conf < confNamed {
		if claim, named, ok := d.namedClaim(c); ok && (named || conf < Threshold || claim.Item == best) {
			return Pair{Claim: claim, Counter: c.side, Cue: c.cue, Kind: c.kind, Confidence: confNamed}, true
		}
	}
	if best < 0 {
		return Pair{}, false
	}
	if c.kind == Denial && bestShared == 1 && d.sents[c.sent].block-d.in.Items[best].Block <= 1 {
		// A denial right after the claim needs one word in common ("had
		// been warned" … "denied … any such warning").
		conf = confTwoWords
	}
	return Pair{Claim: Side{best, d.at[best]}, Counter: c.side, Cue: c.cue, Kind: c.kind, Confidence: conf}, true
}

// counterText is the counter's whole sentence, for its subject
// ("Assange has denied"), without the other quotes it holds.
func (d *document) counterText(c counter) string {
	st := &d.sents[c.sent]
	lo, hi := min(st.start, c.side.At.Start), max(st.end, c.side.At.End)
	if c.side.At.Block != st.block {
		lo, hi = st.start, st.end
	}
	b := []byte(d.in.Blocks[st.block][lo:hi])
	for _, i := range st.items {
		at := d.at[i]
		if i == c.side.Item || at.Block != st.block || at.Start < lo || at.End > hi ||
			at.Start <= c.side.At.Start && c.side.At.End <= at.End {
			continue
		}
		for k := at.Start; k < at.End; k++ {
			b[k-lo] = ' '
		}
	}
	return string(b)
}

// confidence of a counter paired with an earlier claim that shares n words
// with it: a denial or verdict needs two, a contrast between two sources
// four, or three and opposite accounts.
func (d *document) confidence(c counter, claim, n int) float64 {
	switch c.kind {
	case Denial, Verdict:
		if n < 2 {
			return 0
		}
		return min(confShared, confTwoWords+confPerWord*float64(n-2))
	}
	if c.side.Item < 0 || d.speakerOf(c.side) == "" {
		return 0
	}
	if n >= 3 && d.opposite(d.in.Items[claim].Text, d.text(c.side.At)) {
		return confTwoWords
	}
	return 0
}

// reported finds a claim the article states in its own words, or
// attributes in a way no quote caught, before a denial or verdict: the
// clause of an earlier sentence that holds a number the counter repeats
// ("20,75 grados") or the claim noun it denies ("both allegations" … "a
// rape allegation against …"). n is the words the two share.
func (d *document) reported(c counter, cw bag) (claim Side, n int, ok bool) {
	keys := bag{}
	for w := range cw {
		if w[0] == '#' {
			keys[w] = true
		}
	}
	for _, t := range d.sents[c.sent].toks {
		if d.lex.IsClaimNoun(t.Lower()) && t.Start >= c.side.At.Start && t.End <= c.side.At.End {
			keys[stem(t.Lower())] = true
		}
	}
	if len(keys) == 0 {
		return Side{}, 0, false
	}
	block := d.sents[c.sent].block
	for s := c.sent - 1; s >= 0 && c.sent-s <= maxCandidates && block-d.sents[s].block <= maxBack; s-- {
		st := &d.sents[s]
		for k, t := range st.toks {
			w := stem(t.Lower())
			if t.Kind == token.Word && t.Text[0] >= '0' && t.Text[0] <= '9' {
				w = "#" + t.Lower()
			}
			if !keys[w] {
				continue
			}
			at := d.claimClause(s, k)
			if n := overlap(cw, d.words(d.text(at))); n >= 2 {
				return Side{-1, at}, n, true
			}
		}
	}
	return Side{}, 0, false
}

// claimClause is the clause around token k of sentence s, from the last
// complementizer before it: "un termómetro … había alcanzado los 20,75
// grados".
func (d *document) claimClause(s, k int) Span {
	toks := d.sents[s].toks
	lo, hi := k, k+1
	for lo > 0 && !numberComma(toks, lo-1) && toks[lo-1].Text != ";" && !d.in.Lang.IsComplementizer(toks[lo-1].Lower()) {
		lo--
	}
	for hi < len(toks) && !numberComma(toks, hi) && toks[hi].Text != ";" {
		hi++
	}
	return d.trim(s, lo, hi)
}

// numberComma reports a comma that ends a clause, not one inside a number
// ("20,75").
func numberComma(toks []token.Token, k int) bool {
	return toks[k].Text == "," && (k+1 == len(toks) || toks[k+1].Start > toks[k].End)
}

// carrier is the quote that carries a denial whose own words only name the
// claim: "Volker disputed the notion that he had been part of an irregular
// channel" and then, from Volker, "My role was not some irregular channel".
// It is the denier's next quote, in the denial's paragraph or the next one,
// when it is negated or shares words with the claim.
func (d *document) carrier(c counter, claim Side) (Side, bool) {
	who := d.speakerOf(c.side)
	if who == "" {
		return Side{}, false
	}
	block := d.sents[c.sent].block
	cw := d.words(d.text(claim.At))
	for s := c.sent + 1; s < len(d.sents) && d.sents[s].block <= block+1; s++ {
		for _, i := range d.sents[s].items {
			it := d.in.Items[i]
			if it.Speaker != who || len(strings.Fields(it.Text)) < minClaimWords {
				continue
			}
			if d.negated(it.Text) || overlap(cw, d.words(it.Text)) >= 2 {
				return Side{i, d.at[i]}, true
			}
			return Side{}, false
		}
	}
	return Side{}, false
}

// namedClaim is the claim a counter names with a claim noun in its own
// words ("the Democrats’ central allegation", "La alegación en sí"): the
// latest claim of a source the counter's sentence names, else (named
// false) the latest claim of another source at most maxNearest paragraphs
// before it.
func (d *document) namedClaim(c counter) (claim Side, named, ok bool) {
	st := &d.sents[c.sent]
	noun := -1
	for k := 1; k < len(st.toks); k++ {
		t := st.toks[k]
		if t.Start >= c.side.At.Start && t.End <= c.side.At.End && d.lex.IsClaimNoun(t.Lower()) && d.determined(st.toks, k) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return Side{}, false, false
	}
	// The claimant is named before the noun ("the Democrats’ …
	// allegation") or just after it ("las acusaciones de la oposición").
	before := d.in.Blocks[st.block][st.start:st.toks[min(noun+4, len(st.toks)-1)].End]
	cs := d.speakerOf(c.side)
	block := st.block
	nearest, seen := -1, 0
	for s := c.sent; s >= 0 && seen < maxCandidates && block-d.sents[s].block <= maxBack; s-- {
		items := d.sents[s].items
		for x := len(items) - 1; x >= 0; x-- {
			i := items[x]
			it := d.in.Items[i]
			if i == c.side.Item || d.countering[i] || s == c.sent && d.at[i].Start >= st.toks[noun].Start ||
				cs != "" && it.Speaker == cs || len(strings.Fields(it.Text)) < minClaimWords {
				continue
			}
			seen++
			if names(before, it.Names) {
				return Side{i, d.at[i]}, true, true
			}
			if nearest < 0 && block-d.sents[s].block <= maxNearest {
				nearest = i
			}
		}
	}
	if nearest < 0 {
		return Side{}, false, false
	}
	return Side{nearest, d.at[nearest]}, false, true
}

// determined reports a claim noun at token k that a determiner or a
// possessive opens, up to two words before it ("the allegation", "the
// Democrats’ central allegation", "la alegación").
func (d *document) determined(toks []token.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := toks[j].Lower()
		if d.in.Lang.IsDeterminer(w) || possessive(toks, j) {
			return true
		}
	}
	return false
}

// names reports a text that holds one of a source's names as whole words.
func names(text string, forms []string) bool {
	for _, f := range forms {
		if len(f) < 3 {
			continue
		}
		for i := 0; ; {
			k := strings.Index(text[i:], f)
			if k < 0 {
				break
			}
			k += i
			end := k + len(f)
			r0, _ := utf8.DecodeLastRuneInString(text[:k])
			r1, _ := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r0) && !unicode.IsLetter(r1) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// possessive reports a name in the possessive at token j: "Democrats’",
// "Trump's".
func possessive(toks []token.Token, j int) bool {
	t := toks[j]
	if t.Kind == token.Mark {
		return j > 0 && toks[j-1].Cap && toks[j-1].End == t.Start
	}
	return t.Cap && (strings.HasSuffix(t.Text, "’s") || strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’") || strings.HasSuffix(t.Text, "'"))
}
