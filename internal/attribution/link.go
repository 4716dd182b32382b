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
	// rejected reports a passive denial ("calls for an inquiry were
	// rejected"): what was denied is its subject, before the cue.
	rejected bool
}

// minContentWords is the fewest tokens reported content needs ("houvesse
// acordo").
const minContentWords = 2

// maxContentTokens bounds reported content: a sentence longer than this
// is not one reported clause, and the bound keeps run-on text linear.
const maxContentTokens = 160

// maxQuotedShare is the share of quoted words above which reported content
// is left to the direct quotation inside it.
const maxQuotedShare = 0.99

// minBareWords is the fewest tokens content after a cue with no
// complementizer needs: "explained the risk" names a topic, not content.
const minBareWords = 4

// hasClauseSignal reports content that a complementizer or a denial
// introduces.
func hasClauseSignal(c cue, toks []token.Token, from int, lang *lexicon.Language) bool {
	if c.denial || c.according || c.object || c.show {
		return true
	}
	return from > 0 && lang.IsDeclarative(toks[from-1].Lower())
}

// maxChannelGap is the most tokens between an opening "In a letter," and
// the cue of the sentence's own speaker after it.
const maxChannelGap = 8

// maxCueGap is the most tokens between a closing mark and the cue after it
// ("”, the director of the FBI, Kash Patel, said").
const maxCueGap = 14

// nullSubject gives a cue with no subject on the page the one its verb
// implies, in a language that leaves it out ("«…», argumentó.",
// "Confirmó además que …"): a pronoun of the verb's number, which
// resolves to the source the article is following. Only the start of a
// sentence, a quotation, sentence adverbs and clitics may stand before
// the cue.
func (a *attributor) nullSubject(info *blockInfo, c cue, lo int) cueSource {
	if !a.lang.NullSubject || c.belief && c.to < len(info.toks) && !a.lang.IsComplementizer(info.toks[c.to].Lower()) {
		return cueSource{}
	}
	comma := -1
	for k := c.from - 1; k >= lo; k-- {
		t := info.toks[k]
		w := t.Lower()
		if t.Text == "," && comma < 0 && !info.inQuote[k] {
			comma = k
		}
		switch {
		case info.inQuote[k], t.Kind == token.Punct, t.Kind == token.Mark, t.Kind == token.Dash:
		case t.Kind == token.Word && (a.lang.IsSubjectAdverb(w) || a.lang.IsClitic(w) || t.Cap && a.lang.IsNotName(t.Text) || a.lang.IsAdverb(w)):
		case comma > k && a.frontedPhrase(info.toks, lo, comma):
			// "Para isso, critica …": a phrase fronted before a comma.
			k = lo
		default:
			return cueSource{}
		}
	}
	m := speaker.Mention{Kind: speaker.Pronoun, Plural: a.lang.PluralVerb(strings.Fields(c.key)[0])}
	return cueSource{m: m, ok: true, from: c.from, to: c.from}
}

// frontedPhrase reports a short phrase from lo to the comma that a
// preposition or an adverbial opens ("Para isso,", "En ese contexto,").
func (a *attributor) frontedPhrase(toks []token.Token, lo, comma int) bool {
	w := toks[lo].Lower()
	return comma-lo <= maxOpeningPhrase && (a.lang.IsPreposition(w) || a.lang.IsAdverbialStart(w))
}

// evidenceBefore finds a document or figures as the subject of a cue at k
// when the phrase is too long for subjectBefore: the first evidence word
// within maxEvidenceWords before k, with its determiner.
func evidenceBefore(src string, toks []token.Token, lo, k int, inQuote []bool, lang *lexicon.Language) (speaker.Mention, int, bool) {
	head := -1
	for i := k - 1; i >= lo && k-i <= maxEvidenceWords; i-- {
		t := toks[i]
		if inQuote[i] || t.Kind == token.Mark || t.Text == "." || t.Text == ";" || t.Text == ":" {
			break
		}
		if t.Kind == token.Word && lang.IsEvidence(t.Lower()) {
			head = i
		}
	}
	if head < 0 {
		return speaker.Mention{}, 0, false
	}
	start := head
	for start > lo && head-start < 4 && toks[start-1].Kind == token.Word && !lang.IsCue(toks[start-1].Lower()) {
		start--
		if lang.IsDeterminer(toks[start].Lower()) {
			break
		}
	}
	return speaker.Mention{Kind: speaker.Description, Text: words(src, toks, start, k)}, start, true
}

