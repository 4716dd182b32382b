package attribution

import (
	"sort"
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/article"
	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/quote"
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

// Attribution is one attributed quote, direct or indirect.
type Attribution struct {
	Direct bool
	// Span is the direct quotation (Direct only).
	Span quote.Span
	// Block, Start and End place the quoted or reported text in its block.
	Block, Start, End int
	// Cue is the cue as on the page ("said", "— (post)"), or "".
	Cue string
	// Speaker is the source, or nil.
	Speaker    *speaker.Entity
	Evidence   string
	Confidence float64
	// Sentence is the sentence that carries the cue.
	Sentence string
	// Denial reports a cue that denies or rules out its content.
	Denial bool
	// Target is whom an accusation accuses ("accusing her of …"), or nil.
	Target *speaker.Entity
	// pull marks a short quotation set apart in a heading, a list item or
	// a caption, kept only if the text says it with a cue (pullQuotes).
	pull bool
}

// Confidences of the rules, from the most certain down.
const (
	confNamedCue     = 0.92
	confDescribedCue = 0.85
	confPronounCue   = 0.78
	confSameSentence = 0.7
	confParagraph    = 0.65
	confContinues    = 0.6
	confIndirect     = 0.7
)

// minUnattributedWords is the fewest words a quotation with no cue needs to
// count: shorter marked phrases with no source are scare quotes, titles and
// words mentioned as words.
const minUnattributedWords = 5

// blockInfo holds a block's tokens and which of them sit inside quotations.
type blockInfo struct {
	toks    []token.Token
	inQuote []bool
	// quoted[k] counts the quoted tokens before token k, so that "is
	// anything quoted between i and j" costs nothing.
	quoted []int
	cues   []cue
	// cueAt maps a token index to the cue that starts there.
	cueAt map[int]int
	spans []int // indices into the spans of quotations in this block
}

// quotedBetween reports whether any token in [i, j) is inside a quotation.
func (info *blockInfo) quotedBetween(i, j int) bool {
	if i >= j {
		return false
	}
	return info.quoted[j]-info.quoted[i] > 0
}

// markQuoted marks the tokens of block b that lie inside its quotations,
// marks included, in one sweep over tokens and spans (both sorted).
func markQuoted(toks []token.Token, idx []int, spans []quote.Span, b, textLen int, all bool) []bool {
	in := make([]bool, len(toks))
	if all {
		for k := range in {
			in[k] = true
		}
		return in
	}
	k := 0
	for _, si := range idx {
		s := spans[si]
		if s.Origin == quote.Answer {
			// An answer is speech, and the sources it reports still speak
			// in it ("Según el Banco Central, …").
			continue
		}
		start, end := s.Start, s.End
		if s.Open >= 0 {
			start = s.Open
		}
		if s.EndBlock != b {
			end = textLen
		} else if s.CloseEnd >= 0 {
			end = s.CloseEnd
		}
		for k < len(toks) && toks[k].Start < start {
			k++
		}
		for j := k; j < len(toks) && toks[j].Start < end; j++ {
			in[j] = true
		}
	}
	return in
}

// Attribute attributes the quotations of doc, finds reported speech, and
// returns both in reading order with the registry of speakers.
func Attribute(doc *article.Document, spans []quote.Span, lang *lexicon.Language) ([]Attribution, *speaker.Registry) {
	return AttributeUntil(doc, spans, lang, nil)
}

// AttributeUntil is Attribute that asks more before each block; when more
// reports false, it stops and returns what the blocks before found. A host
// uses it to keep a deadline and to let other work run between blocks.
func AttributeUntil(doc *article.Document, spans []quote.Span, lang *lexicon.Language, more func() bool) ([]Attribution, *speaker.Registry) {
	if more == nil {
		more = func() bool { return true }
	}
	reg := speaker.NewRegistry(lang)
	infos := make([]blockInfo, len(doc.Blocks))
	for i, s := range spans {
		infos[s.Block].spans = append(infos[s.Block].spans, i)
	}
	// Blocks wholly inside a quotation that spans blocks (a post in plain
	// text).
	covered := make([]bool, len(doc.Blocks))
	for _, s := range spans {
		for b := s.Block + 1; b <= s.EndBlock && b < len(covered); b++ {
			covered[b] = true
		}
	}
	read := 0
	for b := range doc.Blocks {
		if !more() {
			break
		}
		read = b + 1
		info := &infos[b]
		text := doc.Blocks[b].Text
		info.toks = token.Split(text, lang)
		more() // a pause point between the steps of a long paragraph
		info.inQuote = markQuoted(info.toks, info.spans, spans, b, len(text), covered[b])
		info.quoted = make([]int, len(info.toks)+1)
		for k, q := range info.inQuote {
			info.quoted[k+1] = info.quoted[k]
			if q {
				info.quoted[k+1]++
			}
		}
		seeNames(reg, text, info, lang)
		more()
		info.cues = findCues(text, info.toks, info.inQuote, lang, doc.Blocks[b].Kind == article.Heading)
		more()
		info.cueAt = make(map[int]int, len(info.cues))
		for i, c := range info.cues {
			info.cueAt[c.from] = i
		}
	}
	for _, s := range spans {
		if s.Origin == quote.SocialPost {
			reg.SeeName(s.Author)
		}
	}
	a := &attributor{doc: doc, spans: spans, lang: lang, reg: reg, infos: infos, colon: make(map[int]speaker.Mention), more: more}
	for b := range read {
		if !more() {
			break
		}
		a.block(b)
	}
	words := repeated(a.out, doc)
	a.out = pullQuotes(a.out, words, doc)
	sort.SliceStable(a.out, func(i, j int) bool {
		if a.out[i].Block != a.out[j].Block {
			return a.out[i].Block < a.out[j].Block
		}
		return a.out[i].Start < a.out[j].Start
	})
	return a.out, reg
}

// seeNames records the full names of a block outside quotations.
func seeNames(reg *speaker.Registry, text string, info *blockInfo, lang *lexicon.Language) {
	toks := info.toks
	if shouted(toks) {
		return
	}
	for k := 0; k < len(toks); {
		if info.inQuote[k] || !toks[k].Cap || toks[k].Kind != token.Word || lang.IsNotName(toks[k].Text) || lang.IsTitle(toks[k].Text) || lang.IsHonorific(toks[k].Text) {
			k++
			continue
		}
		// "Once Fetter joined …": a function word that opens the sentence
		// is no part of the name after it.
		if toks[k].SentenceStart && lang.IsFunctionWord(toks[k].Text) {
			k++
			continue
		}
		e := k
		for e < len(toks) && !info.inQuote[e] && toks[e].Kind == token.Word && (toks[e].Cap && !lang.IsNotName(toks[e].Text) || lang.IsParticle(toks[e].Text) && e+1 < len(toks) && toks[e+1].Cap) {
			e++
		}
		s := speaker.TitleInRun(toks, k, e, lang)
		// "Secretary of State Mike Pompeo": the office after a title and
		// its preposition is no part of the name.
		if s == k && k >= 2 && e-k >= 3 && !toks[k-1].Cap && lang.IsPreposition(toks[k-1].Lower()) && lang.IsTitle(toks[k-2].Text) {
			s++
		}
		if e-s >= 2 && e-s <= 4 {
			reg.SeeName(words(text, toks, s, e))
		}
		// A capitalised word inside a sentence is a name the article uses
		// ("o técnico Tite"), which vouches for it at a sentence's start.
		for j := k; j < e; j++ {
			if !toks[j].SentenceStart {
				reg.SeeWord(toks[j].Text)
			}
		}
		if e == k {
			e++
		}
		k = e
	}
}

// pauseEvery is how many cues or events of a block are read between two
// calls of the host's hook.
const pauseEvery = 16

type attributor struct {
	doc   *article.Document
	spans []quote.Span
	lang  *lexicon.Language
	reg   *speaker.Registry
	infos []blockInfo
	out   []Attribution
	// voice is the speaker of the last attribution, and voiceBlock its
	// block, for quotations that carry on without a cue.
	voice      *speaker.Entity
	voiceBlock int
	// colon holds the sources of quotations set after "Name:".
	colon map[int]speaker.Mention
	// more is the host's hook; inside a block it is only a pause point
	// (every pauseEvery cues or events), so that one long paragraph does not
	// hold the host's thread. Its answer is heeded between blocks.
	more func() bool
	// covered marks the tokens of the current block already inside
	// reported content.
	covered []bool
	// interviewee answers the questions of an interview; asked is set once
	// the first answer has been read.
	interviewee *speaker.Entity
	asked       bool
}

// answerer returns who answers an interview: the named source the article
// was following when the first question came.
func (a *attributor) answerer() *speaker.Entity {
	if !a.asked {
		a.asked = true
		if a.voice != nil && a.voice.Kind == speaker.Name {
			a.interviewee = a.voice
		}
	}
	return a.interviewee
}

// event is a cue or a quotation in reading order within a block.
type event struct {
	pos     int
	cue     int // index into info.cues, or -1
	quote   int // index into a.spans, or -1
	subject int // index into the sentence subjects when cue and quote are -1
}

// subject is a name that opens a sentence.
type subject struct {
	m    speaker.Mention
	from int
}

// sentenceSubjects finds the names that open sentences ("Maria Lopez runs
// the clinic."): the people the pronouns that follow most likely mean.
func (a *attributor) sentenceSubjects(text string, info *blockInfo, sents [][2]int) []subject {
	var out []subject
	for _, s := range sents {
		if shouted(info.toks[s[0]:s[1]]) {
			// "APOYA A LOS CIUDADANOS QUE CREEN …": a banner, not a
			// sentence with a subject.
			continue
		}
		if sub, ok := a.openingSubject(text, info, s); ok {
			out = append(out, sub)
		}
		out = append(out, a.contrastSubjects(text, info, s)...)
	}
	return out
}

// openingSubject returns the name that opens sentence s, if any.
func (a *attributor) openingSubject(text string, info *blockInfo, s [2]int) (subject, bool) {
	toks := info.toks
	k := s[0]
	// "Apesar disso, Tite …", "On Monday, Smith …": a short opening
	// phrase before a comma is not the subject.
	limit := 4
	if w := toks[k].Lower(); a.lang.IsPreposition(w) || a.lang.IsAdverbialStart(w) {
		// "Durante la misma entrevista de ayer, Delgado …".
		limit = maxOpeningPhrase
	}
	for c := k; c < s[1] && c-k <= limit; c++ {
		if toks[c].Text == "," {
			// "Buser, however, is counting on …": a connective after
			// the comma interrupts the subject, not an opening phrase.
			if skipConnective(toks, c+1, s[1], a.lang) == c+1 {
				k = c + 1
			}
			break
		}
	}
	for k < s[1] && (toks[k].Kind == token.Punct || toks[k].Kind == token.Word && a.lang.IsNotName(toks[k].Text) && !a.lang.IsDeterminer(toks[k].Text)) {
		k++
	}
	// "El fiscal Rodolfo Delgado habló …": a determiner and a role
	// before the name.
	j, titled := k, false
	for j < s[1] && j-k < maxSubjectWords && toks[j].Kind == token.Word && (a.lang.IsDeterminer(toks[j].Lower()) || !toks[j].Cap && (isRole(toks[j], a.lang) || a.lang.IsTitle(toks[j].Text))) {
		titled = titled || !a.lang.IsDeterminer(toks[j].Lower())
		j++
	}
	if !titled || j >= s[1] || !toks[j].Cap {
		j = k
	}
	e := j
	for e < s[1] && !info.inQuote[e] && toks[e].Kind == token.Word && (toks[e].Cap || a.lang.IsParticle(toks[e].Text)) {
		e++
	}
	for e > k && a.lang.IsParticle(toks[e-1].Text) && !toks[e-1].Cap {
		e--
	}
	// "Buser, however, is counting on …".
	next := e
	if next < s[1] && toks[next].Text == "," {
		if j := skipConnective(toks, next+1, s[1], a.lang); j > next+1 {
			next = j
		}
	}
	// "O senador Lasier Martins (Podemos-RS), líder do bloco …, acha
	// que …": an appositive or a party tag after the name.
	apposed := next < s[1] && e > j && (toks[next].Text == "(" || toks[next].Text == "," && next+1 < s[1] && toks[next+1].Kind == token.Word && !toks[next+1].Cap)
	if e == k || next >= s[1] || !apposed && (toks[next].Kind != token.Word || toks[next].Cap) {
		return subject{}, false
	}
	// "Border agents say …", "Biden aides …": a name before a role noun
	// modifies it, and the sentence is about the agents.
	if _, role := a.lang.RoleNoun(toks[next].Lower()); role && !apposed {
		return subject{}, false
	}
	// A lone capitalised word opening a sentence is a name only when the
	// article uses it as one elsewhere.
	if e-j == 1 && !a.reg.Known(toks[j].Text) && !titled {
		return subject{}, false
	}
	if m, ok := speaker.ParseNP(text, toks, k, e, a.lang); ok && m.Kind == speaker.Name {
		return subject{m: m, from: k}, true
	}
	return subject{}, false
}

// contrastSubjects finds the names that open a clause coordinated after a
// comma ("Pacheco negou colocar em pauta, mas Girão ainda tenta …"): the
// latest person the sentence is about, whom "O parlamentar" and "ele" in
// the next sentence mean.
func (a *attributor) contrastSubjects(text string, info *blockInfo, s [2]int) []subject {
	var out []subject
	toks := info.toks
	for c := s[0] + 1; c+2 < s[1]; c++ {
		if toks[c].Text != "," || info.inQuote[c] || !a.lang.IsCoordinator(toks[c+1].Lower()) || toks[c+1].Cap {
			continue
		}
		j := c + 2
		e := j
		for e < s[1] && !info.inQuote[e] && toks[e].Kind == token.Word && toks[e].Cap {
			e++
		}
		if e == j || e-j > 3 || e >= s[1] || toks[e].Kind != token.Word || a.lang.IsPreposition(toks[e].Lower()) {
			continue
		}
		if e-j == 1 && !a.reg.Known(toks[j].Text) {
			continue
		}
		if m, ok := speaker.ParseNP(text, toks, j, e, a.lang); ok && m.Kind == speaker.Name {
			out = append(out, subject{m: m, from: j})
		}
	}
	return out
}

// blockRead is one block being attributed: its words and sentences, the
// sources of its cues, the names that open its sentences, the cue each
// quotation links to, and who has spoken so far in it.
type blockRead struct {
	b        int
	text     string
	info     *blockInfo
	sents    [][2]int
	sentOf   []int // token → index into sents
	srcs     []cueSource
	subjects []subject
	link     map[int]int // span index → cue index
	// resolved holds the entity of each cue's source once done says it
	// was resolved.
	resolved []*speaker.Entity
	done     []bool
	// paragraphVoice is the last speaker of the block.
	paragraphVoice *speaker.Entity
	// caption reports a photograph's caption, which neither takes nor
	// gives the voice of the paragraphs around it.
	caption bool
}

// block attributes the quotations and reported speech of block b: it
// parses every cue's source, links each quotation to a cue, and resolves
// sources, sentence subjects and quotations in reading order, so that a
// pronoun refers to whoever spoke last.
func (a *attributor) block(b int) {
	info := &a.infos[b]
	a.reg.NewParagraph()
	a.covered = make([]bool, len(info.toks))
	r := &blockRead{b: b, text: a.doc.Blocks[b].Text, info: info, caption: captioned(a.doc.Blocks[b], a.lang)}
	r.sents, r.sentOf = sentenceIndex(info.toks)
	r.srcs = a.cueSources(r)
	a.coverBefore(info, r.srcs, r.sents, r.sentOf)
	r.subjects = a.sentenceSubjects(r.text, info, r.sents)
	evs := a.events(r)
	r.link = make(map[int]int)
	for _, si := range info.spans {
		if ci, ok := a.linkCue(r.text, info, r.srcs, si, r.sents, r.sentOf); ok {
			r.link[si] = ci
		}
	}
	r.resolved = make([]*speaker.Entity, len(info.cues))
	r.done = make([]bool, len(info.cues))
	for i, ev := range evs {
		if i%pauseEvery == pauseEvery-1 {
			a.more()
		}
		switch {
		case ev.quote < 0 && ev.cue < 0:
			if e := a.reg.Resolve(r.subjects[ev.subject].m); !r.caption {
				a.reg.Speak(e)
			}
		case ev.cue >= 0:
			e := a.resolveCue(r, ev.cue)
			if e != nil {
				r.paragraphVoice = e
				if !r.caption {
					a.voice, a.voiceBlock = e, b
				}
			}
			a.indirect(b, r.text, info, ev.cue, r.srcs, e, r.sents, r.sentOf)
		default:
			a.directQuote(r, ev.quote)
		}
	}
}

// sentenceIndex returns the sentences of toks and, for each token, the
// index of its sentence.
func sentenceIndex(toks []token.Token) ([][2]int, []int) {
	sents := token.Sentences(toks)
	sentOf := make([]int, len(toks))
	for i, s := range sents {
		for k := s[0]; k < s[1]; k++ {
			sentOf[k] = i
		}
	}
	return sents, sentOf
}

// cueSources parses the source of every cue of the block in its sentence;
// a verb coordinated with a cue before it shares that cue's source, and a
// banner in capitals reports nobody.
func (a *attributor) cueSources(r *blockRead) []cueSource {
	info, sents, sentOf := r.info, r.sents, r.sentOf
	loud := make([]bool, len(sents))
	for i, s := range sents {
		loud[i] = shouted(info.toks[s[0]:s[1]])
	}
	srcs := make([]cueSource, len(info.cues))
	for i, c := range info.cues {
		if i%pauseEvery == pauseEvery-1 {
			a.more()
		}
		lo := 0
		if len(info.toks) > 0 {
			lo = sents[sentOf[c.from]][0]
		}
		hi := len(info.toks)
		if len(sents) > 0 {
			hi = sents[sentOf[c.from]][1]
		}
		if len(sents) > 0 && loud[sentOf[c.from]] {
			// A banner in capitals reports nobody ("APOYA A LOS …").
			continue
		}
		srcs[i] = a.source(r.text, info, c, lo, hi)
		if j := a.sharedCue(info, srcs, i, lo); j >= 0 {
			// Placed at the sentence's start, as the subject of its
			// clause: the content before the participle is the earlier
			// cue's.
			srcs[i] = cueSource{m: srcs[j].m, ok: true, from: lo, to: c.from, generic: srcs[j].generic}
		}
		if coordinated(info.toks, lo, c.from, a.lang) {
			// "O senador reiterou que … e ponderou …": a verb coordinated
			// with a cue before it in its sentence shares its source.
			for j := i - 1; j >= 0 && info.cues[j].from >= lo && i-j <= maxCoordinated; j-- {
				// A description shares only when a role noun heads it
				// ("la entidad apunta …, pero también advierte …").
				if p := srcs[j]; p.ok && !p.inverted && (!p.generic || a.roleHeaded(p.m.Text)) {
					srcs[i] = cueSource{m: p.m, ok: true, from: p.from, to: p.to}
					break
				}
			}
		}
	}
	return srcs
}

// sharedCue returns the cue before cue i in its sentence whose source a
// participle after a comma shares ("…, Spicer said, adding, “…”", "Trump
// told a rally, saying …"), or -1.
func (a *attributor) sharedCue(info *blockInfo, srcs []cueSource, i, lo int) int {
	c := info.cues[i]
	if !afterComma(info.toks, c, lo) || !a.lang.IsGerund(c.key) || c.according {
		return -1
	}
	j := a.cueBeforeIn(info, srcs, i, lo)
	// "Pompeo said that … Washington had concluded …, saying …": a cue
	// inside the content of an earlier one is not the clause the
	// participle hangs on.
	for hops := 0; j >= 0 && !srcs[j].inverted && hops < maxCoordinated; hops++ {
		// "…, Mr. Manafort said, adding …", "“…” Lewandowski added,
		// saying …": a source after a comma or a quotation closes the
		// content before it.
		if f := srcs[j].from; f > lo && (info.toks[f-1].Text == "," || info.toks[f-1].Kind == token.Mark) {
			break
		}
		k := a.cueBeforeIn(info, srcs, j, lo)
		if k < 0 || srcs[j].from < info.cues[k].to {
			break
		}
		j = k
	}
	return j
}

// cueBeforeIn returns the nearest cue before cue i in its sentence, other
// than "according to", when its source is named, or -1.
func (a *attributor) cueBeforeIn(info *blockInfo, srcs []cueSource, i, lo int) int {
	for j := i - 1; j >= 0 && info.cues[j].from >= lo; j-- {
		if info.cues[j].according {
			continue
		}
		if p := srcs[j]; p.ok && !p.unnamed && !p.rejected {
			return j
		}
		return -1
	}
	return -1
}

// events returns the cues with a source, the quotations and the sentence
// subjects of the block in reading order.
func (a *attributor) events(r *blockRead) []event {
	info := r.info
	var evs []event
	for i, c := range info.cues {
		if r.srcs[i].ok {
			evs = append(evs, event{pos: info.toks[c.from].Start, cue: i, quote: -1, subject: -1})
		}
	}
	for _, si := range info.spans {
		evs = append(evs, event{pos: a.spans[si].Start, cue: -1, quote: si, subject: -1})
	}
	for i, sub := range r.subjects {
		evs = append(evs, event{pos: info.toks[sub.from].Start, cue: -1, quote: -1, subject: i})
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].pos < evs[j].pos })
	return evs
}

