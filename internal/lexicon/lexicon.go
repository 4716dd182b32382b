// Package lexicon holds the language data the engine reads news with: cue
// words that attribute speech, titles and honorifics, pronouns, role nouns,
// and the words that deny or rule out a claim. Each language lives in one
// file as plain data, so that another language is one more file.
package lexicon

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Gender of a pronoun or a gendered noun.
type Gender uint8

// Genders. Unknown agrees with everything.
const (
	Unknown Gender = iota
	Male
	Female
)

// Number of a pronoun.
type Number uint8

// Numbers.
const (
	Singular Number = iota + 1
	Plural
)

// Pronoun describes a subject pronoun.
type Pronoun struct {
	Gender Gender
	Number Number
	// Person is true for pronouns that refer to people (he, she), false for
	// ones that may refer to an organisation (it, they).
	Person bool
}

// Data is the raw lexicon of one language, as written in its file.
type Data struct {
	// Code is the ISO 639-1 code ("en").
	Code string
	// Cues are the speech and belief verbs and phrases, every inflected form
	// spelled out. Multi-word cues ("points out") are written with spaces.
	Cues []string
	// Denials are cues that deny, reject or rule out what follows; they are
	// cues too.
	Denials []string
	// Objects are cues of stance and intention whose object is what they
	// attribute ("endorsed Trump", "called for a recount", "wants a
	// debate"); like denials, they need no complementizer.
	Objects []string
	// Shows are the cues by which evidence attributes ("the poll shows
	// Trump leading"); they count only after an Evidence noun.
	Shows []string
	// Evidence are the nouns of documents and figures that can show.
	Evidence []string
	// Beliefs are cues of stated belief (thinks, believes) that need a
	// content clause to count.
	Beliefs []string
	// Bare are the cues whose content may follow with no complementizer
	// ("said the tablets were …"); other cues need one ("found that …"),
	// except denials, whose object is their content.
	Bare []string
	// According are the phrases that put the source after the content
	// ("according to").
	According []string
	// EvidenceIn are the prepositions that open a sentence with the
	// document it reports ("In the latest CBS poll, Clinton leads …").
	EvidenceIn []string
	// Complementizers introduce a content clause ("that").
	Complementizers []string
	// Clitics are unstressed pronouns and particles that stand between a
	// source and its cue ("una fuente nos la resumió así") and are never a
	// source themselves.
	Clitics []string
	// Accusations are the cues that accuse someone, whose answer is a
	// dispute ("accused her of …").
	Accusations []string
	// Possessives maps the possessive words of an "according to" phrase
	// ("in his view", "no entendimento dele", "a su juicio") to what they
	// refer to, as Pronouns does for subjects.
	Possessives map[string]Pronoun
	// StanceNouns name a view whose content a complementizer opens after
	// a cue ("reiterated his position that", "reiterou seu
	// posicionamento de que").
	StanceNouns []string
	// OpinionPrepositions open a sentence with the one whose view it
	// states ("Para Martins, …", "Para el analista, …").
	OpinionPrepositions []string
	// ObjectPronouns maps object pronouns to what they refer to, as
	// Pronouns does for subjects.
	ObjectPronouns map[string]Pronoun
	// Pronouns maps subject pronouns to what they can refer to.
	Pronouns map[string]Pronoun
	// Honorifics come before a name and are not part of it (Mr., Dr.).
	Honorifics []string
	// Titles come before a name and are its role (President, Senator).
	Titles []string
	// RoleNouns head descriptions of unnamed sources (spokeswoman,
	// officials), with their gender where the word has one.
	RoleNouns map[string]Gender
	// FirstNames gives common first names their gender.
	FirstNames map[string]Gender
	// Determiners open a description ("the", "a").
	Determiners []string
	// NameParticles may stand inside a name in lower case (de, van).
	NameParticles []string
	// NullSubject reports a language whose verbs go without a subject
	// pronoun ("Confirmó que …", "Disse que …").
	NullSubject bool
	// PluralVerbEndings end the third-person plural of a verb ("dijeron",
	// "afirmam").
	PluralVerbEndings []string
	// PluralEndings end a plural noun ("claims", "acusaciones",
	// "manifestações"); NotPluralEndings end a word that ends as a plural
	// does and is none ("address", "boss"). A word is read by its ending
	// alone, so a singular that ends as a plural does ("news", "crisis")
	// is read as one.
	PluralEndings, NotPluralEndings []string
	// Plurals are the rules that make a noun or an adjective plural, each
	// a singular's ending and the plural's ending that replaces it: {"",
	// "s"} ("claim", "claims"), {"y", "ies"}, {"al", "ais"} ("legal",
	// "legais"). Read backwards they over-generate ("abuses" gives "abuse"
	// and "abus"): they serve to find a listed word, never to make one.
	Plurals [][2]string
	// Feminines are the rules that make an adjective feminine, as Plurals
	// are: {"o", "a"} ("legítimo", "legítima"). Word lists name the
	// masculine.
	Feminines [][2]string
	// Definites are the definite articles ("the", "el", "o"): a definite
	// description refers to someone the article has named.
	Definites []string
	// Demonstratives point at a noun ("that argument"); the English
	// complementizer "that" is one too.
	Demonstratives []string
	// InfinitiveEndings end an infinitive ("ampliar", "fazer"): a belief
	// with an adjective and an infinitive after it states a judgement
	// ("considera necesario ampliar …").
	InfinitiveEndings []string
	// Negators negate the verb after them ("no", "não", "not"): "aseguró
	// no ver irregularidades" reports a negated infinitive.
	Negators []string
	// Coordinators join two clauses or two nouns ("and", "but", "y",
	// "mas"): a verb after one shares the subject before it.
	Coordinators []string
	// TimeWords may stand between a cue and its content ("said Thursday
	// that", "disse nesta terça que").
	TimeWords []string
	// AdverbialStarts open an adverbial of time, place or occasion, not a
	// content clause ("said in an interview", "dijo durante la sesión").
	AdverbialStarts []string
	// Connectives are sentence adverbs that may stand between a cue and
	// the source after it ("opina en cambio Sergi González").
	Connectives []string
	// Prepositions open a phrase whose noun is not the subject of the
	// verb after it ("the embassy in New Delhi", "competência do
	// Congresso").
	Prepositions []string
	// NotNames are capitalised words that start no name (days, months,
	// sentence adverbs).
	NotNames []string
	// PlaceModifiers open the name of a place that holds another place's
	// name ("South Sudan", "North Carolina"): a mention of the shorter one is
	// not the longer.
	PlaceModifiers []string
	// Abbreviations end in a period that does not end a sentence.
	Abbreviations []string
	// Quotes are the quotation mark pairs the language uses, outermost
	// first.
	Quotes []MarkPair
	// PunctInside reports a typographic habit of putting a quotation's
	// closing punctuation inside its marks (“…,” he said), as American
	// English does and Spanish and Portuguese do not.
	PunctInside bool

	// The words below shape clauses around a cue: attribution reads them to
	// find where a source starts and where reported content ends.

	// SubjectAdverbs stand between a subject and its cue ("he also said",
	// "Smith has repeatedly argued", "ya dijo", "também disse").
	SubjectAdverbs []string
	// SubjectStops end a backward walk for a subject: they cannot be inside
	// one (conjunctions, auxiliaries, prepositions, "que").
	SubjectStops []string
	// InvertedEnds end a source after its cue ("said Smith on Monday",
	// "posted by the department last night").
	InvertedEnds []string
	// Relatives are the relative pronouns that open a clause about the
	// phrase before them ("which", "que", "onde").
	Relatives []string
	// RoleRelatives open a segment that is a relative clause rather than a
	// role ("who", "que", "quem").
	RoleRelatives []string
	// ClauseBreaks are conjunctions after which a new attribution starts
	// ("as he has said", "while Patel said").
	ClauseBreaks []string
	// Danglers are words that cannot end reported content ("and", "que").
	Danglers []string
	// ClauseOpeners open a subordinate clause that can front a sentence
	// ("If it passes, Smith said, …").
	ClauseOpeners []string
	// ObjectEnds open a clause after an object ("deny them permits until
	// the work was done").
	ObjectEnds []string
	// FiniteVerbs are auxiliaries and copulas that make a clause finite.
	FiniteVerbs []string
	// PassiveAux are the forms of "be" that make a cue passive.
	PassiveAux []string
	// GerundEndings end a gerund or a participle in -ing ("saying",
	// "advirtiendo", "afirmando").
	GerundEndings []string
	// PastEndings end the past form of a regular verb ("patched",
	// "afirmó", "negaron", "criticou").
	PastEndings []string
	// PastForms are the past forms of common irregular verbs, which no
	// ending marks ("took", "hizo", "fez").
	PastForms []string
	// ProgressiveAux are the auxiliaries of a progressive ("is saying",
	// "has been arguing").
	ProgressiveAux []string
	// Modals stand between a subject and its verb ("could deny", "did not
	// say").
	Modals []string
	// ToVerbs take an infinitive that carries the cue ("had to reject",
	// "wants to deny").
	ToVerbs []string
	// InfinitiveMarkers stand before an infinitive ("to").
	InfinitiveMarkers []string
	// QuestionWords open a reported question or request ("asked Trump how
	// …").
	QuestionWords []string
	// Knowing are beliefs that take an object more often than a clause
	// ("knows a thing or two"); they need a complementizer.
	Knowing []string
	// ControlCues ask someone to do something: their content is the
	// infinitive, not the one asked ("urged Congress to act").
	ControlCues []string
	// AgentCues also tell what things do ("the storm threatened to
	// …"): they report speech only from a name, a pronoun for a person or
	// a role noun.
	AgentCues []string
	// Telling are the cues of telling, whose hearer may stand between the
	// cue and its content ("told CNN that", "told him the …").
	Telling []string
	// Asking are the cues of asking, whose question may follow its hearer
	// ("asked Trump how …").
	Asking []string
	// Topics open what the one asked was asked about, which is no
	// content ("asked Morrison about concerns …").
	Topics []string
	// Warnings are the cues of warning whose topic, after the one warned,
	// is what they report ("alertó al Ministerio sobre vulnerabilidades",
	// "warned Congress about the risks").
	Warnings []string
	// WarningTopics open the topic of a warning ("sobre", "about").
	WarningTopics []string
	// AgentParticiples are the past participles, masculine singular,
	// of the verbs of finding and pointing out whose agent is a source
	// ("las debilidades señaladas por la Contraloría fueron …", "the
	// risks identified by the auditors were …").
	AgentParticiples []string
	// AgentPrepositions name the agent after a passive participle ("por",
	// "pelo", "by").
	AgentPrepositions []string
	// ViewParticiples are the participles of a passive of view whose agent
	// holds it ("é visto como um balão de ensaio até por aliados", "is
	// seen as a trial balloon by allies").
	ViewParticiples []string
	// ReasonPrepositions open a sentence with the reason its subject gives
	// in an infinitive cue ("Por entender que …, ele …", "Al considerar
	// que …, el juez …").
	ReasonPrepositions []string
	// AsOpeners open a sentence with a clause of "as" whose cue names its
	// source after it ("Tal como lo denunció este diario, …").
	AsOpeners []string
	// ViewCues are the beliefs whose object and predicative state their
	// content ("sees the lineup as its weakness").
	ViewCues []string
	// Predicatives introduce what an object is seen or called as ("sees
	// the lineup as its weakness", "la ve como").
	Predicatives []string
	// NamedAccording are the According words that cite a source only when
	// a name follows them ("per the WHO", not "per week").
	NamedAccording []string
	// Learning are the verbs by which the writer's own outlet found out
	// what it reports ("según pudo saber LA NACION", "según se conoció",
	// "segundo apurou o jornal"): an "according to" that holds one cites
	// no source (GUIDE.md attributes reported speech to a source).
	Learning []string
	// Readers are the pronouns by which the writer addresses the reader
	// ("now you know that …"): never a source.
	Readers []string
	// Saying are the plain cues of saying ("said", "has said"), which need
	// no care where their content starts.
	Saying []string
	// Declining are the cues that withhold speech with a Withheld verb
	// ("declined to comment").
	Declining []string
	// Withheld are the verbs of speech a Declining cue withholds
	// ("comment", "say", "elaborate").
	Withheld []string
	// DenialPrepositions follow a denial whose object is a person, not a
	// claim ("disagreed with").
	DenialPrepositions []string
	// ObjectParticles follow a stance cue as part of its verb, not its
	// content ("called into", "ruled off", "brought up").
	ObjectParticles []string
	// HearerPrepositions open the one a cue addresses, whatever noun
	// follows ("dijo al mexicano que", "disse ao jornal que"); English
	// "to" opens an infinitive as often, and is left out.
	HearerPrepositions []string
	// Hearers are the object pronouns and nouns a cue addresses ("told
	// her", "told reporters").
	Hearers []string
	// NounModifiers stand before a noun as a determiner does: a cue word
	// after them ("new claims", "such reports") is a noun.
	NounModifiers []string
	// PossessiveEndings end a possessor before its noun ("Trump’s
	// remarks"); NotPossessors are the words before which such an ending
	// is a contraction of "is" or "has" ("there's", "let's"), besides
	// pronouns and subject stops. Spanish and Portuguese have no such
	// ending: their possessives are determiners ("sus críticas").
	PossessiveEndings []string
	NotPossessors     []string
	// NounFollowers follow a plural noun rather than a verb ("claims of
	// fraud", "reports from the field").
	NounFollowers []string
	// Weekdays name the days of the week.
	Weekdays []string
	// An occasion ends an object before it ("denounced the annexation in
	// an on-air diatribe", "endorses Clinton on Thursday"): OccasionStarts
	// open one alone ("during", "yesterday"); OccasionDeictics open one
	// before a weekday or one of the TimeUnits ("on Thursday", "this
	// week"); OccasionIn and an indefinite article (Indefinites) open one
	// before one of the Channels ("in an interview", "in a statement").
	OccasionStarts []string
	// Existentials open a clause with no subject of their own ("there is
	// footage"): a hearer never, content always.
	Existentials []string
	// PossessiveObjects are object pronouns that are possessives too
	// ("her"): after a denial, not surely the one denied.
	PossessiveObjects []string
	// Genitives name what a source belongs to ("the director of the
	// FBI"); NotPlacePrepositions are the prepositions besides them that
	// open no place, time or channel after a source ("for", "at").
	Genitives            []string
	NotPlacePrepositions []string
	// BeContractions end a pronoun contracted with "be" ("we’re", "I'm").
	BeContractions   []string
	OccasionDeictics []string
	TimeUnits        []string
	OccasionIn       []string
	Indefinites      []string
	Channels         []string
	// PossessiveRelatives open a relative clause of what a source has
	// ("Marco Rubio, whose hometown, Miami, is …, argues"): the source is
	// before them.
	PossessiveRelatives []string
	// PresentEndings end the present of a verb in the third person
	// singular ("helps").
	PresentEndings []string
	// AdverbEndings end an adverb of manner ("quickly", "rápidamente"),
	// which may stand between a subject and its cue.
	AdverbEndings []string
	// Issuing are the verbs by which a source puts out one of the
	// Channels ("issued a statement saying …").
	Issuing []string
	// TitleSmallWords stay lower-case in a title ("The Lord of the Rings").
	TitleSmallWords []string
	// Namers introduce words in quotation marks as a term, a name or a
	// title rather than as speech ("the term “three amigos”", "the
	// so-called “deal”", "known as the “Three Amigos”"); multi-word ones
	// are written with spaces.
	Namers []string
	// Hypotheticals make the speech after them imagined rather than said
	// ("they might think, ‘Wow …’", "it would be sold that way, ‘…’").
	Hypotheticals []string
	// QuoteWords announce, in speech, the quotation that follows ("Trump
	// asked, quote, ‘…’").
	QuoteWords []string
	// MaleHonorifics and FemaleHonorifics say the gender of the name they
	// precede, without their period ("mr", "sra").
	MaleHonorifics, FemaleHonorifics []string
	// Credits open or close the credit of a photograph ("(Image: GETTY)",
	// "(Foto: EFE)", "(… via AP)"): a block that ends in one is a caption.
	Credits []string
	// MoreLabels open a link to another story ("SEE MORE: …", "LEIA
	// MAIS: …"), lower-case, without the colon.
	MoreLabels []string
	// Qualifiers follow the head noun of a source and open its qualifying
	// phrase ("two people familiar with the matter", "a source close to the
	// talks", "fuentes cercanas a"); QualifierSuffixes end the participles
	// that do so ("a group representing rural counties").
	Qualifiers        []string
	QualifierSuffixes []string
	// Latter are the words that, after a demonstrative or a definite
	// article, point back at the last person named ("the latter", "esta
	// última", "este último").
	Latter []string
	// Concessives open a clause before the main one ("While the campaign
	// did not appeal to Julie Graham, she said …", "Aunque", "Embora"):
	// a pronoun subject of the main clause refers to the person the
	// clause names.
	Concessives []string
}

