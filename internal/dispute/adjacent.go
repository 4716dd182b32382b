package dispute

import "strings"

// confAntonym is a contrast whose counter holds the antonym of a word of
// the claim in the sentence right before it, on the same topic:
// "resolutions declaring settlements to be illegal" … "Israeli courts,
// however, have declared most major settlements legal".
const confAntonym = 0.66

// antonymBefore pairs a contrast with a claim of the sentence before it
// (or of its own sentence, before the marker) that it opposes by an
// antonym and shares a topic word with; or, when the contrast opens the
// sentence of another known source's quote ("But Arroyo said …"), that it
// opposes by a negation one of the two holds (confOpposed).
func (d *document) antonymBefore(c counter) (Pair, bool) {
	if c.kind != Contrast || c.sent == 0 {
		return Pair{}, false
	}
	own := d.text(c.side.At)
	ow := d.words(own)
	cs := d.speakerOf(c.side)
	mark := d.sents[c.sent].toks[max(c.k0, 0)].Start
	// "But Arroyo said the government has done wide scale vaccinations
	// before": a contrast opening the quote of a known source.
	opening := c.k0 == 0 && c.side.Item >= 0 && cs != ""
	for s := c.sent; s >= c.sent-1; s-- {
		if d.sents[c.sent].block-d.sents[s].block > 1 {
			break
		}
		items := d.sents[s].items
		for x := len(items) - 1; x >= 0; x-- {
			i := items[x]
			it := d.in.Items[i]
			if i == c.side.Item || s == c.sent && d.at[i].End > mark || cs != "" && it.Speaker == cs ||
				len(strings.Fields(it.Text)) < minClaimWords || d.countering[i] || d.citedBy(i, cs) {
				continue
			}
			if overlap(ow, d.words(it.Text)) < 1 {
				continue
			}
			if d.opposed(it.Text, own) {
				return Pair{Claim: Side{i, d.at[i]}, Counter: c.side, Cue: c.cue, Kind: c.kind, Confidence: confAntonym}, true
			}
			if opening && it.Speaker != "" && d.negated(it.Text) != d.negated(own) {
				return Pair{Claim: Side{i, d.at[i]}, Counter: c.side, Cue: c.cue, Kind: c.kind, Confidence: confOpposed}, true
			}
		}
	}
	return Pair{}, false
}

// citedBy reports an item that lies inside a quote of speaker cs that
// opens in its paragraph, at most maxCandidates sentences before it: the
// speaker citing it ("La última medición de FAO registra que …" in the FAO
// representative's answer), not a claim the speaker's "Pero" answers.
func (d *document) citedBy(i int, cs string) bool {
	s, a := d.itemSent[i], d.at[i]
	if cs == "" || s < 0 {
		return false
	}
	for t := s; t >= 0 && s-t < maxCandidates && d.sents[t].block == a.Block; t-- {
		for _, j := range d.sents[t].items {
			b := d.at[j]
			if j != i && d.in.Items[j].Speaker == cs && b.Block == a.Block && b.Start <= a.Start && a.End <= b.End {
				return true
			}
		}
	}
	return false
}
