package attribution

// The source of a cue, read in steps tried in order: an "according to"
// phrase (accordingSource), a subject before the cue (subjectSource), the
// subject a participle shares (participleSource), a passive that names no
// source (passiveSource), the words before the cue as a description
// (describedSource), a source after the cue (invertedSource), and last the
// subject a verb with none on the page carries (nullSubject).

import (
	"sort"
	"strings"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

// sourceQuery is what the steps of source read: cue c of a block whose
// sentence is the tokens [lo, hi).
type sourceQuery struct {
	text   string
	info   *blockInfo
	c      cue
	lo, hi int
}

// source parses the source of cue c, which lies in the sentence [lo, hi).
func (a *attributor) source(text string, info *blockInfo, c cue, lo, hi int) cueSource {
	q := sourceQuery{text: text, info: info, c: c, lo: lo, hi: hi}
	return a.clauseAntecedent(q, a.latterSource(q, a.sourceSteps(q)))
}

// sourceSteps tries the steps of source in order.
func (a *attributor) sourceSteps(q sourceQuery) cueSource {
	c, info, lo := q.c, q.info, q.lo
	if c.according {
		return a.accordingSource(q)
	}
	// "Webb confessed to the kidnapping, admitting that …": a participle
	// after a comma shares the subject of the cue before it.
	if cueBefore(info, c, lo) || afterComma(info.toks, c, lo) && a.lang.IsGerund(c.key) || a.prepositionGerund(info.toks, c, lo) {
		if s, done := a.participleSource(q); done && s.ok {
			return s
		}
	}
	if s, ok := a.issuedSource(q); ok {
		return s
	}
	if c.agent {
		return a.agentSource(q)
	}
	if c.reason {
		return a.reasonSource(q)
	}
	if s, done := a.subjectSource(q); done {
		return s
	}
	if s, done := a.participleSource(q); done {
		return s
	}
	if s, done := a.passiveSource(q); done {
		return s
	}
	if s, done := a.describedSource(q); done {
		return s
	}
	if s, done := a.invertedSource(q); done {
		return s
	}
	return a.nullSubject(info, c, lo)
}

// latterSource reads a source that points back at the last person named
// ("the latter said", "Esta última ha compartido que …") as that person:
// the last run of two or more name words before it in its block.
func (a *attributor) latterSource(q sourceQuery, s cueSource) cueSource {
	toks := q.info.toks
	if !s.ok || s.to <= s.from || s.to-s.from > 2 || !a.lang.IsLatter(toks[s.to-1].Lower()) {
		return s
	}
	det := s.to - 2
	if det < 0 || toks[det].Kind != token.Word || !a.lang.IsDemonstrative(toks[det].Lower()) && !a.lang.IsDefinite(toks[det].Lower()) {
		return s
	}
	if m, ok := a.lastName(q, 0, det, false); ok {
		s.m = m
	}
	return s
}

// clauseAntecedent reads a singular pronoun subject after a concessive
// clause that names a person ("While the campaign did not appeal to Julie
// Graham, …, she said …") as that person.
func (a *attributor) clauseAntecedent(q sourceQuery, s cueSource) cueSource {
	toks := q.info.toks
	if !s.ok || s.m.Kind != speaker.Pronoun || s.m.Plural || s.inverted || s.from < 3 || toks[s.from-1].Text != "," {
		return s
	}
	// The sentence may have been cut inside a quotation of its own
	// ("While the “Meth. We’re on it.” campaign …"): its start is after
	// the last full stop outside quotations, at most an appositive's length
	// back (a run-on paragraph of ", she said" would make it quadratic).
	lo := s.from - 1
	for lo > 0 && s.from-lo <= maxAppositiveWords && !(!q.info.inQuote[lo-1] && toks[lo-1].Kind == token.Punct && strings.ContainsAny(toks[lo-1].Text, ".?!")) {
		lo--
	}
	if !a.lang.IsConcessive(toks[lo].Lower()) {
		return s
	}
	if m, ok := a.lastName(q, lo+1, s.from-1, true); ok && (m.Gender == lexicon.Unknown || s.m.Gender == lexicon.Unknown || m.Gender == s.m.Gender) {
		s.m = m
	}
	return s
}

// lastName returns the last run of two or more name words in [lo, end)
// outside quotations that parses as a name; with person, a run with a role
// noun in it ("Washington State Department") is an organisation and passed
// over.
func (a *attributor) lastName(q sourceQuery, lo, end int, person bool) (speaker.Mention, bool) {
	toks := q.info.toks
	for e := end; e > lo; e-- {
		k := e
		for k > lo && !q.info.inQuote[k-1] && toks[k-1].Kind == token.Word && toks[k-1].Cap && !a.lang.IsNotName(toks[k-1].Text) {
			k--
		}
		if e-k < 2 || person && a.hasRoleNoun(toks[k:e]) {
			e = k
			continue
		}
		if m, ok := speaker.ParseNP(q.text, toks, k, e, a.lang); ok && m.Kind == speaker.Name {
			return m, true
		}
		e = k
	}
	return speaker.Mention{}, false
}

// cueBefore reports a participle cue c after a comma with a cue of its
// sentence, not "according to", before it.
func cueBefore(info *blockInfo, c cue, lo int) bool {
	if c.from == 0 || info.toks[c.from-1].Text != "," {
		return false
	}
	// The cues are in reading order: look back from c to its sentence's
	// start only, not from the block's first cue.
	i := sort.Search(len(info.cues), func(i int) bool { return info.cues[i].from >= c.from })
	for j := i - 1; j >= 0 && info.cues[j].from >= lo; j-- {
		if !info.cues[j].according {
			return true
		}
	}
	return false
}

// prepositionGerund reports a participle after a preposition of time or
// manner ("before saying", "after admitting"), whose subject is its
// clause's.
func (a *attributor) prepositionGerund(toks []token.Token, c cue, lo int) bool {
	if c.from <= lo+1 || !a.lang.IsGerund(c.key) {
		return false
	}
	p := toks[c.from-1]
	return p.Kind == token.Word && !p.Cap && a.lang.IsAdverbialStart(p.Lower()) && a.lang.IsPreposition(p.Lower())
}

// afterComma reports a cue right after a comma in its sentence, or after
// a quotation that ends with one ("“…,” promising …").
func afterComma(toks []token.Token, c cue, lo int) bool {
	if c.from > lo+1 && toks[c.from-1].Kind == token.Mark {
		return toks[c.from-2].Text == ","
	}
	return c.from > lo && toks[c.from-1].Text == ","
}

// accordingSource reads the source an "according to" phrase names after
// it, or the document an opening "In the latest poll," names.
func (a *attributor) accordingSource(q sourceQuery) cueSource {
	c, toks, hi := q.c, q.info.toks, q.hi
	if a.lang.IsEvidenceIn(c.key) {
		return a.evidenceInSource(q)
	}
	if learnedBy(toks, c.to, hi, a.lang) {
		return cueSource{}
	}
	// "Para ele, …", "para él", "in his view", "no entendimento dele":
	// the phrase holds its source.
	for k := c.from + 1; k < c.to; k++ {
		p, ok := a.lang.PronounOf(toks[k].Text)
		if !ok {
			p, ok = a.lang.PossessiveOf(toks[k].Text)
		}
		if ok {
			m := speaker.Mention{Kind: speaker.Pronoun, Text: toks[k].Text, Gender: p.Gender, Plural: p.Number == lexicon.Plural}
			return cueSource{m: m, ok: true, from: k, to: c.to, inverted: true}
		}
	}
	if k := verbAfterAccording(toks, c.to, hi, a.lang); k > c.to {
		c.to = k
		q.c = c
	}
	srcHi := hi
	if c.from == q.lo {
		// "Segundo a CNN Brasil, o presidente do Senado pediu …": the
		// source of a sentence-initial "according to" ends at its
		// comma.
		for k := c.to; k < hi; k++ {
			if toks[k].Text == "," {
				srcHi = k
				break
			}
		}
	}
	m, end, ok := subjectAfter(q.text, toks, c.to, srcHi, q.info.inQuote, a.lang)
	if !ok {
		m, end, ok = describedAfter(q.text, toks, c.to, hi, a.lang)
	}
	if !ok {
		m, end, ok = accordingPhrase(q, m, end)
	}
	return cueSource{m: m, ok: ok, from: c.to, to: end, inverted: true}
}

// agentSource reads the agent after a passive participle's preposition
// ("encontradas por la Contraloría fue", "informado por aliados de que"):
// up to a copula or a complementizer.
func (a *attributor) agentSource(q sourceQuery) cueSource {
	toks, k := q.info.toks, q.c.to+1
	end := agentEnd(toks, k, q.hi, a.lang)
	if q.c.view {
		// "… até por aliados.": the agent ends its clause.
		for end = k; end < q.hi && toks[end].Kind == token.Word && !q.info.inQuote[end]; end++ {
		}
	} else if end <= k || end >= q.hi {
		return cueSource{}
	}
	if end <= k {
		return cueSource{}
	}
	// "apontada por ele é": a pronoun alone.
	if p, ok := a.lang.PronounOf(toks[k].Text); ok && end == k+1 {
		m := speaker.Mention{Kind: speaker.Pronoun, Text: toks[k].Text, Gender: p.Gender, Plural: p.Number == lexicon.Plural}
		return cueSource{m: m, ok: true, from: k, to: end, inverted: true}
	}
	m, _, ok := subjectAfter(q.text, toks, k, end, q.info.inQuote, a.lang)
	return cueSource{m: m, ok: ok, from: k, to: end, inverted: true}
}

// reasonSource reads the subject after the comma that ends a reason
// clause ("Por entender que …, ele não voltará atrás"): a pronoun or a
// name or description.
func (a *attributor) reasonSource(q sourceQuery) cueSource {
	toks := q.info.toks
	k := reasonComma(toks, q.c.to, q.hi, q.info.inQuote) + 1
	if k <= 0 || k >= q.hi {
		return cueSource{}
	}
	if p, ok := a.lang.PronounOf(toks[k].Text); ok {
		m := speaker.Mention{Kind: speaker.Pronoun, Text: toks[k].Text, Gender: p.Gender, Plural: p.Number == lexicon.Plural}
		return cueSource{m: m, ok: true, from: k, to: k + 1, inverted: true}
	}
	m, end, ok := subjectAfter(q.text, toks, k, q.hi, q.info.inQuote, a.lang)
	return cueSource{m: m, ok: ok, from: k, to: end, inverted: true}
}

// reasonComma returns the comma that ends a reason clause opened at k, or
// -1.
func reasonComma(toks []token.Token, k, hi int, inQuote []bool) int {
	for j := k; j < hi; j++ {
		if toks[j].Text == "," && !inQuote[j] {
			return j
		}
	}
	return -1
}

// agentEnd returns where the agent that starts at k ends: at the copula or
// the complementizer ("de que") after it, or k when neither follows within
// a few words.
func agentEnd(toks []token.Token, k, hi int, lang *lexicon.Language) int {
	for j := k; j < hi && j-k <= maxAppositiveWords; j++ {
		t := toks[j]
		if t.Kind != token.Word || t.Cap {
			if t.Kind == token.Punct && t.Text != "(" && t.Text != ")" && t.Text != "." {
				return k
			}
			continue
		}
		w := t.Lower()
		if j > k && (lang.IsPassiveAux(w) || lang.IsDeclarative(w) || lang.IsPreposition(w) && j+1 < hi && lang.IsDeclarative(toks[j+1].Lower())) {
			return j
		}
	}
	return k
}

// learnedBy reports an "according to" whose next few words, before a
// comma or a name, hold a verb of learning: "según pudo saber LA NACION",
// "según se conoció ayer", "de acuerdo a lo que ha conocido este
// rotativo" report what the writer's outlet found out, not a source.
func learnedBy(toks []token.Token, k, hi int, lang *lexicon.Language) bool {
	for j := k; j < hi && j-k < maxLearningGap; j++ {
		if toks[j].Kind != token.Word || toks[j].Cap {
			return false
		}
		if lang.IsLearning(toks[j].Lower()) {
			return true
		}
	}
	return false
}

// maxLearningGap bounds the words learnedBy reads after the phrase.
const maxLearningGap = 4

// verbAfterAccording returns where the source starts after a speech verb
// that follows "según" or "segundo" ("según explicó el investigador Carlos
// Schaefer", "según ha explicado a este diario un portavoz"), or k when no
// verb and source follow ("according to reports, …").
func verbAfterAccording(toks []token.Token, k, hi int, lang *lexicon.Language) int {
	v := cueAt(toks, k, hi, lang)
	if v == k {
		return k
	}
	n := afterHearer(toks, v, hi, lang)
	if n >= hi || toks[n].Kind != token.Word || !toks[n].Cap && !lang.IsDeterminer(toks[n].Lower()) {
		return k
	}
	return n
}

// cueAt returns the end of the longest lower-case cue that starts at
// toks[k] ("explicó", "ha explicado"), or k.
func cueAt(toks []token.Token, k, hi int, lang *lexicon.Language) int {
	if k >= hi || toks[k].Kind != token.Word || toks[k].Cap {
		return k
	}
	for n := min(lang.CueStart(toks[k].Lower()), hi-k); n > 0; n-- {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = toks[k+i].Lower()
		}
		if lang.IsCue(strings.Join(ws, " ")) {
			return k + n
		}
	}
	return k
}

