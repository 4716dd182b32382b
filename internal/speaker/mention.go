// Package speaker reads who is speaking: it parses the source of an
// attribution (a name, a pronoun, a description such as "a Whole Foods
// spokeswoman"), with the title and appositive role the article gives, and
// resolves every mention to one entity per source with all of its aliases.
package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/token"
)

// MentionKind is the kind of a Mention.
type MentionKind uint8

// Kinds of mention.
const (
	Name        MentionKind = iota + 1 // Kash Patel, Mr. Reeves, @Claudiashein
	Pronoun                            // he, she, they
	Description                        // the president, a Whole Foods spokeswoman
)

// Mention is one way the article names a source at one place.
type Mention struct {
	Kind MentionKind
	// Text is the mention as on the page, titles included.
	Text string
	// Name is a Name mention without honorifics and titles.
	Name string
	// Title is a title or description before the name ("President",
	// "Facebook CEO").
	Title string
	// Role is an appositive role ("public security expert and member of …").
	Role   string
	Gender lexicon.Gender
	Plural bool
	// Handle is a social media handle that goes with the name.
	Handle string
}

// words returns the text of toks[from:to] with single spaces, keeping
// punctuation tight.
func words(src string, toks []token.Token, from, to int) string {
	if from >= to {
		return ""
	}
	return strings.Join(strings.Fields(src[toks[from].Start:toks[to-1].End]), " ")
}

// isNameWord reports a capitalised word that can be part of a name.
func isNameWord(t token.Token, lang *lexicon.Language) bool {
	if t.Kind != token.Word || !t.Cap {
		return false
	}
	// Contractions are no names: "We’re", "Don’t", "It’s".
	if i := strings.IndexAny(t.Text, "'’"); i > 0 {
		if _, ok := lang.PronounOf(t.Text[:i]); ok {
			return false
		}
		if l := strings.ToLower(t.Text); strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
			return false
		}
	}
	if lang.IsNotName(t.Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// ParseNP parses toks[from:to] as the source of an attribution. The span
// may hold an appositive after a comma ("Patel, the FBI director") and a
// title before the name ("President Claudia Sheinbaum", "the director of the
// FBI, Kash Patel").
func ParseNP(src string, toks []token.Token, from, to int, lang *lexicon.Language) (Mention, bool) {
	for from < to && (toks[from].Kind == token.Punct || toks[from].Kind == token.Dash || toks[from].Kind == token.Mark) {
		from++
	}
	for to > from && (toks[to-1].Kind == token.Punct && toks[to-1].Text != ")" || toks[to-1].Kind == token.Dash) {
		to--
	}
	if from >= to {
		return Mention{}, false
	}
	// Split on commas outside brackets: the segments are name, description
	// and appositives in some order.
	var segs [][2]int
	depth, begin := 0, from
	for k := from; k < to; k++ {
		switch toks[k].Text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth == 0 {
				segs = append(segs, [2]int{begin, k})
				begin = k + 1
			}
		}
	}
	segs = append(segs, [2]int{begin, to})
	// The source is the first segment that parses as a name; failing that,
	// the first that parses as a pronoun or description.
	best, bestSeg := Mention{}, -1
	for i, s := range segs {
		m, ok := parseSimple(src, toks, s[0], s[1], lang)
		if !ok {
			continue
		}
		if m.Kind == Name {
			best, bestSeg = m, i
			break
		}
		if bestSeg < 0 {
			best, bestSeg = m, i
		}
	}
	if bestSeg < 0 {
		return Mention{}, false
	}
	// The other segments are the role: the description before the name or
	// the appositive after it.
	var role []string
	for i, s := range segs {
		if i == bestSeg {
			continue
		}
		if r := words(src, toks, s[0], s[1]); r != "" && !relativeOnly(r, lang) && !strayWord(toks[s[0]:s[1]], lang) {
			role = append(role, lang.TrimArticle(r))
		}
	}
	if len(role) > 0 {
		best.Role = strings.Join(role, ", ")
	}
	return best, true
}

