package attribution

import (
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/article"
	"github.com/quotelens/quotelens/internal/lexicon"
)

// captioned reports a photograph's caption: a block of that kind, or one
// that ends in a photograph's credit ("Protesters do not want … (Image:
// GETTY)", "… (Elias Funez/The Union via AP)"). A caption describes a
// picture between the paragraphs: it neither speaks for the paragraphs
// around it nor carries their voice.
func captioned(blk article.Block, lang *lexicon.Language) bool {
	if blk.Kind == article.Caption || moreLink(blk.Text, lang) {
		return true
	}
	t := strings.TrimRight(blk.Text, " .")
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return false
	}
	f := strings.FieldsFunc(t[open+1:len(t)-1], func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) == 0 || len(f) > maxCreditWords {
		return false
	}
	return lang.IsCredit(strings.ToLower(f[0])) || lang.IsCredit(strings.ToLower(f[len(f)-1]))
}

// moreLink reports a link to another story set between the paragraphs
// ("SEE MORE: Hong Kong protests: 800 students under siege", "LEIA MAIS:
// …"): its headline reports nobody the article follows.
func moreLink(text string, lang *lexicon.Language) bool {
	colon := strings.IndexByte(text, ':')
	if colon <= 0 || colon > maxLabelBytes {
		return false
	}
	return lang.IsMoreLabel(strings.Join(strings.Fields(strings.ToLower(text[:colon])), " "))
}

// maxLabelBytes bounds the label of a link to another story.
const maxLabelBytes = 32

// maxCreditWords bounds the words of a photograph's credit.
const maxCreditWords = 10