// MarkPair is a pair of quotation marks used by a language.
type MarkPair struct {
	Open, Close rune
}

// Language is a lexicon ready for look-ups.
type Language struct {
	Data
	cues, denials, beliefs, according, comp, bare, objects, accusations, clitics, shows, evidence, evidenceIn, placeModifiers set
	honorifics, titles, determiners, particles, negators, hearerPreps, opinionPreps, stanceNouns                              set
	notNames, abbreviations, prepositions, coordinators, timeWords, adverbialStarts, demonstratives, definites                set
	clauseSets
	// connectives are the Connectives split into lower-case words.
	connectives [][]string
	// maxCueWords is the length of the longest cue in words.
	maxCueWords int
	// starts maps the first word of every cue and "according to" phrase to
	// the most words a cue that starts with it has.
	starts map[string]int
}

type set map[string]struct{}

func makeSet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[strings.ToLower(w)] = struct{}{}
	}
	return s
}

func (s set) has(w string) bool {
	// Most words are short ASCII: they are lower-cased in a buffer on the
	// stack, which a map look-up reads without a copy.
	var buf [32]byte
	if len(w) <= len(buf) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				goto slow
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		_, ok := s[string(buf[:len(w)])]
		return ok
	}
slow:
	_, ok := s[strings.ToLower(w)]
	return ok
}

