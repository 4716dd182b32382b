package lexicon

import (
	"strings"
	"sync"
	"unicode"
)

// common are frequent words that tell the lexicon's languages apart.
var common = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "said", "with", "was", "for", "he", "she", "it", "in"},
	"es": {"el", "la", "los", "las", "que", "y", "del", "dijo", "por", "una", "con", "es", "se", "lo"},
	"pt": {"o", "os", "que", "e", "do", "da", "não", "disse", "em", "uma", "com", "é", "ao", "dos", "das"},
}

// commonIndex maps each common word to the languages it is common in.
var commonIndex = sync.OnceValue(func() map[string][]string {
	idx := map[string][]string{}
	for code, ws := range common {
		for _, w := range ws {
			idx[w] = append(idx[w], code)
		}
	}
	return idx
})

// Detect guesses the language of text among those that have a lexicon, by
// counting their most common words in its first 3,000 words. It returns
// "en" when nothing tells.
func Detect(text string) string {
	counts := map[string]int{}
	n := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if n++; n > 3000 {
			break
		}
		for _, code := range commonIndex()[strings.ToLower(w)] {
			counts[code]++
		}
	}
	best, max := "en", 0
	for _, code := range Codes() {
		if counts[code] > max {
			best, max = code, counts[code]
		}
	}
	return best
}