// evidenceInSource reads the document of an opening "In the previous
// Washington Post/ABC News national poll, …": the phrase up to the comma.
func (a *attributor) evidenceInSource(q sourceQuery) cueSource {
	c, info := q.c, q.info
	end := c.to
	for end < q.hi && info.toks[end].Text != "," {
		end++
	}
	// "In a Nov. 5 letter, Doctors for Camp Closure pleaded …": a
	// sentence with a speaker and a cue of its own after the phrase
	// names the channel, not the source.
	first := sort.Search(len(info.cues), func(i int) bool { return info.cues[i].from > end })
	if first < len(info.cues) && info.cues[first].from < q.hi && info.cues[first].from-end <= maxChannelGap {
		return cueSource{}
	}
	m := speaker.Mention{Kind: speaker.Description, Text: words(q.text, info.toks, c.to, end)}
	return cueSource{m: m, ok: end > c.to, from: c.to, to: end, inverted: true}
}

// accordingPhrase takes the words after an "according to" that names no
// subject as a description of its source: up to the comma of a
// sentence-initial phrase, or the short rest of the sentence after a
// comma. It returns m and end unchanged when neither holds.
func accordingPhrase(q sourceQuery, m speaker.Mention, end int) (speaker.Mention, int, bool) {
	c, toks, hi := q.c, q.info.toks, q.hi
	if c.from == q.lo {
		// "According to early results of exit polls conducted for …,
		// content": everything up to the comma is the source.
		end = c.to
		for end < hi && end-c.to < maxAppositiveWords && toks[end].Text != "," {
			end++
		}
		if end < hi && end > c.to {
			return speaker.Mention{Kind: speaker.Description, Text: words(q.text, toks, c.to, end)}, end, true
		}
		return m, end, false
	}
	if c.from > q.lo && toks[c.from-1].Text == "," {
		// "…, according to federal statistics.": the rest of the
		// sentence, when short, is the source.
		end = c.to
		for end < hi && end-c.to < maxAppositiveWords && toks[end].Kind == token.Word && !q.info.inQuote[end] {
			end++
		}
		if end > c.to && (end == hi || toks[end].Text == "." || toks[end].Text == "," && end+1 < hi && toks[end+1].Kind != token.Word) {
			return speaker.Mention{Kind: speaker.Description, Text: words(q.text, toks, c.to, end)}, end, true
		}
	}
	return m, end, false
}

