// Package attribution finds who said what: the cue that attributes each
// quotation (said, points out, according to, a post signature), the source
// it names, and the reported speech that is not in quotation marks.
package attribution

import (
	"strings"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/token"
)

// cue is one cue found in a block: tokens [from, to).
type cue struct {
	from, to int
	text     string // as on the page
	key      string // lower-case words
	// according is an "according to" phrase: the source follows it and
	// the content comes before.
	according bool
	denial    bool
	belief    bool
	// object marks a stance cue whose object is its content.
	object bool
	// show marks a cue by which evidence attributes ("polls show").
	show bool
	// agent marks a passive participle whose agent follows it ("las
	// debilidades encontradas por la Contraloría fueron …"); to is then
	// the agent's preposition.
	agent bool
	// view marks an agent cue of view, which reports its own clause ("X
	// é visto como Y por Z").
	view bool
	// reason marks a sentence-initial reason clause ("Por entender que …,
	// ele …") whose source is the subject after its comma.
	reason bool
}

// findCues returns the cues among toks outside quotations, longest match
// first, left to right.
func findCues(src string, toks []token.Token, inQuote []bool, lang *lexicon.Language, heading bool) []cue {
	var out []cue
	for k := 0; k < len(toks); k++ {
		// Headlines capitalise their verbs ("Clinton Says Russians …").
		if inQuote[k] || toks[k].Kind != token.Word || toks[k].Cap && !toks[k].SentenceStart && !heading {
			continue
		}
		w := toks[k].Lower()
		if c, ok := phraseCue(src, toks, k, inQuote, lang); ok {
			out = append(out, c)
			k = c.to - 1
			continue
		}
		max := lang.CueStart(w)
		if max == 0 {
			continue
		}
		found := false
		for n := max; n >= 1 && !found; n-- {
			if k+n > len(toks) {
				continue
			}
			key, ok := joinWords(toks[k:k+n], inQuote[k:k+n])
			if !ok {
				continue
			}
			// "the plans", "his calls", "medical claims from": a noun,
			// not a verb.
			if n == 1 && lang.IsPluralNoun(key) && k > 0 && (lang.IsDeterminer(toks[k-1].Lower()) || lang.IsNounModifier(toks[k-1].Lower()) || k+1 < len(toks) && lang.IsNounFollower(toks[k+1].Lower())) {
				continue
			}
			if k > 0 && possessedNoun(toks, k, k+n, inQuote, lang) {
				continue
			}
			c := cue{from: k, to: k + n, key: key, text: src[toks[k].Start:toks[k+n-1].End]}
			switch {
			case lang.IsAccording(key) && (!lang.IsNamedAccording(key) || nameAt(toks, k+n, lang)):
				c.according = true
			case lang.IsCue(key):
				c.denial = lang.IsDenial(key)
				c.belief = lang.IsBelief(key)
				c.object = lang.IsObject(key)
				c.show = lang.IsShow(key)
			default:
				continue
			}
			// "he said according to a transcript", "he told settler
			// leaders, according to a statement": the document a cue cites
			// is not another source.
			if c.according && len(out) > 0 && citedBy(toks, out[len(out)-1], k) {
				k += n - 1
				found = true
				continue
			}
			out = append(out, c)
			k += n - 1
			found = true
		}
	}
	return out
}

// possessedNoun reports a cue word at k, ending at end, that a possessor
// owns when the possessor is the object of a cue before it: a noun or a
// participle before one ("Hollande denounced Trump’s remarks as
// “hurtful”", "calling Rubio’s proposed credit “a welfare transfer
// payment”"), whose quotation is the outer cue's. Elsewhere, or before a
// complementizer, a possessed cue noun reports its possessor's words
// ("repeated Trump's claims that …"). A
// participle read as "has" ("Rubio's proposed a plan") keeps its cue, and
// so does an irregular one ("Trump's said").
func possessedNoun(toks []token.Token, k, end int, inQuote []bool, lang *lexicon.Language) bool {
	if toks[k-1].Kind != token.Word || !lang.IsPossessive(toks[k-1].Text) || !cueOwnsPossessor(toks, k-1, inQuote, lang) {
		return false
	}
	w := toks[k].Lower()
	switch {
	case lang.IsGerund(w) || end < len(toks) && lang.IsComplementizer(toks[end].Lower()):
		// "repeated Trump's claims that …": the noun's own content.
		return false
	case lang.IsPluralNoun(w):
		return true
	case lang.IsPast(w) && end < len(toks):
		t := toks[end]
		nw := t.Lower()
		_, pronoun := lang.PronounOf(t.Text)
		return t.Kind == token.Word && !t.Cap && !pronoun && !lang.IsAdverb(nw) && !lang.IsDeterminer(nw) && !lang.IsPreposition(nw) && !lang.IsComplementizer(nw) && !lang.IsSubjectStop(nw)
	}
	return false
}

