package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// blockBuilder folds the white space of text nodes into one block's text
// while it records where every byte came from.
type blockBuilder struct {
	sb      strings.Builder
	runs    []run
	pending int // page offset of a pending space, or -1 when none is pending
	started bool
}

// add appends the text of one text node that starts at page offset page.
func (bb *blockBuilder) add(s string, page int) {
	if !bb.started {
		bb.pending = -1
		bb.started = true
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			if bb.pending < 0 && bb.sb.Len() > 0 {
				bb.pending = page + i
			}
			i += size
			continue
		}
		// A run of non-space text.
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		bb.flushSpace()
		bb.runs = appendRun(bb.runs, run{text: bb.sb.Len(), page: page + i, n: j - i})
		bb.sb.WriteString(s[i:j])
		i = j
	}
}

// space asks for a space at a break (<br>, an inline boundary that reads as
// one) that has no white space character of its own in the page; it maps to
// the page offset of the text that follows.
func (bb *blockBuilder) space(page int) {
	if !bb.started {
		bb.pending = -1
		bb.started = true
	}
	if bb.pending < 0 && bb.sb.Len() > 0 {
		bb.pending = page
	}
}

func (bb *blockBuilder) flushSpace() {
	if bb.pending >= 0 && bb.sb.Len() > 0 {
		bb.runs = appendRun(bb.runs, run{text: bb.sb.Len(), page: bb.pending, n: 1})
		bb.sb.WriteByte(' ')
	}
	bb.pending = -1
}

// appendRun appends r, merging it into the last run when both are contiguous
// in the text and in the page.
func appendRun(rs []run, r run) []run {
	if n := len(rs); n > 0 {
		last := &rs[n-1]
		if last.text+last.n == r.text && last.page+last.n == r.page {
			last.n += r.n
			return rs
		}
	}
	return append(rs, r)
}

// block returns the built block, and false when it holds no text.
func (bb *blockBuilder) block(k Kind, group int) (Block, bool) {
	if bb.sb.Len() == 0 {
		return Block{}, false
	}
	b := Block{Kind: k, Text: bb.sb.String(), Group: group, runs: bb.runs}
	*bb = blockBuilder{}
	return b, true
}

func (bb *blockBuilder) len() int { return bb.sb.Len() }

// isSpace reports white space as HTML and typography use it, with the
// no-break and zero-width spaces that pages use between words.
func isSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u200b', '\u2009', '\u202f', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}
