package lexicon

import (
	"strings"
	"sync"
)

// DisputeData is the language data of the dispute finder, written in each
// language's file apart from the cue tables (englishDisputes, …). Phrases
// are lower case, words joined by one space.
type DisputeData struct {
	// Counters deny, reject or refute a claim, as verbs and as nouns
	// ("denied", "pushed back", "desmintió", "negou", "denial").
	Counters []string
	// Verdicts call a claim false or unsupported ("not true", "no evidence",
	// "baseless", "Pants on Fire", "sin fundamento", "não é verdade").
	Verdicts []string
	// Contrasts oppose what follows to what came before ("but", "however",
	// "in fact", "sin embargo", "no entanto").
	Contrasts []string
	// ClaimNouns name a claim as the object of a counter ("the notion
	// that", "the allegations", "los cuestionamientos").
	ClaimNouns []string
	// Negations turn an account into its opposite ("not", "never", "no").
	Negations []string
	// Antonyms are pairs of words whose accounts oppose ("legal",
	// "illegal").
	Antonyms [][2]string
	// FirstPerson are the pronouns of a source speaking of itself ("I",
	// "we", "yo", "eu"): the accused's answer to an accusation is most
	// often in the first person.
	FirstPerson []string
	// Stop are words that carry no topic when a counter is matched with
	// its claim.
	Stop []string
	// ClaimLinks open the content of a claim noun as a complementizer
	// does: "a court ruling declaring the ban unconstitutional".
	ClaimLinks []string
	// ContentNouns take a claim as their content only through a
	// complementizer or a claim link ("a court ruling declaring …", "la
	// decisão que declara …"); alone they name no claim.
	ContentNouns []string
	// Praise and Blame are words of judgement, favourable and unfavourable
	// ("legal", "illegal"; "progress", "abuses"): two sources that judge
	// the same thing with opposite ones, each not negated, disagree.
	Praise, Blame []string
	// Predicative are the words besides stop words that may follow a word
	// of judgement that judges ("illegal under international law"); any
	// other word after it is the noun it classifies ("legal
	// consultation"), and the word is then no judgement. Empty in languages
	// whose adjectives follow their noun.
	Predicative []string
	// Comparisons set a figure against another ("less than", "menor
	// que", "menos do que"): a sentence of the article's own that compares
	// its figure with the figure of a claim corrects the claim.
	Comparisons []string
	// Hypotheticals open an alternative or a condition ("either", "if",
	// "si", "caso"): a word of judgement right after one is not asserted
	// ("can either be offensive or …").
	Hypotheticals []string
}

// Disputes is DisputeData ready for look-ups.
type Disputes struct {
	counters, verdicts, contrasts, claimNouns, negations, stop, firstPerson, claimLinks, contentNouns set
	antonyms                                                                                          map[string]string
	// judgement maps a word of judgement to +1 (praise) or -1 (blame).
	judgement map[string]int
	// lang reads an inflected word of judgement back to the listed one.
	lang *Language
	// comparisons, by the most words one that opens with a word has.
	comparisons, hypotheticals set
	comparisonWords            map[string]int
	// predicative is nil where a word of judgement judges whatever follows.
	predicative set
	// longest is the most words any counter, verdict or contrast has.
	longest int
	// starts maps the first word of every counter, verdict and contrast to
	// the most words such a phrase has, so that a reader tries no phrase
	// that cannot be one.
	starts map[string]int
}

var disputeRegistry = map[string]func() DisputeData{"en": englishDisputes, "es": spanishDisputes, "pt": portugueseDisputes}

var disputesBuilt sync.Map // code → *Disputes

// Disputes returns the dispute data of the language, built on first use.
func (l *Language) Disputes() *Disputes {
	if d, ok := disputesBuilt.Load(l.Code); ok {
		return d.(*Disputes)
	}
	f, ok := disputeRegistry[l.Code]
	if !ok {
		f = englishDisputes
	}
	d, _ := disputesBuilt.LoadOrStore(l.Code, buildDisputes(f(), l))
	return d.(*Disputes)
}

