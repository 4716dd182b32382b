// Package dispute finds where the sources of an article disagree: a claim
// that another source denies, rejects or rules out, and two sources that
// give opposite accounts of the same thing. It pairs a claim with what
// contradicts it by the words the two share, and by their place in the
// article when a denial shares none ("while Patel said …, Sheinbaum ruled
// out a joint operation"). Claims with no counter-claim are left alone.
package dispute

import (
	"strings"
	"unicode"
)

// Item is one attributed quote as the dispute finder sees it.
type Item struct {
	Text    string
	Speaker string // the speaker's id; "" when unknown
	Cue     string
	// Denial reports a cue that denies or rules out the text.
	Denial bool
	// Block is the paragraph the item is in, for distance.
	Block int
	// Sentence is the sentence that carries the cue.
	Sentence string
	// Target is the speaker id of whom an accusation accuses, or "".
	Target string
}

// Pair is a dispute: Items[Claim] is contradicted by Items[Counter].
type Pair struct {
	Claim, Counter int
	Cue            string
	Confidence     float64
}

// Tunables of the finder.
const (
	// maxDistance is how many paragraphs apart a claim and its counter may
	// stand.
	maxDistance = 8
	// minShared is the number of content words a counter-account must
	// share with its claim (a denial needs none when it is adjacent).
	minShared = 1
	// maxAnswerDistance is how many paragraphs after an accusation the
	// accused's answer may come: articles often let the accused reply at
	// length further down.
	maxAnswerDistance = 24
	// maxCounterDistance is how many paragraphs before a counter-account
	// its claim may stand.
	maxCounterDistance = 3
)

// negations mark an account that contradicts another.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "didn't": true, "didn’t": true, "don't": true,
	"don’t": true, "isn't": true, "isn’t": true, "wasn't": true, "wasn’t": true, "nothing": true,
	"nunca": true, "não": true, "jamás": true, "nada": true,
}

// stop words carry no topic.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an and or of to in on at for with by from that this these those it its is are was were be been
		has have had will would could should can may might do does did not no he she they we i you his her their our
		them him us me who which what when where how than then there here also just more most very much many some
		any all one two about into over after before said says told as if but so because while such other only
		el la los las de del que y en un una por con para se su sus es o os da do das dos em um uma para com não`) {
		stop[w] = true
	}
}

// content returns the topic words of s: lower-cased words of four letters
// or more that are not stop words, with plurals folded.
func content(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len([]rune(w)) < 4 || stop[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// Find pairs claims with what disputes them.
func Find(items []Item) []Pair {
	words := make([]map[string]bool, len(items))
	for i, it := range items {
		words[i] = content(it.Text)
	}
	var out []Pair
	claimed := map[int]bool{}
	out = append(out, answers(items, words, claimed)...)
	for j, it := range items {
		if it.Speaker == "" {
			continue
		}
		// Counter-accounts by negation alone ("did not find it offensive")
		// are too often no answer to anything; they need a semantic match
		// this finder does not have, so only denials count for now.
		if !it.Denial {
			continue
		}
		best, bestScore := -1, 0.0
		// Items are in reading order: look only at those within reach.
		lo, hi := j, j
		for lo > 0 && it.Block-items[lo-1].Block <= maxDistance {
			lo--
		}
		for hi+1 < len(items) && items[hi+1].Block-it.Block <= maxDistance {
			hi++
		}
		for i := lo; i <= hi; i++ {
			c := items[i]
			if i == j || c.Speaker == it.Speaker || claimed[i] || abs(c.Block-it.Block) > maxDistance {
				continue
			}
			if c.Denial || !it.Denial && (i > j || negated(c.Text) || it.Block-c.Block > maxCounterDistance) {
				continue
			}
			n := shared(words[i], words[j])
			score := float64(n)
			if it.Denial && c.Block == it.Block && i < j && c.Sentence == it.Sentence {
				// A denial in the same sentence as the claim it answers.
				score += 2
			}
			if n < minShared && score < 2 {
				continue
			}
			// Prefer claims before the counter, and near it.
			if i < j {
				score += 0.5
			}
			score -= float64(abs(c.Block-it.Block)) * 0.1
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			continue
		}
		conf := 0.5
		if it.Denial {
			conf = 0.75
		}
		cue := it.Cue
		out = append(out, Pair{Claim: best, Counter: j, Cue: cue, Confidence: conf})
		claimed[best] = true
	}
	return out
}

func negated(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if negations[strings.Trim(w, ".,;:!?“”\"")] {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// stem folds the common English, Spanish and Portuguese inflections of a
// word, crudely: enough that "warned" meets "warning".
func stem(w string) string {
	r := []rune(w)
	for _, suf := range []string{"ing", "ed", "es", "s", "ción", "ções", "ção"} {
		sr := []rune(suf)
		if len(r)-len(sr) >= 4 && string(r[len(r)-len(sr):]) == suf {
			return string(r[:len(r)-len(sr)])
		}
	}
	return w
}

// answers pairs an accusation with the accused's own denial: "comments
// accusing her of desecrating the flag" and, from her, "I didn't do
// anything that disrespected this flag". The answer is the accused's first
// negated quote after the accusation that shares most words with it.
func answers(items []Item, words []map[string]bool, claimed map[int]bool) []Pair {
	var out []Pair
	for i, it := range items {
		if it.Target == "" || it.Target == it.Speaker {
			continue
		}
		best, bestShared := -1, 0
		for j := i + 1; j < len(items) && items[j].Block-it.Block <= maxAnswerDistance; j++ {
			c := items[j]
			if c.Speaker != it.Target || !negated(c.Text) {
				continue
			}
			// A denial in the first person ("I didn't …") answers an
			// accusation more surely than a reported aside.
			n := shared(words[i], words[j])
			if firstPerson(c.Text) {
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
			out = append(out, Pair{Claim: i, Counter: best, Cue: cue, Confidence: 0.6})
			claimed[i] = true
		}
	}
	return out
}

// firstPerson reports text spoken in the first person.
func firstPerson(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ".,;:!?“”\"[]") {
		case "i", "i’m", "i'm", "we", "we’re", "we're", "yo", "nosotros", "eu", "nós":
			return true
		}
	}
	return false
}
