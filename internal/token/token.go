// Package token cuts a block of article text into words, punctuation and
// quotation marks, and finds its sentence boundaries. Offsets are bytes of
// the block text, so that every later step can point back at the page.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/lexicon"
)

// Kind is the kind of a Token.
type Kind uint8

// Kinds of token.
const (
	Word  Kind = iota + 1 // letters, digits, handles, with inner ' ’ - .
	Punct                 // any other punctuation
	Mark                  // a quotation mark
	Dash                  // — – or a lone -
)

// Token is one token of a block.
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
	// Cap reports a word that begins with an upper-case letter.
	Cap bool
	// SentenceStart reports the first token of a sentence.
	SentenceStart bool
}

// Lower returns the token's text in lower case.
func (t Token) Lower() string { return strings.ToLower(t.Text) }

// IsMark reports quotation marks.
func IsMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '‘', '’', '‚', '\'':
		return true
	}
	return false
}

// Split tokenizes s. Apostrophes inside a word (don’t, O'Neil) stay in the
// word; a period stays on a word the language lists as an abbreviation, on
// a single letter (an initial) and inside dotted words (U.S.).
func Split(s string, lang *lexicon.Language) []Token {
	// News text has about one token in five bytes, short blocks more: one
	// in four bytes is seldom exceeded.
	toks := make([]Token, 0, len(s)/4+1)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += size
		case isWordRune(r) || r == '@' || r == '#':
			j := wordEnd(s, i+size)
			w := s[i:j]
			// Keep a trailing period on abbreviations and initials.
			if j < len(s) && s[j] == '.' {
				withDot := s[i : j+1]
				if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) || strings.Contains(w, ".") || isAbbreviation(lang, withDot) {
					j++
					w = withDot
				}
			}
			toks = append(toks, Token{Start: i, End: j, Text: w, Kind: Word, Cap: unicode.IsUpper(r)})
			i = j
		case IsMark(r):
			toks = append(toks, Token{Start: i, End: i + size, Text: s[i : i+size], Kind: Mark})
			i += size
		case r == '—' || r == '–' || r == '-':
			toks = append(toks, Token{Start: i, End: i + size, Text: s[i : i+size], Kind: Dash})
			i += size
		default:
			toks = append(toks, Token{Start: i, End: i + size, Text: s[i : i+size], Kind: Punct})
			i += size
		}
	}
	markSentences(toks, lang)
	return toks
}

// isAbbreviation is lang.IsAbbreviation(w). The lexicon lower-cases the
// word it looks up, which costs an allocation for a capitalized word such as
// a name that ends a sentence; an ASCII word is lower-cased here instead, in
// a buffer that stays on the stack.
func isAbbreviation(lang *lexicon.Language, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return lang.IsAbbreviation(w)
	}
	lw := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lang.IsAbbreviation(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lw[i] = c
	}
	return lang.IsAbbreviation(string(lw))
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word that continues at j: word runes, and
// ' ’ - . when a word rune follows them.
func wordEnd(s string, j int) int {
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '_' {
			if n, _ := utf8.DecodeRuneInString(s[j+size:]); j+size < len(s) && isWordRune(n) {
				j += size
				continue
			}
		}
		// "1,100" groups thousands and "20,75" is a decimal comma: a comma
		// between digits is part of the number.
		if r == ',' && j > 0 && s[j-1] >= '0' && s[j-1] <= '9' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	return j
}

// markSentences sets SentenceStart. A sentence ends at . ! ? (or … ) when
// the next word starts with a capital, a digit or a quotation mark; closing
// marks and brackets right after the period stay in the sentence.
func markSentences(toks []Token, lang *lexicon.Language) {
	if len(toks) > 0 {
		toks[0].SentenceStart = true
	}
	for k := range toks {
		t := &toks[k]
		if t.Kind != Punct || !isTerminal(t.Text) {
			continue
		}
		// Skip closing marks and brackets.
		n := k + 1
		for n < len(toks) && (toks[n].Kind == Mark && closingMark(toks, n) || toks[n].Text == ")" || isTerminal(toks[n].Text)) {
			n++
		}
		if n >= len(toks) {
			continue
		}
		nx := toks[n]
		if nx.Cap || nx.Kind == Mark || nx.Kind == Dash || nx.Kind == Word && unicode.IsDigit(firstRune(nx.Text)) {
			toks[n].SentenceStart = true
		}
	}
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

// closingMark guesses whether the mark at k closes a quotation: it follows a
// non-space character.
func closingMark(toks []Token, k int) bool {
	switch toks[k].Text {
	case "”", "»", "›", "」", "’":
		return true
	case "“", "„", "«", "‹", "「", "‘":
		return false
	}
	return k > 0 && toks[k-1].End == toks[k].Start
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Sentences returns the sentences of toks as [start, end) token index ranges.
func Sentences(toks []Token) [][2]int {
	var out [][2]int
	begin := 0
	for k := 1; k < len(toks); k++ {
		if toks[k].SentenceStart {
			out = append(out, [2]int{begin, k})
			begin = k
		}
	}
	if len(toks) > 0 {
		out = append(out, [2]int{begin, len(toks)})
	}
	return out
}