// maxPossessorWords bounds the words of a possessor before its ending
// ("Donald J. Trump's", "the president's").
const maxPossessorWords = 4

// cueOwnsPossessor reports a cue word just before the possessor that ends
// at p ("called Donald J. Trump's", "denounced the president's"): the
// possessed noun phrase is that cue's object.
func cueOwnsPossessor(toks []token.Token, p int, inQuote []bool, lang *lexicon.Language) bool {
	for j := p - 1; j >= 0 && p-j <= maxPossessorWords; j-- {
		t := toks[j]
		if t.Kind != token.Word || inQuote[j] {
			return false
		}
		if !t.Cap && lang.IsCue(t.Lower()) {
			return true
		}
		if !t.Cap && !lang.IsDeterminer(t.Lower()) && j < p-1 {
			return false
		}
	}
	return false
}

// evidenceUntilComma reports a short phrase from k to a comma whose words
// include a document ("the latest CBS poll,").
func evidenceUntilComma(toks []token.Token, k int, inQuote []bool, lang *lexicon.Language) bool {
	evidence := false
	for i := k; i < len(toks) && i-k <= maxEvidencePhrase; i++ {
		t := toks[i]
		if inQuote[i] || t.Kind == token.Mark {
			return false
		}
		if t.Text == "," {
			return evidence
		}
		if t.Kind == token.Word && lang.IsEvidence(t.Lower()) {
			evidence = true
		}
	}
	return false
}

// maxEvidencePhrase bounds the phrase evidenceUntilComma reads.
const maxEvidencePhrase = 14

// joinWords joins the lower-cased words of toks, failing on anything that
// is not a word outside quotations.
func joinWords(toks []token.Token, inQuote []bool) (string, bool) {
	if len(toks) == 1 {
		return toks[0].Lower(), !inQuote[0]
	}
	var sb strings.Builder
	for i, t := range toks {
		if t.Kind != token.Word || inQuote[i] {
			return "", false
		}
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Lower())
	}
	return sb.String(), true
}

// citedBy reports an "according to" at k that a cue before it cites: right
// after it, or after its hearer and a comma ("he told settler leaders,
// according to a statement").
func citedBy(toks []token.Token, prev cue, k int) bool {
	if prev.according || k-prev.to > maxCitedGap {
		return false
	}
	for j := prev.to; j < k; j++ {
		if toks[j].Kind != token.Word && !(toks[j].Text == "," && j == k-1) {
			return false
		}
	}
	return true
}

// maxCitedGap bounds the words between a cue and the "according to" it
// cites.
const maxCitedGap = 4

// maxHolderWords bounds the name after an opinion preposition.
const maxHolderWords = 4

// opinionHolder reports a name, or a determiner and a role noun, from k to
// a comma ("Martins,", "el analista,", "o senador Lasier Martins,").
func opinionHolder(toks []token.Token, k int, inQuote []bool, lang *lexicon.Language) bool {
	j := k
	if j+1 < len(toks) && lang.IsDeterminer(toks[j].Lower()) {
		if _, role := lang.RoleNoun(toks[j+1].Lower()); !role {
			return false
		}
		j += 2
	}
	n := j
	for n < len(toks) && n-j < maxHolderWords && toks[n].Kind == token.Word && toks[n].Cap && !inQuote[n] && !lang.IsNotName(toks[n].Text) {
		n++
	}
	return n > k && n < len(toks) && toks[n].Text == ","
}

// asClause returns the end of an opening "as" and its cue at k, clitics
// between ("Tal como lo denunció", "Como disse"), when a name or a
// determiner follows to open the source; k when none stands there.
func asClause(toks []token.Token, k int, inQuote []bool, lang *lexicon.Language) int {
	j := k
	for n := 2; n >= 1 && j == k; n-- {
		if k+n <= len(toks) {
			if key, ok := joinWords(toks[k:k+n], inQuote[k:k+n]); ok && lang.IsAsOpener(key) {
				j = k + n
			}
		}
	}
	if j == k {
		return k
	}
	for n := 0; n < 2 && j < len(toks) && !toks[j].Cap && lang.IsClitic(toks[j].Lower()); n++ {
		j++
	}
	e := cueAt(toks, j, len(toks), lang)
	if e == j || e >= len(toks) || inQuote[e] || toks[e].Kind != token.Word || !toks[e].Cap && !lang.IsDeterminer(toks[e].Lower()) && !lang.IsDemonstrative(toks[e].Lower()) {
		return k
	}
	// "Como anunció el martes, …": a time, not a source.
	if h := e + 1; !toks[e].Cap && h < len(toks) && lang.IsTimeWord(toks[h].Lower()) {
		return k
	}
	return e
}

