package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/analysis"
)

// DirectShare is the share of an attribution's word characters that must lie
// inside quotation marks for ContentKind to call it direct.
const DirectShare = 0.6

// quotePairs maps each opening quotation mark to the marks that close it.
// The ASCII marks and ‘ open and close; „ closes with “ or ” (German and
// Polish styles); « » and ‹ › are also read reversed (Danish style).
var quotePairs = map[rune]string{
	'“': "”", '"': "\"", '„': "“”", '«': "»", '»': "«", '‹': "›", '›': "‹",
	'「': "」", '『': "』", '‘': "’", '\'': "'",
}

// closingMarks are the marks that may end a quotation.
const closingMarks = "”\"“»«›‹」』’'"

// isSingleMark reports whether r is a single quotation mark, which doubles as
// an apostrophe.
func isSingleMark(r rune) bool { return r == '‘' || r == '’' || r == '\'' }

// ContentKind classifies the content of a PolNeAR attribution. It is
// "direct" when the content is a quotation:
//
//  1. trimmed of white space and of punctuation other than quotation marks
//     (a leading dash, a trailing full stop or comma), it starts with an
//     opening mark (“ " „ « » ‹ › 「 『 ‘ ') and ends with a closing mark
//     (” " “ » « › ‹ 」 』 ’ '); and
//  2. at least DirectShare of its word characters (letters, digits) lie
//     between an opening mark and its closing mark.
//
// For 2, marks are paired left to right at the outer level only: a mark of
// another kind inside a quotation is part of it, the opening mark repeated
// (a quotation running over paragraphs) keeps it open. A single mark opens
// only at the start of a word (after a space, a dash, a bracket or the start)
// and closes only at the end of one (before a space, punctuation or the end),
// so that apostrophes (Clinton’s, voters’ rights) do not count. Two
// apostrophes (”) are read as one " (the New York Times' style in PolNeAR).
//
// Everything else is "indirect", including content that only contains a
// partial quotation (`that she would “keep the details under wraps”`).
func ContentKind(content string) string {
	content = strings.ReplaceAll(content, "''", "\"")
	t := strings.TrimFunc(content, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && quotePairs[r] == "" && !strings.ContainsRune(closingMarks, r)
	})
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if t == "" || quotePairs[first] == "" || !strings.ContainsRune(closingMarks, last) {
		return analysis.KindIndirect
	}
	inside, total := quotedWordChars(t)
	if total == 0 || float64(inside) < DirectShare*float64(total) {
		return analysis.KindIndirect
	}
	return analysis.KindDirect
}

// quotedWordChars counts the letters and digits of s, and those of them that
// lie inside quotation marks (see ContentKind).
func quotedWordChars(s string) (inside, total int) {
	rs := []rune(s)
	in := make([]bool, len(rs))
	for _, r := range quoteRegions(rs) {
		for i := r[0]; i < r[1]; i++ {
			in[i] = true
		}
	}
	for i, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			total++
			if in[i] {
				inside++
			}
		}
	}
	return inside, total
}

// quoteRegions returns the top-level quotations of rs as [start, end) rune
// ranges between the marks (see ContentKind for the pairing rules); an
// unclosed quotation runs to the end.
func quoteRegions(rs []rune) [][2]int {
	var out [][2]int
	var open rune // the mark that opened the current quotation, or 0
	start := 0
	isWord := func(i int) bool { return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i])) }
	for i, r := range rs {
		if isWord(i) {
			continue
		}
		if open != 0 {
			if !strings.ContainsRune(quotePairs[open], r) || isSingleMark(r) && isWord(i+1) {
				continue // not the closing mark, or an apostrophe inside a word
			}
			out = append(out, [2]int{start, i})
			open = 0
			continue
		}
		if quotePairs[r] == "" || isSingleMark(r) && (isWord(i-1) || !isWord(i+1)) {
			continue
		}
		open, start = r, i+1
	}
	if open != 0 {
		out = append(out, [2]int{start, len(rs)})
	}
	return out
}

// QuotedPassages returns the quotations in s, without their marks, one per
// paragraph: the direct quotes GUIDE.md would record in an attribution's
// content, partial quotes woven into reported speech included. Passages
// without a word are left out.
func QuotedPassages(s string) []string {
	rs := []rune(strings.ReplaceAll(s, "''", "\""))
	var out []string
	for _, r := range quoteRegions(rs) {
		for _, para := range strings.Split(string(rs[r[0]:r[1]]), "\n") {
			// a paragraph of a quotation that runs on opens with the mark again
			para = strings.TrimLeftFunc(para, func(r rune) bool { return unicode.IsSpace(r) || quotePairs[r] != "" })
			if len(Words(para)) > 0 {
				out = append(out, strings.Join(strings.Fields(para), " "))
			}
		}
	}
	return out
}