var registry = map[string]func() Data{"en": english, "es": spanish, "pt": portuguese}

var built sync.Map // code → *Language

// For returns the lexicon of a language by its code ("en", "es-MX", "pt_BR"),
// falling back to English for a language it does not have.
func For(code string) *Language {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	if _, ok := registry[code]; !ok {
		code = "en"
	}
	if l, ok := built.Load(code); ok {
		return l.(*Language)
	}
	l := build(registry[code]())
	actual, _ := built.LoadOrStore(code, l)
	return actual.(*Language)
}

// Codes lists the languages that have a lexicon.
func Codes() []string { return []string{"en", "es", "pt"} }

func build(d Data) *Language {
	l := &Language{Data: d}
	// A bare cue is a cue too, listed or not among Cues.
	all := append(append(append(append(append(append([]string{}, d.Cues...), d.Denials...), d.Beliefs...), d.Objects...), d.Shows...), d.Bare...)
	l.cues = makeSet(all)
	l.denials = makeSet(d.Denials)
	l.beliefs = makeSet(d.Beliefs)
	l.according = makeSet(d.According)
	l.evidenceIn = makeSet(d.EvidenceIn)
	l.objects = makeSet(d.Objects)
	l.accusations = makeSet(d.Accusations)
	l.clitics = makeSet(d.Clitics)
	l.shows = makeSet(d.Shows)
	l.evidence = makeSet(d.Evidence)
	l.bare = makeSet(d.Bare)
	l.comp = makeSet(d.Complementizers)
	l.honorifics = makeSet(d.Honorifics)
	l.titles = makeSet(d.Titles)
	l.determiners = makeSet(d.Determiners)
	l.particles = makeSet(d.NameParticles)
	l.negators = makeSet(d.Negators)
	l.hearerPreps = makeSet(d.HearerPrepositions)
	l.opinionPreps = makeSet(d.OpinionPrepositions)
	l.stanceNouns = makeSet(d.StanceNouns)
	l.prepositions = makeSet(d.Prepositions)
	l.coordinators = makeSet(d.Coordinators)
	l.demonstratives = makeSet(d.Demonstratives)
	l.definites = makeSet(d.Definites)
	l.timeWords = makeSet(d.TimeWords)
	l.adverbialStarts = makeSet(d.AdverbialStarts)
	for _, c := range d.Connectives {
		l.connectives = append(l.connectives, strings.Fields(strings.ToLower(c)))
	}
	l.notNames = makeSet(d.NotNames)
	l.placeModifiers = makeSet(d.PlaceModifiers)
	l.abbreviations = makeSet(d.Abbreviations)
	l.clauseSets = buildClauseSets(d)
	l.starts = map[string]int{}
	for _, c := range append(all, d.According...) {
		f := strings.Fields(strings.ToLower(c))
		if len(f) > l.maxCueWords {
			l.maxCueWords = len(f)
		}
		if len(f) > l.starts[f[0]] {
			l.starts[f[0]] = len(f)
		}
	}
	return l
}

