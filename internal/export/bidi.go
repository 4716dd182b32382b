package export

import "strings"

// isBidiControl reports the invisible characters that reorder the text
// around them: the embeddings and overrides U+202A–U+202E, the isolates
// U+2066–U+2069, and the marks U+200E, U+200F and U+061C. A page can use
// them to make an exported cell or line read differently from what it
// holds ("Trojan Source"), so the exports meant for people leave them out.
func isBidiControl(r rune) bool {
	switch {
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// stripBidi returns s without its bidi controls (see isBidiControl). Text
// without any is returned as it is, without a copy.
func stripBidi(s string) string {
	if strings.IndexFunc(s, isBidiControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}
