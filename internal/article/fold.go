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
	// brk says the pending space, or the last run, is a break: a space the
	// page text lacks. Its run stands alone, so that no run claims that the
	// space is a page character.
	brk, lastBrk bool
}

// add appends the text of one text node that starts at page offset page.
func (bb *blockBuilder) add(s string, page int) {
	if !bb.started {
		bb.pending = -1
		bb.started = true
	}
	for i := 0; i < len(s); {
		if size := spaceAt(s, i); size > 0 {
			if bb.pending < 0 && bb.sb.Len() > 0 {
				bb.pending, bb.brk = page+i, false
			}
			i += size
			continue
		}
		j := wordEnd(s, i)
		bb.flushSpace()
		bb.appendRun(run{text: bb.sb.Len(), page: page + i, n: j - i}, false)
		bb.sb.WriteString(s[i:j])
		i = j
	}
}

// spaceAt returns the size of the white space character at s[i], or 0 when
// there is none. A byte that is not UTF-8 reads as a space, so that Text
// stays valid UTF-8 and still maps byte for byte to the page.
func spaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if isSpace(r) || r == utf8.RuneError && size == 1 {
		return size
	}
	return 0
}

// wordEnd returns the end of the run of non-space text that starts at s[i].
func wordEnd(s string, i int) int {
	for i < len(s) && spaceAt(s, i) == 0 {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
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
		bb.pending, bb.brk = page, true
	}
}

func (bb *blockBuilder) flushSpace() {
	if bb.pending >= 0 && bb.sb.Len() > 0 {
		bb.appendRun(run{text: bb.sb.Len(), page: bb.pending, n: 1}, bb.brk)
		bb.sb.WriteByte(' ')
	}
	bb.pending = -1
}

// appendRun appends r, merging it into the last run when both are contiguous
// in the text and in the page and neither is a break.
func (bb *blockBuilder) appendRun(r run, brk bool) {
	if n := len(bb.runs); n > 0 && !brk && !bb.lastBrk {
		last := &bb.runs[n-1]
		if last.text+last.n == r.text && last.page+last.n == r.page {
			last.n += r.n
			return
		}
	}
	bb.runs = append(bb.runs, r)
	bb.lastBrk = brk
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

// isSpace reports white space as HTML and typography use it, with the
// no-break and zero-width spaces that pages use between words.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	switch r {
	case '\u00a0', '\u200b', '\u2009', '\u202f', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// foldSpace folds the runs of white space of s to one space and trims it.
func foldSpace(s string) string {
	return strings.Join(foldWords(s), " ")
}

// foldWords returns the words of s as the block builder cuts them: runs of
// characters between white space and bytes that are not UTF-8.
func foldWords(s string) []string {
	var words []string
	for i := 0; i < len(s); {
		if size := spaceAt(s, i); size > 0 {
			i += size
			continue
		}
		j := wordEnd(s, i)
		words = append(words, s[i:j])
		i = j
	}
	return words
}
