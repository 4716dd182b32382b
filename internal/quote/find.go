package quote

import (
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/article"
)

// Origin says how a quotation was found.
type Origin uint8

// Origins.
const (
	Marks      Origin = iota + 1 // between quotation marks
	BlockQuote                   // a <blockquote> set off without marks
	SocialPost                   // an embedded post with its signature
	Answer                       // an interviewee's answer paragraph
)

// Span is one direct quotation: Doc.Blocks[Block].Text[Start:End] up to
// Doc.Blocks[EndBlock].Text[...:End] for a post that spans lines of plain
// text (EndBlock is Block otherwise). The marks are not in the span.
type Span struct {
	Block, EndBlock int
	Start, End      int
	Origin          Origin
	// Open and Close are the byte offsets of the marks, or -1; CloseEnd is
	// the offset just past the closing mark (marks such as '' are two
	// bytes).
	Open, Close, CloseEnd int
	// Continues reports a paragraph that carries on a quotation opened in an
	// earlier paragraph; RunsOn reports one whose quotation is not closed in
	// its paragraph.
	Continues, RunsOn bool
	// Author and Handle are the signature of a social post.
	Author, Handle string
	// Inner are quotations nested inside this one, as byte ranges of the
	// block text.
	Inner [][2]int
}

// Text returns the quotation's text with white space folded.
func (s Span) Text(doc *article.Document) string {
	if s.EndBlock == s.Block {
		return strings.TrimSpace(doc.Blocks[s.Block].Text[s.Start:s.End])
	}
	var parts []string
	for b := s.Block; b <= s.EndBlock; b++ {
		t := doc.Blocks[b].Text
		start, end := 0, len(t)
		if b == s.Block {
			start = s.Start
		}
		if b == s.EndBlock {
			end = s.End
		}
		parts = append(parts, strings.TrimSpace(t[start:end]))
	}
	return strings.Join(parts, " ")
}

// Find returns the direct quotations of doc in reading order.
func Find(doc *article.Document) []Span {
	var out []Span
	used := make([]bool, len(doc.Blocks))
	out = append(out, posts(doc, used)...)
	answers := interview(doc, used)
	for _, s := range answers {
		// Quotations inside an answer stay quotations of their own.
		used[s.Block] = false
	}
	out = append(out, answers...)
	runOn := false
	for b := range doc.Blocks {
		if used[b] {
			runOn = false
			continue
		}
		blk := &doc.Blocks[b]
		if blk.Kind == article.Quotation {
			if s, ok := blockQuote(blk, b); ok {
				out = append(out, s)
				runOn = false
				continue
			}
		}
		ps := pairs(blk.Text)
		for k, p := range ps {
			s := Span{Block: b, EndBlock: b, Start: p.textStart, End: p.textEnd, Origin: Marks, Open: p.open, Close: p.close, CloseEnd: p.closeEnd}
			if k == 0 && runOn && p.open == 0 {
				s.Continues = true
			}
			if p.close < 0 {
				s.RunsOn = true
				// An unclosed quotation counts when the next paragraph
				// carries it on, or when it is long enough not to be a
				// stray mark.
				if !nextOpens(doc, b) && wordCount(blk.Text[s.Start:s.End]) < 8 {
					continue
				}
			}
			s.Inner = inner(blk.Text, s.Start, s.End)
			if !hasLetter(blk.Text[s.Start:s.End]) {
				continue
			}
			out = append(out, s)
		}
		runOn = len(ps) > 0 && ps[len(ps)-1].close < 0
	}
	sortSpans(out)
	return out
}

// nextOpens reports whether the block after b opens with a quotation mark,
// as a quotation carried over paragraphs does.
func nextOpens(doc *article.Document, b int) bool {
	if b+1 >= len(doc.Blocks) {
		return false
	}
	r, _ := markAt(doc.Blocks[b+1].Text, 0)
	_, ok := closerFor[r]
	return ok && r != '\''
}

// blockQuote makes a quotation of a block quotation set off without marks
// (or with marks around all of it).
func blockQuote(blk *article.Block, b int) (Span, bool) {
	t := blk.Text
	if wordCount(t) < 3 {
		return Span{}, false
	}
	ps := pairs(t)
	if len(ps) == 1 && ps[0].open == 0 && (ps[0].close < 0 || ps[0].close >= len(t)-4) {
		p := ps[0]
		return Span{Block: b, EndBlock: b, Start: p.textStart, End: p.textEnd, Origin: BlockQuote, Open: p.open, Close: p.close, CloseEnd: p.closeEnd}, true
	}
	if len(ps) > 0 {
		// Marks inside: the quotations in it are found one by one.
		return Span{}, false
	}
	return Span{Block: b, EndBlock: b, Start: 0, End: len(t), Origin: BlockQuote, Open: -1, Close: -1, CloseEnd: -1}, true
}

// inner finds quotations nested in s[start:end].
func inner(s string, start, end int) [][2]int {
	var out [][2]int
	for _, p := range pairs(s[start:end]) {
		if p.close >= 0 {
			out = append(out, [2]int{start + p.textStart, start + p.textEnd})
		}
	}
	return out
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