// subjectEnd returns where the subject of cue c ends: before what may stand
// between the subject and the cue, adverbs and auxiliaries, a
// progressive's "is" ("Trump is demanding that …": not a passive), a modal
// ("the government could deny") or a verb with "to" ("who had to
// reject").
func (a *attributor) subjectEnd(q sourceQuery) int {
	toks, c := q.info.toks, q.c
	subjEnd := c.from
	ing := a.lang.IsGerund(c.key)
	for subjEnd > q.lo {
		w := toks[subjEnd-1].Lower()
		if a.lang.IsSubjectAdverb(w) || ing && a.lang.IsProgressiveAux(w) || !ing && a.lang.IsModal(w) {
			subjEnd--
			continue
		}
		if !ing && a.lang.IsInfinitiveMarker(w) && subjEnd-1 > q.lo && a.lang.IsToVerb(toks[subjEnd-2].Lower()) {
			subjEnd -= 2
			continue
		}
		// "The Palestinian Authority - which considers … - called for":
		// an aside between dashes.
		if toks[subjEnd-1].Kind == token.Dash {
			if j := openingDash(toks, q.lo, subjEnd-1); j > q.lo {
				subjEnd = j
				continue
			}
		}
		// "The court last week ruled", "Trump on Monday said": a time
		// between the subject and the cue.
		if j := timeBefore(toks, q.lo, subjEnd, a.lang); j < subjEnd {
			subjEnd = j
			continue
		}
		break
	}
	return subjEnd
}

