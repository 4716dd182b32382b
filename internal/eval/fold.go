package eval

//go:generate sh -c "python3 ../../scripts/eval/gen_foldtable.py > foldtable.go"

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldEntry maps one rune to a string; tables of them are sorted by rune.
type foldEntry struct {
	r rune
	s string
}

func lookup(t []foldEntry, r rune) (string, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i].r >= r })
	if i < len(t) && t[i].r == r {
		return t[i].s, true
	}
	return "", false
}

// Hangul syllable decomposition constants (Unicode §3.12).
const (
	hangulBase  = 0xAC00
	hangulLast  = 0xD7A3
	hangulLBase = 0x1100
	hangulVBase = 0x1161
	hangulTBase = 0x11A7
	hangulTN    = 28
	hangulNN    = 21 * hangulTN
)

const capitalSigma = 'Σ'

// Fold is score.py's fold(): NFKD, drop combining marks (canonical combining
// class ≠ 0), lower-case. Go's standard library has no normalization data, so
// the decompositions, lower-case mappings and final-sigma classes come from
// tables generated out of the Python that runs score.py (foldtable.go, Unicode
// pyUnicodeVersion); Hangul syllables are decomposed by algorithm. The result
// equals Python's for every code point (see TestFoldEveryRune).
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	// NFKD without combining marks. Canonical reordering only moves marks,
	// which are dropped, so decomposing rune by rune is exact.
	pre := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			pre = append(pre, r)
		case r >= hangulBase && r <= hangulLast:
			si := r - hangulBase
			pre = append(pre, hangulLBase+si/hangulNN, hangulVBase+(si%hangulNN)/hangulTN)
			if t := si % hangulTN; t != 0 {
				pre = append(pre, hangulTBase+t)
			}
		default:
			if d, ok := lookup(foldDecomp, r); ok {
				pre = append(pre, []rune(d)...)
			} else {
				pre = append(pre, r)
			}
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range pre {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
		case r == capitalSigma:
			if finalSigma(pre, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			if l, ok := lookup(foldLower, r); ok {
				b.WriteString(l)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at s[i] lower-cases to a final
// sigma under Python's rule: a cased letter before it and none after it,
// skipping case-ignorable runes both ways.
func finalSigma(s []rune, i int) bool {
	j := i - 1
	for j >= 0 && unicode.Is(sigmaIgnorable, s[j]) {
		j--
	}
	if j < 0 || !unicode.Is(sigmaCased, s[j]) {
		return false
	}
	j = i + 1
	for j < len(s) && unicode.Is(sigmaIgnorable, s[j]) {
		j++
	}
	return j == len(s) || !unicode.Is(sigmaCased, s[j])
}

// isWordRune reports whether Python's re matches r with \w.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.Is(pyWord, r)
}

// Words is score.py's words(): the \w+ runs of Fold(s).
func Words(s string) []string {
	f := Fold(s)
	var out []string
	start := -1
	for i, r := range f {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, f[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, f[start:])
	}
	return out
}

// NameKey is score.py's name_key(): the words of s joined by single spaces,
// so that case, accents and punctuation do not matter.
func NameKey(s string) string {
	return strings.Join(Words(s), " ")
}

// WordF1 is score.py's f1(): the F1 of the multiset overlap between the words
// of a and b, 0 when either has no words. The arithmetic follows score.py's
// order so that the float results, and the ties they make, are identical.
func WordF1(a, b string) float64 {
	return wordF1(Words(a), Words(b))
}

func wordF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	counts := make(map[string]int, len(a))
	for _, w := range a {
		counts[w]++
	}
	common := 0
	for _, w := range b {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(a))
	r := float64(common) / float64(len(b))
	return 2 * p * r / (p + r)
}