// resolveCue resolves the source of cue ci once, the first time it is
// read, and makes it the latest speaker; an unnamed source resolves to
// nil.
func (a *attributor) resolveCue(r *blockRead, ci int) *speaker.Entity {
	if !r.done[ci] {
		r.done[ci] = true
		if !r.srcs[ci].unnamed {
			r.resolved[ci] = a.reg.Resolve(r.srcs[ci].m)
			if !r.caption {
				a.reg.Speak(r.resolved[ci])
			}
		}
	}
	return r.resolved[ci]
}

// directQuote attributes quotation si of the block and records it, unless
// keep drops it; its speaker becomes the voice of the paragraph.
func (a *attributor) directQuote(r *blockRead, si int) {
	s := a.spans[si]
	b := r.b
	if _, sig := a.signature(b); sig && s.Origin == quote.BlockQuote {
		return
	}
	att := a.directSpeaker(r, si)
	if !a.keep(att, r.text) {
		if setApart(a.doc.Blocks[b].Kind) && s.Origin == quote.Marks && !nickname(r.text, s) {
			att.Speaker, att.pull = nil, true
			a.out = append(a.out, att)
		}
		return
	}
	if att.Speaker != nil {
		r.paragraphVoice = att.Speaker
		if !r.caption {
			a.reg.Speak(att.Speaker)
			a.voice, a.voiceBlock = att.Speaker, b
		}
	} else {
		att.Evidence = "no source found"
	}
	if att.Sentence == "" && s.Block == b && len(r.sents) > 0 {
		// Every quote carries its sentence, with a speaker or not.
		toks := r.info.toks
		if k := sort.Search(len(toks), func(k int) bool { return toks[k].End > s.Start }); k < len(toks) {
			att.Sentence = sentenceText(r.text, toks, r.sents, r.sentOf[k])
		}
	}
	a.out = append(a.out, att)
	a.innerQuotes(r, att)
}

