// Package quote finds direct quotations in an article: words between
// quotation marks of any style, quotations that run over several
// paragraphs, block quotations set off without marks, and embedded social
// posts. It finds where quotations are, not who said them, and it never
// fails on unbalanced marks: a mark it cannot pair is left alone.
package quote

import (
	"unicode"
	"unicode/utf8"
)

// closerFor maps an opening mark to the marks that may close it.
var closerFor = map[rune][]rune{
	'“':            {'”'},
	'„':            {'“', '”'}, // German and Polish „…“
	'«':            {'»'},
	'»':            {'«'}, // Danish »…«
	'‹':            {'›'},
	'「':            {'」'},
	'『':            {'』'},
	'"':            {'"', '”'},
	'‘':            {'’'},
	'‚':            {'‘', '’'},
	'\'':           {'\''},
	twoApostrophes: {twoApostrophes},
}

// fallbackCloser maps an opening mark to a mark that closes it when its
// own closer never comes: pages typed by hand open with “ and close with a
// straight " ("“Sin ningún tipo de dudas, … es Alberto\", dijo").
var fallbackCloser = map[rune]rune{'“': '"', '«': '"'}

// twoApostrophes stands for ” , the double quotation mark of typewriter
// text and of some newswires (” … ”), which is two characters on the page.
const twoApostrophes = '″'

// markAt returns the mark (or character) at byte i of s and its length in
// bytes, reading ” as one mark.
func markAt(s string, i int) (rune, int) {
	if i+1 < len(s) && s[i] == '\'' && s[i+1] == '\'' {
		return twoApostrophes, 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isOpening reports whether the mark r at byte i of s opens a quotation:
// curly and angle openers always may; straight marks may when they follow
// the start, white space or an opening bracket and precede a letter or digit.
func isOpening(s string, i int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+markLen(r):])
	atStart := i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == ':' || prev == '/' || prev == '\u00a0'
	if r == '"' && atStart && next == ' ' {
		// "he told Cook. \" You guys …\"": a straight double mark set
		// apart by a space before a word still opens.
		// It must be closed in the block: a lone mark between spaces is
		// an inch or a stray.
		after, _ := utf8.DecodeRuneInString(s[i+2:])
		return (unicode.IsLetter(after) || unicode.IsDigit(after)) && findCloser(s, i+1, r, []rune{'"'}) >= 0
	}
	switch r {
	case '"', '\'', '‘', '‚', twoApostrophes:
		return atStart && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '.' || next == '[' || next == '(' || next == '¿' || next == '¡' || next == '…' || next == '$' || next == '@' || next == '#')
	case '“', '„', '«', '‹', '「', '『':
		return true
	case '»':
		return atStart && unicode.IsLetter(next)
	}
	return false
}

// isClosing reports whether the mark r at byte i of s can close a
// quotation: it follows a non-space character and does not sit inside a
// word (as an apostrophe does).
func isClosing(s string, i int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if i == 0 || unicode.IsSpace(prev) && r != '”' && r != '»' && r != '」' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[i+markLen(r):])
	if r == '’' || r == '\'' {
		// An apostrophe inside a word or before s.
		if unicode.IsLetter(next) || unicode.IsDigit(next) {
			return false
		}
	}
	if r == '"' && (unicode.IsLetter(next) || unicode.IsDigit(next)) && unicode.IsLetter(prev) {
		return false
	}
	return true
}

// markLen is the length in bytes of mark r on the page.
func markLen(r rune) int {
	if r == twoApostrophes {
		return 2
	}
	return utf8.RuneLen(r)
}

// pair is a pair of marks found in one block: the quoted text is
// s[open+len(openMark):close]. close is -1 when the block ends first.
type pair struct {
	open, textStart, textEnd, close int
	mark                            rune
	// closeEnd is the byte offset just past the closing mark.
	closeEnd int
}

// pairs finds the outermost quotations of a block, left to right. Marks
// inside a pair are left to it (a quote inside a quote stays in its quote).
func pairs(s string) []pair {
	var out []pair
	i := 0
	for i < len(s) {
		r, size := markAt(s, i)
		closers, ok := closerFor[r]
		if !ok || !isOpening(s, i, r) {
			i += size
			continue
		}
		start := i + size
		end := findCloser(s, start, r, closers)
		if f, ok := fallbackCloser[r]; ok && end < 0 {
			end = findCloser(s, start, r, []rune{f})
		}
		if end < 0 {
			// Unclosed: the quotation runs to the end of the block (it may
			// go on in the next paragraph). Straight single quotes and
			// apostrophe-like marks never run on.
			if r == '\'' || r == '‘' || r == '‚' {
				i += size
				continue
			}
			out = append(out, pair{open: i, textStart: start, textEnd: len(s), close: -1, closeEnd: -1, mark: r})
			return out
		}
		_, csize := markAt(s, end)
		out = append(out, pair{open: i, textStart: start, textEnd: end, close: end, closeEnd: end + csize, mark: r})
		i = end + csize
	}
	return out
}

// findCloser returns the byte offset of the mark that closes a quotation
// opened by r whose text starts at start, or -1. Single marks must close
// before the sentence runs long: an unmatched apostrophe-like mark is not
// a quotation.
func findCloser(s string, start int, open rune, closers []rune) int {
	single := open == '\'' || open == '‘' || open == '‚'
	for j := start; j < len(s); {
		r, size := markAt(s, j)
		for _, c := range closers {
			if r == c && j > start && isClosing(s, j, r) {
				// A straight mark that could open again is still a closer
				// when it follows a non-space.
				return j
			}
		}
		// Nested double quotes of the same opening style close an inner
		// quotation, not this one; they are rare and skipped by the rule
		// above. Stop single quotes at paragraph-long spans.
		if single && j-start > 600 {
			return -1
		}
		j += size
	}
	return -1
}
