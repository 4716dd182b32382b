// Package anchor describes a stretch of the page text so that it can be
// found again on the live page, as the Hypothesis client and the W3C Web
// Annotation model do: the exact text with some context before and after
// (a quote selector, which survives changes elsewhere on the page) and its
// position (cheap to try first). It is the one place where Go's UTF-8 byte
// offsets become the UTF-16 code units that JavaScript strings count.
package anchor

import (
	"unicode/utf8"
)

// ContextRunes is how much text the prefix and suffix keep. Hypothesis keeps
// 32 characters: enough to tell repeated quotations apart, short enough to
// survive edits nearby.
const ContextRunes = 32

// checkpointEvery is the spacing, in bytes, of the UTF-16 offsets a Text
// remembers, so that converting an offset costs at most this many bytes.
const checkpointEvery = 4096

// Text is a page text ready to convert offsets.
type Text struct {
	s           string
	checkpoints []int // UTF-16 offset at byte k*checkpointEvery (rounded down to a rune start)
	starts      []int // the byte offset each checkpoint stands at
}

// New prepares page text s.
func New(s string) *Text {
	t := &Text{s: s}
	u := 0
	next := 0
	for i, r := range s {
		if i >= next {
			t.checkpoints = append(t.checkpoints, u)
			t.starts = append(t.starts, i)
			next = i + checkpointEvery
		}
		u += utf16Len(r)
	}
	return t
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// UTF16 converts a byte offset of the text to UTF-16 code units.
func (t *Text) UTF16(off int) int {
	if off <= 0 || len(t.starts) == 0 {
		return 0
	}
	if off > len(t.s) {
		off = len(t.s)
	}
	k := off / checkpointEvery
	if k >= len(t.starts) {
		k = len(t.starts) - 1
	}
	for k > 0 && t.starts[k] > off {
		k--
	}
	u := t.checkpoints[k]
	for _, r := range t.s[t.starts[k]:off] {
		u += utf16Len(r)
	}
	return u
}

// Selector is the quote and position of a stretch of the text.
type Selector struct {
	Exact, Prefix, Suffix string
	// Start and End are UTF-16 offsets.
	Start, End int
}

// Select describes the byte range [start, end) of the text.
func (t *Text) Select(start, end int) Selector {
	if start < 0 {
		start = 0
	}
	if end > len(t.s) {
		end = len(t.s)
	}
	if start > end {
		start = end
	}
	return Selector{
		Exact:  t.s[start:end],
		Prefix: lastRunes(t.s[:start], ContextRunes),
		Suffix: firstRunes(t.s[end:], ContextRunes),
		Start:  t.UTF16(start),
		End:    t.UTF16(end),
	}
}

func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