// nameStopwords are capitalised words that do not make a source named:
// pronouns, determiners and quantifiers, and titles and honorifics, which name
// a role rather than a person ("the President", "Sen. Warren": Warren counts).
var nameStopwords = setOf(
	// pronouns
	"i", "he", "she", "it", "we", "they", "you", "him", "her", "them", "us", "me", "his", "hers", "its",
	"our", "their", "your", "my", "who", "whom", "whose", "which", "that", "this", "these", "those",
	"one", "someone", "somebody", "anyone", "everyone", "nobody", "none",
	// determiners and quantifiers
	"the", "a", "an", "some", "many", "several", "other", "others", "another", "both", "each", "every",
	"all", "most", "any", "few", "no", "more", "much", "such", "two", "three", "four", "five",
	// titles and honorifics
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "vice", "sen", "senator", "rep",
	"representative", "gov", "governor", "mayor", "secretary", "minister", "prime", "chairman", "chairwoman",
	"chair", "director", "judge", "justice", "gen", "general", "lt", "col", "capt", "sgt", "adm", "attorney",
	"speaker", "leader", "chief", "officer", "spokesman", "spokeswoman", "spokesperson", "professor",
	"prof", "rev", "candidate", "nominee", "former", "u.s", "jr", "sr",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nameToken is one word of a text for the proper-name test: a run of letters
// and digits with inner apostrophes, hyphens and full stops (O’Neill,
// Jean-Pierre, U.S.), a possessive ’s dropped.
type nameToken struct {
	word  string
	start int // byte offset in the text it was cut from
}

func nameTokens(s string) []nameToken {
	var out []nameToken
	isCore := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isCore(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isCore(r) {
				j += n
				continue
			}
			if strings.ContainsRune("'’-.", r) && j+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[j+n:]); isCore(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := s[i:j]
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			w = strings.TrimSuffix(w, suf)
		}
		out = append(out, nameToken{w, i})
		i = j
	}
	return out
}

// capitalised reports whether w starts with an upper-case or title-case
// letter and is not a stopword.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return (unicode.IsUpper(r) || unicode.IsTitle(r)) && !nameStopwords[strings.ToLower(w)]
}

// abbreviations are words that end with a full stop without ending a
// sentence (besides single-letter initials).
var abbreviations = setOf("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
	"adm", "prof", "rev", "st", "jr", "sr", "u.s", "u.k", "u.n", "d.c", "no", "vs", "sept", "oct", "nov",
	"dec", "jan", "feb", "aug", "ave", "inc", "corp", "co", "ltd")

// sentenceInitial reports whether the word at byte offset i of text starts a
// sentence: only white space, opening quotation marks and brackets stand
// between it and the start of the text, a line end, or a . ! ? : ; or dash;
// a full stop after an initial or an abbreviation (Mr., J., G.K., U.S.)
// does not end a sentence.
func sentenceInitial(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n':
			return true
		case unicode.IsSpace(r) || quotePairs[r] != "" || strings.ContainsRune("([{", r):
			i -= n
		case r == '.':
			toks := nameTokens(text[max(0, i-n-12) : i-n])
			if len(toks) == 0 {
				return true
			}
			w := toks[len(toks)-1].word
			return !(utf8.RuneCountInString(w) == 1 || isInitial(w) || abbreviations[strings.ToLower(w)])
		default:
			return strings.ContainsRune("!?:;—–", r)
		}
	}
	return true
}

// midSentenceCaps returns the capitalised words that text uses at least once
// away from the start of a sentence.
func midSentenceCaps(text string) map[string]bool {
	caps := make(map[string]bool)
	for _, t := range nameTokens(text) {
		if capitalised(t.word) && !sentenceInitial(text, t.start) {
			caps[t.word] = true
		}
	}
	return caps
}

// SourceNames returns the proper names in a source mention of art, each as
// its folded words (Words), one name per run of adjacent name words: "Trump
// campaign manager Kellyanne Conway" gives [trump] and [kellyanne conway].
//
// A name word is a capitalised word (upper- or title-case first letter) that
// is not a pronoun, determiner, quantifier, title or honorific
// (nameStopwords) nor an initial (isInitial; initials are skipped, so
// "Donald J. Trump" gives [donald trump], "G.K. Butterfield" [butterfield]). A capitalised word that starts a
// sentence is a name word only when the next word is one, or the article
// also capitalises it in mid-sentence (caps): "Officials said" is unnamed,
// "Trump said" and "Donald Trump said" are named. Two name words are
// adjacent when only spaces and initials stand between them.
func SourceNames(art *Article, m Mention, caps map[string]bool) [][]string {
	var out [][]string
	for _, b := range m.ByteSpans {
		frag := art.Text[b.Start:b.End]
		var toks []nameToken
		for _, t := range nameTokens(frag) {
			if !isInitial(t.word) {
				toks = append(toks, t)
			}
		}
		adjacent := func(i int) bool { // toks[i] and toks[i+1]
			gap := frag[toks[i].start+len(toks[i].word) : toks[i+1].start]
			return strings.Trim(gap, " .") == "" || strings.TrimLeft(gap, " ") != gap && isInitials(gap)
		}
		var cur []string
		for i, t := range toks {
			name := capitalised(t.word)
			if name && sentenceInitial(art.Text, b.Start+t.start) && !caps[t.word] {
				name = i+1 < len(toks) && capitalised(toks[i+1].word) && adjacent(i)
			}
			if !name {
				if cur != nil {
					out, cur = append(out, cur), nil
				}
				continue
			}
			cur = append(cur, Words(t.word)...)
			if i+1 < len(toks) && !adjacent(i) {
				out, cur = append(out, cur), nil
			}
		}
		if cur != nil {
			out = append(out, cur)
		}
	}
	return out
}