// openingDash returns the dash in toks[lo:end] nearest to end, or -1; an
// aside is at most maxAppositiveWords long, so the search looks no further
// back (a run-on sentence of cues would make it quadratic).
func openingDash(toks []token.Token, lo, end int) int {
	for j := end - 1; j >= lo && end-j <= maxAppositiveWords; j-- {
		if toks[j].Kind == token.Dash {
			return j
		}
	}
	return -1
}

// timeBefore returns where a time phrase of two or more words that ends at
// end starts ("last week", "on Monday"), or end when there is none or
// nothing would stand before it.
func timeBefore(toks []token.Token, lo, end int, lang *lexicon.Language) int {
	j := end
	for j > lo && toks[j-1].Kind == token.Word && (lang.IsTimeWord(toks[j-1].Lower()) || lang.IsWeekday(toks[j-1].Lower())) {
		j--
	}
	// "Sanders (I-Vt.) on Saturday said": a party tag may close the
	// subject.
	if end-j < 2 || j == lo || toks[j-1].Kind != token.Word && toks[j-1].Text != ")" {
		return end
	}
	return j
}

// subjectSource reads the subject before the cue; a cue by which evidence
// attributes takes a document as its subject, and no other. done reports
// that the source is decided, found or ruled out.
func (a *attributor) subjectSource(q sourceQuery) (s cueSource, done bool) {
	c, info := q.c, q.info
	subjEnd := a.subjectEnd(q)
	m, start, ok := subjectBefore(q.text, info.toks, q.lo, subjEnd, info.inQuote, a.lang)
	thatFollows := c.to < q.hi && a.lang.IsComplementizer(info.toks[c.to].Lower())
	if c.show && !thatFollows && (!ok || !namesEvidence(m.Text, a.lang)) {
		// "A USA TODAY analysis of super PACs that have raised $1
		// million or more since Jan. 1, 2015, shows …": a long phrase
		// whose head is a document.
		if em, es, eok := evidenceBefore(q.text, info.toks, q.lo, subjEnd, info.inQuote, a.lang); eok {
			m, start, ok = em, es, true
		}
	}
	if c.show && !c.object && !a.lang.IsBare(c.key) && !thatFollows {
		// "The latest poll showed Trump leading": only documents and
		// figures show.
		if !ok || m.Kind == speaker.Pronoun || !namesEvidence(m.Text, a.lang) {
			return cueSource{}, true
		}
	}
	if ok {
		return cueSource{m: m, ok: true, from: start, to: c.from}, true
	}
	return cueSource{}, false
}

