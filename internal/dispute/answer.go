package dispute

import (
	"strings"
	"unicode"
)

// Answers to accusations.
const (
	// maxAnswerDistance is how many paragraphs after an accusation the
	// accused's answer may come: articles often let the accused reply at
	// length further down.
	maxAnswerDistance = 24
	// confAnswer is the confidence of an accusation answered by the
	// accused's own negated words.
	confAnswer = 0.65
	// maxDenialAfter is how many paragraphs after an accusation of no
	// known target another source's denial may come to answer it.
	maxDenialAfter = 2
)

// answers pairs an accusation with the accused's own denial: "comments
// accusing her of desecrating the flag" and, from her, "I didn't do
// anything that disrespected this flag". The answer is the accused's
// negated quote, or the quote of a denial ("He has consistently denied
// being unfair to her"), after the accusation that shares most words with
// it, a first-person one first.
func answers(items []Item, d *document) []Pair {
	var out []Pair
	for i, it := range items {
		if it.Target == "" || it.Target == it.Speaker {
			if p, ok := deniedAfter(items, i, d); ok {
				out = append(out, p)
			}
			continue
		}
		ws := d.words(it.Text)
		best, bestShared := -1, 0
		for j := i + 1; j < len(items) && items[j].Block-it.Block <= maxAnswerDistance; j++ {
			c := items[j]
			if speakerOf(items, j) != it.Target || !c.Denial && !d.negated(c.Text) {
				continue
			}
			n := overlap(ws, d.words(c.Text))
			if d.firstPerson(c.Text) {
				n += 2
			}
			if n > bestShared {
				best, bestShared = j, n
			}
		}
		if best >= 0 {
			cue := items[best].Cue
			if cue == "" {
				cue = it.Cue
			}
			out = append(out, Pair{Claim: Side{i, d.at[i]}, Counter: Side{best, d.at[best]}, Cue: cue, Kind: Answer, Confidence: confAnswer})
		}
	}
	return out
}

// speakerOf is the speaker of item j, or, when it has none ("“At no point
// did we say …,” they said"), that of the quote that continues it without
// a cue of its own in the same or the next paragraph.
func speakerOf(items []Item, j int) string {
	if items[j].Speaker != "" || j+1 == len(items) {
		return items[j].Speaker
	}
	if next := items[j+1]; next.Cue == "" && next.Block-items[j].Block <= 1 {
		return next.Speaker
	}
	return ""
}

// deniedAfter pairs an accusation whose target is unknown (or taken for
// its own speaker: "she … accused him of years of bullying") with the
// first denial of another source at most maxDenialAfter paragraphs after
// it: "He has consistently denied being unfair to her".
func deniedAfter(items []Item, i int, d *document) (Pair, bool) {
	it := items[i]
	if !d.in.Lang.IsAccusation(strings.ToLower(it.Cue)) || d.itemSent[i] < 0 || d.nested(i) {
		return Pair{}, false
	}
	for j := i + 1; j < len(items) && j-i <= maxCandidates && items[j].Block-it.Block <= maxDenialAfter; j++ {
		c := items[j]
		if c.Denial && c.Speaker != "" && c.Speaker != it.Speaker {
			return Pair{Claim: Side{i, d.at[i]}, Counter: Side{j, d.at[j]}, Cue: c.Cue, Kind: Answer, Confidence: confAnswer}, true
		}
	}
	return Pair{}, false
}

// firstPerson reports text spoken in the first person.
func (d *document) firstPerson(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?“”\"«»()[]", r)
	}) {
		if d.lex.IsFirstPerson(w) {
			return true
		}
	}
	return false
}