// maxEvidenceWords bounds the phrase evidenceBefore reads.
const maxEvidenceWords = 20

// namesEvidence reports a source phrase about a document or figures ("A
// USA TODAY analysis of newly filed reports", "leaked documents from his
// tax return"): one of its words is evidence.
func namesEvidence(phrase string, lang *lexicon.Language) bool {
	for _, w := range strings.Fields(phrase) {
		if lang.IsEvidence(strings.ToLower(strings.Trim(w, ",.;:()"))) {
			return true
		}
	}
	return false
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
	after, afterGap := a.cueAfter(info, srcs, s, sents, sentOf)
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
			// No other quotation between the cue and this one, unless the
			// quotations are partial ones woven into the cue's content
			// ("warned that the government “will not sit on our hands” if
			// the situation “becomes uncontrollable”").
			if !info.quotedBetween(c.to, ot) || partialBetween(toks, info, c.to, ot) {
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
	case after >= 0 && (before < 0 || afterGap <= beforeGap+2 && !a.clauseAfterClose(toks, s)):
		return after, true
	case before >= 0:
		return before, true
	}
	return sentenceCue(info, srcs, s, sents, sentOf, a.lang)
}

// clauseAfterClose reports a conjunction right after the closing mark of
// quotation s, a comma aside ("“very encouraged” and Trump calling it …",
// "“un error” y Gómez afirmó …"): a new clause, whose cue does not report
// the quotation before it.
func (a *attributor) clauseAfterClose(toks []token.Token, s quote.Span) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s.CloseEnd })
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	return k < len(toks) && toks[k].Kind == token.Word && !toks[k].Cap && a.lang.IsCoordinator(toks[k].Lower())
}

// cueAfter finds the cue after the closing mark of quotation s ("…,” he
// said") and the words between them, or -1.
func (a *attributor) cueAfter(info *blockInfo, srcs []cueSource, s quote.Span, sents [][2]int, sentOf []int) (after, afterGap int) {
	after, afterGap = -1, 0
	toks := info.toks
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
				// "“… ongoing.” He said the FBI …": a cue that opens the
				// next sentence and reports content of its own is not this
				// quotation's.
				if c := info.cues[ci]; sentOf[c.from] == sentOf[ct] || !reportsAfter(toks, c, sents[sentOf[c.from]], a.lang) {
					after, afterGap = ci, gap
				}
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
	return after, afterGap
}

// maxSentenceCues bounds the cues sentenceCue reads after a quotation.
const maxSentenceCues = 8

// partialBetween reports whether the tokens between k and ot hold only
// words of the sentence and short quotations inside it, each opened after
// a word: partial quotations in reported content.
func partialBetween(toks []token.Token, info *blockInfo, k, ot int) bool {
	run, outside := 0, 0
	for i := k; i < ot; i++ {
		if info.inQuote[i] {
			if toks[i].Kind == token.Word {
				run++
			}
			if run > maxPartialWords {
				return false
			}
			continue
		}
		run = 0
		if toks[i].Kind == token.Word {
			outside++
		}
	}
	return outside > 0
}

// maxPartialWords is the longest quotation partialBetween lets stand
// between a cue and a later quotation it reports.
const maxPartialWords = 8

// sentenceCue finds, for a quotation no cue stands next to, the cue that
// closes its sentence and reports what came before it: in "The outages
// have been “terribly disruptive” and …, “we won’t roll the dice …,”
// company CEO Andy Vesey said." both quotations are Vesey's.
func sentenceCue(info *blockInfo, srcs []cueSource, s quote.Span, sents [][2]int, sentOf []int, lang *lexicon.Language) (int, bool) {
	ct := markToken(info.toks, s.Close)
	if ct < 0 || s.EndBlock != s.Block {
		return 0, false
	}
	sent := sents[sentOf[ct]]
	first := sort.Search(len(info.cues), func(i int) bool { return info.cues[i].from > ct })
	for ci := first; ci < len(info.cues) && ci-first < maxSentenceCues; ci++ {
		c := info.cues[ci]
		if c.from >= sent[1] {
			break
		}
		src := srcs[ci]
		if !src.ok || src.generic || src.unnamed || !(src.inverted || src.from > ct) || reportsAfter(info.toks, c, sent, lang) {
			continue
		}
		return ci, true
	}
	return 0, false
}