// CueStart returns the most words of a cue that starts with the
// lower-case word w, or 0 when no cue starts with it.
func (l *Language) CueStart(w string) int { return l.starts[w] }

// MaxCueWords is the number of words in the longest cue.
func (l *Language) MaxCueWords() int { return l.maxCueWords }

// IsCue reports whether words (lower-case, joined by one space) are a cue.
func (l *Language) IsCue(words string) bool { return l.cues.has(words) }

// IsDenial reports whether a cue denies what it attributes.
func (l *Language) IsDenial(words string) bool { return l.denials.has(words) }

// IsObject reports a stance or intention cue whose object is its content.
func (l *Language) IsObject(words string) bool { return l.objects.has(words) }

// IsShow reports a cue by which evidence attributes.
func (l *Language) IsShow(words string) bool { return l.shows.has(words) }

// IsEvidence reports a noun of documents and figures.
func (l *Language) IsEvidence(w string) bool { return l.evidence.has(w) }

// IsClitic reports an unstressed pronoun or particle before a verb.
func (l *Language) IsClitic(w string) bool { return l.clitics.has(w) }

// IsAccusation reports a cue that accuses its object.
func (l *Language) IsAccusation(words string) bool { return l.accusations.has(words) }

// ObjectPronoun returns what an object pronoun can refer to.
func (l *Language) ObjectPronoun(w string) (Pronoun, bool) {
	p, ok := l.ObjectPronouns[strings.ToLower(w)]
	return p, ok
}

