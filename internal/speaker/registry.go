package speaker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/lexicon"
)

// Entity is one source, however the article names it.
type Entity struct {
	// Index is the entity's place in Registry.Entities.
	Index int
	// Name is the fullest name (or description) the article gives.
	Name string
	// Forms are every form the article uses, in the order met.
	Forms []string
	// Role is the role or affiliation, as the article gives it.
	Role   string
	Kind   MentionKind // Name or Description
	Gender lexicon.Gender
	Plural bool
	tokens []string // folded name tokens
	// firstName is the gender a common first name says ("Cristina"),
	// which a gendered description heeds and a pronoun does not.
	firstName lexicon.Gender
	// para is the paragraph in which the entity last spoke or was a
	// sentence's subject.
	para int
}

// Aliases returns the forms other than Name, longest first.
func (e *Entity) Aliases() []string {
	var out []string
	for _, f := range e.Forms {
		if f != e.Name {
			out = append(out, f)
		}
	}
	// Longest first, stable for equal lengths.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (e *Entity) addForm(f string) {
	f = strings.TrimSpace(f)
	if f == "" {
		return
	}
	for _, g := range e.Forms {
		if g == f {
			return
		}
	}
	e.Forms = append(e.Forms, f)
}

// Registry resolves mentions to entities. It remembers which entities were
// the subjects of recent sentences, for pronouns.
type Registry struct {
	lang     *lexicon.Language
	Entities []*Entity
	// names maps a name token to the last full name seen anywhere in the
	// article that holds it (including where nobody speaks), so that
	// "Hicks said" resolves to Vanessa Hicks.
	names map[string]string
	// words are the capitalised words the article uses inside sentences.
	words map[string]bool
	// salience lists entities in the order they were last the subject of an
	// attribution or a sentence, most recent last.
	salience []*Entity
	// para counts the paragraphs read (NewParagraph).
	para int
}

// NewRegistry returns an empty registry for a language.
func NewRegistry(lang *lexicon.Language) *Registry {
	return &Registry{lang: lang, names: map[string]string{}, words: map[string]bool{}}
}

// NewParagraph records that a new paragraph begins: a description refers
// to the speaker of the paragraph it is in before anyone named earlier.
func (r *Registry) NewParagraph() { r.para++ }

// SeeName records a full name met in the text, so that a later surname
// alone can be resolved to it.
func (r *Registry) SeeName(name string) {
	if len(strings.Fields(name)) >= 2 {
		for _, t := range nameTokens(name) {
			r.names[t] = name
		}
	}
}

// fold lower-cases and strips the possessive from a name token.
func fold(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '@' })
}