func buildDisputes(d DisputeData, l *Language) *Disputes {
	out := &Disputes{lang: l,
		counters: makeSet(d.Counters), verdicts: makeSet(d.Verdicts), contrasts: makeSet(d.Contrasts),
		claimNouns: makeSet(d.ClaimNouns), negations: makeSet(d.Negations), stop: makeSet(d.Stop),
		firstPerson: makeSet(d.FirstPerson), claimLinks: makeSet(d.ClaimLinks), contentNouns: makeSet(d.ContentNouns),
		antonyms: map[string]string{}, judgement: map[string]int{},
	}
	out.hypotheticals = makeSet(d.Hypotheticals)
	out.comparisons, out.comparisonWords = makeSet(d.Comparisons), map[string]int{}
	for _, w := range d.Comparisons {
		f := strings.Fields(w)
		out.comparisonWords[f[0]] = max(out.comparisonWords[f[0]], len(f))
	}
	if len(d.Predicative) > 0 {
		out.predicative = makeSet(d.Predicative)
	}
	for _, w := range d.Praise {
		out.judgement[w] = 1
	}
	for _, w := range d.Blame {
		out.judgement[w] = -1
	}
	for _, p := range d.Antonyms {
		out.antonyms[p[0]], out.antonyms[p[1]] = p[1], p[0]
	}
	out.starts = map[string]int{}
	for _, list := range [][]string{d.Counters, d.Verdicts, d.Contrasts} {
		for _, w := range list {
			f := strings.Fields(strings.ToLower(w))
			if len(f) == 0 {
				continue
			}
			out.longest = max(out.longest, len(f))
			out.starts[f[0]] = max(out.starts[f[0]], len(f))
		}
	}
	return out
}

// MarkerWords returns the most words a counter, verdict or contrast that
// opens with the lower-case word first has, or 0 when none opens with it.
func (d *Disputes) MarkerWords(first string) int { return d.starts[first] }

// IsHypothetical reports a word that opens an alternative or a condition
// ("either", "if").
func (d *Disputes) IsHypothetical(w string) bool { return d.hypotheticals.has(w) }

// ComparisonWords returns the most words a comparison that opens with the
// lower-case word first has, or 0 when none opens with it.
func (d *Disputes) ComparisonWords(first string) int { return d.comparisonWords[first] }

// IsComparison reports a phrase that sets a figure against another ("less
// than").
func (d *Disputes) IsComparison(words string) bool { return d.comparisons.has(words) }

// Longest is the number of words of the longest counter, verdict or
// contrast phrase.
func (d *Disputes) Longest() int { return d.longest }

// IsCounter reports a phrase that denies or rejects a claim.
func (d *Disputes) IsCounter(words string) bool { return d.counters.has(words) }

// IsVerdict reports a phrase that calls a claim false or unsupported.
func (d *Disputes) IsVerdict(words string) bool { return d.verdicts.has(words) }

// IsContrast reports a phrase that opposes what follows to what precedes.
func (d *Disputes) IsContrast(words string) bool { return d.contrasts.has(words) }

// IsClaimNoun reports a noun that names a claim.
func (d *Disputes) IsClaimNoun(w string) bool { return d.claimNouns.has(w) }

// IsClaimLink reports a word that opens a claim noun's content as a
// complementizer does ("declaring").
func (d *Disputes) IsClaimLink(w string) bool { return d.claimLinks.has(w) }

// IsContentNoun reports a noun that takes a claim as its content only
// through a complementizer or a claim link ("ruling").
func (d *Disputes) IsContentNoun(w string) bool { return d.contentNouns.has(w) }

// IsNegation reports a word that negates.
func (d *Disputes) IsNegation(w string) bool { return d.negations.has(w) }

// IsStop reports a word that carries no topic.
func (d *Disputes) IsStop(w string) bool { return d.stop.has(w) }

// Antonym returns the opposite of w, or "".
func (d *Disputes) Antonym(w string) string { return d.antonyms[strings.ToLower(w)] }

// IsFirstPerson reports a pronoun of a source speaking of itself.
func (d *Disputes) IsFirstPerson(w string) bool { return d.firstPerson.has(w) }

// Judgement returns +1 for a word of praise, -1 for one of blame, else 0.
// A plural ("failures", "ilegales", "legais") and a feminine
// ("legítimas") are read as the listed singular and masculine, by the
// language's Plurals and Feminines rules.
func (d *Disputes) Judgement(w string) int {
	j := 0
	d.lang.anyForm(strings.ToLower(w), func(f string) bool {
		j = d.judgement[f]
		return j != 0
	})
	return j
}

// Classifies reports a word of judgement followed by next that classifies
// the noun next rather than judges ("legal consultation"): next is no stop
// word, no word of judgement and none that may follow a predicative one.
func (d *Disputes) Classifies(next string) bool {
	return d.predicative != nil && next != "" && !d.stop.has(next) && !d.predicative.has(next) && d.Judgement(next) == 0
}
