// Package dispute finds where an article sets a claim against what
// contradicts it: a source's claim denied, rejected or called false by
// another; two sources giving opposite accounts of the same thing; the
// article itself correcting a claim ("But police figures show …").
//
// It works in three steps, each with its own types: the article is cut
// into sentences that know the quotes they hold (sentences); counters —
// denials, verdicts and opposing contrasts — are found in them (counters);
// each counter is paired with the claim it answers, in its own sentence or
// among a bounded number of claims before it, by the words, numbers and
// names the two share (pair). Every pair carries a confidence from its
// evidence, and only those at or above Threshold are returned.
package dispute

import "github.com/quotelens/quotelens/internal/lexicon"

// Span places text in a block: bytes [Start, End) of Input.Blocks[Block].
type Span struct {
	Block, Start, End int
}

// Item is one attributed quote as the dispute finder sees it.
type Item struct {
	Text    string
	Speaker string // the speaker's id; "" when unknown
	// Names are the forms by which the article names the speaker, so
	// that a counter naming the claimant ("the Democrats’ allegation")
	// finds the claim.
	Names []string
	Cue   string
	// Denial reports a cue that denies or rules out the text.
	Denial bool
	// Block is the paragraph of the item's cue, for distance.
	Block int
	// Sentence is the sentence that carries the cue.
	Sentence string
	// Target is the speaker id of whom an accusation accuses, or "".
	Target string
	// At is where the text stands; a zero End means unknown, and the
	// item is then found by its text in Block.
	At Span
}

// Input is what the finder reads: the article's paragraphs, its quotes in
// reading order, and the language's lexicon.
type Input struct {
	Blocks []string
	Items  []Item
	Lang   *lexicon.Language
}

// Side is one side of a dispute: a span of the article, and the quote it
// belongs to (Item ≥ 0) or -1 when it is the article's own words.
type Side struct {
	Item int
	At   Span
}

// Kind is the evidence a dispute rests on.
type Kind uint8

// Kinds of dispute, from the surest down.
const (
	Denial   Kind = iota + 1 // denied, rejected, ruled out, disputed
	Verdict                  // called false, "no evidence", "not true"
	Answer                   // the accused's own answer to an accusation
	Contrast                 // "but", "however", "in fact" opposing two accounts
	Judged                   // two sources judging the same thing oppositely
)

// Pair is a dispute: Claim is contradicted by Counter.
type Pair struct {
	Claim, Counter Side
	Cue            string
	Kind           Kind
	Confidence     float64
}

// Threshold is the confidence a dispute needs to be reported: below it,
// the evidence (mostly contrast between two judgements) invented more
// disputes than it found on the news and gold pages.
const Threshold = 0.6

// Shown is the confidence a dispute needs for the extension to show it and
// for the eval to count it: on the news and gold pages pooled, disputes at
// or above it were right 28 times in 29 (those between Threshold and Shown,
// 0 in 10).
const Shown = 0.62

// Find pairs claims with what disputes them. It is linear in the size of
// the article: each counter weighs at most maxCandidates claims.
func Find(in Input) []Pair {
	if in.Lang == nil {
		in.Lang = lexicon.For("en")
	}
	doc := sentences(in)
	var out []Pair
	seen := map[[2]Span]bool{}
	add := func(p Pair) {
		if p.Confidence < Threshold {
			return
		}
		k, rev := [2]Span{p.Claim.At, p.Counter.At}, [2]Span{p.Counter.At, p.Claim.At}
		if seen[k] || seen[rev] {
			return
		}
		seen[k] = true
		out = append(out, p)
	}
	for _, p := range answers(in.Items, doc) {
		add(p)
	}
	for _, p := range doc.judged() {
		add(p)
	}
	for _, p := range doc.corrections() {
		add(p)
	}
	cs := counters(doc)
	doc.countering = map[int]bool{}
	for _, c := range cs {
		if c.side.Item >= 0 {
			doc.countering[c.side.Item] = true
		}
	}
	for _, c := range cs {
		p, ok := doc.pair(c)
		if ok {
			add(p)
		}
	}
	return out
}