// directSpeaker returns the attribution of quotation si, its speaker
// found in order of evidence: an interview answer, a post's signature, a
// linked cue, a colon, the voice of the paragraph, the paragraph around a
// block quotation, the voice of the paragraph before.
func (a *attributor) directSpeaker(r *blockRead, si int) Attribution {
	s, b := a.spans[si], r.b
	att := Attribution{Direct: true, Span: s, Block: s.Block, Start: s.Start, End: s.End}
	switch {
	case s.Origin == quote.Answer:
		att.Speaker = a.answerer()
		att.Cue, att.Evidence, att.Confidence = "— (answer)", "interview answer", confParagraph
	case s.Origin == quote.SocialPost:
		m := speaker.Mention{Kind: speaker.Name, Text: s.Author, Name: s.Author, Handle: s.Handle}
		att.Speaker = a.reg.Resolve(m)
		att.Cue, att.Evidence, att.Confidence = "— (post)", "post signature", confNamedCue
	case hasKey(r.link, si):
		ci := r.link[si]
		att.Speaker = a.resolveCue(r, ci)
		att.Cue = r.info.cues[ci].text
		att.Sentence = sentenceText(r.text, r.info.toks, r.sents, r.sentOf[r.info.cues[ci].from])
		att.Evidence, att.Confidence = evidenceOf(r.srcs[ci].m.Kind)
	case hasColon(a.colon, si):
		m := a.colon[si]
		att.Speaker = a.reg.Resolve(m)
		att.Cue = ":"
		att.Evidence, att.Confidence = evidenceOf(m.Kind)
	case r.paragraphVoice != nil && !s.Continues:
		att.Speaker = r.paragraphVoice
		att.Evidence, att.Confidence = "earlier in the paragraph", confSameSentence
	case s.Origin == quote.BlockQuote:
		// A block quotation is introduced by the paragraph before
		// ("… said:") or signed by the one after ("The statement
		// above was issued by …").
		if e, ok := a.introduced(b); ok {
			att.Speaker = e
			att.Evidence, att.Confidence = "block quotation introduced by the paragraph before", confParagraph
		} else if e := a.signedAfter(b); e != nil {
			att.Speaker = e
			att.Evidence, att.Confidence = "block quotation attributed by the paragraph after", confParagraph
		}
	case a.voice != nil && !r.caption && (s.Continues || s.Open == 0) && b-a.voiceBlock <= 3:
		att.Speaker = a.voice
		att.Evidence, att.Confidence = "carries on the voice of the paragraph before", confContinues
	}
	return att
}