// participleSource gives a participle after a comma or a phrase the
// sentence's source ("Rubio tweeted, saying …", "Swift posted on Twitter
// accusing …").
func (a *attributor) participleSource(q sourceQuery) (cueSource, bool) {
	c, info, lo := q.c, q.info, q.lo
	// "…, after accusing them of …", "… questions about Mr. Trump before
	// saying, “…”": a participle after a preposition of time or manner.
	prep := a.prepositionGerund(info.toks, c, lo)
	if prep {
		c.from--
	}
	if !(c.from > lo && a.lang.IsGerund(c.key) && (prep || afterComma(info.toks, c, lo) || objectOfPreposition(info.toks, lo, walkBack(info.toks, lo, c.from, info.inQuote, a.lang), c.from, a.lang))) {
		return cueSource{}, false
	}
	m, start, ok := a.clauseSubject(q, c.from-1)
	if !ok {
		m, start, ok = firstSource(q.text, info.toks, lo, c.from-1, info.inQuote, a.lang)
	}
	if ok {
		// "… is a complicated beast, showing how …": only evidence
		// shows.
		if c.show && !namesEvidence(m.Text, a.lang) {
			return cueSource{}, true
		}
		return cueSource{m: m, ok: true, from: start, to: c.from}, true
	}
	if m, start, ok := nearestSource(q.text, info.toks, lo, c.from-1, info.inQuote, a.lang); ok {
		return cueSource{m: m, ok: true, from: start, to: c.from}, true
	}
	// "“…,” he says, adding that …": the pronoun of the cue before the
	// comma.
	if k := c.from - 2; k-1 > lo && info.toks[c.from-1].Text == "," && a.lang.IsCue(info.toks[k].Lower()) {
		if p, ok := a.lang.PronounOf(info.toks[k-1].Text); ok {
			m := speaker.Mention{Kind: speaker.Pronoun, Text: info.toks[k-1].Text, Gender: p.Gender, Plural: p.Number == lexicon.Plural}
			return cueSource{m: m, ok: true, from: k - 1, to: k}, true
		}
	}
	return cueSource{}, false
}

