package article

import (
	"strings"
	"unicode/utf8"
)

// The phrase tables below judge class names and short texts. They are word
// lists matched by hand rather than regular expressions: the regexp
// package alone adds about 140 KB (gzipped) to the WebAssembly build.

// shareWords, postWords and captionWords confirm what the keyword matcher
// hints at in class names.
var (
	shareWords   = []string{"share", "sharedaddy"}
	postWords    = []string{"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed", "fb-post", "threads-post", "reddit-card", "social-post", "embedded-post", "post-embed"}
	captionWords = []string{"wp-caption-text", "caption"}
)

// summaryWords confirm in class names and ids what the keyword matcher
// hints at: a standfirst, the summary under a headline, by the names pages
// give it in English ("standfirst", "article-dek", "sub-headline"),
// Spanish ("bajada", "entradilla", "copete", "articulo-subtitulo",
// "sumario"), Portuguese ("linha-fina") and French ("chapeau"). Words that
// name other boxes too ("lead" image, "summary" of a teaser) are safe
// here because a standfirst must sit just under the headline.
var summaryWords = []string{
	"standfirst", "dek", "deck", "subtitle", "sub-title", "subtitulo", "subheadline", "sub-headline",
	"summary", "sumario", "bajada", "copete", "entradilla", "linha-fina", "linhafina", "lead", "lede",
	"intro", "excerpt", "description", "chapeau", "chapo", "strapline", "abstract",
}

// summaryProps are the itemprop values (schema.org) of a standfirst.
var summaryProps = []string{"description", "alternativeHeadline", "abstract"}

// isSummaryProp reports an itemprop attribute, a list of names, that holds
// one of summaryProps.
func isSummaryProp(itemprop string) bool {
	for _, p := range summaryProps {
		if hasToken(itemprop, p) {
			return true
		}
	}
	return false
}

// adWords and loadingWords are what a box says when it holds only an
// advertisement or a loading notice.
var (
	adWords      = []string{"ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "Реклама", "Anuncio"}
	loadingWords = []string{"loading", "正在加载", "Загрузка", "chargement", "cargando"}
)

// recirculationHeadings name lists of links to other pages, in the
// languages of the corpus.
var recirculationHeadings = []string{
	"most read", "most popular", "most viewed", "most shared", "popular", "trending",
	"related", "read more", "read next", "read also", "more from", "more on", "more stories",
	"more news", "recommended", "you may like", "you might like", "you may also like",
	"you might also like", "top stories", "lo más leído", "lo más visto", "más leídas",
	"más leídos", "más noticias", "relacionados", "relacionadas", "mais lidas", "mais vistas",
	"leia também", "leia mais", "les plus lus", "à lire aussi", "lire aussi", "meistgelesen",
	"mehr zum thema", "auch interessant",
}

// isWordByte reports the ASCII word characters of a regular expression's
// \b; underscore counts unless underscoreBreaks.
func isWordByte(c byte, underscoreBreaks bool) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' && !underscoreBreaks
}

// hasWord reports whether s holds one of words (ASCII, any case) standing
// alone: the characters around it are not word characters.
func hasWord(s string, words []string, underscoreBreaks bool) bool {
	ls := strings.ToLower(s)
	for _, w := range words {
		for from := 0; from <= len(ls)-len(w); {
			i := strings.Index(ls[from:], w)
			if i < 0 {
				break
			}
			i += from
			end := i + len(w)
			if (i == 0 || !isWordByte(ls[i-1], underscoreBreaks)) && (end == len(ls) || !isWordByte(ls[end], underscoreBreaks)) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// isOneOf reports whether text is one of words, ignoring case.
func isOneOf(text string, words []string) bool {
	for _, w := range words {
		if strings.EqualFold(text, w) {
			return true
		}
	}
	return false
}

// isAd reports a text that only says "Advertisement".
func isAd(text string) bool { return isOneOf(text, adWords) }

// isLoading reports a text that only says "Loading…".
func isLoading(text string) bool {
	text = strings.TrimSuffix(strings.TrimSuffix(text, "…"), "...")
	return isOneOf(text, loadingWords)
}

// hasSentenceEnd reports a period that ends a sentence: before a space or
// at the end.
func hasSentenceEnd(text string) bool {
	return strings.HasSuffix(text, ".") || strings.Contains(text, ". ")
}

// isRecirculation reports a heading that opens with the name of a list of
// links ("Most read", "Lo más leído", "Related stories").
func isRecirculation(heading string) bool {
	lh := strings.ToLower(heading)
	for _, p := range recirculationHeadings {
		if !strings.HasPrefix(lh, p) {
			continue
		}
		if len(lh) == len(p) || !isWordByte(lh[len(p)], false) {
			return true
		}
		// A non-ASCII letter after the phrase continues the word.
		if r, _ := utf8.DecodeRuneInString(lh[len(p):]); r >= utf8.RuneSelf {
			continue
		}
	}
	return false
}
