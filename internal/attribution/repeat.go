package attribution

import (
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/article"
)

// repeatKeyWords is how many words open a quotation's key: a repetition
// must hold at least that many words of the quotation it repeats.
const repeatKeyWords = 6

// repeated gives a quotation the page repeats — a pull quote, a summary box
// that joins two quotations — the speaker of the quotation it repeats, when
// its own speaker came only from the voice of the paragraph before or from
// nowhere. The quotations with a cue of their own are indexed by their
// first words, so the pass is linear in the words quoted.
func repeated(out []Attribution, doc *article.Document) {
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