// IsBelief reports whether a cue states a belief.
func (l *Language) IsBelief(words string) bool { return l.beliefs.has(words) }

// IsBare reports a cue whose content may follow without a complementizer.
func (l *Language) IsBare(words string) bool { return l.bare.has(words) }

// IsPlaceModifier reports a word that opens a place's name made from
// another's ("South" in "South Sudan"); w is compared without case.
func (l *Language) IsPlaceModifier(w string) bool { return l.placeModifiers.has(strings.ToLower(w)) }

// IsEvidenceIn reports a preposition that opens a sentence with the
// document it reports.
func (l *Language) IsEvidenceIn(w string) bool { return l.evidenceIn.has(w) }

// IsAccording reports an "according to" phrase.
func (l *Language) IsAccording(words string) bool { return l.according.has(words) }

// IsComplementizer reports a word that opens a content clause.
func (l *Language) IsComplementizer(w string) bool { return l.comp.has(w) }

// IsHonorific reports a word such as "Mr." that precedes a name.
func (l *Language) IsHonorific(w string) bool {
	return l.honorifics.has(w) || l.honorifics.has(strings.TrimSuffix(w, "."))
}

// IsTitle reports a title such as "President" that precedes a name.
func (l *Language) IsTitle(w string) bool { return l.titles.has(w) }

