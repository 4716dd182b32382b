package dispute

import (
	"strings"
	"unicode"
)

// Opposite judgements: two sources that judge the same thing with words of
// opposite sense ("not, per se, inconsistent with international law" …
// "the settlements were illegal"), neither a denial nor a contrast.
const (
	// judgeWindow is how many quotes on either side of a quote its
	// opposite judgement may stand, so that the search stays linear.
	judgeWindow = 12
	// negationReach is how many words before a word of judgement a
	// negation turns it round ("did not find the picture offensive").
	negationReach = 4
	// maxJudgedBack is how many paragraphs apart two opposite judgements
	// may stand: reactions to a decision often fill the article's end.
	maxJudgedBack = 24
	// confJudged is two sources that judge a shared topic oppositely: the
	// weakest evidence the extension still shows.
	confJudged = Shown
)

// judgement is the sense of a text's words of judgement: +1 when all
// praise, -1 when all blame (a negation in reach turns a word round), 0
// when it holds none or both.
func (d *document) judgement(s string) int {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '’' && r != '\''
	})
	praise, blame := false, false
	for k, w := range ws {
		j := d.lex.Judgement(w)
		if j == 0 || k+1 < len(ws) && d.lex.Classifies(ws[k+1]) && !d.in.Lang.IsComplementizer(ws[k+1]) {
			// "legal consultation": a word before its noun classifies.
			continue
		}
		for b := k - 1; b >= 0 && b >= k-negationReach; b-- {
			if d.lex.IsHypothetical(ws[b]) {
				// "can either be offensive or …": no judgement asserted.
				j = 0
				break
			}
			if d.in.Lang.IsComplementizer(ws[b]) {
				break
			}
			if d.lex.IsNegation(ws[b]) || strings.HasSuffix(ws[b], "n't") || strings.HasSuffix(ws[b], "n’t") {
				j = -j
				break
			}
		}
		praise, blame = praise || j > 0, blame || j < 0
	}
	switch {
	case praise && !blame:
		return 1
	case blame && !praise:
		return -1
	}
	return 0
}

// topic is the content of a text without its words of judgement, so that
// two judgements share a topic only by what they judge.
func (d *document) topic(s string) bag {
	out := bag{}
	for w := range d.words(s) {
		out[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetter) {
		if d.lex.Judgement(w) != 0 {
			delete(out, stem(w))
		}
	}
	return out
}

// judged pairs quotes of different sources that judge a shared topic
// oppositely. Of two such quotes the claim is the one on the side fewer
// other quotes take (the decision the article reports reactions to), the
// one with more content on a tie; each quote is the counter of at most one
// claim, the one it shares most words with.
func (d *document) judged() []Pair {
	js := d.judgements()
	opposes := func(x, y judged) int {
		a, b := d.in.Items[x.item], d.in.Items[y.item]
		if a.Speaker == b.Speaker || x.sense == y.sense || abs(d.at[x.item].Block-d.at[y.item].Block) > maxJudgedBack {
			return 0
		}
		return shared(x, y)
	}
	agree := make([]int, len(js)) // other sources on the same side
	for x := range js {
		seen := map[string]bool{d.in.Items[js[x].item].Speaker: true}
		for y := max(0, x-judgeWindow); y < min(len(js), x+judgeWindow+1); y++ {
			who := d.in.Items[js[y].item].Speaker
			if !seen[who] && js[x].sense == js[y].sense && shared(js[x], js[y]) > 0 {
				seen[who] = true
				agree[x]++
			}
		}
	}
	claimSide := func(y, x int) bool { // y is the claim x answers
		if agree[y] != agree[x] {
			return agree[y] < agree[x]
		}
		return y < x
	}
	var out []Pair
	for x := range js {
		best, bestN := -1, 0
		for y := max(0, x-judgeWindow); y < min(len(js), x+judgeWindow+1); y++ {
			n := opposes(js[x], js[y])
			if n > bestN || n == bestN && n > 0 && len(js[y].topic) > len(js[best].topic) {
				best, bestN = y, n
			}
		}
		if best < 0 || !claimSide(best, x) {
			continue
		}
		c, cl := js[x].item, js[best].item
		out = append(out, Pair{Claim: Side{cl, d.at[cl]}, Counter: Side{c, d.at[c]}, Cue: d.in.Items[c].Cue, Kind: Judged, Confidence: confJudged})
	}
	return out
}

// judged is a quote that judges: its item, its sense and its topic.
type judged struct {
	item, sense int
	// topic is the content of the quote, context that of its sentence.
	topic, context bag
}

// shared is how many topic words two judgements share: those of their
// quotes, else one when their sentences share two ("her picture" … "did
// not find the picture offensive").
func shared(x, y judged) int {
	if n := overlap(x.topic, y.topic); n > 0 {
		return n
	}
	if overlap(x.context, y.context) >= 2 {
		return 1
	}
	return 0
}

// judgements are the quotes of known sources that judge, in reading order,
// each placed quote once (not the direct quote inside reported speech).
func (d *document) judgements() []judged {
	var js []judged
	for i, it := range d.in.Items {
		if it.Speaker == "" || d.itemSent[i] < 0 || len(strings.Fields(it.Text)) < minClaimWords || d.nested(i) {
			continue
		}
		if s := d.judgement(it.Text); s != 0 {
			st := &d.sents[d.itemSent[i]]
			js = append(js, judged{i, s, d.topic(it.Text), d.topic(d.in.Blocks[st.block][st.start:st.end])})
		}
	}
	return js
}

// nested reports an item whose span lies inside another item's: the
// direct quote inside the reported speech that holds it.
func (d *document) nested(i int) bool {
	s := d.itemSent[i]
	a := d.at[i]
	for _, j := range d.sents[s].items {
		b := d.at[j]
		if j != i && b.Block == a.Block && b.Start <= a.Start && a.End <= b.End && b.End-b.Start > a.End-a.Start {
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