// roleHeaded reports a description whose last word is a role noun ("la
// entidad", "the agency").
func (a *attributor) roleHeaded(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	_, ok := a.lang.RoleNoun(strings.ToLower(f[len(f)-1]))
	return ok
}

// maxCoordinated bounds the cues looked back over for the source a
// coordinated cue shares.
const maxCoordinated = 4

// coordinated reports a cue at k that follows a coordinating conjunction,
// adverbs and auxiliaries aside ("… and also said").
func coordinated(toks []token.Token, lo, k int, lang *lexicon.Language) bool {
	for k > lo && toks[k-1].Kind == token.Word && (lang.IsSubjectAdverb(toks[k-1].Lower()) || lang.IsClitic(toks[k-1].Lower())) {
		k--
	}
	if k <= lo {
		return false
	}
	return lang.IsCoordinator(toks[k-1].Lower())
}

// maxOpeningPhrase bounds the phrase before a comma that may open a
// sentence ahead of its subject ("Durante la misma entrevista de ayer,
// Delgado …").
const maxOpeningPhrase = 8

// shouted reports a sentence set mostly in capitals.
func shouted(toks []token.Token) bool {
	words, upper := 0, 0
	for _, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		words++
		if allUpper(t.Text) {
			upper++
		}
	}
	return words >= 3 && upper*5 >= words*3
}