// indirect records the reported speech of cue ci, when it has content that
// is not just a direct quotation.

// reportsAfter reports whether words follow cue c in its sentence: content
// of its own rather than the end of an attribution ("… he said.").
func reportsAfter(toks []token.Token, c cue, sent [2]int, lang *lexicon.Language) bool {
	// "“…?” Brooke asked before apologizing to the actor.": a clause of
	// time after the cue reports nothing.
	if timeClauseAt(toks, c.to, sent[1], lang) {
		return false
	}
	// "“…!” Clinton said to People magazine.", "“…?” he told
	// reporters on Monday.": a hearer, a channel or a time after the cue
	// report nothing; content is a clause, with a complementizer, a verb
	// or a quotation of its own.
	words, clause := 0, false
	for k := c.to; k < sent[1]; k++ {
		t := toks[k]
		switch {
		case t.Kind == token.Word:
			words++
			w := t.Lower()
			clause = clause || !t.Cap && (lang.IsComplementizer(w) || lang.IsFiniteVerb(w) || lang.IsPast(w) || lang.IsCue(w))
		case t.Kind == token.Mark || t.Text == ":":
			clause = true
		}
	}
	return words >= minContentWords && clause
}

// timeClauseAt reports a clause of time at toks[k] ("before apologizing",
// "after meeting"): an adverbial start and a gerund, never content.
func timeClauseAt(toks []token.Token, k, hi int, lang *lexicon.Language) bool {
	return k+1 < hi && lang.IsAdverbialStart(toks[k].Lower()) && lang.IsGerund(toks[k+1].Lower())
}

// occasionAt reports an adverbial of time or occasion at toks[k], before
// end ("during his time on MSNBC", "in an interview", "on Thursday").
func occasionAt(toks []token.Token, k, end int, lang *lexicon.Language) bool {
	var ws [3]string
	n := 0
	for ; n < len(ws) && k+n < end; n++ {
		ws[n] = toks[k+n].Lower()
	}
	return lang.OccasionAt(ws[:n])
}

