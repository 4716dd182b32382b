package quote

import (
	"sort"
	"strings"

	"github.com/quotelens/quotelens/internal/article"
)

// posts finds embedded social posts: a signature line "— Name (@handle)
// date" and the text before it, the blocks of the same post group in a page,
// or the lines before it in plain text back to the first line that holds a
// quotation mark (at most three lines). It marks the blocks it takes.
func posts(doc *article.Document, used []bool) []Span {
	var out []Span
	for b := range doc.Blocks {
		blk := &doc.Blocks[b]
		m := patterns().signature.FindStringSubmatch(blk.Text)
		if m == nil {
			continue
		}
		first := b
		for first > 0 && b-first < 3 {
			prev := &doc.Blocks[first-1]
			if blk.Group != 0 && prev.Group != blk.Group || blk.Group == 0 && (prev.Kind != article.Paragraph || hasMark(prev.Text)) || used[first-1] {
				break
			}
			first--
		}
		if first == b {
			continue
		}
		end := len(doc.Blocks[b-1].Text)
		if loc := patterns().trailingLink.FindStringIndex(doc.Blocks[b-1].Text); loc != nil {
			end = loc[0]
		}
		s := Span{Block: first, EndBlock: b - 1, Start: 0, End: end, Origin: SocialPost, Open: -1, Close: -1, CloseEnd: -1,
			Author: strings.TrimSpace(m[1]), Handle: m[2]}
		for k := first; k <= b; k++ {
			used[k] = true
		}
		out = append(out, s)
	}
	return out
}

func hasMark(s string) bool {
	return strings.ContainsAny(s, "“”\"«»„")
}

func sortSpans(s []Span) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Block != s[j].Block {
			return s[i].Block < s[j].Block
		}
		return s[i].Start < s[j].Start
	})
}
