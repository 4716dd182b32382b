package attribution

import (
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/article"
	"github.com/quotelens/quotelens/internal/quote"
)

// repeatKeyWords is how many words open a quotation's key: a repetition
// must hold at least that many words of the quotation it repeats.
const repeatKeyWords = 6

// repeated gives a quotation the page repeats — a pull quote, a summary box
// that joins two quotations — the speaker of the quotation it repeats, when
// its own speaker came only from the voice of the paragraph before or from
// nowhere. The quotations with a cue of their own are indexed by their
// first words, so the pass is linear in the words quoted. It returns the
// words of every direct quotation (quoteWords), by index into out.
func repeated(out []Attribution, doc *article.Document) [][]string {
	// One quotation per key, the first: a page that repeats one quotation
	// a thousand times costs no more than one that does not.
	index := make(map[string]int)
	words := make([][]string, len(out))
	for i, at := range out {
		if !at.Direct {
			continue
		}
		words[i] = quoteWords(doc, at)
		if at.Speaker != nil && at.Confidence >= confPronounCue && len(words[i]) >= repeatKeyWords {
			if k := strings.Join(words[i][:repeatKeyWords], " "); !hasRepeatKey(index, k) {
				index[k] = i
			}
		}
	}
	for i := range out {
		at := &out[i]
		if !at.Direct || at.Speaker != nil && at.Confidence > confContinues {
			continue
		}
		if j, ok := repeats(words[i], words, index, i); ok {
			at.Speaker = out[j].Speaker
			at.Evidence, at.Confidence = "repeats a quotation attributed in the text", confParagraph
		}
	}
	return words
}

// repeats returns the quotation with a cue whose words all stand in ws
// in order, starting at some word of ws.
func repeats(ws []string, words [][]string, index map[string]int, self int) (int, bool) {
	for p := 0; p+repeatKeyWords <= len(ws); p++ {
		j, ok := index[strings.Join(ws[p:p+repeatKeyWords], " ")]
		if !ok || j == self || p+len(words[j]) > len(ws) {
			continue
		}
		if equalWords(ws[p:p+len(words[j])], words[j]) {
			return j, true
		}
	}
	return 0, false
}

func hasRepeatKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// quoteWords returns the lower-case words of a direct quotation within its
// first block.
func quoteWords(doc *article.Document, at Attribution) []string {
	if at.Block < 0 || at.Block >= len(doc.Blocks) {
		return nil
	}
	text := doc.Blocks[at.Block].Text
	if at.Start < 0 || at.End > len(text) || at.Start >= at.End {
		return nil
	}
	return strings.FieldsFunc(strings.ToLower(text[at.Start:at.End]), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// minPullWords is the fewest words a quotation set apart needs for
// pullQuotes to look for it in the text: one word is any word.
const minPullWords = 2

// maxPullCandidates bounds the quotations pullQuotes indexes under one
// pair of words, so that a page repeating one phrase stays linear.
const maxPullCandidates = 8

// setApart reports the kinds of block that set a quotation apart from the
// text that says it: headings, list items and captions.
func setApart(k article.Kind) bool {
	return k == article.Heading || k == article.ListItem || k == article.Caption
}

// pullQuotes gives a quotation set apart in a heading, a list item or a
// caption ("3. “Not some irregular channel”", a headline's "…: “We got
// her!”") the speaker of the quotation with a cue in the text that holds
// its words ("“My role was not some irregular channel, …,” he told
// lawmakers"), when its own speaker came from no cue; a short one with no
// cue that the text does not say is dropped. Quotations with a cue are
// indexed by their pairs of words, so the pass is linear in the words
// quoted; words are the quotations' words from repeated.
func pullQuotes(out []Attribution, words [][]string, doc *article.Document) []Attribution {
	index := make(map[string][]int)
	held := make([]bool, len(out))
	for i, at := range out {
		if held[i] = at.Direct && !at.pull && at.Speaker != nil && at.Confidence >= confPronounCue && at.Cue != "" && at.Cue != ":"; !held[i] {
			continue
		}
		for p := 0; p+1 < len(words[i]); p++ {
			if k := words[i][p] + " " + words[i][p+1]; len(index[k]) < maxPullCandidates && !lastIs(index[k], i) {
				index[k] = append(index[k], i)
			}
		}
	}
	// Speakers are given first and quotations dropped after, so that the
	// holders' indices stay those of out.
	for i := range out {
		at := &out[i]
		if at.Direct && (at.pull || at.Cue == "" || at.Cue == ":") && at.Block < len(doc.Blocks) && setApart(doc.Blocks[at.Block].Kind) {
			if j, ok := holder(words[i], words, index, at.Block, out); ok {
				at.Speaker, at.pull = out[j].Speaker, false
				at.Evidence, at.Confidence = "repeats a quotation attributed in the text", confParagraph
			}
		}
	}
	kept := out[:0]
	for _, at := range out {
		if !at.pull {
			kept = append(kept, at)
		}
	}
	return kept
}

// holder returns the quotation with a cue, outside block b, whose words
// hold ws in a row.
func holder(ws []string, words [][]string, index map[string][]int, b int, out []Attribution) (int, bool) {
	if len(ws) < minPullWords {
		return 0, false
	}
	// The text says more than the excerpt: a quotation of the same words
	// only is a term quoted twice ("the Gordon problem").
	for _, j := range index[ws[0]+" "+ws[1]] {
		if out[j].Block != b && len(words[j]) > len(ws) && holds(words[j], ws) {
			return j, true
		}
	}
	return 0, false
}

// holds reports whether ws stands in a row inside hay.
func holds(hay, ws []string) bool {
	for p := 0; p+len(ws) <= len(hay); p++ {
		if equalWords(hay[p:p+len(ws)], ws) {
			return true
		}
	}
	return false
}

// maxNicknameLook bounds the bytes nickname reads on each side of a
// quotation.
const maxNicknameLook = 64

// nickname reports a quotation a name word stands right next to, as a
// nickname inside a name does ("“El Chapo” Guzmán", "Eduardo “Wado” de
// Pedro").
func nickname(text string, s quote.Span) bool {
	if s.Open < 0 || s.CloseEnd < 0 || s.CloseEnd > len(text) {
		return false
	}
	// Only the words next to the marks: a caption of many quotations
	// stays linear.
	before := strings.Fields(text[max(0, s.Open-maxNicknameLook):s.Open])
	after := strings.Fields(text[s.CloseEnd:min(len(text), s.CloseEnd+maxNicknameLook)])
	return len(before) > 0 && startsUpper(before[len(before)-1]) && !strings.ContainsAny(before[len(before)-1], ".:;!?") ||
		len(after) > 0 && startsUpper(after[0])
}

func lastIs(xs []int, i int) bool { return len(xs) > 0 && xs[len(xs)-1] == i }