// passiveSource decides a passive cue ("being dismissed as", "was asked"),
// which names no source before it; a passive speech cue still reports
// ("We're told that …", "it was reported that …"), by a source the
// article keeps unnamed.
func (a *attributor) passiveSource(q sourceQuery) (cueSource, bool) {
	c, toks, lo, hi := q.c, q.info.toks, q.lo, q.hi
	if !(c.from > lo && (a.lang.IsPassiveAux(toks[c.from-1].Lower()) || pronounBe(toks[c.from-1], a.lang))) {
		return cueSource{}, false
	}
	// "Consumer advocates are urging the PUC to …": a progressive, not
	// a passive.
	if a.lang.IsGerund(c.key) && a.lang.IsProgressiveAux(toks[c.from-1].Lower()) {
		return cueSource{}, false
	}
	if a.lang.IsBare(c.key) && !c.object {
		return cueSource{ok: true, from: c.from, to: c.from, unnamed: true}, true
	}
	// "Calls to establish a commission … were rejected." with no "by":
	// the subject is what was denied.
	if c.denial && c.from-1 > lo && (c.to >= hi || toks[c.to].Kind == token.Punct && toks[c.to].Text != ",") {
		return cueSource{ok: true, from: c.from, to: c.from, unnamed: true, rejected: true}, true
	}
	return cueSource{}, true
}