// contentBefore reports whether cue c, with source src, in sentence sent,
// reports what came before it, and where that content is: "…, according to
// X", "…, said X", "…, Zuckerberg said at the trial.", "…, Sanders said, a
// policy that …", "According to X (seen by Y), content." The range is -1,
// -1 when the cue reports before it but no content can be cut out.
func contentBefore(toks []token.Token, c cue, src cueSource, sent [2]int, lang *lexicon.Language) (from, to int, ok bool) {
	if c.according && src.ok && src.to == c.to {
		// "…que, para ele, manifestações … são …": a phrase that holds its
		// source reports what follows it.
		k := c.to
		if k < sent[1] && toks[k].Text == "," {
			k++
		}
		return k, sent[1], true
	}
	ok = c.according || src.inverted
	if c.according && c.from > sent[0] && lang.IsPassiveAux(toks[c.from-1].Lower()) {
		// "The statement above was issued by …" names the author of a
		// document: what stands before is no reported clause.
		return -1, -1, true
	}
	srcEnd, srcComma := commaBefore(toks, src.from, sent[0])
	cueEnd, cueComma := commaBefore(toks, c.from, sent[0])
	// "The combination, say economists, marks …": an attribution set off
	// by commas inside its content reports the part after it (GUIDE.md).
	// A quotation before the attribution is its own quote: what follows
	// the source then is an apposition ("“…,” said Luis Rubio, who heads
	// …").
	if !c.according && sent[0] < sent[1] && (src.inverted && cueComma && toks[c.from-1].Text == "," || !src.inverted && srcComma && toks[src.from-1].Text == ",") {
		w := toks[sent[0]].Lower()
		first := c.from
		if !src.inverted {
			first = src.from
		}
		if k, in := interruptedAfter(toks, c.to, sent, src.inverted, lang); in && !lang.IsClauseOpener(w) && !lang.IsAdverbialStart(w) && !lang.IsTimeWord(w) && !markBefore(toks, sent[0], first) {
			return k, sent[1], true
		}
	}
	if k, in := coordinatedAfter(toks, c, src, sent, lang); in {
		return k, sent[1], true
	}
	if !ok && srcComma && (adverbialTail(toks, c.to, sent[1], lang) || midSentenceCue(toks, sent[0], src.from-1, c.to, sent[1], lang)) {
		ok = true
	}
	if !ok {
		return -1, -1, false
	}
	if k, in := interruptingAccording(toks, c, sent, lang); in {
		return k, sent[1], true
	}
	switch {
	case src.inverted && cueComma:
		return sent[0], cueEnd, true
	case c.according && c.from > sent[0]+3:
		// "… now well ahead 46 percent to 39 percent according to a CBS
		// poll".
		return sent[0], c.from, true
	case !src.inverted && srcComma && !onlyTime(toks, sent[0], srcEnd, lang):
		return sent[0], srcEnd, true
	case c.according && c.from <= sent[0]+1:
		for k := c.to; k < sent[1] && k-c.to <= 12; k++ {
			if toks[k].Text == "," {
				// "…, conducted in early September, Clinton led": a
				// participle phrase still describes the source.
				for k+1 < sent[1] && toks[k+1].Kind == token.Word && !toks[k+1].Cap && (strings.HasSuffix(toks[k+1].Lower(), "ed") || strings.HasSuffix(toks[k+1].Lower(), "ing")) {
					j := k + 1
					for j < sent[1] && j-k <= 8 && toks[j].Text != "," {
						j++
					}
					if j >= sent[1] || toks[j].Text != "," {
						break
					}
					k = j
				}
				return k + 1, sent[1], true
			}
		}
	}
	return -1, -1, true
}

// onlyTime reports that toks[from:to] holds only words of time and
// sentence adverbs ("Then, last week, Swift posted …"): a fronted
// adverbial, not content before the cue.
func onlyTime(toks []token.Token, from, to int, lang *lexicon.Language) bool {
	for k := from; k < to; k++ {
		w := toks[k].Lower()
		if toks[k].Kind == token.Word && !lang.IsTimeWord(w) && !lang.IsWeekday(w) && !lang.IsSubjectAdverb(w) {
			return false
		}
	}
	return true
}

// nameAfterQuote cuts content [from, to) before the cue back to the end of
// its last quotation when only a name follows that quotation: in "“…,”
// Scott Pruitt, the attorney general, said" the name is the source, not
// content.
func nameAfterQuote(toks []token.Token, from, to int) int {
	m := to - 1
	for m >= from && toks[m].Kind != token.Mark {
		if toks[m].Kind == token.Word && !toks[m].Cap {
			return to
		}
		m--
	}
	if m < from || m == to-1 {
		return to
	}
	return m + 1
}

// markBefore reports a quotation mark just before the attribution at k, a
// comma aside ("“…,” said …", "”, remarcó …").
func markBefore(toks []token.Token, lo, k int) bool {
	for i := k - 1; i >= lo && i >= k-2; i-- {
		if toks[i].Kind == token.Mark {
			return true
		}
		if toks[i].Text != "," {
			return false
		}
	}
	return false
}

