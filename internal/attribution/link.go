package attribution

import (
	"sort"
	"strings"

	"github.com/quotelens/quotelens/internal/lexicon"

	"github.com/quotelens/quotelens/internal/quote"
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

// cueSource is the parsed source of one cue.
type cueSource struct {
	m  speaker.Mention
	ok bool
	// from and to are the source's tokens.
	from, to int
	// inverted reports a source after its cue ("said Smith", "according
	// to Smith").
	inverted bool
	// generic reports a source read as "whatever words stand before the
	// cue": good enough for reported speech, too weak to attribute a
	// direct quotation.
	generic bool
	// unnamed reports a passive cue whose source the article does not
	// name: its content is reported with no speaker.
	unnamed bool
}

// minContentWords is the fewest tokens reported content needs ("houvesse
// acordo").
const minContentWords = 2

// maxContentTokens bounds reported content: a sentence longer than this
// is not one reported clause, and the bound keeps run-on text linear.
const maxContentTokens = 160

// maxQuotedShare is the share of quoted words above which reported content
// is left to the direct quotation inside it.
const maxQuotedShare = 0.7

// minBareWords is the fewest tokens content after a cue with no
// complementizer needs: "explained the risk" names a topic, not content.
const minBareWords = 4

// hasClauseSignal reports content that a complementizer or a denial
// introduces.
func hasClauseSignal(c cue, toks []token.Token, from int) bool {
	if c.denial || c.according || c.object || c.show {
		return true
	}
	return from > 0 && (toks[from-1].Lower() == "that" || toks[from-1].Lower() == "que")
}

// maxCueGap is the most tokens between a closing mark and the cue after it
// ("”, the director of the FBI, Kash Patel, said").
const maxCueGap = 14

// source parses the source of cue c, which lies in the sentence [lo, hi).
func (a *attributor) source(text string, info *blockInfo, c cue, lo, hi int) cueSource {
	if c.according {
		m, end, ok := subjectAfter(text, info.toks, c.to, hi, info.inQuote, a.lang)
		if !ok {
			m, end, ok = describedAfter(text, info.toks, c.to, hi, a.lang)
		}
		if !ok && c.from == lo {
			// "According to early results of exit polls conducted for …,
			// content": everything up to the comma is the source.
			end = c.to
			for end < hi && end-c.to < maxAppositiveWords && info.toks[end].Text != "," {
				end++
			}
			if end < hi && end > c.to {
				m, ok = speaker.Mention{Kind: speaker.Description, Text: words(text, info.toks, c.to, end)}, true
			}
		}
		return cueSource{m: m, ok: ok, from: c.to, to: end, inverted: true}
	}
	m, start, ok := subjectBefore(text, info.toks, lo, c.from, info.inQuote, a.lang)
	thatFollows := c.to < hi && a.lang.IsComplementizer(info.toks[c.to].Lower())
	if c.show && !c.object && !a.lang.IsBare(c.key) && !thatFollows {
		// "The latest poll showed Trump leading": only documents and
		// figures show.
		if !ok || m.Kind != speaker.Description || !a.lang.IsEvidence(lastWord(m.Text)) {
			return cueSource{}
		}
	}
	if ok {
		return cueSource{m: m, ok: true, from: start, to: c.from}
	}
	// "Rubio tweeted, saying …": a participle after a comma shares the
	// sentence's source.
	if c.from > lo && info.toks[c.from-1].Text == "," && strings.HasSuffix(c.key, "ing") {
		if m, start, ok := firstSource(text, info.toks, lo, c.from-1, info.inQuote, a.lang); ok {
			// "… is a complicated beast, showing how …": only evidence
			// shows.
			if c.show && !a.lang.IsEvidence(lastWord(m.Text)) {
				return cueSource{}
			}
			return cueSource{m: m, ok: true, from: start, to: c.from}
		}
		if m, start, ok := nearestSource(text, info.toks, lo, c.from-1, info.inQuote, a.lang); ok {
			return cueSource{m: m, ok: true, from: start, to: c.from}
		}
	}
	// Failing all else, the words before the cue name the source as a
	// description ("47 percent said", "multiple sources privy to the talks
	// say").
	// A passive ("being dismissed as", "was asked") names no source
	// before its cue; a passive speech cue still reports ("We're told
	// that …", "it was reported that …"), by a source the article keeps
	// unnamed.
	if c.from > lo && (passiveAux[info.toks[c.from-1].Lower()] || pronounBe(info.toks[c.from-1], a.lang)) {
		if a.lang.IsBare(c.key) && !c.object {
			return cueSource{ok: true, from: c.from, to: c.from, unnamed: true}
		}
		return cueSource{}
	}
	end := c.from
	for end > lo && info.toks[end-1].Kind == token.Word && (skippable[info.toks[end-1].Lower()] || strings.HasSuffix(info.toks[end-1].Lower(), "ly") && !info.toks[end-1].Cap) {
		end--
	}
	if end > lo && info.toks[end-1].Kind == token.Word && !info.inQuote[end-1] {
		if start := walkBack(info.toks, lo, end, info.inQuote, a.lang); start < end {
			if _, pron := a.lang.PronounOf(info.toks[start].Text); !pron && !onlyFunctionWords(info.toks[start:end], a.lang) && nounLike(info.toks[end-1], a.lang) {
				m := speaker.Mention{Kind: speaker.Description, Text: words(text, info.toks, start, end)}
				return cueSource{m: m, ok: true, from: start, to: c.from, generic: true}
			}
		}
	}
	// Inverted only right after a quotation, a comma or a colon, and not
	// for a belief, whose noun after it is what is believed about ("The
	// thaw, welcomed by many, worried Mr. Georgelis").
	if c.from > 0 && !c.belief {
		p := info.toks[c.from-1]
		if p.Kind == token.Mark || p.Text == "," || p.Text == ":" || p.Kind == token.Dash {
			m, end, ok := subjectAfter(text, info.toks, c.to, hi, info.inQuote, a.lang)
			return cueSource{m: m, ok: ok, from: c.to, to: end, inverted: true}
		}
	}
	return cueSource{}
}

// markToken returns the index of the token at byte offset off, or -1.
func markToken(toks []token.Token, off int) int {
	if off < 0 {
		return -1
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= off })
	if k < len(toks) && toks[k].Start == off {
		return k
	}
	return -1
}