// parseSimple parses a span with no commas: a pronoun, a name with its
// titles, or a description.
func parseSimple(src string, toks []token.Token, from, to int, lang *lexicon.Language) (Mention, bool) {
	n := to - from
	if n <= 0 || n > 12 {
		return Mention{}, false
	}
	text := words(src, toks, from, to)
	if PartyTag(toks, from, to) {
		// "Sen. Jane Doe, D-Calif., said": a party and state tag is no
		// source.
		return Mention{}, false
	}
	if n == 1 {
		if p, ok := lang.PronounOf(toks[from].Text); ok {
			return Mention{Kind: Pronoun, Text: text, Gender: p.Gender, Plural: p.Number == lexicon.Plural}, true
		}
	}
	if n == 1 && strings.HasPrefix(toks[from].Text, "@") {
		return Mention{Kind: Name, Text: text, Name: text, Handle: text}, true
	}
	if m, ok := documentAuthor(src, toks, from, to, lang); ok {
		return m, true
	}
	// "chief inspector Jennifer Mattinson from the West Mercia police": a
	// name followed by a preposition; what follows is the role.
	for k := from + 1; k < to-1; k++ {
		if isPreposition(toks[k], lang) && isNameWord(toks[k-1], lang) && (!isNameWord(toks[k+1], lang) || personBefore(src, toks, from, k, lang)) {
			if m, ok := parseSimple(src, toks, from, k, lang); ok && m.Kind == Name {
				m.Role = strings.TrimSpace(m.Title + " " + words(src, toks, k, to))
				m.Text = text
				return m, true
			}
			break
		}
	}
	if m, ok := parseName(src, toks, from, to, text, lang); ok {
		return m, true
	}
	// A description: determiner? modifiers* head, the head a role noun or
	// a plural; or a capitalised organisation ("the Food Standards Agency").
	if looksLikeDescription(toks, from, to, lang) || to-from == 1 && isRole(toks[from], lang) {
		head := toks[descriptionHead(toks, from, to, lang)].Lower()
		g, _ := lang.RoleNoun(head)
		return Mention{Kind: Description, Text: text, Gender: g, Plural: lang.IsPluralNoun(head)}, true
	}
	return Mention{}, false
}

// parseName reads span [from, to) as a name: the last run of name words,
// with titles and honorifics before it taken off into Title and Gender, and
// a handle in parentheses after it.
func parseName(src string, toks []token.Token, from, to int, text string, lang *lexicon.Language) (Mention, bool) {
	end := to
	for end > from && toks[end-1].Text == ")" {
		// "Claudia Sheinbaum Pardo (@Claudiashein)"
		for end > from && toks[end-1].Text != "(" {
			end--
		}
		end--
	}
	nameEnd := end
	k := nameRunStart(toks, from, nameEnd, lang)
	if k >= nameEnd {
		return Mention{}, false
	}
	nameStart := nameStartInRun(toks, k, nameEnd, lang)
	// "Taylor Swift's team": the possessor's name without its ending.
	name := strings.TrimSuffix(strings.TrimSuffix(words(src, toks, nameStart, nameEnd), "’s"), "'s")
	if _, role := lang.RoleNoun(name); role && nameEnd-nameStart == 1 {
		// "Officials said" at the start of a sentence.
		name = ""
	}
	office := k-2 >= from && officeThenName(toks, from, k-2, k-1, nameEnd, lang)
	if name == "" || k != from && !office && !allTitleLike(toks, from, k, lang) || lang.IsTitle(name) {
		return Mention{}, false
	}
	m := Mention{Kind: Name, Text: text, Name: name}
	if nameStart > from {
		m.Title, m.Gender = address(src, toks, from, nameStart, lang)
	}
	if end < to {
		m.Handle = strings.Trim(words(src, toks, end, to), "() ")
	}
	return m, true
}

// nameRunStart returns where the run of name words that ends at nameEnd
// starts, or nameEnd when the run is the object of a preposition ("the
// director of the FBI") rather than the head of the phrase.
func nameRunStart(toks []token.Token, from, nameEnd int, lang *lexicon.Language) int {
	k := nameEnd
	for k > from && (isNameWord(toks[k-1], lang) || k < nameEnd && k-1 > from && lang.IsParticle(toks[k-1].Text) && isNameWord(toks[k-2], lang)) {
		k--
	}
	if k < nameEnd && k > from {
		p := k - 1
		if p > from && lang.IsDeterminer(toks[p].Text) {
			p--
		}
		if isPreposition(toks[p], lang) {
			if officeThenName(toks, from, p, k, nameEnd, lang) {
				return k + 1
			}
			k = nameEnd
		}
	}
	return k
}

