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
)

// answers pairs an accusation with the accused's own denial: "comments
// accusing her of desecrating the flag" and, from her, "I didn't do
// anything that disrespected this flag". The answer is the accused's
// negated quote after the accusation that shares most words with it, a
// first-person one first.
func answers(items []Item, d *document) []Pair {
	var out []Pair
	for i, it := range items {
		if it.Target == "" || it.Target == it.Speaker {
			continue
		}
		ws := d.words(it.Text)
		best, bestShared := -1, 0
		for j := i + 1; j < len(items) && items[j].Block-it.Block <= maxAnswerDistance; j++ {
			c := items[j]
			if c.Speaker != it.Target || !d.negated(c.Text) {
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