// linkCue finds the cue that attributes quotation si: after the closing
// mark ("…,” he said), before the opening mark (He said: “…”, said he was
// “appalled”), or a colon after a name (Name: “…”).
func (a *attributor) linkCue(text string, info *blockInfo, srcs []cueSource, si int, sents [][2]int, sentOf []int) (int, bool) {
	s := a.spans[si]
	if s.Origin != quote.Marks {
		return 0, false
	}
	toks := info.toks
	after, afterGap := -1, 0
	if ct := markToken(toks, s.Close); ct >= 0 && s.EndBlock == s.Block {
		// Scan from the first token after the whole closing mark (''
		// is two tokens).
		first := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s.CloseEnd })
		gap := 0
		for k := first; k < len(toks) && gap <= maxCueGap && k-ct <= 3*maxCueGap; k++ {
			t := toks[k]
			if t.Kind == token.Mark && !info.inQuote[k] {
				break
			}
			if info.inQuote[k] {
				break
			}
			if ci, ok := info.cueAt[k]; ok && srcs[ci].ok && !srcs[ci].generic && !srcs[ci].unnamed && (srcs[ci].inverted || srcs[ci].from > ct) {
				after, afterGap = ci, gap
				break
			}
			if t.Kind == token.Punct && (t.Text == "." || t.Text == "?" || t.Text == "!" || t.Text == ";") && gap > 0 {
				break
			}
			if t.Kind == token.Word {
				gap++
			}
		}
	}
	before, beforeGap := -1, 0
	if ot := markToken(toks, s.Open); ot >= 0 {
		lo := sents[sentOf[ot]][0]
		// The last cue that ends before the opening mark.
		last := sort.Search(len(info.cues), func(i int) bool { return info.cues[i].to > ot }) - 1
		for ci := last; ci >= 0; ci-- {
			c := info.cues[ci]
			if c.from < lo {
				break
			}
			if !srcs[ci].ok || srcs[ci].generic || srcs[ci].unnamed {
				continue
			}
			// No other quotation between the cue and this one.
			if !info.quotedBetween(c.to, ot) {
				before, beforeGap = ci, ot-c.to
				// "wrote they found it was “…”", "said he thought": a cue
				// whose pronoun source follows another cue reports what
				// that cue's source said.
				if src := srcs[ci]; src.m.Kind == speaker.Pronoun && ci > 0 && info.cues[ci-1].to == src.from && srcs[ci-1].ok {
					before = ci - 1
				}
			}
			break
		}
		if before < 0 && ot > lo && toks[ot-1].Text == ":" {
			if m, ok := speaker.ParseNP(text, toks, lo, ot-1, a.lang); ok && m.Kind != speaker.Pronoun {
				a.colon[si] = m
				return 0, false
			}
			// "Here's Clinton in December 1992: “…”", "the board was
			// conclusive in its findings: “…”".
			if after < 0 {
				if m, _, ok := nearestSource(text, toks, lo, ot-1, info.inQuote, a.lang); ok {
					a.colon[si] = m
					return 0, false
				}
			}
		}
	}
	switch {
	case after >= 0 && (before < 0 || afterGap <= beforeGap+2):
		return after, true
	case before >= 0:
		return before, true
	}
	return 0, false
}