// officeThenName reports a run of three name words [k, nameEnd) after a
// role and its preposition at p whose first word is the place or body of
// the office and the other two the name: "China’s ambassador to Britain
// Liu Xiaming", "embajador en Francia Juan Pérez".
func officeThenName(toks []token.Token, from, p, k, nameEnd int, lang *lexicon.Language) bool {
	if nameEnd-k != 3 || p-1 < from || p+1 != k || lang.IsTitle(toks[k].Text) {
		// "a spokesman for Governor Andrew Cuomo": a title opens a name,
		// not a place.
		return false
	}
	_, role := lang.RoleNoun(toks[p-1].Lower())
	// "Former Secretary of State Madeleine Albright".
	return role && (!toks[p-1].Cap || lang.IsTitle(toks[p-1].Text))
}

// personBefore reports a person's name in toks[from:k] before a
// preposition, a title or a first name opening it: in "Senator Bernie
// Sanders of Vermont" or "Chris Murphy of Connecticut" the name after the
// preposition is a place, and the person is the source.
func personBefore(src string, toks []token.Token, from, k int, lang *lexicon.Language) bool {
	if k-from < 2 || !isNameWord(toks[from], lang) {
		return false
	}
	m, ok := parseName(src, toks, from, k, words(src, toks, from, k), lang)
	if !ok {
		return false
	}
	first := strings.Fields(m.Name)[0]
	return m.Title != "" || lang.FirstNameGender(first) != lexicon.Unknown
}

// nameStartInRun returns where the name starts in the run [k, nameEnd):
// after the honorifics, titles and offices at its front, and after a
// leading particle.
func nameStartInRun(toks []token.Token, k, nameEnd int, lang *lexicon.Language) int {
	nameStart := k
	// "Once Fetter joined …": a function word that opens the sentence
	// opens no name.
	if nameStart < nameEnd-1 && toks[nameStart].SentenceStart && lang.IsFunctionWord(toks[nameStart].Text) {
		nameStart++
	}
	for nameStart < nameEnd-1 && (lang.IsHonorific(toks[nameStart].Text) || lang.IsTitle(toks[nameStart].Text) || isUpperAbbrev(toks[nameStart].Text)) {
		nameStart++
	}
	if nameStart > k {
		nameStart = officeAfterTitle(toks, nameStart, nameEnd, lang)
	}
	nameStart = TitleInRun(toks, nameStart, nameEnd, lang)
	if lang.IsParticle(toks[nameStart].Text) && nameStart < nameEnd-1 {
		nameStart++
	}
	return nameStart
}

// address returns the title and the gender that the words [from,
// nameStart) before a name give it. Honorifics (Mr., Dr.) say how to
// address a person, not a role: they give a gender and stay out of the
// title.
func address(src string, toks []token.Token, from, nameStart int, lang *lexicon.Language) (title string, g lexicon.Gender) {
	ts := from
	for ts < nameStart && (lang.IsHonorific(toks[ts].Text) || lang.IsDeterminer(toks[ts].Text)) {
		ts++
	}
	if namesRole(toks[ts:nameStart], lang) {
		title = words(src, toks, ts, nameStart)
		title = lang.TrimArticle(title)
	}
	for _, t := range toks[from:nameStart] {
		if hg := lang.HonorificGender(strings.TrimSuffix(t.Lower(), ".")); hg != lexicon.Unknown {
			g = hg
		}
	}
	return title, g
}

// TitleInRun returns where the name starts in the run of name words
// toks[from:to] when a title or a possessor stands inside it: "Jordanian
// Foreign Minister Ayman Safadi", "NASA’s Administrator Jim Bridenstine",
// "CPUC President Marybel Batjer". What stands before the name becomes its
// title. A run that ends in an organisation's head noun ("the Justice
// Department") is a name of its own and is left whole.
func TitleInRun(toks []token.Token, from, to int, lang *lexicon.Language) int {
	if _, org := lang.RoleNoun(toks[to-1].Lower()); org {
		return from
	}
	for j := to - 2; j >= from; j-- {
		if lang.IsTitle(toks[j].Text) || isPossessive(toks[j].Text) {
			return officeAfterTitle(toks, j+1, to, lang)
		}
	}
	return from
}

// officeAfterTitle returns where the name starts after a title that ends
// at k: "Ministro da Economia Paulo Guedes" names the office after the
// title, which belongs to it when a name of two words still follows.
func officeAfterTitle(toks []token.Token, k, to int, lang *lexicon.Language) int {
	if k+1 < to && lang.IsParticle(toks[k].Text) && to-(k+2) >= 2 {
		return k + 2
	}
	return k
}

// isPossessive reports a word in the possessive ("NASA’s").
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || w == "’s" || w == "'s"
}

