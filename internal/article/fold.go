package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// blockBuilder folds the white space of text nodes into one block's text
// while it records where every byte came from. One builder builds a page's
// blocks in turn, so that they share its buffers: their runs are parts of one
// slice, and a block whose text is the page text as it stands is a part of
// the page text.
type blockBuilder struct {
	// page is the page text that offsets point into, or "" when unknown.
	page string
	buf  []byte // the text of the block being built
	// runs holds the runs of the blocks built so far, then those of the
	// block being built from index first on.
	runs    []run
	first   int
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
			if bb.pending < 0 && len(bb.buf) > 0 {
				bb.pending, bb.brk = page+i, false
			}
			i += size
			continue
		}
		// Words with single spaces between them fold to themselves: one
		// run, as the runs of their words and spaces would merge into.
		j := foldedEnd(s, i)
		bb.flushSpace()
		bb.appendRun(run{text: len(bb.buf), page: page + i, n: j - i}, false)
		bb.buf = append(bb.buf, s[i:j]...)
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
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return i
}

// foldedEnd returns the end of the text that starts with the word at s[i]
// and that folding leaves as it is: words with single spaces between them.
func foldedEnd(s string, i int) int {
	j := wordEnd(s, i)
	for j+1 < len(s) && s[j] == ' ' && spaceAt(s, j+1) == 0 {
		j = wordEnd(s, j+1)
	}
	return j
}

// space asks for a space at a break (<br>, an inline boundary that reads as
// one) that has no white space character of its own in the page; it maps to
// the page offset of the text that follows.
func (bb *blockBuilder) space(page int) {
	if !bb.started {
		bb.pending = -1
		bb.started = true
	}
	if bb.pending < 0 && len(bb.buf) > 0 {
		bb.pending, bb.brk = page, true
	}
}

func (bb *blockBuilder) flushSpace() {
	if bb.pending >= 0 && len(bb.buf) > 0 {
		bb.appendRun(run{text: len(bb.buf), page: bb.pending, n: 1}, bb.brk)
		bb.buf = append(bb.buf, ' ')
	}
	bb.pending = -1
}

// appendRun appends r, merging it into the last run of the block when both
// are contiguous in the text and in the page and neither is a break.
func (bb *blockBuilder) appendRun(r run, brk bool) {
	if n := len(bb.runs); n > bb.first && !brk && !bb.lastBrk {
		last := &bb.runs[n-1]
		if last.text+last.n == r.text && last.page+last.n == r.page {
			last.n += r.n
			return
		}
	}
	bb.runs = append(bb.runs, r)
	bb.lastBrk = brk
}

// block returns the built block, and false when it holds no text, and
// starts the next block.
func (bb *blockBuilder) block(k Kind, group int) (Block, bool) {
	if len(bb.buf) == 0 {
		return Block{}, false
	}
	// The block's runs cannot grow into the next block's.
	runs := bb.runs[bb.first:len(bb.runs):len(bb.runs)]
	var text string
	if len(runs) == 1 {
		// One run may be the page text verbatim, or fold white space in it.
		if r := runs[0]; r.page+r.n <= len(bb.page) && bb.page[r.page:r.page+r.n] == string(bb.buf) {
			text = bb.page[r.page : r.page+r.n]
		}
	}
	if text == "" {
		text = string(bb.buf)
	}
	bb.buf = bb.buf[:0]
	bb.first = len(bb.runs)
	bb.started, bb.brk, bb.lastBrk = false, false, false
	return Block{Kind: k, Text: text, Group: group, runs: runs}, true
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

// foldSpace folds the runs of white space of s to one space and trims it,
// as the block builder does. Text that needs only trimming, as most does, is
// returned as a part of s.
func foldSpace(s string) string {
	i := skipSpace(s, 0)
	if i == len(s) {
		return ""
	}
	j := foldedEnd(s, i)
	k := skipSpace(s, j)
	if k == len(s) {
		return s[i:j]
	}
	var sb strings.Builder
	sb.Grow(len(s) - i)
	sb.WriteString(s[i:j])
	for k < len(s) {
		j = foldedEnd(s, k)
		sb.WriteByte(' ')
		sb.WriteString(s[k:j])
		k = skipSpace(s, j)
	}
	return sb.String()
}

// skipSpace returns the end of the white space that starts at s[i].
func skipSpace(s string, i int) int {
	for i < len(s) {
		size := spaceAt(s, i)
		if size == 0 {
			break
		}
		i += size
	}
	return i
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