// interruptedAfter reports whether the cue ending at k is followed by a
// comma and the rest of the content it interrupts ("…, he said, for how the
// industry …", "…, say economists, marks …"), and where that rest begins.
// Before the comma may stand the source of an inverted cue or a short
// adverbial ("said on Friday,"); what follows must read on from the words
// before the attribution: not a name, an article opening an apposition ("a
// policy that …"), a participle ("adding …") or a quotation.
func interruptedAfter(toks []token.Token, k int, sent [2]int, inverted bool, lang *lexicon.Language) (int, bool) {
	comma := -1
	for i := k; i < sent[1] && i-k <= 6; i++ {
		if toks[i].Text == "," {
			comma = i
			break
		}
		if toks[i].Kind != token.Word || !inverted && i == k && !lang.IsAdverbialStart(toks[i].Lower()) && !lang.IsTimeWord(toks[i].Lower()) && !lang.IsHearer(toks[i].Lower()) {
			return 0, false
		}
	}
	if comma < 0 || sent[1]-comma < 4 {
		return 0, false
	}
	t := toks[comma+1]
	w := t.Lower()
	if t.Kind != token.Word || t.Cap || lang.IsDeterminer(w) || lang.IsGerund(w) || lang.IsClauseBreak(w) || lang.IsRelative(w) || roleAndName(toks, comma+1, sent[1], lang) {
		return 0, false
	}
	return comma + 1, true
}

// coordinatedAfter reports a cue set off by commas that a coordinator
// and a predicate without a subject of its own follow ("…, Mayer said, and
// “patched” the software …", "…,” Cook said, but instead “embedded …”"):
// the content goes on after the attribution, and starts past the
// coordinator. A subject after the coordinator ("…, he said, and the
// company …") opens a clause of the writer's.
func coordinatedAfter(toks []token.Token, c cue, src cueSource, sent [2]int, lang *lexicon.Language) (int, bool) {
	first, k := src.from, c.to
	if src.inverted {
		// The inverted source ends at the first comma after the cue.
		first = c.from
		for k < src.to && toks[k].Text != "," {
			k++
		}
	}
	if c.according || !src.ok || first <= sent[0] || !(toks[first-1].Text == "," || markBefore(toks, sent[0], first)) {
		return 0, false
	}
	if k+3 >= sent[1] || toks[k].Text != "," || !lang.IsCoordinator(toks[k+1].Lower()) {
		return 0, false
	}
	if !predicateAt(toks, k+2, sent[1], lang) {
		return 0, false
	}
	return k + 2, true
}

// predicateAt reports a predicate with no subject at k: a verb in the past
// or an auxiliary, after at most one adverb ("still", "instead") and an
// opening quotation mark ("and “patched” the software").
func predicateAt(toks []token.Token, k, end int, lang *lexicon.Language) bool {
	if k+1 < end && toks[k].Kind == token.Word && toks[k+1].Kind != token.Punct {
		if w := toks[k].Lower(); lang.IsSubjectAdverb(w) || lang.Connective([]string{w}) > 0 {
			k++
		}
	}
	if k < end && toks[k].Kind == token.Mark {
		k++
	}
	if k >= end || toks[k].Kind != token.Word || toks[k].Cap {
		return false
	}
	w := toks[k].Lower()
	return lang.IsPast(w) || lang.IsFiniteVerb(w)
}

// interruptingAccording reports an "according to" phrase set off by
// commas between a subject and its predicate ("He had, according to Alex
// Horton of the Post, killed …", "Yersinia pestis, per the WHO, is often
// found …"): it interrupts its content, which is the part after it
// (GUIDE.md), and where that part begins.
func interruptingAccording(toks []token.Token, c cue, sent [2]int, lang *lexicon.Language) (int, bool) {
	if !c.according || c.from <= sent[0]+1 || toks[c.from-1].Text != "," {
		return 0, false
	}
	for j := c.to; j < sent[1] && j-c.to <= maxSubjectWords; j++ {
		if toks[j].Text == "," {
			return j + 1, predicateAt(toks, j+1, sent[1], lang)
		}
		if toks[j].Kind != token.Word {
			return 0, false
		}
	}
	return 0, false
}

// roleAndName reports that toks[from:end] is a role and the name it ends
// with, up to the end of the sentence ("…, said another witness, former
// White House Russia adviser Fiona Hill."): an apposition of the source,
// not the rest of its content.
func roleAndName(toks []token.Token, from, end int, lang *lexicon.Language) bool {
	for end > from && toks[end-1].Kind != token.Word {
		end--
	}
	j := end
	for j > from && toks[j-1].Kind == token.Word && toks[j-1].Cap {
		j--
	}
	if j == end || j == from || j-from > maxSubjectWords {
		return false
	}
	if _, role := lang.RoleNoun(toks[j-1].Lower()); !role {
		return false
	}
	// "…, said Smith, will help the mayor Eric Adams", "…, helps the
	// mayor …": a verb makes it the rest of the content.
	first := toks[from].Lower()
	if _, role := lang.RoleNoun(first); !role && (lang.IsPresent(first) || lang.HasPastEnding(first)) {
		return false
	}
	for k := from; k < j; k++ {
		if lang.IsFiniteVerb(toks[k].Lower()) {
			return false
		}
	}
	return true
}