// namesRole reports words before a name that say what the person is: a
// title or a role noun among them ("Facebook CEO", "public security
// expert"), not an intensifier ("o próprio Lira") or a stray word.
func namesRole(toks []token.Token, lang *lexicon.Language) bool {
	for _, t := range toks {
		if _, role := lang.RoleNoun(t.Lower()); role || lang.IsTitle(t.Text) || isUpperAbbrev(t.Text) {
			return true
		}
	}
	return false
}

// isPreposition reports a lower-case preposition that is not also an
// article (Portuguese "a"): it ends a name and starts its role.
func isPreposition(t token.Token, lang *lexicon.Language) bool {
	return !t.Cap && lang.IsPreposition(t.Lower()) && !lang.IsDeterminer(t.Lower())
}

// allTitleLike reports whether toks[from:to] can stand before a name as its
// title: a determiner and lower-case role words ("the FBI director",
// "Facebook CEO", "public security expert").
func allTitleLike(toks []token.Token, from, to int, lang *lexicon.Language) bool {
	if to-from > 6 {
		return false
	}
	for k := from; k < to; k++ {
		t := toks[k]
		if t.Kind != token.Word {
			if t.Text == "'s" || t.Text == "’s" {
				continue
			}
			return false
		}
		if _, ok := lang.PronounOf(t.Text); ok {
			return false
		}
		if lang.IsCue(t.Lower()) {
			return false
		}
		// "prosecutors in San Francisco and Los Angeles": a coordination
		// or a place phrase before a name makes it part of a description.
		if l := t.Lower(); lang.IsCoordinator(l) || isPreposition(t, lang) && !lang.IsGenitive(l) {
			return false
		}
	}
	return true
}

// isUpperAbbrev reports words such as "CEO" or "FBI" used as titles.
func isUpperAbbrev(s string) bool {
	return s == "CEO" || s == "CFO" || s == "COO"
}

// maxDescriptionWords bounds a description, its determiner aside.
const maxDescriptionWords = 7

// looksLikeDescription reports a span that describes an unnamed source.
func looksLikeDescription(toks []token.Token, from, to int, lang *lexicon.Language) bool {
	// "The United Nations High Commissioner for Human Rights": the bound
	// leaves the determiner out.
	n := to - from
	if lang.IsDeterminer(toks[from].Text) {
		n--
	}
	if n > maxDescriptionWords {
		return false
	}
	last := toks[to-1]
	if last.Kind != token.Word {
		return false
	}
	if w := toks[from].Lower(); lang.IsPreposition(w) && !lang.IsDeterminer(w) {
		// "afirmaron en un comunicado": a channel, not a source.
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].Kind != token.Word && toks[k].Text != "-" && toks[k].Text != "’s" && toks[k].Text != "'s" && toks[k].Text != "&" {
			return false
		}
		if lang.IsCue(toks[k].Lower()) || lang.IsComplementizer(toks[k].Lower()) && k > from {
			return false
		}
	}
	if _, ok := lang.RoleNoun(last.Lower()); ok {
		return true
	}
	// "una fuente de los servicios", "a source close to the talks", "a
	// group representing rural counties": the head stands before the
	// preposition or the qualifier.
	for k := from + 1; k < to; k++ {
		if isPreposition(toks[k], lang) || lang.IsQualifier(toks[k].Lower()) {
			if _, ok := lang.RoleNoun(toks[k-1].Lower()); ok {
				return true
			}
			break
		}
	}
	// A capitalised organisation name after a determiner.
	if lang.IsDeterminer(toks[from].Text) && to-from >= 2 && last.Cap {
		return true
	}
	return false
}

func isRole(t token.Token, lang *lexicon.Language) bool {
	_, ok := lang.RoleNoun(t.Lower())
	return ok
}

// strayWord reports a segment of one lower-case word that names no role
// ("Israeli courts, however, have …").
func strayWord(toks []token.Token, lang *lexicon.Language) bool {
	if len(toks) != 1 || toks[0].Cap {
		return false
	}
	_, role := lang.RoleNoun(toks[0].Lower())
	return !role && !lang.IsTitle(toks[0].Text)
}

// relativeOnly reports a segment that is only a relative pronoun ("who",
// "which"), the start of a clause rather than a role.
func relativeOnly(s string, lang *lexicon.Language) bool {
	return lang.IsRoleRelative(s)
}