// allUpper reports a word with letters, all of them capitals.
func allUpper(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}

// isRole reports a word that heads a description of a source.
func isRole(t token.Token, lang *lexicon.Language) bool {
	_, ok := lang.RoleNoun(t.Lower())
	return ok
}

func hasKey(m map[int]int, k int) bool { _, ok := m[k]; return ok }

func hasColon(m map[int]speaker.Mention, k int) bool { _, ok := m[k]; return ok }

func evidenceOf(k speaker.MentionKind) (string, float64) {
	switch k {
	case speaker.Name:
		return "cue with a named source", confNamedCue
	case speaker.Description:
		return "cue with a described source", confDescribedCue
	default:
		return "cue with a pronoun", confPronounCue
	}
}

// keep drops marked phrases that are not quotations: short ones with no
// cue (scare quotes, nicknames, words as words) and titles.
func (a *attributor) keep(att Attribution, text string) bool {
	s := att.Span
	if s.Origin != quote.Marks {
		return true
	}
	q := text[s.Start:s.End]
	n := len(strings.Fields(q))
	if n == 1 && startsUpper(q) && !strings.ContainsAny(q, ",!?") {
		// "the “Pose” actor", "the word “We”", "Eduardo “Wado” de Pedro":
		// one capitalised word in marks names a work, a brand or a
		// nickname.
		return false
	}
	if n <= maxNamedWords && a.named(text, s.Open) {
		return false
	}
	if att.Cue != "" {
		return !isTitle(q, a.lang) || n > 8
	}
	// "“We tried,” Jones said. “We failed.”": a whole sentence in the voice
	// of the paragraph.
	if att.Speaker != nil && wholeSentence(q) && !isTitle(q, a.lang) {
		return true
	}
	if n < minUnattributedWords || isTitle(q, a.lang) {
		return false
	}
	// With no source at all, a marked phrase that does not end as speech
	// does (". , ? ! …" inside the marks, where the language puts them) is
	// a title or a mention: "Place names – Naming the country".
	if att.Speaker == nil && a.lang.PunctInside && !endsAsSpeech(q) {
		return false
	}
	return true
}