// IsDeterminer reports a word that opens a description.
func (l *Language) IsDeterminer(w string) bool { return l.determiners.has(w) }

// Connective returns how many of the lower-case words ahead, a window of
// at least four, form a connective ("en cambio", "por su parte",
// "however"), or 0.
func (l *Language) Connective(ahead []string) int {
	for _, c := range l.connectives {
		if len(c) <= len(ahead) && slices.Equal(c, ahead[:len(c)]) {
			return len(c)
		}
	}
	return 0
}

// PluralVerb reports a verb form in the third-person plural.
func (l *Language) PluralVerb(w string) bool {
	for _, e := range l.PluralVerbEndings {
		if strings.HasSuffix(strings.ToLower(w), e) {
			return true
		}
	}
	return false
}

// IsPluralNoun reports a noun, in lower case, whose ending is a plural's
// ("claims", "acusaciones", "manifestações", not "address"). It does not
// tell a noun from a verb: "says" is read as a plural too.
func (l *Language) IsPluralNoun(w string) bool {
	return hasEnding(w, l.PluralEndings, 0) && !hasEnding(w, l.NotPluralEndings, 0)
}

// hasEnding reports a word that ends with one of endings after a stem of
// at least stem bytes.
func hasEnding(w string, endings []string, stem int) bool {
	for _, e := range endings {
		if len(w) >= len(e)+stem && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// IsDeclarative reports the complementizer that opens a statement ("that",
// "que"): the first of Complementizers, the others open questions.
func (l *Language) IsDeclarative(w string) bool {
	return len(l.Complementizers) > 0 && strings.EqualFold(w, l.Complementizers[0])
}

// IsDefinite reports a definite article.
func (l *Language) IsDefinite(w string) bool { return l.definites.has(w) }

// IsDemonstrative reports a demonstrative ("that", "esa").
func (l *Language) IsDemonstrative(w string) bool { return l.demonstratives.has(w) }

// IsInfinitive reports a verb in the infinitive, in a language that marks it
// with an ending: three letters at least ("ser", "ter", "ver").
func (l *Language) IsInfinitive(w string) bool {
	if len([]rune(w)) < 3 {
		return false
	}
	for _, e := range l.InfinitiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// IsStanceNoun reports a noun that names a view ("position").
func (l *Language) IsStanceNoun(w string) bool { return l.stanceNouns.has(w) }

// IsOpinionPreposition reports a preposition that opens a sentence with
// the one whose view it states.
func (l *Language) IsOpinionPreposition(w string) bool { return l.opinionPreps.has(w) }

// PossessiveOf returns what a possessive word refers to.
func (l *Language) PossessiveOf(w string) (Pronoun, bool) {
	p, ok := l.Possessives[strings.ToLower(w)]
	return p, ok
}

// IsHearerPreposition reports a preposition that opens the one a cue
// addresses.
func (l *Language) IsHearerPreposition(w string) bool { return l.hearerPreps.has(w) }

// IsNegator reports a word that negates the verb after it.
func (l *Language) IsNegator(w string) bool { return l.negators.has(w) }

// IsPast reports a past form: of a regular verb by its ending, with a stem
// of three letters at least ("patched", "afirmó", "criticou"), or one of
// the irregular PastForms ("took").
func (l *Language) IsPast(w string) bool {
	return l.pastForms.has(w) || hasEnding(w, l.PastEndings, 3)
}

// HasPastEnding reports a word with the ending of a regular past form,
// whatever its length ("patched", "fed").
func (l *Language) HasPastEnding(w string) bool { return hasEnding(w, l.PastEndings, 1) }

// IsGerund reports a gerund: a cue after a comma that shares its
// sentence's source ("…, saying", "…, advirtiendo que"). A cue of several
// words is a gerund when its first word is ("calling for"), except an
// "according to" phrase.
func (l *Language) IsGerund(w string) bool {
	if i := strings.IndexByte(w, ' '); i > 0 && !l.according.has(w) {
		w = w[:i]
	}
	return hasEnding(w, l.GerundEndings, 0)
}

// IsTimeWord reports a word of time that may stand between a cue and its
// content.
func (l *Language) IsTimeWord(w string) bool { return l.timeWords.has(w) }

// IsAdverbialStart reports a word that opens an adverbial rather than a
// content clause.
func (l *Language) IsAdverbialStart(w string) bool { return l.adverbialStarts.has(w) }

// IsCoordinator reports a coordinating conjunction.
func (l *Language) IsCoordinator(w string) bool { return l.coordinators.has(w) }

// IsPreposition reports a preposition, alone or contracted with an article
// ("do", "na", "del").
func (l *Language) IsPreposition(w string) bool { return l.prepositions.has(w) }

// IsParticle reports a lower-case word that can stand inside a name.
func (l *Language) IsParticle(w string) bool { return l.particles.has(w) }

// IsNotName reports a capitalised word that is not a name.
func (l *Language) IsNotName(w string) bool { return l.notNames.has(w) }

// IsAbbreviation reports a word whose period does not end a sentence.
func (l *Language) IsAbbreviation(w string) bool { return l.abbreviations.has(w) }

// PronounOf returns what a subject pronoun can refer to.
func (l *Language) PronounOf(w string) (Pronoun, bool) {
	p, ok := l.Pronouns[strings.ToLower(w)]
	return p, ok
}

// RoleNoun returns whether w heads a description of a source, and its gender.
func (l *Language) RoleNoun(w string) (Gender, bool) {
	g, ok := l.RoleNouns[strings.ToLower(w)]
	return g, ok
}