// describedSource takes the words before the cue as a description of its
// source when nothing better names it ("47 percent said", "multiple
// sources privy to the talks say").
func (a *attributor) describedSource(q sourceQuery) (cueSource, bool) {
	c, info, lo := q.c, q.info, q.lo
	end := a.subjectEnd(q)
	for end > lo && info.toks[end-1].Kind == token.Word && (a.lang.IsSubjectAdverb(info.toks[end-1].Lower()) || a.lang.IsAdverb(info.toks[end-1].Lower()) && !info.toks[end-1].Cap) {
		end--
	}
	if end <= lo || info.toks[end-1].Kind != token.Word || info.inQuote[end-1] {
		return cueSource{}, false
	}
	start := walkBack(info.toks, lo, end, info.inQuote, a.lang)
	if start >= end || objectOfPreposition(info.toks, lo, start, end, a.lang) {
		return cueSource{}, false
	}
	if _, pron := a.lang.PronounOf(info.toks[start].Text); pron || !a.loneQuantifier(info.toks, lo, start, end) && (onlyFunctionWords(info.toks[start:end], a.lang) || !nounLike(info.toks[end-1], a.lang)) {
		return cueSource{}, false
	}
	m := speaker.Mention{Kind: speaker.Description, Text: words(q.text, info.toks, start, end), Plural: pluralHead(info.toks[start:end], a.lang)}
	return cueSource{m: m, ok: true, from: start, to: c.from, generic: true}, true
}

// loneQuantifier reports a quantifier standing alone as the subject after
// a comma ("…, many have voiced concerns that …", "…, some argue"): not
// an article or a possessive.
func (a *attributor) loneQuantifier(toks []token.Token, lo, start, end int) bool {
	// "…, many fear that", "…, but many are concerned that".
	p := start - 1
	if p > lo && toks[p].Kind == token.Word && !toks[p].Cap && a.lang.IsCoordinator(toks[p].Lower()) {
		p--
	}
	if end-start != 1 || start == lo || p < lo || toks[p].Text != "," {
		return false
	}
	w := toks[start].Lower()
	_, poss := a.lang.PossessiveOf(w)
	return a.lang.IsDeterminer(w) && !a.lang.IsDefinite(w) && !poss && len(w) > 2
}

// invertedSource reads a source after its cue, only right after a
// quotation, a comma or a colon, and not for a belief, whose noun after it
// is what is believed about ("The thaw, welcomed by many, worried Mr.
// Georgelis").
func (a *attributor) invertedSource(q sourceQuery) (cueSource, bool) {
	c, info := q.c, q.info
	if c.from == 0 || c.belief && !markBefore(info.toks, q.lo, c.from) {
		return cueSource{}, false
	}
	p := info.toks[c.from-1]
	if p.Kind != token.Mark && p.Text != "," && p.Text != ":" && p.Kind != token.Dash {
		return cueSource{}, false
	}
	m, end, ok := subjectAfter(q.text, info.toks, c.to, q.hi, info.inQuote, a.lang)
	if !ok && afterQuotation(info.toks, c.from) {
		k := afterHearer(info.toks, skipConnective(info.toks, c.to, q.hi, a.lang), q.hi, a.lang)
		m, end, ok = bareAfter(q.text, info.toks, k, q.hi, a.lang)
	}
	if !ok {
		return cueSource{}, false
	}
	if m.Kind == speaker.Description {
		m = a.namedApposition(q, m, end)
	}
	return cueSource{m: m, ok: ok, from: c.to, to: end, inverted: true}, true
}

// namedApposition returns the name a described source after its cue is
// given in an apposition that ends the sentence ("said another witness in
// the impeachment probe, former White House Russia adviser Fiona Hill"),
// or m.
func (a *attributor) namedApposition(q sourceQuery, m speaker.Mention, end int) speaker.Mention {
	toks, hi := q.info.toks, q.hi
	for k := end; k < hi && k-end <= maxSubjectWords; k++ {
		if toks[k].Text != "," {
			continue
		}
		if !roleAndName(toks, k+1, hi, a.lang) {
			return m
		}
		e := hi
		for e > k+1 && toks[e-1].Kind != token.Word {
			e--
		}
		if n, ok := speaker.ParseNP(q.text, toks, k+1, e, a.lang); ok && n.Kind == speaker.Name {
			return n
		}
		return m
	}
	return m
}

// hasRoleNoun reports a role noun among toks.
func (a *attributor) hasRoleNoun(toks []token.Token) bool {
	for _, t := range toks {
		if _, ok := a.lang.RoleNoun(t.Lower()); ok {
			return true
		}
	}
	return false
}