// indirect records the reported speech of cue ci, when it has content that
// is not just a direct quotation.
func (a *attributor) indirect(b int, text string, info *blockInfo, ci int, srcs []cueSource, e *speaker.Entity, sents [][2]int, sentOf []int) {
	src := srcs[ci]
	c := info.cues[ci]
	toks := info.toks
	sent := sents[sentOf[c.from]]
	// A stance cue or a passive inside content already reported ("Hicks
	// said she plans to give …", "said the firm had been warned") is part
	// of that content, not another quote.
	if (c.object || c.belief || src.unnamed) && c.from > 0 && c.from < len(a.covered) && a.covered[c.from] {
		return
	}
	from, to, before := contentBefore(toks, c, src, sent)
	if !before {
		// After the cue, to the end of the sentence or the next source.
		k := c.to
		hasComp := false
		for k < sent[1] && (toks[k].Text == "," || toks[k].Text == ":" || timeWords[toks[k].Lower()] && !hasComp || a.lang.IsComplementizer(toks[k].Lower()) && !hasComp) {
			if a.lang.IsComplementizer(toks[k].Lower()) {
				hasComp = true
			}
			k++
		}
		// "said in an interview last week that …", "told CNN that …",
		// "told a crowded banquet hall that …": a phrase before the
		// complementizer.
		if !hasComp {
			if j := compAfterPhrase(toks, k, sent[1], c, a.lang); j > k {
				k, hasComp = j, true
			}
		}
		// "Republicans think Trump can win": a belief with a clause after
		// it and no "that".
		beliefClause := c.belief && !knowing[c.key] && !hasComp && k+3 < sent[1] && clauseStart(toks[k], a.lang)
		if !hasComp && !c.denial && !c.object && !c.show && !beliefClause && !a.lang.IsBare(c.key) {
			return
		}
		// A passive with no source reports only a clause: "We're told
		// there is footage", "it was reported that …".
		if src.unnamed && !hasComp && !(k < sent[1] && (clauseStart(toks[k], a.lang) || toks[k].Lower() == "there")) {
			return
		}
		// A stance participle needs a source of its own, not just the
		// words before it ("stop supporting rebels").
		if (c.object || c.show || beliefClause) && !hasComp && src.generic && strings.HasSuffix(c.key, "ing") {
			return
		}
		// "told her they did not …": the hearer is not the content.
		if !hasComp && strings.HasPrefix(c.key, "t") && k+1 < sent[1] && isObjectPronoun(toks[k].Lower()) {
			k++
			for k < sent[1] && a.lang.IsComplementizer(toks[k].Lower()) {
				k++
			}
		}
		if k < sent[1] && !hasComp && !c.denial && !c.object && (prepositionStart[toks[k].Lower()] || toks[k].Lower() == "to") {
			return
		}
		// "calls into question", "called off": a stance cue with a
		// particle after it is an idiom, not an attribution.
		if k < sent[1] && c.object && (toks[k].Lower() == "into" || toks[k].Lower() == "off" || toks[k].Lower() == "up") {
			return
		}
		// "calls that into question": "that" was a pronoun, and what
		// follows is no clause.
		if hasComp && k < sent[1] && (toks[k].Lower() == "into" || toks[k].Lower() == "off") {
			return
		}
		from, to = k, sent[1]
		if to-from > maxContentTokens {
			to = from + maxContentTokens
		}
		for cj := ci + 1; cj < len(info.cues); cj++ {
			if info.cues[cj].from >= sent[1] {
				break
			}
			// A participle inside the content ("her website criticizing
			// her photos") is part of it.
			if !srcs[cj].ok || srcs[cj].inverted || strings.HasSuffix(info.cues[cj].key, "ing") {
				continue
			}
			// "said he thought that …": the inner cue reports the content,
			// when it has a clause of its own ("says he feels he did
			// great" stays with the outer cue).
			if srcs[cj].from == from {
				inner := info.cues[cj]
				withClause := inner.to < sent[1] && a.lang.IsComplementizer(toks[inner.to].Lower())
				if withClause || !inner.belief && a.lang.IsBare(inner.key) {
					return
				}
			}
			// Stop before the next attribution's source when a comma or a
			// conjunction sets it apart ("…, Sheinbaum ruled out", "as he
			// has repeatedly mentioned"), not inside a clause of the
			// content ("indicative that the President did not know").
			if stop := srcs[cj].from; stop > from && stop < to && (toks[stop-1].Text == "," || toks[stop-1].Text == ";" || clauseBreaks[toks[stop-1].Lower()]) {
				to = stop
				if toks[stop-1].Kind == token.Word {
					to = stop - 1
				}
			}
			break
		}
		if (c.denial || c.object || !hasComp) && !strings.HasPrefix(c.key, "sa") {
			// An object rather than a clause: stop at the first comma.
			for k := from; k < to; k++ {
				if toks[k].Text == "," && !info.inQuote[k] {
					to = k
					break
				}
			}
		}
		// "“…,” he said last Thursday": a cue after a quotation has no
		// content after it.
		if src.from > 0 && toks[src.from-1].Kind == token.Mark || src.from > 1 && toks[src.from-1].Text == "," && toks[src.from-2].Kind == token.Mark {
			return
		}
	}
	if from < 0 || to <= from {
		return
	}
	// Trim punctuation, and conjunctions left dangling where the content
	// was cut ("…, after"), at the ends.
	for to > from && ((toks[to-1].Kind == token.Punct || toks[to-1].Kind == token.Dash) || toks[to-1].Kind == token.Word && danglers[toks[to-1].Lower()]) {
		to--
	}
	for from < to && (toks[from].Kind == token.Punct || toks[from].Kind == token.Dash) {
		from++
	}
	if to-from < minContentWords && !(c.object && to > from) || !hasClauseSignal(c, toks, from) && to-from < minBareWords && !(to-from >= 3 && clauseStart(toks[from], a.lang)) {
		return
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
	if outside < 2 || inside > 0 && float64(inside) >= maxQuotedShare*float64(inside+outside) {
		return
	}
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

// timeWords may stand between a cue and its content ("said Thursday that").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
	"late": true, "early": true, "recently": true, "earlier": true, "later": true, "again": true,
	"on": true, "last": true, "this": true, "week": true, "month": true, "year": true,
	"for": true, "years": true, "publicly": true, "repeatedly": true,
}

// clauseBreaks are conjunctions after which a new attribution starts ("as
// he has said", "while Patel said").
var clauseBreaks = map[string]bool{
	"and": true, "but": true, "while": true, "as": true, "whereas": true, "although": true,
	"though": true, "y": true, "e": true, "pero": true, "mientras": true, "mas": true, "enquanto": true,
	"which": true, "who": true, "whom": true,
}

// danglers are words that cannot end reported content.
var danglers = map[string]bool{
	"after": true, "and": true, "but": true, "while": true, "as": true, "because": true, "when": true,
	"or": true, "since": true, "although": true, "that": true, "y": true, "e": true, "pero": true,
	"mas": true, "que": true, "mientras": true, "enquanto": true, "porque": true,
}

// prepositionStart are words that open an adverbial, not a content clause.
var prepositionStart = map[string]bool{
	"at": true, "in": true, "on": true, "during": true, "after": true, "before": true,
	"according": true, "last": true, "yesterday": true, "today": true, "on monday": true,
	"with": true, "by": true, "from": true, "through": true, "via": true, "while": true,
	"within": true, "among": true, "despite": true, "under": true, "over": true, "since": true,
	"until": true, "amid": true,
}

// clauseOpeners open a subordinate clause that can front a sentence
// ("If it passes, Smith said, …").
var clauseOpeners = map[string]bool{"if": true, "when": true, "as": true, "once": true, "for": true, "because": true, "although": true, "while": true}

func isObjectPronoun(w string) bool {
	switch w {
	case "her", "him", "them", "me", "us", "reporters", "police", "cops":
		return true
	}
	return false
}

// contentBefore reports whether cue c, with source src, in sentence sent,
// reports what came before it, and where that content is: "…, according to
// X", "…, said X", "…, Zuckerberg said at the trial.", "…, Sanders said, a
// policy that …", "According to X (seen by Y), content." The range is -1,
// -1 when the cue reports before it but no content can be cut out.
func contentBefore(toks []token.Token, c cue, src cueSource, sent [2]int) (from, to int, ok bool) {
	ok = c.according || src.inverted
	if !ok && src.from > sent[0] && toks[src.from-1].Text == "," && (adverbialTail(toks, c.to, sent[1]) || midSentenceCue(toks, sent[0], src.from-1, c.to, sent[1])) {
		ok = true
	}
	if !ok {
		return -1, -1, false
	}
	switch {
	case src.inverted && c.from > sent[0] && toks[c.from-1].Text == ",":
		return sent[0], c.from - 1, true
	case c.according && c.from > sent[0]+3:
		// "… now well ahead 46 percent to 39 percent according to a CBS
		// poll".
		return sent[0], c.from, true
	case !src.inverted && src.from > sent[0] && toks[src.from-1].Text == ",":
		return sent[0], src.from - 1, true
	case c.according && c.from <= sent[0]+1:
		for k := src.to; k < sent[1] && k-src.to <= 12; k++ {
			if toks[k].Text == "," {
				return k + 1, sent[1], true
			}
		}
	}
	return -1, -1, true
}

// adverbialTail reports whether toks[k:end] is empty or a short adverbial
// ("at the trial", "on Thursday", "in a statement").
func adverbialTail(toks []token.Token, k, end int) bool {
	n := 0
	for i := k; i < end; i++ {
		if toks[i].Kind == token.Word {
			n++
		}
		if toks[i].Kind == token.Mark {
			return false
		}
	}
	if n == 0 {
		return true
	}
	return n <= 8 && (prepositionStart[toks[k].Lower()] || timeWords[toks[k].Lower()])
}

// describedAfter reads the source of "according to" as any short phrase
// that opens with a determiner ("an engineering memo", "el banco central"),
// up to a comma or the end of the sentence.
func describedAfter(text string, toks []token.Token, k, hi int, lang *lexicon.Language) (speaker.Mention, int, bool) {
	if k >= hi || !lang.IsDeterminer(toks[k].Text) {
		return speaker.Mention{}, 0, false
	}
	end := k
	for end < hi && toks[end].Kind == token.Word && end-k < 7 {
		end++
	}
	if end-k < 2 || end-k >= 7 {
		return speaker.Mention{}, 0, false
	}
	return speaker.Mention{Kind: speaker.Description, Text: words(text, toks, k, end)}, end, true
}

// accused resolves the object of an accusation, the first words of its
// content ("her of desecrating the flag", "Smith of lying").
func (a *attributor) accused(text string, toks []token.Token, from, to int) *speaker.Entity {
	if from >= to {
		return nil
	}
	if p, ok := a.lang.ObjectPronoun(toks[from].Text); ok {
		return a.reg.Resolve(speaker.Mention{Kind: speaker.Pronoun, Text: toks[from].Text, Gender: p.Gender, Plural: p.Number == lexicon.Plural})
	}
	end := from
	for end < to && toks[end].Kind == token.Word && toks[end].Cap {
		end++
	}
	if end > from {
		if m, ok := speaker.ParseNP(text, toks, from, end, a.lang); ok && m.Kind == speaker.Name {
			return a.reg.Resolve(m)
		}
	}
	return nil
}

// onlyFunctionWords reports a span of clitics, determiners and
// complementizers alone, which names no source ("se negó").
func onlyFunctionWords(toks []token.Token, lang *lexicon.Language) bool {
	for _, t := range toks {
		w := t.Lower()
		if !lang.IsClitic(w) && !lang.IsDeterminer(w) && !lang.IsComplementizer(w) {
			return false
		}
	}
	return true
}

// lastWord returns the last word of s, lower-cased.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// clauseStart reports a word that can open a content clause with no
// complementizer: a subject pronoun, a determiner or a name.
func clauseStart(t token.Token, lang *lexicon.Language) bool {
	if _, ok := lang.PronounOf(t.Text); ok {
		return true
	}
	return t.Cap && t.Kind == token.Word && !lang.IsNotName(t.Text)
}

// knowing are beliefs that take an object more often than a clause ("knows
// a thing or two"); they need "that".
var knowing = map[string]bool{"know": true, "knows": true, "knew": true, "sees": true, "see": true, "view": true, "views": true}

// passiveAux are the forms of "be" that make a cue passive.
var passiveAux = map[string]bool{"being": true, "been": true, "was": true, "were": true, "is": true, "are": true, "be": true, "fue": true, "foi": true, "es": true, "é": true}

// questionWords open a reported question or request.
var questionWords = map[string]bool{"how": true, "why": true, "whether": true, "if": true, "who": true, "what": true, "when": true, "where": true, "to": true}

// maxPhraseBeforeThat bounds the phrase that may stand between a cue and
// its complementizer.
const maxPhraseBeforeThat = 12

// compAfterPhrase returns the index just past a complementizer that follows
// a prepositional phrase or a hearer after cue c ("in an interview that",
// "CNN that", "CNN,"), or k when there is none.
func compAfterPhrase(toks []token.Token, k, end int, c cue, lang *lexicon.Language) int {
	if k >= end {
		return k
	}
	told := strings.HasPrefix(c.key, "told") || strings.HasPrefix(c.key, "tell")
	asked := strings.HasPrefix(c.key, "ask")
	first := toks[k]
	if asked && k+1 < end && (first.Cap || isObjectPronoun(first.Lower())) && questionWords[toks[k+1].Lower()] {
		// "asked Trump how he would …": the question after the hearer.
		return k + 1
	}
	if !(prepositionStart[first.Lower()] || timeWords[first.Lower()] || told && (first.Cap || lang.IsDeterminer(first.Text))) {
		return k
	}
	for j := k + 1; j < end && j-k <= maxPhraseBeforeThat; j++ {
		t := toks[j]
		if t.Kind == token.Mark || t.Text == "." || t.Text == ";" {
			return k
		}
		if t.Kind == token.Word && lang.IsComplementizer(t.Lower()) && t.Lower() == "that" {
			return j + 1
		}
		if told && t.Text == "," && j > k {
			return j + 1
		}
		if t.Kind == token.Word && lang.IsCue(t.Lower()) {
			return k
		}
	}
	return k
}

// midSentenceCue reports "content, Sanders said, more": a comma after the
// cue, and before the source a clause rather than an opening phrase ("In a
// few more years, Forte said, “…”").
func midSentenceCue(toks []token.Token, start, comma, after, end int) bool {
	if after+1 >= end || toks[after].Text != "," {
		return false
	}
	w := toks[start].Lower()
	return comma-start >= 5 && !prepositionStart[w] && !timeWords[w] && !clauseOpeners[w]
}

// nounLike reports a word that can end a noun phrase naming a source: not a
// contraction of a pronoun ("We’re", "you’d"), a preposition ("a lot of") or
// a past-tense verb ("the bloodshed raised").
func nounLike(t token.Token, lang *lexicon.Language) bool {
	w := t.Lower()
	if i := strings.IndexAny(w, "'’"); i > 0 {
		if _, ok := lang.PronounOf(w[:i]); ok {
			return false
		}
	}
	if prepositions[w] || stopWords[w] || lang.IsComplementizer(w) {
		return false
	}
	return t.Cap || !strings.HasSuffix(w, "ed")
}

// prepositions cannot end a source.
var prepositions = map[string]bool{"of": true, "for": true, "to": true, "with": true, "about": true, "by": true, "from": true, "de": true, "da": true, "do": true, "del": true}

// pronounBe reports a pronoun contracted with "be" ("we’re", "I'm"), as in
// "We're told that …".
func pronounBe(t token.Token, lang *lexicon.Language) bool {
	w := t.Lower()
	i := strings.IndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	_, ok := lang.PronounOf(w[:i])
	rest := strings.TrimLeft(w[i:], "'’")
	return ok && (rest == "re" || rest == "m" || rest == "s")
}