// phraseCue reads a cue that is no verb of the lexicon's lists at k: an
// opening document, an opinion holder, a participle with its agent, or an
// opening clause of "as".
func phraseCue(src string, toks []token.Token, k int, inQuote []bool, lang *lexicon.Language) (cue, bool) {
	w := toks[k].Lower()
	one := cue{from: k, to: k + 1, key: w, text: toks[k].Text, according: true}
	// "In the previous Washington Post/ABC News poll, Clinton led …":
	// a document named at the head of the sentence is its source.
	if toks[k].SentenceStart && lang.IsEvidenceIn(w) && evidenceUntilComma(toks, k+1, inQuote, lang) {
		return one, true
	}
	// "Para Martins, …", "Para el analista, …": the one whose view
	// the sentence states.
	if toks[k].SentenceStart && lang.IsOpinionPreposition(w) && opinionHolder(toks, k+1, inQuote, lang) {
		return one, true
	}
	// "Otra de las debilidades señaladas por la Contraloría fue …",
	// "foi informado por aliados de que …": a participle and its agent.
	if !toks[k].Cap && k+2 < len(toks) && !inQuote[k+1] && lang.IsAgentPreposition(toks[k+1].Lower()) && lang.IsAgentParticiple(w) {
		one.according, one.agent = false, true
		return one, true
	}
	// "a ideia … é visto como um balão de ensaio até por aliados": a
	// passive of view whose agent follows what it is seen as.
	if j := viewAgent(toks, k, inQuote, lang); j > k {
		return cue{from: k, to: j, key: w, text: toks[k].Text, agent: true, view: true}, true
	}
	// "Por entender que a graça é constitucional, ele …": a reason its
	// subject gives, after the comma.
	if toks[k].SentenceStart && k+3 < len(toks) && lang.IsReasonPreposition(w) && !inQuote[k+1] && lang.IsCueInfinitive(toks[k+1].Lower()) && lang.IsDeclarative(toks[k+2].Lower()) {
		return cue{from: k, to: k + 3, key: w + " " + toks[k+1].Lower(), text: src[toks[k].Start:toks[k+2].End], reason: true}, true
	}
	// "Tal como lo denunció este diario, …", "Como disse o ministro,
	// …": an opening clause of "as" names its source after its cue
	// and reports the rest of the sentence, as "según" does.
	if toks[k].SentenceStart {
		if e := asClause(toks, k, inQuote, lang); e > k {
			key, _ := joinWords(toks[k:e], inQuote[k:e])
			return cue{from: k, to: e, key: key, text: src[toks[k].Start:toks[e-1].End], according: true}, true
		}
	}
	return cue{}, false
}

// maxViewWords bounds what a passive of view sees its subject as, before
// the agent.
const maxViewWords = 12

// viewAgent returns the agent's preposition after a passive participle of
// view at k and what it is seen as ("é visto como um balão de ensaio até
// por aliados", "is seen as a trial balloon by allies"), or k.
func viewAgent(toks []token.Token, k int, inQuote []bool, lang *lexicon.Language) int {
	if k == 0 || k+3 >= len(toks) || toks[k].Cap || !lang.IsPassiveAux(toks[k-1].Lower()) || !lang.IsViewParticiple(toks[k].Lower()) || !lang.IsAsOpener(toks[k+1].Lower()) {
		return k
	}
	for j := k + 2; j+1 < len(toks) && j-k <= maxViewWords; j++ {
		if toks[j].Kind != token.Word || inQuote[j] {
			return k
		}
		if lang.IsAgentPreposition(toks[j].Lower()) {
			return j
		}
	}
	return k
}

// nameAt reports a name at k, after a definite article or not ("per the
// WHO", "per Reuters").
func nameAt(toks []token.Token, k int, lang *lexicon.Language) bool {
	if k < len(toks) && lang.IsDefinite(toks[k].Lower()) {
		k++
	}
	return k < len(toks) && toks[k].Kind == token.Word && toks[k].Cap
}
