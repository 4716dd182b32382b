package attribution

// The reported-speech stage: for one cue with a source, the span of its
// sentence it reports. Its input is a report (the block's words, the
// sources of its cues, the cue and its sentence) and its output a content
// span [from, to) of tokens, found in three steps: where the content
// starts (content, contentStart, admitContent), where it ends (contentEnd,
// nextAttribution), and whether what is left is reported speech
// (trimContent). indirect records it.

import (
	"strings"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

// report is one cue whose reported speech is read: the block's words, the
// sources of its cues, the cue and its sentence.
type report struct {
	info   *blockInfo
	srcs   []cueSource
	ci     int
	c      cue
	src    cueSource
	sent   [2]int
	sentOf []int
}

func (a *attributor) indirect(b int, text string, info *blockInfo, ci int, srcs []cueSource, e *speaker.Entity, sents [][2]int, sentOf []int) {
	r := report{info: info, srcs: srcs, ci: ci, c: info.cues[ci], src: srcs[ci], sent: sents[sentOf[info.cues[ci].from]], sentOf: sentOf}
	from, to, ok := a.content(r)
	if !ok {
		return
	}
	from, to, ok = a.trimContent(r, from, to)
	if !ok {
		return
	}
	c, toks := r.c, info.toks
	start, end := toks[from].Start, toks[to-1].End
	for k := from; k < to && k < len(a.covered); k++ {
		a.covered[k] = true
	}
	att := Attribution{
		Block: b, Start: start, End: end, Cue: c.text, Speaker: e,
		Evidence: "reported speech", Confidence: confIndirect, Denial: c.denial,
		Sentence: sentenceText(text, toks, sents, sentOf[c.from]),
	}
	if a.lang.IsAccusation(c.key) {
		att.Target = a.accused(text, toks, from, to)
	}
	a.out = append(a.out, att)
}

// content finds the span of toks that cue r.c reports: before the cue
// ("…, officials said"), a passive's subject, or after it, to the end of its
// clause. ok is false when the cue reports nothing.
func (a *attributor) content(r report) (from, to int, ok bool) {
	info, src, c, sent := r.info, r.src, r.c, r.sent
	toks := info.toks
	// A stance cue or a passive inside content already reported ("Hicks
	// said she plans to give …", "said the firm had been warned") is part
	// of that content, not another quote.
	if (c.object || c.belief || src.unnamed) && c.from > 0 && c.from < len(a.covered) && a.covered[c.from] {
		return
	}
	// "So now you know that …": the writer addresses the reader.
	if f := strings.Fields(src.m.Text); len(f) > 0 && a.lang.IsReader(f[len(f)-1]) {
		return
	}
	if c.agent {
		return a.agentContent(r)
	}
	if c.reason {
		// "Por entender que …,": the clause up to the comma.
		to := reasonComma(toks, c.to, sent[1], info.inQuote)
		return c.to, to, src.ok && to > c.to
	}
	from, to, before := contentBefore(toks, c, src, sent, a.lang)
	if before && to > from {
		to = nameAfterQuote(toks, from, to)
	}
	if src.rejected {
		// The subject before the auxiliary, from the sentence start or
		// the last comma before it.
		from, to, before = sent[0], c.from-1, true
		for k := to - 1; k > from; k-- {
			if toks[k].Text == "," && !info.inQuote[k] {
				from = k + 1
				break
			}
		}
	}
	if before {
		return from, to, true
	}
	// "alertó al Ministerio de Hacienda sobre vulnerabilidades …": the
	// topic of a warning is its object.
	if k := a.warnedTopic(r); k > 0 {
		r.c.object = true
		return a.contentEnd(r, k, false)
	}
	// "The brain behind it is said to be Kumar": a passive with no
	// source and an infinitive reports its whole sentence (GUIDE.md).
	// The one told to do something is no content ("He was told to leave").
	if src.unnamed && !src.rejected && !a.lang.IsTelling(c.key) && c.from-1 > sent[0] && c.to+1 < sent[1] && a.lang.IsInfinitiveMarker(toks[c.to].Lower()) {
		return sent[0], sent[1], true
	}
	k, hasComp, ok := a.contentStart(r)
	if !ok {
		return 0, 0, false
	}
	return a.contentEnd(r, k, hasComp)
}

// contentStart finds where the content after cue r.c starts: past its
// complementizer, a time, a hearer or a channel before it. hasComp reports a
// complementizer; ok is false when what follows is no content.
func (a *attributor) contentStart(r report) (k int, hasComp, ok bool) {
	info, c, sent := r.info, r.c, r.sent
	toks := info.toks
	// After the cue, to the end of the sentence or the next source.
	k = skipConnective(toks, c.to, sent[1], a.lang)
	// "argues that", "hopes that": the cue holds its complementizer.
	hasComp = c.to > c.from+1 && a.lang.IsDeclarative(toks[c.to-1].Lower())
	// "advierten de que", "apunta a que", "insistiu em que": a
	// preposition before the complementizer.
	if k+1 < sent[1] && !hasComp && a.lang.IsPreposition(toks[k].Lower()) && a.lang.IsDeclarative(toks[k+1].Lower()) {
		k++
	}
	for k < sent[1] && (toks[k].Text == "," || toks[k].Text == ":" || a.lang.IsTimeWord(toks[k].Lower()) && !hasComp || a.lang.IsComplementizer(toks[k].Lower()) && !hasComp) {
		if a.lang.IsComplementizer(toks[k].Lower()) {
			hasComp = true
		}
		k++
		// "reforçou, contudo, que …".
		k = skipConnective(toks, k, sent[1], a.lang)
	}
	// "said in an interview last week that …", "told CNN that …",
	// "told a crowded banquet hall that …": a phrase before the
	// complementizer.
	if !hasComp {
		// From the cue itself too: "said on Twitter that" reads "on" as
		// a time word above.
		if j := compAfterPhrase(toks, k, sent[1], c, a.lang); j > k {
			k, hasComp = j, true
		} else if j := compAfterPhrase(toks, c.to, sent[1], c, a.lang); j > k {
			k, hasComp = j, true
		}
	}
	// "reiterou seu posicionamento de que …", "reiterated his position
	// that …": a view named between the cue and its complementizer.
	if !hasComp {
		if j := stanceClause(toks, k, sent[1], a.lang); j > k {
			k, hasComp = j, true
		}
	}
	// "aseguró no ver irregularidades", "ponderou não se tratar de …":
	// an infinitive clause is content as a complementizer's clause is.
	if !hasComp && infinitiveClause(toks, k, sent[1], info.inQuote, a.lang) {
		hasComp = true
	}
	// "ordenó a Hacienda elaborar …", "pediu ao governo rever …": what
	// a cue of asking asks starts at the infinitive after the one asked.
	if !hasComp && a.lang.IsControl(c.key) {
		if j := hearerInfinitive(toks, k, sent[1], info.inQuote, a.lang); j > k {
			k, hasComp = j, true
		}
	}
	// "rejected that argument in a ruling": "that" before a noun with
	// no verb after it is a determiner.
	if hasComp && (c.denial || c.object) && k > c.to && a.lang.IsDeclarative(toks[k-1].Lower()) && a.lang.IsDemonstrative(toks[k-1].Lower()) && k < sent[1] && !toks[k].Cap && !a.lang.IsDeterminer(toks[k].Lower()) && !finiteAhead(toks, k, sent[1], a.lang) {
		if _, pron := a.lang.PronounOf(toks[k].Text); !pron {
			k--
			hasComp = false
		}
	}
	k, ok = a.admitContent(r, k, hasComp)
	return k, hasComp, ok
}

// minOutsideWords bounds from below the words before a quotation that make
// a clause after "that" reported speech of its own.
const minOutsideWords = 3

// admitContent decides whether what follows cue r.c at k is content: a
// clause for a belief, an object for a stance or a denial, never a hearer
// alone, an adverbial or an idiom ("calls into question"). It moves k past
// the one denied or told.
func (a *attributor) admitContent(r report, k int, hasComp bool) (int, bool) {
	info, src, c, sent := r.info, r.src, r.c, r.sent
	toks := info.toks
	if a.noContentAt(r, k, hasComp) {
		return 0, false
	}
	// "The storm threatened to flood the city": only a source that can
	// speak threatens in words.
	if a.lang.IsAgentCue(c.key) && !a.canSpeak(toks, src) {
		return 0, false
	}
	// "Republicans think Trump can win": a belief with a clause after
	// it and no "that".
	beliefClause := c.belief && !a.lang.IsKnowing(c.key) && !hasComp && k+3 < sent[1] && (clauseStart(toks[k], a.lang) || !src.generic && finiteAhead(toks, k, sent[1], a.lang) || !toks[k].Cap && a.lang.IsInfinitive(toks[k+1].Lower()))
	// "sees Stadia's lineup as its “Achilles heel”": a view of an
	// object states its content too.
	beliefClause = beliefClause || a.lang.IsViewCue(c.key) && !hasComp && predicativeAhead(toks, info.inQuote, k, sent[1], a.lang)
	if !hasComp && !c.denial && !c.object && !c.show && !beliefClause && !a.lang.IsBare(c.key) {
		return 0, false
	}
	// A passive with no source reports only a clause: "We're told
	// there is footage", "it was reported that …".
	if src.unnamed && !hasComp && !(k < sent[1] && (clauseStart(toks[k], a.lang) || a.lang.IsExistential(toks[k].Lower()))) {
		return 0, false
	}
	// A stance participle needs a source of its own, not just the
	// words before it ("stop supporting rebels").
	// A progressive ("Consumer advocates are urging …") has its own.
	progressive := c.from > 0 && a.lang.IsProgressiveAux(toks[c.from-1].Lower())
	if (c.object || c.show || beliefClause) && !hasComp && src.generic && a.lang.IsGerund(c.key) && !progressive {
		return 0, false
	}
	// "disagrees with her former boss": the one disagreed with.
	if c.denial && k < sent[1] && a.lang.IsDenialPreposition(toks[k].Lower()) {
		k++
	}
	// "could deny them mining permits": the one denied is not what is
	// denied ("her" may be a possessive: left alone).
	if c.denial && k+1 < sent[1] && a.lang.IsHearer(toks[k].Lower()) && !a.lang.IsPossessiveObject(toks[k].Lower()) && toks[k+1].Kind == token.Word && !a.lang.IsComplementizer(toks[k+1].Lower()) {
		k++
	}
	// "told The Huffington Post on Thursday.": only the hearer.
	if !hasComp && (a.lang.IsTelling(c.key)) && k < sent[1] && toks[k].Cap {
		j := k
		for j < sent[1] && (toks[j].Cap || toks[j].Text == "'s" || toks[j].Text == "’s") {
			j++
		}
		if j >= sent[1] || toks[j].Kind == token.Punct || a.lang.IsAdverbialStart(toks[j].Lower()) || a.lang.IsTimeWord(toks[j].Lower()) {
			return 0, false
		}
	}
	// "told her they did not …": the hearer is not the content.
	if !hasComp && a.lang.IsTelling(c.key) && k+1 < sent[1] && a.lang.IsHearer(toks[k].Lower()) {
		k++
		for k < sent[1] && a.lang.IsComplementizer(toks[k].Lower()) {
			k++
		}
	}
	if k < sent[1] && !hasComp && !c.denial && !c.object && (a.lang.IsAdverbialStart(toks[k].Lower()) || a.lang.IsInfinitiveMarker(toks[k].Lower())) {
		return 0, false
	}
	// "asked before apologizing to the actor": a clause of time is no
	// object either.
	if !hasComp && timeClauseAt(toks, k, sent[1], a.lang) {
		return 0, false
	}
	// "calls into question", "called off": a stance cue with a
	// particle after it is an idiom, not an attribution.
	if k < sent[1] && c.object && a.lang.IsObjectParticle(toks[k].Lower()) {
		return 0, false
	}
	// "calls that into question": "that" was a pronoun, and what
	// follows is no clause.
	if hasComp && k < sent[1] && a.lang.IsObjectParticle(toks[k].Lower()) {
		return 0, false
	}
	return k, true
}

// predicativeAhead reports an object at k that a predicative "as"
// follows, then what it is seen as ("the lineup as its “Achilles heel”",
// "a escalação como seu calcanhar de Aquiles").
func predicativeAhead(toks []token.Token, inQuote []bool, k, end int, lang *lexicon.Language) bool {
	for j := k + 1; j+1 < end && j-k <= maxPredicativeObject; j++ {
		if inQuote[j] || toks[j].Kind != token.Word && toks[j].Text != "'s" && toks[j].Text != "’s" {
			return false
		}
		if lang.IsPredicative(toks[j].Lower()) {
			return toks[j+1].Kind == token.Word || toks[j+1].Kind == token.Mark
		}
	}
	return false
}

// maxPredicativeObject bounds the object before a predicative "as".
const maxPredicativeObject = 8

// canSpeak reports a source that can speak: a name, a pronoun, or a
// description whose head is a role noun ("the police"). A lone word that
// opens its sentence is a name only when the text uses it as one
// ("Prices threatened to rise" is no name).
func (a *attributor) canSpeak(toks []token.Token, src cueSource) bool {
	lone := src.to-src.from == 1 && toks[src.from].SentenceStart && !a.reg.Known(toks[src.from].Text)
	if src.m.Kind == speaker.Name && !lone || src.m.Kind == speaker.Pronoun {
		return true
	}
	f := strings.Fields(strings.ToLower(src.m.Text))
	if len(f) == 0 {
		return false
	}
	_, role := a.lang.RoleNoun(f[len(f)-1])
	return role
}

// noContentAt reports that what follows cue r.c at k is not what it
// reports: the writer's own clause or the topic of a question.
func (a *attributor) noContentAt(r report, k int, hasComp bool) bool {
	toks, c, hi := r.info.toks, r.c, r.sent[1]
	// "more complicated than McKinley suggests, but he appears …": a
	// conjunction after the cue opens a clause of the writer's own.
	if k > c.to && k < hi && toks[k-1].Text == "," && a.lang.IsCoordinator(toks[k].Lower()) {
		return true
	}
	// "asked Morrison about concerns …": the one asked, then only the
	// topic of the question.
	return !hasComp && a.lang.IsAsking(c.key) && askedAbout(toks, k, hi, a.lang)
}

// contentEnd finds where the content that starts at from ends (and where it
// starts when what is asked opens with "to"): the end of
// its clause, before the next attribution, an occasion, or the first comma of
// an object. ok is false when the cue turns out to report nothing.
func (a *attributor) contentEnd(r report, from int, hasComp bool) (int, int, bool) {
	info, c, sent := r.info, r.c, r.sent
	toks := info.toks
	to := sent[1]
	// "warned state elections officials to boost …", "called on
	// Howard Dean to apologize …": what is asked starts at "to".
	if a.lang.IsControl(c.key) && !hasComp {
		for j := from + 1; j < sent[1] && j-from <= 8; j++ {
			if toks[j].Kind != token.Word || info.inQuote[j] {
				break
			}
			if a.lang.IsInfinitiveMarker(toks[j].Lower()) && j+1 < sent[1] && toks[j+1].Kind == token.Word && !toks[j+1].Cap {
				from = j
				break
			}
		}
	}
	if to-from > maxContentTokens {
		to = from + maxContentTokens
	}
	// "… não conta mais com a maioria e, por isso, tenta …": a
	// conjunction and a comma open a clause of the writer's own, and
	// so does a semicolon.
	for k := from + 1; k < to; k++ {
		if info.inQuote[k] {
			continue
		}
		if toks[k].Text == ";" || k+1 < to && a.lang.IsCoordinator(toks[k].Lower()) && toks[k+1].Text == "," {
			to = k
			break
		}
	}
	to, ok := a.nextAttribution(r, from, to)
	if !ok {
		return 0, 0, false
	}
	to = asideEnd(toks, info.inQuote, sent[0], c.from, from, to)
	// "denounced the annexation in an on-air diatribe", "said as much
	// in an interview earlier Thursday", "endorses Clinton for
	// president on Thursday": an object ends before a time or an
	// occasion.
	if !hasComp && (c.object || c.denial || to-from <= 12) {
		for k := from + 1; k < to; k++ {
			if info.inQuote[k] {
				break
			}
			if occasionAt(toks, k, to, a.lang) || (c.object || c.denial) && a.lang.IsObjectEnd(toks[k].Lower()) {
				to = k
				break
			}
		}
	}
	// "Mr. Obama, who understood that …, told his advisers": a
	// relative clause ends at its comma.
	if c.from > 1 && a.lang.IsRelative(toks[c.from-1].Lower()) && toks[c.from-2].Text == "," {
		for k := from; k < to; k++ {
			if toks[k].Text == "," && !info.inQuote[k] {
				to = k
				break
			}
		}
	}
	// "denied that he, U.S. Ambassador Gordon Sondland and Energy
	// Secretary Rick Perry formed …": a clause after a complementizer
	// is no object, and keeps its commas.
	if !hasComp && !a.lang.IsSaying(c.key) {
		to = objectEnd(toks, info.inQuote, from, to, a.lang)
	}
	if a.quoteBeforeSource(r) {
		return 0, 0, false
	}
	return from, to, true
}

// quoteBeforeSource reports a cue whose source follows a quotation of its
// sentence ("“…,” he said last Thursday"): the cue has no content after
// it. A quotation that ends its sentence ("… ongoing.” He said the FBI …")
// leaves the next sentence's cue its own content, and so does a
// participle after the attribution ("“…,” he says, adding that …").
func (a *attributor) quoteBeforeSource(r report) bool {
	toks, src, c, sentOf := r.info.toks, r.src, r.c, r.sentOf
	if c.from > 0 && toks[c.from-1].Text == "," && a.lang.IsGerund(c.key) {
		return false
	}
	return src.from > 0 && toks[src.from-1].Kind == token.Mark && sentOf[src.from-1] == sentOf[src.from] || src.from > 1 && toks[src.from-1].Text == "," && toks[src.from-2].Kind == token.Mark
}

// asideEnd ends content [from, to) of a cue at cueFrom at its closing dash
// when a dash opens an aside before the cue in its sentence (from lo): "…
// - which considers the US biased and has rejected X as a mediator -
// called for …".
func asideEnd(toks []token.Token, inQuote []bool, lo, cueFrom, from, to int) int {
	if openingDash(toks, lo, cueFrom) < 0 {
		return to
	}
	for k := from + 1; k < to; k++ {
		if toks[k].Kind == token.Dash && !inQuote[k] {
			return k
		}
	}
	return to
}

// nextAttribution ends the content [from, to) of cue r.ci before the next
// attribution in its sentence: a participle after a comma, a coordinated
// cue, or another source set apart by a comma or a conjunction. ok is false
// when an inner cue with a clause of its own reports the content instead
// ("said he thought that …").
func (a *attributor) nextAttribution(r report, from, to int) (int, bool) {
	info, srcs, ci, sent := r.info, r.srcs, r.ci, r.sent
	toks := info.toks
	for cj := ci + 1; cj < len(info.cues); cj++ {
		if info.cues[cj].from >= sent[1] {
			break
		}
		// "…, citing the importance of …", "…, but noted that …",
		// "… and called for …": a participle after a comma or a
		// coordinated cue starts an attribution of its own.
		// A belief coordinated after a comma too ("…, and thinks it
		// could …").
		if nc := info.cues[cj]; nc.from-1 > from && nc.from-1 < to && (toks[nc.from-1].Text == "," && a.lang.IsGerund(nc.key) ||
			(!nc.belief || toks[nc.from-2].Text == ",") && a.lang.IsCoordinator(toks[nc.from-1].Lower())) {
			to = nc.from - 1
			break
		}
		if k := a.coordinatedCue(toks, info.cues[cj], from); k > from && k < to {
			to = k
			break
		}
		// A participle inside the content ("her website criticizing
		// her photos") is part of it.
		if !srcs[cj].ok || srcs[cj].inverted || a.lang.IsGerund(info.cues[cj].key) {
			continue
		}
		// "said he thought that …": the inner cue reports the content,
		// when it has a clause of its own ("says he feels he did
		// great" stays with the outer cue).
		if srcs[cj].from == from {
			inner := info.cues[cj]
			withClause := inner.to < sent[1] && a.lang.IsComplementizer(toks[inner.to].Lower())
			if withClause {
				return 0, false
			}
			// "said they want “justice”, but pledged to …": look on
			// for where this content ends.
			continue
		}
		// Stop before the next attribution's source when a comma or a
		// conjunction sets it apart ("…, Sheinbaum ruled out", "as he
		// has repeatedly mentioned"), not inside a clause of the
		// content ("indicative that the President did not know").
		if stop := srcs[cj].from; stop > from && stop < to && (toks[stop-1].Text == "," || toks[stop-1].Text == ";" || a.lang.IsClauseBreak(toks[stop-1].Lower())) {
			to = stop
			if toks[stop-1].Kind == token.Word {
				to = stop - 1
			}
		}
		return a.participleAfter(info, cj+1, sent, from, to), true
	}
	return to, true
}

// participleAfter ends the content [from, to) before a participle after a
// comma among the cues from cj on in its sentence ("said that …
// Washington had concluded …, saying …"), or returns to.
func (a *attributor) participleAfter(info *blockInfo, cj int, sent [2]int, from, to int) int {
	// Only the cues inside the content: a run-on sentence of cues stays
	// linear.
	for ; cj < len(info.cues) && info.cues[cj].from < min(to, sent[1]); cj++ {
		nc := info.cues[cj]
		if nc.from-1 > from && nc.from-1 < to && info.toks[nc.from-1].Text == "," && a.lang.IsGerund(nc.key) {
			return nc.from - 1
		}
	}
	return to
}

// coordinatedCue returns where a cue coordinated with the one before it
// starts its attribution: at its conjunction, past adverbs ("… and called
// for …", "…, pero también advierte de que …", "…, mas defendeu que …"), or
// 0. A belief counts only with a clause of its own ("… and believes that"),
// not as a verb of the content ("said she plans and thinks …").
func (a *attributor) coordinatedCue(toks []token.Token, nc cue, from int) int {
	if nc.belief && !(nc.to < len(toks) && a.lang.IsComplementizer(toks[nc.to].Lower())) {
		return 0
	}
	k := nc.from - 1
	for n := 0; n < maxCoordinatedAdverbs && k > from && a.lang.IsSubjectAdverb(toks[k].Lower()) && !a.lang.IsCoordinator(toks[k].Lower()); n++ {
		k--
	}
	if k <= from || !a.lang.IsCoordinator(toks[k].Lower()) {
		return 0
	}
	return k
}

// maxCoordinatedAdverbs bounds the adverbs between a conjunction and the
// cue it coordinates ("pero también").
const maxCoordinatedAdverbs = 2

// trimContent trims punctuation and dangling words off the content [from,
// to) of cue r.c and reports whether what is left is reported speech: long
// enough, not withheld, not only a direct quotation.
func (a *attributor) trimContent(r report, from, to int) (int, int, bool) {
	info, c := r.info, r.c
	toks := info.toks
	if from < 0 || to <= from {
		return 0, 0, false
	}
	// "the order that Obama plans to sign on Friday", "the order he plans
	// to sign is short": an infinitive needs an object to state anything,
	// and one whose object was moved away leaves a gap.
	if from < to && a.lang.IsInfinitiveMarker(toks[from].Lower()) && (to-from < 3 || finiteAhead(toks, from+1, min(to, from+4), a.lang)) {
		return 0, 0, false
	}
	// "declined to comment", "declined to say how much": speech withheld
	// reports nothing (GUIDE.md); "declined to step into the fray" is a
	// stance.
	if a.lang.IsDeclining(c.key) && from+1 < to && a.lang.IsInfinitiveMarker(toks[from].Lower()) && a.lang.IsWithheld(toks[from+1].Lower()) {
		return 0, 0, false
	}
	// Trim punctuation, and conjunctions left dangling where the content
	// was cut ("…, after"), at the ends.
	for to > from && ((toks[to-1].Kind == token.Punct || toks[to-1].Kind == token.Dash) || toks[to-1].Kind == token.Word && a.lang.IsDangler(toks[to-1].Lower())) {
		to--
	}
	for from < to && (toks[from].Kind == token.Punct || toks[from].Kind == token.Dash) {
		from++
	}
	if to-from < minContentWords && !(c.object && to > from) || !hasClauseSignal(c, toks, from, a.lang) && to-from < minBareWords && !(to-from >= 3 && clauseStart(toks[from], a.lang)) {
		return 0, 0, false
	}
	// "called 911": a number alone states nothing.
	if to-from == 1 && allDigits(toks[from].Text) {
		return 0, 0, false
	}
	// Content that is only, or mostly, a direct quotation is that
	// quotation ("wrote they found it was “disrespectful …”").
	outside, inside := 0, 0
	for k := from; k < to; k++ {
		if toks[k].Kind != token.Word {
			continue
		}
		if info.inQuote[k] {
			inside++
		} else {
			outside++
		}
	}
	// A quotation that is the whole of a clause opened by "that" or "que"
	// is reported speech too ("asegura que “no es posible …”").
	// So is a clause after "that" with a subject and verb of its own
	// before its quotation ("boasting that Google's servers can “deliver
	// …”").
	whole := from > 0 && a.lang.IsDeclarative(toks[from-1].Lower()) && (outside == 0 || outside >= minOutsideWords && !info.inQuote[from])
	if !whole && (outside < 1 || inside > 0 && float64(inside) >= maxQuotedShare*float64(inside+outside)) {
		return 0, 0, false
	}
	return from, to, true
}

// askedAbout reports a hearer at k followed by a topic preposition: a name
// ("Morrison about"), an object pronoun ("him about"), or a preposition and
// a name or a determiner and a noun ("a Morrison sobre", "al ministro
// sobre").
func askedAbout(toks []token.Token, k, hi int, lang *lexicon.Language) bool {
	j := k
	if j+1 < hi && !toks[j].Cap && lang.IsPreposition(toks[j].Lower()) {
		// "a Morrison", "al ministro", "ao ministro".
		j++
		if j+1 < hi && !toks[j].Cap && lang.IsDeterminer(toks[j].Lower()) {
			j++
		}
		if j+1 < hi && !toks[j].Cap && toks[j].Kind == token.Word {
			j++
		}
	} else if _, ok := lang.ObjectPronoun(toks[j].Lower()); ok && !toks[j].Cap || lang.IsHearer(toks[j].Lower()) {
		j++
	}
	for j < hi && j-k < maxSubjectWords && toks[j].Kind == token.Word && toks[j].Cap {
		j++
	}
	return j > k && j < hi && lang.IsTopic(toks[j].Lower())
}

// objectEnd returns where an object rather than a clause, [from, to),
// ends: at its first comma, unless that comma opens an age ("Assange, 47,
// over …") or the next infinitive of a list ("elaborar, aprobar, e
// implementar"). A relative clause after the comma is the writer's own
// ("claimed a loss of $916 million, which could have allowed him …").
func objectEnd(toks []token.Token, inQuote []bool, from, to int, lang *lexicon.Language) int {
	for k := from; k < to; k++ {
		if toks[k].Text != "," || inQuote[k] {
			continue
		}
		switch {
		case k+2 < to && allDigits(toks[k+1].Text) && toks[k+2].Text == ",":
			k += 2
		case k+1 < to && lang.IsInfinitive(toks[from].Lower()) && (lang.IsInfinitive(toks[k+1].Lower()) || k+2 < to && lang.IsCoordinator(toks[k+1].Lower()) && lang.IsInfinitive(toks[k+2].Lower())):
		// "admitted to threatening the girl, and hiding the girl …": the
		// next gerund of a list.
		case k+2 < to && lang.IsGerund(toks[from].Lower()) && lang.IsCoordinator(toks[k+1].Lower()) && lang.IsGerund(toks[k+2].Lower()):
		default:
			return k
		}
	}
	return to
}

// allDigits reports a word of digits only ("47").
func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// infinitiveClause reports an infinitive clause at k, in a language that
// marks the infinitive with an ending: the infinitive, after a negator
// and clitics, with a word after it ("no ver irregularidades", "não se
// tratar de", "ser naturais").
func infinitiveClause(toks []token.Token, k, end int, inQuote []bool, lang *lexicon.Language) bool {
	j := k
	if j < end && lang.IsNegator(toks[j].Lower()) {
		j++
	}
	for n := 0; n < 2 && j < end && lang.IsClitic(toks[j].Lower()); n++ {
		j++
	}
	return j+1 < end && toks[j].Kind == token.Word && !toks[j].Cap && !inQuote[j] && lang.IsInfinitive(toks[j].Lower()) && (toks[j+1].Kind == token.Word || toks[j+1].Text == ",")
}

// maxHearerWords bounds the one asked between a cue of asking and its
// infinitive ("ordenó al Ministerio de Hacienda elaborar").
const maxHearerWords = 6

// hearerInfinitive returns where an infinitive clause starts after a
// preposition and the one asked at k ("a Hacienda elaborar", "al
// mexicano seguir protegiendo"), or k when there is none.
func hearerInfinitive(toks []token.Token, k, end int, inQuote []bool, lang *lexicon.Language) int {
	if k+2 >= end || toks[k].Cap || !lang.IsPreposition(toks[k].Lower()) {
		return k
	}
	for j := k + 2; j < end && j-k <= maxHearerWords; j++ {
		if toks[j].Kind != token.Word || inQuote[j] {
			return k
		}
		if !toks[j].Cap && infinitiveClause(toks, j, end, inQuote, lang) {
			return j
		}
	}
	return k
}

// stanceClause returns where the content starts after a determiner, a
// stance noun, a preposition and a complementizer at k ("seu
// posicionamento de que", "his position that"), or k.
func stanceClause(toks []token.Token, k, end int, lang *lexicon.Language) int {
	j := k
	if j < end && lang.IsDeterminer(toks[j].Lower()) {
		j++
	}
	if j == k || j >= end || !lang.IsStanceNoun(toks[j].Lower()) {
		return k
	}
	j++
	if j < end && lang.IsPreposition(toks[j].Lower()) {
		j++
	}
	if j < end && lang.IsDeclarative(toks[j].Lower()) {
		return j + 1
	}
	return k
}

// warnedTopic returns where the topic of a warning starts, after its cue
// and the one warned ("alertó al Ministerio de Hacienda sobre
// vulnerabilidades", "venía alertando sobre esta escalada", "warned
// Congress about the risks"), or 0 when no topic follows.
func (a *attributor) warnedTopic(r report) int {
	toks, c, hi := r.info.toks, r.c, r.sent[1]
	if !a.lang.IsWarning(c.key) {
		return 0
	}
	k := warnedEnd(toks, skipConnective(toks, c.to, hi, a.lang), hi, r.info.inQuote, a.lang)
	if k+1 >= hi || toks[k].Cap || !a.lang.IsWarningTopic(toks[k].Lower()) {
		return 0
	}
	// "advirtió de que …": a clause, read as any cue's.
	if n := toks[k+1]; n.Kind != token.Word || r.info.inQuote[k+1] || a.lang.IsComplementizer(n.Lower()) {
		return 0
	}
	return k + 1
}

// warnedEnd returns where the one warned ends after a warning at k: a
// preposition that opens it ("al", "a"), a determiner, and a name
// ("Ministerio de Hacienda"), a hearer ("them") or one noun ("el
// público"); k when none stands there.
func warnedEnd(toks []token.Token, k, hi int, inQuote []bool, lang *lexicon.Language) int {
	j := k
	if j < hi && !toks[j].Cap && lang.IsHearerPreposition(toks[j].Lower()) && !lang.IsWarningTopic(toks[j].Lower()) {
		j++
	}
	if j < hi && !toks[j].Cap && lang.IsDeterminer(toks[j].Lower()) {
		j++
	}
	start := j
	for j < hi && j-k <= maxHearerWords && toks[j].Kind == token.Word && !inQuote[j] {
		switch {
		case toks[j].Cap:
		case j > start && j+1 < hi && lang.IsParticle(toks[j].Lower()) && toks[j+1].Cap:
		default:
			// "a los vecinos de la zona": a name particle after a
			// noun opens its complement, not a topic.
			if j == start && !lang.IsWarningTopic(toks[j].Lower()) && !(j+1 < hi && lang.IsParticle(toks[j+1].Lower())) {
				return j + 1
			}
			return j
		}
		j++
	}
	return j
}

// agentContent finds what a passive participle with an agent reports: the
// clause after the copula that follows the agent ("las debilidades
// encontradas por la Contraloría fueron la gestión de contraseñas …") or
// after its complementizer ("foi informado por aliados de que …").
func (a *attributor) agentContent(r report) (int, int, bool) {
	toks, src, hi := r.info.toks, r.src, r.sent[1]
	if r.c.view {
		return a.viewContent(r)
	}
	k := src.to
	if !src.ok || k+1 >= hi {
		return 0, 0, false
	}
	if a.lang.IsPreposition(toks[k].Lower()) && a.lang.IsDeclarative(toks[k+1].Lower()) {
		k++
	}
	return a.contentEnd(r, k+1, true)
}

// viewContent is what a passive of view reports: its clause, from its
// subject (after the last comma before it) to the agent ("a ideia de
// avançar uma PEC sobre o tema é visto como um balão de ensaio").
func (a *attributor) viewContent(r report) (int, int, bool) {
	toks, c := r.info.toks, r.c
	from := r.sent[0]
	for k := c.from - 1; k > from; k-- {
		if toks[k].Text == "," && !r.info.inQuote[k] {
			from = k + 1
			break
		}
	}
	if !r.src.ok || c.from-from < 3 {
		return 0, 0, false
	}
	return from, c.to, true
}
