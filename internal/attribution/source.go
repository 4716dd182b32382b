package attribution

import (
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

const (
	maxSubjectWords    = 7  // a subject walked back over plain words
	maxAppositiveWords = 30 // an appositive between commas
)

// subjectBefore finds the source that ends just before the cue at toks[k]
// within [lo, k): a pronoun, a name, a description, or a name with an
// appositive between commas. It returns the mention and the index of its
// first token.
func subjectBefore(src string, toks []token.Token, lo, k int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	end := k
	for end > lo && toks[end-1].Kind == token.Word && (lang.IsSubjectAdverb(toks[end-1].Lower()) || lang.IsClitic(toks[end-1].Lower()) && !toks[end-1].Cap || lang.IsAdverb(toks[end-1].Lower()) && !toks[end-1].Cap) {
		end--
	}
	if end <= lo {
		return speaker.Mention{}, 0, false
	}
	if inQuote[end-1] {
		return quotedName(src, toks, lo, end, lang)
	}
	end, am, as, aok := parenthetical(src, toks, lo, end, inQuote, lang)
	if aok {
		return am, as, true
	}
	if m, s, ok := quotedName(src, toks, lo, end, lang); ok {
		return m, s, true
	}
	// "Larroque, que más temprano había cuestionado", "la Alcaldía, que a
	// través de un pronunciamiento aseguró": an adverbial between the
	// relative pronoun and the cue.
	if r := relativeBeforeAdverbial(toks, lo, end, inQuote, lang); r > lo {
		end = r + 1
	}
	last := toks[end-1]
	// "ZeniMax Media, which accuses": the relative pronoun stands for the
	// phrase before the comma.
	if lang.IsRelative(last.Lower()) && end-2 >= lo && (toks[end-2].Text == "," || toks[end-2].Kind == token.Dash) {
		ns := relativeAntecedent(toks, walkBack(toks, lo, end-2, inQuote, lang), end-2, lang)
		if ns < end-2 {
			if m, ok := speaker.ParseNP(src, toks, ns, end-2, lang); ok && m.Kind != speaker.Pronoun {
				return m, ns, true
			}
		}
		return speaker.Mention{}, 0, false
	}
	// "… and wrote": a coordinated verb shares a source before it.
	if lang.IsCoordinator(last.Lower()) {
		return coordinatedSubject(src, toks, lo, end, inQuote, lang)
	}
	if last.Text == "," || last.Text == ")" && end-2 >= lo && toks[end-2].Text != "(" {
		return appositiveSubject(src, toks, lo, end, inQuote, lang)
	}
	start := walkBack(toks, lo, end, inQuote, lang)
	if start == end {
		return speaker.Mention{}, 0, false
	}
	start = headBefore(toks, lo, start, inQuote, lang)
	start = coordinatedPlural(toks, lo, start, end, inQuote, lang)
	if objectOfPreposition(toks, lo, start, end, lang) {
		// "Swift posted on Twitter accusing …": Twitter is no subject.
		return speaker.Mention{}, 0, false
	}
	m, ok := speaker.ParseNP(src, toks, start, end, lang)
	if !ok && afterQuotation(toks, start) {
		// "“…,” the physicians stated": between a quotation and its cue
		// only a subject stands, whatever its noun.
		m, ok = speaker.ParseBareDescription(src, toks, start, end, lang)
	}
	if !ok {
		// Trim from the left until it parses: "the arrest of Smith said" is
		// rare, "Mexico's president said" common.
		for s := start + 1; s < end && !ok; s++ {
			m, ok = speaker.ParseNP(src, toks, s, end, lang)
			start = s
		}
	}
	if !ok || m.Kind != speaker.Name {
		if m2, s2, ok2 := beforeRelative(src, toks, lo, start, inQuote, lang); ok2 {
			return m2, s2, true
		}
		if m2, s2, ok2 := restrictiveRelative(src, toks, lo, start, end, inQuote, lang); ok2 {
			return m2, s2, true
		}
	}
	return m, start, ok
}

// parenthetical leaves out a short parenthetical after a name ("Sen.
// David Perdue (R-Ga.) said": party and state, an age) and returns where
// the phrase before it ends; or, when it holds the acronym of a long name,
// the acronym as the source and where that name starts ("La Organización
// de las Naciones Unidas para la Alimentación y la Agricultura (FAO)
// advierte").
func parenthetical(src string, toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) (int, speaker.Mention, int, bool) {
	if toks[end-1].Text != ")" {
		return end, speaker.Mention{}, 0, false
	}
	for o := end - 2; o > lo && end-o <= 8; o-- {
		if toks[o].Text != "(" {
			continue
		}
		// "“JOH” (como se le conoce al expresidente) contestó": a name in
		// quotation marks before it.
		if o > lo && (toks[o-1].Kind == token.Word && !inQuote[o-1] || toks[o-1].Kind == token.Mark) {
			if o+2 == end-1 && acronym(toks[o+1].Text) && toks[o-1].Cap {
				if m, ok := speaker.ParseNP(src, toks, o+1, o+2, lang); ok {
					return end, m, walkBack(toks, lo, o, inQuote, lang), true
				}
			}
			return o, speaker.Mention{}, 0, false
		}
		break
	}
	return end, speaker.Mention{}, 0, false
}

// coordinatedSubject reads the source of a cue after a coordinator that
// ends at end: the nearest source before it ("an unidentified poster put
// up her picture and wrote").
func coordinatedSubject(src string, toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	// "The Palestinian Authority - which considers the US biased and has
	// rejected …": a verb coordinated inside a relative clause shares its
	// antecedent.
	for r := end - 2; r > lo+1 && end-r <= maxAppositiveWords; r-- {
		if inQuote[r] || toks[r].Kind != token.Word {
			break
		}
		if lang.IsRelative(toks[r].Lower()) && (toks[r-1].Text == "," || toks[r-1].Kind == token.Dash) {
			if m, s, ok := subjectBefore(src, toks, lo, r+1, inQuote, lang); ok {
				return m, s, true
			}
			break
		}
	}
	return nearestSource(src, toks, lo, end-1, inQuote, lang)
}

// maxQuotedNameWords bounds a name set in quotation marks as a subject.
const maxQuotedNameWords = 3

// quotedName reads a name set in quotation marks that opens its clause and
// ends at end as the subject of the cue after it: "“JOH” (como se le
// conoce al expresidente) contestó", "“Lula” disse". Only capitalised
// words stand between the marks.
func quotedName(src string, toks []token.Token, lo, end int, lang *lexicon.Language) (speaker.Mention, int, bool) {
	c := end - 1
	if c-2 < lo || toks[c].Kind != token.Mark {
		return speaker.Mention{}, 0, false
	}
	o := c - 1
	for o > lo && c-o <= maxQuotedNameWords && toks[o].Kind == token.Word && toks[o].Cap {
		o--
	}
	if o == c-1 || toks[o].Kind != token.Mark || o > lo && !opensClause(toks[o-1]) {
		return speaker.Mention{}, 0, false
	}
	m, ok := speaker.ParseNP(src, toks, o+1, c, lang)
	if !ok || m.Kind != speaker.Name {
		return speaker.Mention{}, 0, false
	}
	return m, o, true
}

// opensClause reports punctuation after which a clause starts.
func opensClause(t token.Token) bool {
	switch t.Text {
	case ",", ".", ";", ":", "(":
		return true
	}
	return t.Kind == token.Dash
}

// minRelativeWords is the fewest words of a relative clause between a
// source and its cue.
const minRelativeWords = 3

// maxRelativeWords bounds a relative clause between a source and its cue.
const maxRelativeWords = 10

// restrictiveRelative reads the source before a relative clause with no
// comma that runs up to the cue: in "Some consumers who sought help on
// launch day reported …" the source is the consumers, not the day. The
// noun before the relative pronoun must be a plural or a role, and the
// clause up to the cue at end must hold a verb and more ("a woman who took
// suspected diet pills" is no subject of "suspected").
func restrictiveRelative(src string, toks []token.Token, lo, start, end int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	for r := start - 1; r > lo && start-r <= maxRelativeWords; r-- {
		t := toks[r]
		if inQuote[r] || t.Kind != token.Word {
			break
		}
		// "The doctors offering to operate the clinic noted …": a
		// participle after a role noun opens a clause as "who" does.
		participle := !t.Cap && lang.IsQualifyingParticiple(t.Lower()) && isRole(toks[r-1], lang)
		if !participle && (t.Cap || !lang.IsRoleRelative(t.Lower()) || lang.IsComplementizer(t.Lower()) && !lang.IsRelative(t.Lower())) {
			continue
		}
		if end-r <= minRelativeWords {
			return speaker.Mention{}, 0, false
		}
		s := walkBack(toks, lo, r, inQuote, lang)
		if s == r || !pluralPhrase(toks, s, r, lo, lang) && !isRole(toks[r-1], lang) {
			return speaker.Mention{}, 0, false
		}
		// "The mother of a woman who took …": the noun the phrase
		// qualifies.
		s = headBefore(toks, lo, s, inQuote, lang)
		m, ok := speaker.ParseNP(src, toks, s, r, lang)
		if !ok {
			// The relative clause vouches for the noun before it as the
			// subject, whatever its noun ("Algunos usuarios que …").
			m, ok = speaker.ParseBareDescription(src, toks, s, r, lang)
		}
		if !ok || m.Kind == speaker.Pronoun {
			return speaker.Mention{}, 0, false
		}
		return m, s, true
	}
	return speaker.Mention{}, 0, false
}

// beforeRelative reads the named subject before a relative clause that
// runs up to the cue with no comma to close it: in "Carlos Schaefer, el
// investigador de la Universidad de Viçosa, que reportó el récord de 20,75
// grados explica que …" the source is Schaefer, not the degrees.
func beforeRelative(src string, toks []token.Token, lo, start int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	for r := start - 1; r > lo+1 && start-r <= maxAppositiveWords; r-- {
		if inQuote[r] || toks[r].Kind == token.Punct && toks[r].Text != "," {
			break
		}
		if !lang.IsRelative(toks[r].Lower()) || toks[r-1].Text != "," {
			continue
		}
		if m, s, ok := subjectBefore(src, toks, lo, r, inQuote, lang); ok && m.Kind == speaker.Name {
			return m, s, true
		}
		break
	}
	return speaker.Mention{}, 0, false
}

// nearestSource finds the last name or described source in toks[lo:end]
// that is not the object of a preposition.
func nearestSource(src string, toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	for k := end; k > lo; k-- {
		t := toks[k-1]
		if inQuote[k-1] || t.Kind != token.Word {
			continue
		}
		_, role := lang.RoleNoun(t.Lower())
		if !role && !(t.Cap && !lang.IsNotName(t.Text)) {
			continue
		}
		s := walkBack(toks, lo, k, inQuote, lang)
		// "… é uma competência do Congresso e ponderou": the object of a
		// preposition is not the subject of the verbs.
		if s > lo && lang.IsPreposition(toks[s-1].Lower()) {
			k = s
			continue
		}
		if m, ok := speaker.ParseNP(src, toks, s, k, lang); ok && m.Kind != speaker.Pronoun {
			return m, s, true
		}
	}
	return speaker.Mention{}, 0, false
}

// maxOpenerWords bounds an opening adverbial phrase before a sentence's
// subject.
const maxOpenerWords = 12

// firstSource finds the subject of the sentence toks[lo:end]: the name or
// description it opens with, after a short opening phrase ("In Iowa on
// Monday, Hillary Clinton …").
func firstSource(src string, toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	k := lo
	// "In a three-hour recorded interview with the FBI, Webb …": an
	// opening adverbial may run longer than a short opener.
	span := 5
	if lo < end && lang.IsAdverbialStart(toks[lo].Lower()) {
		span = maxOpenerWords
	}
	for c := k; c < end && c-k <= span; c++ {
		if toks[c].Text == "," {
			k = c + 1
			break
		}
	}
	for k < end && toks[k].Kind == token.Word && (lang.IsNotName(toks[k].Text) && !lang.IsDeterminer(toks[k].Text)) {
		k++
	}
	e := k
	for e < end && e-k < maxSubjectWords && !inQuote[e] && toks[e].Kind == token.Word && !lang.IsSubjectStop(toks[e].Lower()) && !lang.IsCue(toks[e].Lower()) {
		if _, pron := lang.PronounOf(toks[e].Text); pron && e > k {
			break
		}
		e++
		if !toks[e-1].Cap && !lang.IsDeterminer(toks[e-1].Text) && !lang.IsParticle(toks[e-1].Text) {
			if _, role := lang.RoleNoun(toks[e-1].Lower()); !role {
				// "Health care providers have protested …": lower-case
				// modifiers before a role noun.
				if h := modifiedRole(toks, e-1, k+maxSubjectWords, end, inQuote, lang); h > 0 {
					e = h + 1
					continue
				}
				e--
				break
			}
		}
	}
	if e <= k {
		return speaker.Mention{}, 0, false
	}
	m, ok := speaker.ParseNP(src, toks, k, e, lang)
	if !ok || m.Kind == speaker.Pronoun && e-k > 1 {
		return speaker.Mention{}, 0, false
	}
	return m, k, true
}

// maxConjunctWords bounds each plural noun phrase coordinatedPlural joins.
const maxConjunctWords = 3

// coordinatedPlural extends a plural description that starts at start over
// a plural description coordinated before it at the head of the sentence:
// in "Businesses and residents also have complained" the source is both.
// Names are left apart: each is a source of its own.
func coordinatedPlural(toks []token.Token, lo, start, end int, inQuote []bool, lang *lexicon.Language) int {
	c := start - 1
	if c-1 < lo || end-start > maxConjunctWords || !lang.IsCoordinator(toks[c].Lower()) || !pluralPhrase(toks, start, end, lo, lang) {
		return start
	}
	s := walkBack(toks, lo, c, inQuote, lang)
	if s == c || c-s > maxConjunctWords || s != lo && !lang.IsDeterminer(toks[s].Lower()) || !pluralPhrase(toks, s, c, lo, lang) {
		return start
	}
	return s
}

// pluralPhrase reports toks[from:to] as words in lower case (the first of
// a sentence aside) whose last is a plural.
func pluralPhrase(toks []token.Token, from, to, lo int, lang *lexicon.Language) bool {
	for k := from; k < to; k++ {
		if toks[k].Kind != token.Word || toks[k].Cap && k != lo {
			return false
		}
	}
	return lang.IsPluralNoun(toks[to-1].Lower())
}

// walkBack returns the start of the noun phrase ending at end: name words,
// determiners and role words, stopping at a stop word, punctuation or a
// quotation.
func walkBack(toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) int {
	start := end
	if end <= lo {
		return end
	}
	if _, ok := lang.PronounOf(toks[end-1].Text); ok {
		return end - 1
	}
	for start > lo && end-start < maxSubjectWords {
		t := toks[start-1]
		if inQuote[start-1] {
			break
		}
		if t.Kind != token.Word && t.Text != "’s" && t.Text != "'s" && t.Text != "-" && t.Text != "&" && t.Text != "(" && t.Text != ")" && t.Text != "." {
			break
		}
		if t.Kind == token.Word && lang.IsSubjectStop(t.Lower()) && !t.Cap {
			break
		}
		// "But indigenous elders say": a capitalised sentence adverb is no
		// part of the source.
		if t.Kind == token.Word && t.Cap && lang.IsNotName(t.Text) && !lang.IsDeterminer(t.Text) && !lang.IsDemonstrative(t.Lower()) {
			break
		}
		if t.Kind == token.Word && lang.IsCue(t.Lower()) {
			break
		}
		if _, ok := lang.PronounOf(t.Text); ok && start < end {
			break
		}
		start--
		// "That report found": a demonstrative opens the phrase.
		if lang.IsDeterminer(t.Text) || lang.IsDemonstrative(t.Lower()) {
			break
		}
	}
	return start
}

// objectOfPreposition reports a phrase [start, end) that follows a
// preposition of place, time or channel ("on Twitter", "em Brasília"), and
// so cannot be the subject of the verb after it.
func objectOfPreposition(toks []token.Token, lo, start, end int, lang *lexicon.Language) bool {
	if start <= lo {
		return false
	}
	p := toks[start-1]
	if p.Kind != token.Word || p.Cap || !lang.IsPlacePreposition(p.Lower()) || lang.IsDeterminer(p.Lower()) || lang.IsClauseOpener(p.Lower()) || lang.IsObjectEnd(p.Lower()) {
		return false
	}
	// One word, or a determiner and one: "on Twitter", "on the ground";
	// a longer phrase may hold a role and a name ("ambassador to Britain
	// Liu Xiaming").
	n := 0
	for k := start; k < end && toks[k].Kind == token.Word && n <= 2; k++ {
		n++
	}
	return n == 1 || n == 2 && lang.IsDeterminer(toks[start].Lower())
}

// maxHeadHops bounds the prepositional phrases headBefore crosses.
const maxHeadHops = 2

// headBefore extends a phrase that starts at start back over the noun it
// modifies when a preposition stands before it: in "The US Embassy in New
// Delhi reported" or "prosecutors in San Francisco and Los Angeles say" the
// source is the embassy and the prosecutors, not the places. The noun
// before the preposition must be one a source can be: a name or a role.
func headBefore(toks []token.Token, lo, start int, inQuote []bool, lang *lexicon.Language) int {
	for hop := 0; hop < maxHeadHops; hop++ {
		p := start - 1
		// "in San Francisco and Los Angeles": a coordinated name.
		if p-1 > lo && lang.IsCoordinator(toks[p].Lower()) {
			if s := walkBack(toks, lo, p, inQuote, lang); s < p && s > lo && lang.IsPreposition(toks[s-1].Lower()) {
				p = s - 1
			}
		}
		if p <= lo || inQuote[p] || toks[p].Cap || !lang.IsPreposition(toks[p].Lower()) || lang.IsDeterminer(toks[p].Lower()) {
			return start
		}
		s := walkBack(toks, lo, p, inQuote, lang)
		if s == p {
			return start
		}
		head := toks[p-1]
		if _, role := lang.RoleNoun(head.Lower()); !role && !lang.IsTitle(head.Text) && !(head.Cap && !lang.IsNotName(head.Text)) {
			return start
		}
		start = s
	}
	return start
}

// walkBackOf is walkBack across "of" ("the director of the FBI").
func walkBackOf(toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) int {
	start := walkBack(toks, lo, end, inQuote, lang)
	for start-1 > lo && start < end && lang.IsGenitive(toks[start-1].Lower()) {
		s := walkBack(toks, lo, start-1, inQuote, lang)
		if s == start-1 {
			break
		}
		start = s
	}
	return start
}

// appositiveSubject handles "Name, appositive, cue" and "description, Name,
// cue": end-1 is the comma before the cue.
func appositiveSubject(src string, toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	// "Marco Rubio, whose hometown, Miami, is …, argues": the source stands
	// before the relative of possession, whatever commas follow it.
	if r := possessiveRelativeBefore(toks, lo, end-1, inQuote, lang); r > lo {
		return subjectBefore(src, toks, lo, r, inQuote, lang)
	}
	c1 := end - 1
	c0, ok := appositiveOpen(toks, lo, c1, c1, inQuote, lang)
	// "Clinton, during a meeting in Columbus, Ohio, said": the region of
	// a place is no appositive of its own.
	region := ok && c0 > lo && placeRegion(toks, lo, c0, c1, lang)
	if region {
		// The appositive before the region ends at its comma.
		r := c0
		c0, ok = appositiveOpen(toks, lo, r, c1, inQuote, lang)
		c1 = r
	}
	if !ok {
		return speaker.Mention{}, 0, false
	}
	segStart := c0 + 1
	if segStart < lo {
		segStart = lo
	}
	// "…, de la Universidad de Viçosa, en Brasil, que …", "Cory James,
	// 22, of Flint, Mich., said": a place or a relative clause between
	// commas belongs to the appositive before it.
	if c0 > lo && toks[c0].Text == "," && segStart < c1 && !toks[segStart].Cap && (lang.IsPlacePreposition(toks[segStart].Lower()) || region && lang.IsPreposition(toks[segStart].Lower()) || lang.IsRelative(toks[segStart].Lower())) {
		if m, s, ok := appositiveSubject(src, toks, lo, c0+1, inQuote, lang); ok {
			return m, s, true
		}
	}
	seg, ok := speaker.ParseNP(src, toks, segStart, c1, lang)
	if ok && seg.Kind == speaker.Name {
		// "the director of the FBI, Kash Patel, stated": the description
		// before is the role.
		if c0 >= lo && toks[c0].Text == "," {
			if ds := walkBackOf(toks, lo, c0, inQuote, lang); ds < c0 {
				if d, ok := speaker.ParseNP(src, toks, ds, c0, lang); ok && d.Kind == speaker.Description {
					if seg.Role == "" {
						seg.Role = lang.TrimArticle(d.Text)
					}
					return seg, ds, true
				}
			}
		}
		return seg, segStart, true
	}
	// "Carlos Rodríguez, public security expert …, explains": the subject
	// is before the appositive.
	if c0 < lo || toks[c0].Text != "," {
		if ok && seg.Kind == speaker.Description {
			return seg, segStart, true
		}
		return speaker.Mention{}, 0, false
	}
	return subjectBeforeAppositive(src, toks, lo, c0, segStart, c1, inQuote, lang)
}

// possessiveRelativeBefore returns the comma before a relative of
// possession ("…, whose …", "…, cuyo …") within maxAppositiveWords before
// the comma at c1, outside quotations, or -1.
func possessiveRelativeBefore(toks []token.Token, lo, c1 int, inQuote []bool, lang *lexicon.Language) int {
	for k := c1 - 1; k > lo && c1-k <= maxAppositiveWords; k-- {
		if inQuote[k] || toks[k].Kind == token.Punct && toks[k].Text != "," {
			return -1
		}
		if toks[k].Kind == token.Word && lang.IsPossessiveRelative(toks[k].Lower()) && toks[k-1].Text == "," {
			return k - 1
		}
	}
	return -1
}

// appositiveOpen returns the comma, semicolon, colon or dash that opens
// the appositive ending at from (exclusive), scanning back from from-1 to
// lo: the token before lo when none does. It fails on a quotation or past
// maxAppositiveWords before the comma at c1.
func appositiveOpen(toks []token.Token, lo, from, c1 int, inQuote []bool, lang *lexicon.Language) (int, bool) {
	c0 := from - 1
	depth := 0
	for c0 >= lo && c1-c0 <= maxAppositiveWords {
		t := toks[c0].Text
		if inQuote[c0] {
			return 0, false
		}
		if t == ")" {
			depth++
		} else if t == "(" {
			depth--
		} else if depth <= 0 && (t == "," || t == ";" || t == ":" || toks[c0].Kind == token.Dash) {
			break
		}
		// "…, but the Coalition, which represents …, wants": a clause
		// break after a comma opens the subject.
		if depth <= 0 && c0 > lo && toks[c0-1].Text == "," && !toks[c0].Cap && lang.IsCoordinator(toks[c0].Lower()) {
			break
		}
		c0--
	}
	return c0, c1-c0 <= maxAppositiveWords
}

// placeRegion reports that the words between the commas at c0 and c1 are
// one name, an abbreviation or not ("Ohio", "N.H.", "Mich."), after a
// place that a preposition opens ("in Columbus, Ohio,", "of Derry,
// N.H.,"): the region of that place, not a source. A person's full name
// has two words; a lone surname after a place ("the president of Mexico,
// Sheinbaum,") is the price of the rule.
func placeRegion(toks []token.Token, lo, c0, c1 int, lang *lexicon.Language) bool {
	if toks[c0].Text != "," {
		return false
	}
	seg := toks[c0+1 : c1]
	if len(seg) == 2 && seg[1].Text == "." {
		seg = seg[:1]
	}
	if len(seg) != 1 || seg[0].Kind != token.Word || !seg[0].Cap || lang.IsTitle(seg[0].Text) || lang.FirstNameGender(seg[0].Text) != lexicon.Unknown {
		return false
	}
	j := c0
	for j > lo && c0-j < maxPlaceWords && toks[j-1].Kind == token.Word && toks[j-1].Cap {
		j--
	}
	return j < c0 && j > lo && !toks[j-1].Cap && lang.IsPreposition(toks[j-1].Lower())
}

// regionAt reports the region of a place after the comma at c0 (from lo
// on), up to the next comma or the end of the sentence.
func regionAt(toks []token.Token, lo, c0, hi int, lang *lexicon.Language) bool {
	c1 := c0 + 2
	if c1 < hi && toks[c1].Text == "." {
		c1++
	}
	if c1 > hi || c1 < hi && toks[c1].Kind != token.Punct {
		return false
	}
	return placeRegion(toks, lo, c0, c1, lang)
}

// maxPlaceWords bounds the name of a place before its region ("San
// Bernardino").
const maxPlaceWords = 3

// subjectAfter parses an inverted source: "said Smith, a spokesman",
// "according to the police". It reads to the end of the sentence, a
// quotation mark or a complementizer.
func subjectAfter(src string, toks []token.Token, k, hi int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	k = afterHearer(toks, skipConnective(toks, k, hi, lang), hi, lang)
	end := k
	for end < hi && end-k < maxAppositiveWords {
		t := toks[end]
		if inQuote[end] || t.Kind == token.Mark || t.Kind == token.Punct && (t.Text == "." || t.Text == ";" || t.Text == ":" || t.Text == "?" || t.Text == "!") {
			break
		}
		if t.Kind == token.Word && !t.Cap && (lang.IsComplementizer(t.Lower()) || lang.IsCue(t.Lower())) {
			break
		}
		// "said voter Stephanie Hooton of Derry, N.H., before …": the
		// source ends with its place, before the place's region.
		if t.Text == "," && regionAt(toks, k, end, hi, lang) {
			break
		}
		// "issued by the transport department on Thursday evening".
		// "a group representing rural counties in California": a qualified
		// head keeps its phrase.
		if end > k && t.Kind == token.Word && !t.Cap && (lang.IsInvertedEnd(t.Lower()) || lang.IsPlacePreposition(t.Lower())) && !speaker.Qualified(toks, k, end, lang) {
			break
		}
		end++
	}
	if end == k {
		return speaker.Mention{}, 0, false
	}
	// Cut at the first word after which the phrase turns into a clause:
	// keep at most the name or description and its appositive.
	m, ok := speaker.ParseNP(src, toks, k, end, lang)
	if !ok {
		// Try the first comma-free stretch only.
		e := k
		for e < end && toks[e].Text != "," {
			e++
		}
		for e > k+1 && !ok {
			m, ok = speaker.ParseNP(src, toks, k, e, lang)
			if !ok {
				e--
			}
		}
		end = e
	}
	if ok && m.Kind == speaker.Pronoun {
		// "said he was appalled": a subject of the content, not an
		// inverted source.
		return speaker.Mention{}, 0, false
	}
	return m, end, ok
}

// skipConnective returns the index after a connective at toks[k] and the
// comma after it ("opina en cambio Sergi González"), or k.
func skipConnective(toks []token.Token, k, hi int, lang *lexicon.Language) int {
	var ahead [4]string
	n := 0
	for n < len(ahead) && k+n < hi {
		ahead[n] = toks[k+n].Lower()
		n++
	}
	c := lang.Connective(ahead[:n])
	if c == 0 {
		return k
	}
	if k+c < hi && toks[k+c].Text == "," {
		c++
	}
	return k + c
}

// afterHearer skips the one spoken to after a cue, when a source follows
// it: "respondieron a EL HERALDO los abogados", "disse ao jornal o
// ministro", "ha explicado a este diario un portavoz". A hearer is a
// preposition and a capitalised name or a hearer noun; what follows must
// open with a determiner for the source to be read there.
func afterHearer(toks []token.Token, k, hi int, lang *lexicon.Language) int {
	if k+2 >= hi || toks[k].Cap || !lang.IsPreposition(toks[k].Lower()) {
		return k
	}
	j := k + 1
	// "a este diario": a demonstrative before a hearer noun counts as its
	// determiner.
	if lang.IsDeterminer(toks[j].Lower()) || j+1 < hi && !toks[j+1].Cap && lang.IsHearer(toks[j+1].Lower()) {
		j++
	}
	n := j
	if !toks[n].Cap && lang.IsHearer(toks[n].Lower()) {
		n++
	}
	for n < hi && n-j < maxSubjectWords && toks[n].Kind == token.Word && toks[n].Cap {
		n++
	}
	if n == j || n >= hi || !lang.IsDeterminer(toks[n].Text) || toks[n].Cap {
		return k
	}
	return n
}

func words(src string, toks []token.Token, from, to int) string {
	if from >= to {
		return ""
	}
	return strings.Join(strings.Fields(src[toks[from].Start:toks[to-1].End]), " ")
}

// maxRelativeAdverbial bounds the adverbial between a relative pronoun and
// its cue.
const maxRelativeAdverbial = 8

// relativeBeforeAdverbial returns the index of a relative pronoun after a
// comma that an adverbial separates from the cue at end ("que más
// temprano", "que a través de un pronunciamiento escrito"), or -1: the
// words between open with a preposition, or are lower-case words with no
// determiner or pronoun among them (no subject of their own).
func relativeBeforeAdverbial(toks []token.Token, lo, end int, inQuote []bool, lang *lexicon.Language) int {
	for j := end - 1; j > lo && end-j <= maxRelativeAdverbial; j-- {
		if toks[j].Kind != token.Word || inQuote[j] {
			return -1
		}
		if !lang.IsRelative(toks[j].Lower()) || toks[j-1].Text != "," || j+1 >= end {
			continue
		}
		if first := toks[j+1]; !first.Cap && lang.IsPreposition(first.Lower()) {
			return j
		}
		for k := j + 1; k < end; k++ {
			if _, pron := lang.PronounOf(toks[k].Text); toks[k].Cap || pron || lang.IsDeterminer(toks[k].Lower()) || lang.IsRelative(toks[k].Lower()) {
				return -1
			}
		}
		return j
	}
	return -1
}

// relativeAntecedent returns where the phrase [start, end) that a relative
// pronoun after it stands for starts: past a preposition that opens it
// ("respondió a Andrés Larroque, que"), and at a name after a preposition
// whose head is no source ("un nuevo ataque de Andrés Larroque, que").
func relativeAntecedent(toks []token.Token, start, end int, lang *lexicon.Language) int {
	for start < end && !toks[start].Cap && lang.IsPreposition(toks[start].Lower()) && !lang.IsDeterminer(toks[start].Lower()) {
		start++
	}
	n := end
	for n > start && toks[n-1].Kind == token.Word && toks[n-1].Cap && !lang.IsNotName(toks[n-1].Text) {
		n--
	}
	if n == end || n-2 < start || toks[n-1].Cap || !lang.IsPreposition(toks[n-1].Lower()) {
		return start
	}
	head := toks[n-2]
	if _, role := lang.RoleNoun(head.Lower()); role || head.Cap || lang.IsTitle(head.Text) {
		return start
	}
	return n
}

// afterQuotation reports that token k follows a quotation that ends its
// clause: a closing mark with a comma, question or exclamation mark just
// inside or outside it ("clinic,” the", "Gobierno”, dijo"). A mark alone
// closes a phrase quoted inside the sentence ("as “unhinged” a tweet").
func afterQuotation(toks []token.Token, k int) bool {
	if k < 2 {
		return false
	}
	p, q := toks[k-1], toks[k-2]
	if p.Kind == token.Mark {
		return q.Text == "," || q.Text == "?" || q.Text == "!"
	}
	return p.Text == "," && q.Kind == token.Mark
}

// bareAfter reads the description right after a cue that follows a
// quotation ("”, disse um internauta", "”, explicaron los galenos"): a
// determiner and up to three words, ended by punctuation, a preposition or
// the end of the sentence.
func bareAfter(src string, toks []token.Token, k, hi int, lang *lexicon.Language) (speaker.Mention, int, bool) {
	end := k + 1
	for end < hi && end-k < 4 && toks[end].Kind == token.Word && !lang.IsPreposition(toks[end].Lower()) {
		end++
	}
	if end < hi && toks[end].Kind == token.Word && !lang.IsPreposition(toks[end].Lower()) {
		return speaker.Mention{}, 0, false
	}
	m, ok := speaker.ParseBareDescription(src, toks, k, end, lang)
	return m, end, ok
}

// acronym reports a word of two or more capital letters only ("FAO",
// "CGR").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// modifiedRole returns the role noun that a run of lower-case words from j
// leads to before limit and end ("care providers"), or 0.
func modifiedRole(toks []token.Token, j, limit, end int, inQuote []bool, lang *lexicon.Language) int {
	for ; j < end && j < limit && !inQuote[j] && toks[j].Kind == token.Word && !toks[j].Cap; j++ {
		w := toks[j].Lower()
		if lang.IsSubjectStop(w) || lang.IsCue(w) || lang.IsDeterminer(w) {
			return 0
		}
		if _, role := lang.RoleNoun(w); role {
			return j
		}
	}
	return 0
}

// nameBeforeRole returns the name before the comma that opens description
// d at ns ("Jeff Sanborn, president of Chapter & Verse"), with d as its
// role.
func nameBeforeRole(src string, toks []token.Token, lo, ns int, d speaker.Mention, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	if d.Kind != speaker.Description || ns-1 <= lo || toks[ns-1].Text != "," {
		return speaker.Mention{}, 0, false
	}
	s := walkBack(toks, lo, ns-1, inQuote, lang)
	if s == ns-1 {
		return speaker.Mention{}, 0, false
	}
	n, ok := speaker.ParseNP(src, toks, s, ns-1, lang)
	if !ok || n.Kind != speaker.Name {
		return speaker.Mention{}, 0, false
	}
	if n.Role == "" {
		n.Role = d.Text
	}
	return n, s, true
}

// subjectBeforeAppositive reads the subject before the appositive
// [segStart, c1) that opens after the comma at c0 ("Carlos Rodríguez,
// public security expert …, explains"), the appositive its role.
func subjectBeforeAppositive(src string, toks []token.Token, lo, c0, segStart, c1 int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	// "Carole Bower, 75, a retiree in Carthage, Ill., supported": an age
	// between commas after the name.
	// "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party
	// tag too.
	if c0-2 > lo && toks[c0-2].Text == "," && (age(toks[c0-1]) || speaker.PartyTag(toks, c0-1, c0)) {
		c0 -= 2
	} else if c0-3 > lo && toks[c0-3].Text == "," && speaker.PartyTag(toks, c0-2, c0) {
		c0 -= 3
	}
	ns := walkBack(toks, lo, c0, inQuote, lang)
	if ns == c0 {
		return speaker.Mention{}, 0, false
	}
	m, ok := speaker.ParseNP(src, toks, ns, c0, lang)
	if !ok || m.Kind == speaker.Pronoun {
		return speaker.Mention{}, 0, false
	}
	// "Jeff Sanborn, president of Chapter & Verse, a Spokane advertising
	// agency, said": two appositives after the name.
	n, nn, named := nameBeforeRole(src, toks, lo, ns, m, inQuote, lang)
	if named {
		m, ns = n, nn
	}
	// "Israeli courts, however, have …": a lone adverb is no role.
	if r := words(src, toks, segStart, c1); c1-segStart > 1 || isRole(toks[segStart], lang) || lang.IsTitle(toks[segStart].Text) {
		if named {
			r = m.Role + ", " + r
		}
		m.Role = r
	}
	return m, ns, true
}

// age reports a number that can be a person's age ("75").
func age(t token.Token) bool {
	return t.Kind == token.Word && len(t.Text) <= 3 && isDigits(t.Text)
}