// commaBefore reports whether a comma sets token k apart from what comes
// before it (from lo on), and where that content ends: before the comma
// ("…, Smith said"), or after a closing mark with the comma inside or
// outside it ("… is “a misguided approach,” said Burman": the content keeps
// its partial quotation).
func commaBefore(toks []token.Token, k, lo int) (end int, ok bool) {
	switch {
	case k <= lo:
		return k, false
	case toks[k-1].Text == ",":
		return k - 1, true
	case toks[k-1].Kind == token.Mark:
		j := k - 1
		for j > lo && toks[j-1].Kind == token.Mark {
			j--
		}
		if j-1 >= lo && toks[j-1].Text == "," {
			return k, true
		}
	}
	return k, false
}

// adverbialTail reports whether toks[k:end] is empty or a short adverbial
// ("at the trial", "on Thursday", "in a statement").
func adverbialTail(toks []token.Token, k, end int, lang *lexicon.Language) bool {
	// "…, the commission said, according to Reuters.": the outlet that
	// carried the cue.
	if k+1 < end && toks[k].Text == "," && lang.IsAdverbialStart(toks[k+1].Lower()) {
		k++
	}
	// Past maxAdverbialTail words the answer is no: count no further.
	n := 0
	for i := k; i < end && n <= maxAdverbialTail; i++ {
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
	if n <= maxAdverbialTail && (lang.IsAdverbialStart(toks[k].Lower()) || lang.IsTimeWord(toks[k].Lower())) {
		return true
	}
	// "…, Cook told Benioff.", "…, a spokesman told us.": the one
	// spoken to.
	for i := k; i < end; i++ {
		if toks[i].Kind == token.Word && !toks[i].Cap && !lang.IsHearer(toks[i].Lower()) {
			return false
		}
	}
	return n <= maxSubjectWords/2
}

// maxAdverbialTail bounds the words of time, place and occasion that may
// follow a cue whose content came before it ("… CEO Tim Cook said Tuesday
// in a fireside chat with Salesforce founder Marc Benioff.").
const maxAdverbialTail = 14

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

// clauseStart reports a word that can open a content clause with no
// complementizer: a subject pronoun, a determiner or a name.
func clauseStart(t token.Token, lang *lexicon.Language) bool {
	if _, ok := lang.PronounOf(t.Text); ok {
		return true
	}
	return t.Cap && t.Kind == token.Word && !lang.IsNotName(t.Text)
}

// finiteAhead reports a clause without a pronoun or a name at its head ("the
// economy is weak"): a finite verb within a few words of k, before any
// punctuation.
func finiteAhead(toks []token.Token, k, end int, lang *lexicon.Language) bool {
	for i := k; i < end && i < k+7; i++ {
		if toks[i].Kind != token.Word {
			return false
		}
		if lang.IsFiniteVerb(toks[i].Lower()) {
			return i > k
		}
	}
	return false
}

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
	told := lang.IsTelling(c.key)
	asked := lang.IsAsking(c.key)
	first := toks[k]
	if asked && k+1 < end && (first.Cap || lang.IsHearer(first.Lower())) && lang.IsQuestionWord(toks[k+1].Lower()) {
		// "asked Trump how he would …": the question after the hearer.
		return k + 1
	}
	// "will tell you that …" addresses the reader, and "told TMZ there is
	// …" or "told them they have …" already starts the content: only a
	// hearer phrase comes before "that".
	_, pronoun := lang.PronounOf(first.Text)
	hearer := told && !lang.IsReader(first.Lower()) && !lang.IsExistential(first.Lower()) && !pronoun
	// "aseguraba a AFP que …", "disse ao jornal que …", "dijo al
	// mexicano que …": a preposition and a name, a determiner or a noun
	// name the one spoken to.
	if !first.Cap && lang.IsPreposition(first.Lower()) && k+1 < end && (toks[k+1].Cap || lang.IsDeterminer(toks[k+1].Lower()) || lang.IsHearer(toks[k+1].Lower()) || lang.IsHearerPreposition(first.Lower()) && toks[k+1].Kind == token.Word) {
		hearer = true
	}
	if !(lang.IsAdverbialStart(first.Lower()) || lang.IsTimeWord(first.Lower()) || hearer) {
		return k
	}
	for j := k + 1; j < end && j-k <= maxPhraseBeforeThat; j++ {
		t := toks[j]
		if t.Kind == token.Mark || t.Text == "." || t.Text == ";" {
			return k
		}
		if t.Kind == token.Word && lang.IsDeclarative(t.Lower()) {
			// "se comunicó al número de la unión temporal, que
			// coincide con …": after a comma, a relative pronoun, in
			// a language whose complementizer is one ("que"), not
			// English "that".
			if toks[j-1].Text == "," && lang.IsRelative(t.Lower()) {
				return k
			}
			return j + 1
		}
		if told && t.Text == "," && j > k {
			return j + 1
		}
		if t.Kind == token.Word && (lang.IsCue(t.Lower()) || cueAt(toks, j, end, lang) > j) {
			return k
		}
		// "esperan con inquietud el discurso que …": a noun phrase after
		// the phrase is the cue's object, and "que" its relative pronoun.
		if objectInPhrase(toks, j, lang) {
			return k
		}
		// "told USA TODAY's weekly video series it is clear …": a clause
		// after the hearer, opened by a pronoun and a finite verb.
		if told && j > k && j+1 < end && t.Kind == token.Word && !t.Cap && lang.IsFiniteVerb(toks[j+1].Lower()) {
			if _, ok := lang.PronounOf(t.Text); ok {
				return j
			}
		}
	}
	return k
}