// isInitials reports whether gap, between two words, holds only spaces and
// initials (" J. ", " H. W. ", " G.K. ", " N ").
func isInitials(gap string) bool {
	for _, f := range strings.Fields(gap) {
		if !isInitial(strings.TrimSuffix(f, ".")) {
			return false
		}
	}
	return true
}

// isInitial reports whether w is an initial or dotted initials: upper-case
// letters, one between each full stop (J, G.K, U.S).
func isInitial(w string) bool {
	for _, part := range strings.Split(w, ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n == 0 || n != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// NamedSpeakerMatches reports whether a predicted speaker, given by its name
// and aliases (forms), names a source whose text is source and whose proper
// names (SourceNames) are names: some form has the source's NameKey, or for
// some name, its words are all among the form's words or the form's words
// (at least one, initials left out) are all among the name's. So "Trump" and
// "Donald J. Trump" match the source "Donald Trump, a Republican
// candidate,", and "Kellyanne Conway" matches "Trump campaign manager
// Kellyanne Conway" (as, leniently, does "Donald Trump").
func NamedSpeakerMatches(source string, names [][]string, forms []string) bool {
	if len(names) == 0 {
		return false
	}
	key := NameKey(source)
	for _, f := range forms {
		if NameKey(f) == key {
			return true
		}
		fw := make(map[string]bool)
		for _, w := range Words(f) {
			if utf8.RuneCountInString(w) > 1 {
				fw[w] = true
			}
		}
		for _, name := range names {
			ns := setOf(name...)
			if len(fw) > 0 && subset(fw, ns) || subset(ns, fw) {
				return true
			}
		}
	}
	return false
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// denialWords and denialPrefixes make up the denial-cue lexicon: a cue is a
// denial when one of its words is in denialWords, starts with one of
// denialPrefixes, or it holds a particle verb of denialPhrases.
var (
	denialWords = setOf("deny", "denies", "denied", "denying", "denial", "denials",
		"counter", "counters", "countered", "countering", "disagree", "disagrees", "disagreed")
	denialPrefixes = []string{"reject", "disput", "refut", "dismiss", "contradict", "rebut", "debunk",
		"disavow", "repudiat", "gainsa"}
	denialPhrases = [][2][]string{
		{{"rule", "rules", "ruled", "ruling"}, {"out"}},
		{{"push", "pushes", "pushed", "pushing"}, {"back"}},
		{{"shoot", "shoots", "shot", "shooting"}, {"down"}},
	}
)

// DenialCue reports whether a cue denies: deny, reject, dispute, refute,
// dismiss, contradict, rebut, debunk, disavow, repudiate, gainsay, counter,
// disagree in any form, or rule out, push back, shoot down.
func DenialCue(cue string) bool {
	ws := Words(cue)
	for i, w := range ws {
		if denialWords[w] {
			return true
		}
		for _, p := range denialPrefixes {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		for _, ph := range denialPhrases {
			if i+1 < len(ws) && contains(ph[0], w) && contains(ph[1], ws[i+1]) {
				return true
			}
		}
	}
	return false
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// PolQuote is a PolNeAR attribution turned into a gold quote.
type PolQuote struct {
	GoldQuote
	Attribution *Attribution
	// Names are the proper names of the source (SourceNames).
	Names [][]string
	// Denial marks a denial cue (DenialCue).
	Denial bool
}

// Quotes turns the attributions of art that have a content into gold
// quotes: Text is the content (split spans joined with a space, white space
// folded), Kind is ContentKind of it, Speaker is the source text (none for a
// missing source), Cue the cue text.
func (art *Article) Quotes() []PolQuote {
	caps := midSentenceCaps(art.Text)
	var out []PolQuote
	for i := range art.Attributions {
		at := &art.Attributions[i]
		if at.Content.Empty() {
			continue
		}
		text := strings.Join(strings.Fields(at.Content.Text), " ")
		q := PolQuote{
			GoldQuote: GoldQuote{
				Kind: ContentKind(at.Content.Text),
				Text: text,
				Cue:  strings.Join(strings.Fields(at.Cue.Text), " "),
			},
			Attribution: at,
			Denial:      DenialCue(at.Cue.Text),
		}
		if src := strings.Join(strings.Fields(at.Source.Text), " "); src != "" {
			q.Speaker = []string{src}
			q.Names = SourceNames(art, at.Source, caps)
		}
		out = append(out, q)
	}
	return out
}