// ParseBareDescription reads [from, to) as the description of an unnamed
// source whatever its head noun: a determiner and one to three words, the
// last in lower case ("the physicians", "one Weibo commenter", "um
// internauta"). Only a slot where nothing but a subject can stand, right
// between a quotation and its cue, is read so; elsewhere the head must be a
// role noun (ParseNP).
func ParseBareDescription(src string, toks []token.Token, from, to int, lang *lexicon.Language) (Mention, bool) {
	if to-from < 2 || to-from > 4 || !lang.IsDeterminer(toks[from].Lower()) {
		return Mention{}, false
	}
	for k := from + 1; k < to; k++ {
		t := toks[k]
		w := t.Lower()
		if t.Kind != token.Word || lang.IsPreposition(w) || lang.IsCue(w) || lang.IsComplementizer(w) || lang.IsDeterminer(w) || lang.IsTimeWord(w) || lang.IsWeekday(w) || lang.IsNegator(w) {
			return Mention{}, false
		}
		if _, ok := lang.PronounOf(t.Text); ok {
			return Mention{}, false
		}
	}
	last := toks[to-1]
	if last.Cap || utf8.RuneCountInString(last.Text) < 3 {
		// A capitalised head is a name or an organisation: ParseNP's.
		return Mention{}, false
	}
	head := last.Lower()
	g, _ := lang.RoleNoun(head)
	return Mention{Kind: Description, Text: words(src, toks, from, to), Gender: g, Plural: lang.IsPluralNoun(head)}, true
}

// Qualified reports a role noun in [from, to) followed by a qualifier ("two
// people familiar with the matter", "a group representing rural counties"):
// the phrase after it belongs to the source.
func Qualified(toks []token.Token, from, to int, lang *lexicon.Language) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].Kind == token.Word && lang.IsQualifier(toks[k].Lower()) && isRole(toks[k-1], lang) {
			return true
		}
	}
	return false
}

// documentAuthor reads a document or figures followed by a preposition and
// a name ("data from MarketAxess", "la última medición de FAO", "um
// levantamento do Datafolha") as the name: the author is the source.
func documentAuthor(src string, toks []token.Token, from, to int, lang *lexicon.Language) (Mention, bool) {
	for k := from + 1; k < to-1 && k-from <= maxDocumentWords; k++ {
		if !isPreposition(toks[k], lang) {
			continue
		}
		if !lang.IsEvidence(toks[k-1].Lower()) {
			return Mention{}, false
		}
		m, ok := parseName(src, toks, k+1, to, words(src, toks, k+1, to), lang)
		if !ok || m.Kind != Name {
			return Mention{}, false
		}
		return m, true
	}
	return Mention{}, false
}

// maxDocumentWords bounds the words before the preposition documentAuthor
// reads ("the latest quarterly data from").
const maxDocumentWords = 4

// descriptionHead returns the index of the head of description [from, to):
// the word before its first preposition ("O senador do Podemos", "a source
// close to the talks"), or its last word.
func descriptionHead(toks []token.Token, from, to int, lang *lexicon.Language) int {
	for k := from + 1; k < to-1; k++ {
		if isPreposition(toks[k], lang) && toks[k-1].Kind == token.Word {
			return k - 1
		}
	}
	return to - 1
}

// maxPartyCode and maxStateCode bound the two halves of a party and state
// tag ("R-Fla.", "D-N.Y.", "PSD-MG").
const (
	maxPartyCode = 5
	maxStateCode = 6
)

// PartyTag reports a party and state tag in toks[from:to], with its final
// full stop or not: a party code in capitals, a hyphen, and a state in
// capitals ("PT-SP", "D-N.Y.", "R-W.Va.") or a capitalised abbreviation
// with its full stop ("R-Fla.", "D-Calif.").
func PartyTag(toks []token.Token, from, to int) bool {
	n := to - from
	if n < 1 || n > 2 || toks[from].Kind != token.Word || n == 2 && toks[from+1].Text != "." {
		return false
	}
	// The full stop of an abbreviation, inside the span or right after it.
	dotted := n == 2 || to < len(toks) && toks[to].Text == "."
	party, state, ok := strings.Cut(toks[from].Text, "-")
	if !ok || party == "" || len(party) > maxPartyCode || state == "" || len(state) > maxStateCode || strings.ToUpper(party) != party || !isLetters(party) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(state)
	if !unicode.IsUpper(r) {
		return false
	}
	upper := strings.ToUpper(state) == state
	return upper && len(strings.Trim(state, ".")) >= 2 || strings.Contains(state, ".") || dotted
}

// isLetters reports a word of letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