// maxNamedWords is the longest marked phrase a naming word before it
// makes a term or a name rather than a quotation.
const maxNamedWords = 6

// named reports a marked phrase whose opening mark at open follows a word
// that names what is quoted as a term, a name or a title ("the term
// “three amigos”", "known as the “Three Amigos”"): words mentioned as
// words, not speech.
func (a *attributor) named(text string, open int) bool {
	if open <= 0 {
		return false
	}
	f := strings.Fields(text[max(0, open-80):open])
	for len(f) > 0 && a.lang.IsDeterminer(strings.ToLower(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 || strings.ContainsAny(f[len(f)-1], ".,;:!?") {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if a.lang.IsNamer(last) {
		return true
	}
	return len(f) > 1 && a.lang.IsNamer(strings.ToLower(f[len(f)-2])+" "+last)
}

// startsUpper reports text that opens with a capital letter.
func startsUpper(q string) bool {
	for _, r := range strings.TrimSpace(q) {
		return unicode.IsUpper(r)
	}
	return false
}

// isTitle reports phrases in title case (every main word capitalised), as
// titles of works and names are.
func isTitle(q string, lang *lexicon.Language) bool {
	f := strings.Fields(strings.Trim(q, ".,;:!? "))
	if len(f) < 2 || len(f) > 12 {
		return false
	}
	for i, w := range f {
		r := []rune(w)
		if i > 0 && lang.IsTitleSmallWord(strings.ToLower(w)) {
			continue
		}
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// sentenceText is sentence i, white space folded, cut after
// maxSentenceBytes: a paragraph with no full stop is one sentence, and a
// copy of it for each of its cues made the analysis quadratic (issue 12).
func sentenceText(text string, toks []token.Token, sents [][2]int, i int) string {
	s := sents[i]
	end := s[0] + max(1, sort.Search(s[1]-s[0], func(j int) bool { return toks[s[0]+j].End-toks[s[0]].Start > maxSentenceBytes }))
	t := text[toks[s[0]].Start:toks[end-1].End]
	if folded(t) {
		return t // a block's text is folded already: no copy
	}
	return strings.Join(strings.Fields(t), " ")
}

// folded reports text whose only white space is single spaces.
func folded(t string) bool {
	space := false
	for _, r := range t {
		if unicode.IsSpace(r) && (r != ' ' || space) {
			return false
		}
		space = r == ' '
	}
	return true
}

// maxSentenceBytes is the longest sentence an Attribution carries.
const maxSentenceBytes = 1000

// introduced reports the speaker of a block quotation at b that the
// paragraph before introduces: it ends with a colon, or its speaker is the
// current voice and it is the paragraph just before.
func (a *attributor) introduced(b int) (*speaker.Entity, bool) {
	if a.voice == nil || b == 0 {
		return nil, false
	}
	prev := strings.TrimSpace(a.doc.Blocks[b-1].Text)
	if strings.HasSuffix(prev, ":") && a.voiceBlock == b-1 {
		return a.voice, true
	}
	if a.voiceBlock == b-1 && a.doc.Blocks[b-1].Group == a.doc.Blocks[b].Group && a.doc.Blocks[b].Group != 0 {
		return a.voice, true
	}
	return nil, false
}

// signedAfter returns the source that the first sentence of the paragraph
// after block quotation b names, or nil.
func (a *attributor) signedAfter(b int) *speaker.Entity {
	next := b + 1
	for next < len(a.doc.Blocks) && a.doc.Blocks[next].Group != 0 && a.doc.Blocks[next].Group == a.doc.Blocks[b].Group {
		next++
	}
	if last := next - 1; last > b {
		if m, ok := a.signature(last); ok {
			return a.reg.Resolve(m)
		}
	}
	if next >= len(a.doc.Blocks) {
		if a.voice != nil && a.voiceBlock == b-1 {
			return a.voice
		}
		return nil
	}
	info := &a.infos[next]
	text := a.doc.Blocks[next].Text
	sents := token.Sentences(info.toks)
	if len(sents) == 0 {
		return nil
	}
	for _, c := range info.cues {
		if c.from >= sents[0][1] {
			break
		}
		if src := a.source(text, info, c, sents[0][0], sents[0][1]); src.ok && src.m.Kind != speaker.Pronoun {
			e := a.reg.Resolve(src.m)
			return e
		}
	}
	if a.voice != nil && a.voiceBlock == b-1 {
		return a.voice
	}
	return nil
}

// maxSignatureWords bounds a signature line ("Rodolfo Delgado, Fiscal
// general.").
const maxSignatureWords = 12

// signature reads block b as the line that signs the block quotation
// before it in its group: a name, with a role after a comma, and nothing
// else ("— Rodolfo Delgado, Fiscal general."). It is no quotation itself.
func (a *attributor) signature(b int) (speaker.Mention, bool) {
	blk := a.doc.Blocks[b]
	if b == 0 || blk.Group == 0 || a.doc.Blocks[b-1].Group != blk.Group {
		return speaker.Mention{}, false
	}
	toks := a.infos[b].toks
	if len(toks) == 0 || len(toks) > maxSignatureWords+4 || len(strings.Fields(blk.Text)) > maxSignatureWords {
		return speaker.Mention{}, false
	}
	m, ok := speaker.ParseNP(blk.Text, toks, 0, len(toks), a.lang)
	if !ok || m.Kind != speaker.Name || !toks[0].Cap && toks[0].Kind == token.Word {
		return speaker.Mention{}, false
	}
	return m, true
}

// wholeSentence reports a quotation that is a sentence of its own: it
// opens with a capital and ends with terminal punctuation.
func wholeSentence(q string) bool {
	q = strings.TrimSpace(q)
	if q == "" {
		return false
	}
	r := []rune(q)
	last := r[len(r)-1]
	return unicode.IsUpper(r[0]) && (last == '.' || last == '!' || last == '?')
}

// coverBefore marks, before anything is reported, the content of cues that
// report what came before them ("…, officials said."), so that a stance cue
// inside it ("the government plans to …") is read as part of it.
func (a *attributor) coverBefore(info *blockInfo, srcs []cueSource, sents [][2]int, sentOf []int) {
	toks := info.toks
	for i, c := range info.cues {
		src := srcs[i]
		if !src.ok || c.object || c.belief || c.show {
			continue
		}
		from, to, before := contentBefore(toks, c, src, sents[sentOf[c.from]], a.lang)
		if !before || from < 0 {
			continue
		}
		for k := from; k < to; k++ {
			a.covered[k] = true
		}
	}
}

// endsAsSpeech reports a quotation that ends with the punctuation speech
// ends with inside its marks.
func endsAsSpeech(q string) bool {
	q = strings.TrimSpace(q)
	if q == "" {
		return false
	}
	r := []rune(q)
	switch r[len(r)-1] {
	case '.', ',', '?', '!', '…', ';', ':', '—', '-':
		return true
	}
	return false
}