func nameTokens(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if f := fold(w); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// sameName reports whether two names' tokens can name one entity: one holds
// the other ("Reeves", "Eric Reeves"), unless the longer is a place named
// from the shorter ("Sudan", "South Sudan").
func (r *Registry) sameName(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if !subset(a, b) {
		return false
	}
	return len(a) == len(b) || a[0] == b[0] || !r.lang.IsPlaceModifier(b[0])
}

// subset reports whether every token of a is in b.
func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Resolve returns the entity a mention refers to, making one if it is new,
// or nil when it cannot be resolved (a pronoun with nobody before it).
func (r *Registry) Resolve(m Mention) *Entity {
	var e *Entity
	switch m.Kind {
	case Name:
		e = r.resolveName(m)
	case Description:
		e = r.resolveDescription(m)
	case Pronoun:
		return r.resolvePronoun(m)
	}
	if e != nil {
		if e.Role == "" {
			switch {
			case m.Role != "" && !relativeClause(m.Role, r.lang):
				e.Role = m.Role
			case m.Title != "":
				e.Role = m.Title
			case m.Role != "":
				e.Role = m.Role
			}
		}
		if e.Gender == lexicon.Unknown {
			e.Gender = m.Gender
		}
		if f := strings.Fields(e.Name); e.Kind == Name && len(f) > 0 {
			// "Cristina Kirchner": a common first name says the gender.
			e.firstName = r.lang.FirstNameGender(f[0])
		}
	}
	return e
}

func (r *Registry) resolveName(m Mention) *Entity {
	toks := nameTokens(m.Name)
	if m.Handle != "" && m.Name == m.Handle {
		// A bare handle: the entity that already has it.
		for _, e := range r.Entities {
			for _, f := range e.Forms {
				if strings.EqualFold(f, m.Handle) {
					return e
				}
			}
		}
	}
	// An entity whose name contains this one, or is contained in it; the
	// most salient first.
	var found *Entity
	for i := len(r.salience) - 1; i >= 0 && found == nil; i-- {
		e := r.salience[i]
		if e.Kind == Name && r.sameName(toks, e.tokens) {
			found = e
		}
	}
	for i := len(r.Entities) - 1; i >= 0 && i >= len(r.Entities)-maxSearch && found == nil; i-- {
		e := r.Entities[i]
		if e.Kind == Name && r.sameName(toks, e.tokens) {
			found = e
		}
	}
	if found == nil && m.Title != "" {
		found = r.describedBefore(m)
	}
	if found == nil {
		found = r.newEntity(Name, m.Name)
		// A surname alone: the full name seen in the text.
		if len(toks) == 1 {
			if full := r.fullName(toks[0]); full != "" && r.sameName(toks, nameTokens(full)) {
				found.Name = full
				found.tokens = nameTokens(full)
				found.Forms = []string{full}
			}
		}
	}
	if len(toks) > len(found.tokens) || len(toks) == len(found.tokens) && len(m.Name) > len(found.Name) {
		found.Name = m.Name
		found.tokens = toks
	}
	found.addForm(m.Name)
	// The mention as the page writes it ("Mr. Reeves", "o técnico Tite").
	switch {
	case m.Text != m.Name && (len(strings.Fields(m.Text)) <= maxFormWords || stripDeterminer(m.Text, r.lang) == m.Name):
		// "The United Nations High Commissioner for Human Rights" is
		// a form of the name however long.
		found.addForm(m.Text)
	case m.Title != "":
		found.addForm(m.Title + " " + m.Name)
	}
	if m.Handle != "" {
		found.addForm(m.Handle)
	}
	return found
}

// describedBefore returns the description entity that a name first met
// with a title was introduced by ("China’s ambassador to Britain accused
// …" then "China’s ambassador to Britain Liu Xiaming said"), made the named
// entity: the attributions already made to the description go to the name.
func (r *Registry) describedBefore(m Mention) *Entity {
	title := fold(stripDeterminer(m.Title, r.lang))
	for i := len(r.Entities) - 1; i >= 0 && i >= len(r.Entities)-maxSearch; i-- {
		e := r.Entities[i]
		if e.Kind != Description || e.Plural || fold(stripDeterminer(e.Name, r.lang)) != title {
			continue
		}
		e.Kind = Name
		e.Name = m.Name
		e.tokens = nameTokens(m.Name)
		if e.Role == "" {
			e.Role = m.Title
		}
		return e
	}
	return nil
}

// SeeWord records a capitalised word met inside a sentence.
func (r *Registry) SeeWord(word string) {
	if f := fold(word); f != "" {
		r.words[f] = true
	}
}

// Known reports whether a word is part of a full name seen in the text, or
// a capitalised word the text uses inside a sentence.
func (r *Registry) Known(word string) bool {
	f := fold(word)
	_, ok := r.names[f]
	return ok || r.words[f]
}

// fullName returns the last full name seen that contains token tok.
func (r *Registry) fullName(tok string) string { return r.names[tok] }

func (r *Registry) newEntity(kind MentionKind, name string) *Entity {
	e := &Entity{Index: len(r.Entities), Name: name, Kind: kind, tokens: nameTokens(name)}
	e.Forms = []string{name}
	r.Entities = append(r.Entities, e)
	return e
}

// resolveDescription links "the spokeswoman" to "a Whole Foods spokeswoman",
// and "the president" to the entity titled President.
func (r *Registry) resolveDescription(m Mention) *Entity {
	toks := nameTokens(m.Text)
	if len(toks) == 0 {
		return nil // nothing but punctuation
	}
	head := toks[len(toks)-1]
	bare := stripDeterminer(m.Text, r.lang)
	definite := len(toks) > 1 && r.lang.IsDefinite(toks[0])
	// "el secretario general de La Cámpora": with a complement after a
	// preposition, the person is a role before it.
	hw := headWords(m.Text, r.lang)
	_, person := r.lang.RoleNoun(head)
	if len(hw) < len(strings.Fields(m.Text)) {
		person = false
		for _, w := range hw {
			_, role := r.lang.RoleNoun(strings.ToLower(w))
			person = person || role
		}
	}
	for i := len(r.salience) - 1; i >= 0; i-- {
		e := r.salience[i]
		if e.Kind == Description && lastToken(e) == head {
			e.addForm(m.Text)
			e.addForm(bare)
			return e
		}
		if definite && e.Kind == Name && strings.Contains(" "+strings.ToLower(e.Role)+" ", " "+head+" ") {
			e.addForm(m.Text)
			return e
		}
		// "Carlos Schaefer, el investigador de …" then "El investigador
		// asegura": the person just named, whose role the article did not
		// keep, before someone named longer ago with that role.
		// "resalta González. «…», añade el investigador": the speaker of
		// the paragraph, whatever role the article gave him, before a
		// researcher named paragraphs ago.
		current := i == len(r.salience)-1 && e.para == r.para
		if definite && person && !m.Plural && e.Kind == Name && (e.Role == "" || current) && !e.Plural && r.personLike(e) && i >= len(r.salience)-2 && len(hw) <= 3 && !namesItself(m.Text, r.lang) && sameGender(e, m) {
			e.addForm(m.Text)
			return e
		}
	}
	for i := len(r.Entities) - 1; i >= 0 && i >= len(r.Entities)-maxSearch; i-- {
		e := r.Entities[i]
		if e.Kind == Description && lastToken(e) == head {
			e.addForm(m.Text)
			e.addForm(bare)
			return e
		}
	}
	// "o treinador", "the coach": a definite, singular description of a
	// person, with nobody described so before, is the most salient named
	// person, as a pronoun would be.
	// "The Obama administration", "the American government" name their
	// own source.
	if person && definite && !m.Plural && len(hw) <= 3 && !namesItself(m.Text, r.lang) {
		for i := len(r.salience) - 1; i >= 0 && i >= len(r.salience)-2; i-- {
			if e := r.salience[i]; e.Kind == Name && !e.Plural && r.personLike(e) && sameGender(e, m) {
				e.addForm(m.Text)
				return e
			}
		}
	}
	if e := r.gendered(m, hw, person, definite); e != nil {
		e.addForm(m.Text)
		return e
	}
	e := r.newEntity(Description, m.Text)
	e.Plural = m.Plural
	e.Gender = m.Gender
	e.addForm(bare)
	return e
}

// gendered returns the named person a definite description with a gender
// means when neither of the two most salient is that person: the latest
// named of that gender whom the article gave no other office ("apuntó la
// vicepresidenta" after "Cristina Kirchner" and "la periodista Pilar del
// Río"), or nil.
func (r *Registry) gendered(m Mention, hw []string, person, definite bool) *Entity {
	if !person || !definite || m.Plural || m.Gender == lexicon.Unknown || len(hw) > 3 || namesItself(m.Text, r.lang) {
		return nil
	}
	for i := len(r.salience) - 1; i >= 0 && i >= len(r.salience)-maxSearch; i-- {
		if e := r.salience[i]; e.Kind == Name && !e.Plural && e.gender() == m.Gender && !r.otherOffice(e, m) {
			return e
		}
	}
	return nil
}

// sameGender reports that nothing known of e and m tells their genders
// apart: "la vicepresidenta" is not "Andrés Larroque".
func sameGender(e *Entity, m Mention) bool {
	g := e.gender()
	return g == lexicon.Unknown || m.Gender == lexicon.Unknown || g == m.Gender
}

// gender returns the gender the article gives e, else the one its first
// name says.
func (e *Entity) gender() lexicon.Gender {
	if e.Gender != lexicon.Unknown {
		return e.Gender
	}
	return e.firstName
}

// otherOffice reports an entity the article gave a role that is not the
// office a description names by its title ("el Presidente" is not "el
// secretario general de La Cámpora", "the president" not "a senator").
func (r *Registry) otherOffice(e *Entity, m Mention) bool {
	f := strings.Fields(m.Text)
	if len(f) == 0 {
		return false
	}
	w := []rune(strings.ToLower(f[len(f)-1]))
	w[0] = unicode.ToUpper(w[0])
	if !r.lang.IsTitle(string(w)) {
		return false
	}
	title := " " + strings.ToLower(string(w)) + " "
	described := e.Role != ""
	for _, d := range append([]string{e.Role}, e.Forms...) {
		if strings.Contains(" "+strings.ToLower(d)+" ", title) {
			return false
		}
		if g := strings.Fields(d); len(g) > 1 && r.lang.IsDeterminer(strings.ToLower(g[0])) {
			described = true
		}
	}
	return described
}

// namesItself reports a description with a capitalised word after its
// first ("the Obama administration").
func namesItself(s string, lang *lexicon.Language) bool {
	f := headWords(s, lang)
	for _, w := range f[min(1, len(f)):] {
		if _, role := lang.RoleNoun(w); role || lang.IsTitle(w) {
			// "el Presidente": a title capitalised out of respect.
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// headWords returns the words of a description up to its first
// preposition: "el secretario general de La Cámpora" is a person whose
// office the organisation after "de" qualifies, and who does not name
// himself by it.
func headWords(s string, lang *lexicon.Language) []string {
	f := strings.Fields(s)
	for i, w := range f {
		if i > 0 && lang.IsPreposition(strings.ToLower(w)) && !lang.IsDeterminer(strings.ToLower(w)) {
			return f[:i]
		}
	}
	return f
}

func stripDeterminer(s string, lang *lexicon.Language) string {
	f := strings.Fields(s)
	if len(f) > 1 && lang.IsDeterminer(f[0]) {
		return strings.Join(f[1:], " ")
	}
	return s
}

// resolvePronoun picks the most salient entity that the pronoun can refer
// to. Gender is a preference, not a rule: translated articles get it wrong
// ("he" for a woman president), so an entity of the other known gender is
// taken when nobody else fits.
func (r *Registry) resolvePronoun(m Mention) *Entity {
	var fallback *Entity
	for i := len(r.salience) - 1; i >= 0; i-- {
		e := r.salience[i]
		if m.Plural != e.Plural && !(m.Plural && e.Kind == Description) {
			if !m.Plural || e.Kind == Name {
				continue
			}
		}
		if !m.Plural && m.Gender != lexicon.Unknown && e.Kind != Name && e.Gender == lexicon.Unknown {
			// he/she for an organisation or a group: unlikely.
			continue
		}
		if m.Gender != lexicon.Unknown && e.Gender != lexicon.Unknown && e.Gender != m.Gender {
			if fallback == nil {
				fallback = e
			}
			continue
		}
		// "he", "ela": a person before a one-word name such as
		// "Congresso" or "Twitter", which is more often an organisation.
		if !m.Plural && m.Gender != lexicon.Unknown && !r.personLike(e) {
			if fallback == nil {
				fallback = e
			}
			continue
		}
		return e
	}
	if fallback == nil && m.Plural {
		fallback = r.collective()
	}
	return fallback
}

// collective returns the entity a plural pronoun means when nobody plural
// was named: the latest source named without a gender, an organisation
// spoken of as "they" ("Big Machine have twice denied … «…», they said").
func (r *Registry) collective() *Entity {
	for i := len(r.salience) - 1; i >= 0 && i >= len(r.salience)-2; i-- {
		if e := r.salience[i]; e.Kind == Name && e.Gender == lexicon.Unknown {
			return e
		}
	}
	return nil
}

// personLike reports an entity that may be a person: anything but a
// one-word name in capitals ("NASA", "CNN"), which is an organisation, or a
// one-word name the article gives an article ("la Aemet", "the Times").
func (r *Registry) personLike(e *Entity) bool {
	if e.Kind != Name || len(e.tokens) >= 2 || e.Gender != lexicon.Unknown {
		return true
	}
	for _, f := range e.Forms {
		if w := strings.Fields(f); len(w) == 2 && r.lang.IsDefinite(strings.ToLower(w[0])) && w[1] == e.Name {
			return false
		}
	}
	return strings.ToUpper(e.Name) != e.Name
}

// Speak records that e is the subject of an attribution or a sentence, the
// most salient entity from now on.
func (r *Registry) Speak(e *Entity) {
	if e == nil {
		return
	}
	for i, s := range r.salience {
		if s == e {
			r.salience = append(r.salience[:i], r.salience[i+1:]...)
			break
		}
	}
	r.salience = append(r.salience, e)
	e.para = r.para
	if len(r.salience) > maxSalience {
		r.salience = r.salience[len(r.salience)-maxSalience:]
	}
}

// maxFormWords bounds the forms kept as aliases: a longer mention holds
// more than a name and its title.
const maxFormWords = 6

// Bounds that keep resolution linear on pages with thousands of sources:
// how many recent subjects pronouns and names look back over, and how many
// entities a name is compared with.
const (
	maxSalience = 64
	maxSearch   = 256
)

// relativeClause reports a role given as a clause ("who chairs the
// committee"), which a title, where there is one, says better.
func relativeClause(role string, lang *lexicon.Language) bool {
	f := strings.Fields(role)
	return len(f) > 0 && lang.IsRoleRelative(f[0])
}

// lastToken returns the last folded token of an entity's name, or "".
func lastToken(e *Entity) string {
	if len(e.tokens) == 0 {
		return ""
	}
	return e.tokens[len(e.tokens)-1]
}