// objectInPhrase reports a determiner at j that opens a noun phrase of its
// own after a noun, not a preposition's object ("con una creciente
// inquietud el discurso"); a determiner after a time word ("ayer el
// ministro") may open an inverted source.
func objectInPhrase(toks []token.Token, j int, lang *lexicon.Language) bool {
	t, p := toks[j], toks[j-1]
	if t.Kind != token.Word || t.Cap || !lang.IsDeterminer(t.Lower()) || lang.IsClitic(t.Lower()) || p.Kind != token.Word {
		return false
	}
	w := p.Lower()
	// "by using the example of Chicago to prove that": the object of a
	// verb inside the phrase.
	return !p.Cap && !lang.IsPreposition(w) && !lang.IsDeterminer(w) && !lang.IsTimeWord(w) && !lang.IsCoordinator(w) && !lang.IsGerund(w) && !lang.IsInfinitive(w)
}

// midSentenceCue reports "content, Sanders said, more": a comma after the
// cue, and before the source a clause rather than an opening phrase ("In a
// few more years, Forte said, “…”").
func midSentenceCue(toks []token.Token, start, comma, after, end int, lang *lexicon.Language) bool {
	if after+1 >= end || toks[after].Text != "," {
		return false
	}
	w := toks[start].Lower()
	return comma-start >= 3 && !lang.IsAdverbialStart(w) && !lang.IsTimeWord(w) && !lang.IsClauseOpener(w)
}

// pluralHead reports a phrase whose head noun, the last word before a
// preposition, is plural ("representantes de organizaciones", "47
// percent of voters").
func pluralHead(toks []token.Token, lang *lexicon.Language) bool {
	head := ""
	for _, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		if head != "" && lang.IsPreposition(t.Lower()) {
			break
		}
		head = t.Lower()
	}
	return lang.IsPluralNoun(head)
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
	if lang.IsPreposition(w) || lang.IsSubjectStop(w) || lang.IsComplementizer(w) {
		return false
	}
	return t.Cap || !lang.HasPastEnding(w)
}

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
	return ok && lang.IsBeContraction(rest)
}
