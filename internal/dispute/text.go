package dispute

import (
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/token"
)

// sentence is one sentence of a block, with the quotes that start in it.
type sentence struct {
	block      int
	start, end int // bytes of the block
	toks       []token.Token
	items      []int
}

// maxSentenceTokens is the longest sentence the finder reads as one: real
// ones are far shorter.
const maxSentenceTokens = 200

// document is the article as the finder reads it: sentences in reading
// order, and for every item the sentence it starts in (-1 when it could not
// be placed).
type document struct {
	in       Input
	lex      *lexicon.Disputes
	sents    []sentence
	itemSent []int
	// at is where each item stands.
	at []Span
	// countering marks the items that hold a counter: they answer a
	// claim and are none themselves in their own sentence.
	countering map[int]bool
}

// sentences cuts the blocks into sentences and places the items in them.
func sentences(in Input) *document {
	d := &document{in: in, lex: in.Lang.Disputes(), itemSent: make([]int, len(in.Items)), at: make([]Span, len(in.Items))}
	first := make([]int, len(in.Blocks)+1) // first sentence of each block
	for b, text := range in.Blocks {
		first[b] = len(d.sents)
		toks := token.Split(text, in.Lang)
		for _, r := range token.Sentences(toks) {
			// A run-on "sentence" (a paragraph with no full stop) is read in
			// pieces of maxSentenceTokens, so that every step that reads a
			// counter's or a judgement's sentence stays linear in the page.
			for lo := r[0]; lo < r[1]; lo += maxSentenceTokens {
				ts := toks[lo:min(r[1], lo+maxSentenceTokens)]
				d.sents = append(d.sents, sentence{block: b, start: ts[0].Start, end: ts[len(ts)-1].End, toks: ts})
			}
		}
	}
	first[len(in.Blocks)] = len(d.sents)
	for i, it := range in.Items {
		d.itemSent[i] = -1
		at := it.At
		if at.End <= at.Start && it.Block >= 0 && it.Block < len(in.Blocks) {
			if k := strings.Index(in.Blocks[it.Block], it.Text); k >= 0 && it.Text != "" {
				at = Span{it.Block, k, k + len(it.Text)}
			}
		}
		d.at[i] = at
		if at.End <= at.Start || at.Block < 0 || at.Block >= len(in.Blocks) {
			continue
		}
		for s := first[at.Block]; s < first[at.Block+1]; s++ {
			if at.Start < d.sents[s].end || s == first[at.Block+1]-1 {
				d.itemSent[i] = s
				d.sents[s].items = append(d.sents[s].items, i)
				break
			}
		}
	}
	return d
}

// text returns the words of a span.
func (d *document) text(s Span) string {
	if s.Block < 0 || s.Block >= len(d.in.Blocks) {
		return ""
	}
	b := d.in.Blocks[s.Block]
	if s.Start < 0 || s.End > len(b) || s.Start >= s.End {
		return ""
	}
	return b[s.Start:s.End]
}

// bag is the content of a text: stems of its topic words, its numbers and
// its capitalised names.
type bag map[string]bool

// words returns the content of s: lower-cased, stemmed words of four
// letters or more that are not stop words, and numbers of every length.
func (d *document) words(s string) bag {
	out := bag{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != ','
	}) {
		w = strings.Trim(strings.ToLower(w), "-,")
		if w == "" || d.lex.IsStop(w) || d.lex.IsNegation(w) {
			continue
		}
		if unicode.IsDigit([]rune(w)[0]) {
			for _, n := range strings.Split(w, ",") {
				out["#"+n] = true
			}
			continue
		}
		if len([]rune(w)) < 4 {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// overlap counts the words two bags share; a shared number counts twice.
func overlap(a, b bag) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
			if w[0] == '#' {
				n++
			}
		}
	}
	return n
}

// stem folds the common English, Spanish and Portuguese inflections of a
// word, crudely: enough that "warned" meets "warning" and "settlement"
// meets "settlements". Only the first five letters of a long word count, so
// that "vaccination" meets "vaccine".
func stem(w string) string {
	r := []rune(w)
	// Longest first, so that "acusaciones" and "acusações" lose their
	// plural with the suffix and meet "acusación" and "acusação".
	for _, suf := range []string{"ciones", "ções", "ción", "ção", "mente", "ing", "ed", "es", "s"} {
		sr := []rune(suf)
		if len(r)-len(sr) >= 4 && string(r[len(r)-len(sr):]) == suf {
			r = r[:len(r)-len(sr)]
			break
		}
	}
	if len(r) > 6 {
		r = r[:6]
	}
	return string(r)
}

// negated reports a text with a negation word.
func (d *document) negated(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?“”\"«»()", r)
	}) {
		if d.lex.IsNegation(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// opposed reports two texts of which one holds a word whose antonym the
// other holds ("legal" and "illegal").
func (d *document) opposed(a, b string) bool {
	bw := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(b), notLetter) {
		bw[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), notLetter) {
		if x := d.lex.Antonym(w); x != "" && bw[x] {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }
