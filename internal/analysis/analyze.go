package analysis

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/quotelens/quotelens/internal/anchor"
	"github.com/quotelens/quotelens/internal/article"
	"github.com/quotelens/quotelens/internal/attribution"
	"github.com/quotelens/quotelens/internal/dispute"
	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/quote"
	"github.com/quotelens/quotelens/internal/speaker"
)

// Options tune one analysis.
type Options struct {
	// URL is the page's address, copied into the Analysis.
	URL string
	// IncludeText puts the article text into Analysis.Text.
	IncludeText bool
	// MaxTime is the time the analysis may take (see MaxAnalysisTime,
	// which it is when 0).
	MaxTime time.Duration
	// MaxArticleBytes is the most article text analysed (see
	// MaxArticleBytes, which it is when 0 or more): a host with less memory
	// states less.
	MaxArticleBytes int
	// Now is the clock the time is read on; time.Now when nil.
	Now func() time.Time
	// Yield, when not nil, is called often while the page is parsed and
	// its article found (see article.ParseBytesYield) and while its
	// quotations are attributed (every few cues and events of a block),
	// where the engine reads no clock: a host whose engine shares its
	// thread (Go in WebAssembly shares the JavaScript event loop) gives
	// the thread up there, as it can each time Now is read.
	Yield func()
}

// HTML analyses a web page. Only a page over MaxPageBytes is an error; a
// page with no article or no quotes is an Analysis with a Reason. The time
// budget (Options.MaxTime) counts from the start of parsing.
func HTML(page []byte, opts Options) (*Analysis, error) {
	start := clock(opts)()
	doc, err := article.ParseBytesYield(page, opts.Yield)
	if err != nil {
		return nil, fmt.Errorf("analysis: %w", err)
	}
	return document(doc, opts, start), nil
}

// Text analyses plain text, one paragraph a line.
func Text(text string, opts Options) *Analysis {
	return Document(article.FromText(text), opts)
}

// Document analyses an article already extracted. It keeps to the limits
// of limits.go: when it meets one it stops early, keeps what it found, and
// names the limit in Analysis.Truncated.
func Document(doc *article.Document, opts Options) *Analysis {
	return document(doc, opts, clock(opts)())
}

// document is Document on a budget that started at start.
func document(doc *article.Document, opts Options, start time.Time) *Analysis {
	bud := newBudget(opts, start, len(doc.PageText))
	doc = bud.article(doc)
	a := &Analysis{
		Engine:   Version,
		URL:      opts.URL,
		Title:    doc.Title,
		Language: language(doc),
		Quotes:   []Quote{},
		Speakers: []Speaker{},
		Disputes: []Dispute{},
		Reason:   doc.Reason,
	}
	if opts.IncludeText {
		a.Text = articleText(doc)
	}
	bud.charge(analysisOverhead + jsonLen(a.URL) + jsonLen(a.Title) + jsonLen(a.Text))
	if len(doc.Blocks) > 0 {
		quotes(a, doc, bud)
	}
	a.Truncated = bud.stopped
	switch {
	case len(a.Quotes) > 0 || a.Reason != "":
	case a.Truncated != "":
		a.Reason = "stopped early, at the " + a.Truncated + " limit, before any quote was found"
	default:
		a.Reason = "no quotes found"
	}
	return a
}

// quotes finds the quotes, speakers and disputes of doc, as far as the
// budget goes.
func quotes(a *Analysis, doc *article.Document, bud *budget) {
	lang := lexicon.For(a.Language)
	spans := quote.Find(doc)
	doc, spans = bud.quoteMarks(doc, spans)
	if bud.timeUp() {
		return
	}
	// Attribution calls its hook before each block and, inside a long
	// block, every few cues and events. The clock is read at every
	// blocksPerClockReading-th call; the other calls are Yield, so that a
	// host whose engine shares its thread (the Worker's) can answer other
	// requests at each one, not only at every 16th (one paragraph of
	// "he said " × 8,000 made 256 cues a stretch without a pause).
	calls := 0
	atts, _ := attribution.AttributeUntil(doc, spans, lang, func() bool {
		calls++
		if calls%blocksPerClockReading != 0 {
			if bud.yield != nil {
				bud.yield()
			}
			return true
		}
		return !bud.timeUp()
	})
	b := builder{a: a, doc: doc, page: anchor.New(doc.PageText), ids: map[*speaker.Entity]string{}, index: map[*speaker.Entity]int{}, bud: bud}
	for i, att := range atts {
		if i%timeCheckEvery == 0 && bud.timeUp() || !b.add(att) {
			return
		}
	}
	if !bud.timeUp() {
		b.disputes(lang)
	}
}

// blocksPerClockReading is how many calls of attribution's hook (one
// before each block, read twice: words, then sources; and one every few
// cues and events inside a block) come between two readings of the clock.
const blocksPerClockReading = 16

// timeCheckEvery is how many attributions the builder turns into quotes
// between two readings of the clock.
const timeCheckEvery = 64

// language is the page's declared language, or the one its text reads as.
func language(doc *article.Document) string {
	if l := strings.ToLower(doc.Lang); len(l) >= 2 {
		return l[:2]
	}
	var sb strings.Builder
	for _, b := range doc.Blocks {
		if sb.Len() > 20000 {
			break
		}
		sb.WriteString(b.Text)
		sb.WriteByte(' ')
	}
	return lexicon.Detect(sb.String())
}

func articleText(doc *article.Document) string {
	var sb strings.Builder
	for i, b := range doc.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// builder turns attributions into the Analysis.
type builder struct {
	a    *Analysis
	doc  *article.Document
	page *anchor.Text
	ids  map[*speaker.Entity]string
	// index maps an entity to its place in Analysis.Speakers.
	index map[*speaker.Entity]int
	// items are the quotes as the dispute finder reads them, one per
	// quote.
	items []dispute.Item
	bud   *budget
}

// add turns att into a quote, or reports false when the budget has no room
// for it: then the analysis stops.
func (b *builder) add(att attribution.Attribution) bool {
	q := Quote{
		ID:         "q" + strconv.Itoa(len(b.a.Quotes)+1),
		Kind:       KindIndirect,
		Cue:        att.Cue,
		Sentence:   att.Sentence,
		Evidence:   att.Evidence,
		Confidence: att.Confidence,
	}
	var ps, pe int
	if att.Direct {
		q.Kind = KindDirect
		q.Text = att.Span.Text(b.doc)
		ps, _ = b.doc.Blocks[att.Span.Block].PageRange(att.Span.Start, att.Span.Start+1)
		_, pe = b.doc.Blocks[att.Span.EndBlock].PageRange(att.Span.End-1, att.Span.End)
		if att.Span.End <= att.Span.Start {
			pe = ps
		}
	} else {
		blk := &b.doc.Blocks[att.Block]
		att.End = cutContent(blk.Text, att.Start, att.End)
		q.Text = strings.TrimSpace(blk.Text[att.Start:att.End])
		ps, pe = blk.PageRange(att.Start, att.End)
	}
	if q.Text == "" {
		return true
	}
	q.Sentence = window(q.Sentence, q.Text, MaxSentenceBytes)
	q.Selectors = b.selectors(ps, pe)
	if !b.bud.spendQuote(q.size() + b.newSpeakerSize(att.Speaker) + b.newSpeakerSize(att.Target)) {
		return false
	}
	if att.Speaker != nil {
		id := b.speaker(att.Speaker)
		q.Speaker = &id
	} else {
		q.Confidence = 0
	}
	b.a.Quotes = append(b.a.Quotes, q)
	it := dispute.Item{Text: q.Text, Cue: q.Cue, Denial: att.Denial, Block: att.Block, Sentence: att.Sentence,
		At: dispute.Span{Block: att.Block, Start: att.Start, End: att.End}}
	if att.Direct {
		it.At = dispute.Span{Block: att.Span.Block, Start: att.Span.Start, End: att.Span.End}
		if att.Span.EndBlock != att.Span.Block {
			it.At.End = len(b.doc.Blocks[att.Span.Block].Text)
		}
	}
	if q.Speaker != nil {
		it.Speaker = *q.Speaker
		it.Names = append([]string{att.Speaker.Name}, att.Speaker.Aliases()...)
	}
	if att.Target != nil {
		it.Target = b.speaker(att.Target)
		b.a.Speakers[b.index[att.Target]].Quotes-- // named, not quoted
	}
	b.items = append(b.items, it)
	return true
}

// newSpeakerSize is the estimated size of the Speaker that e would add to
// the Analysis, or 0 when e is nil or there already.
func (b *builder) newSpeakerSize(e *speaker.Entity) int {
	if e == nil {
		return 0
	}
	if _, ok := b.ids[e]; ok {
		return 0
	}
	s := Speaker{ID: "s" + strconv.Itoa(len(b.ids)+1), Name: e.Name, Aliases: e.Aliases(), Role: e.Role}
	return s.size()
}

// disputes pairs claims with what contradicts them; a side is a quote or
// the article's own words.
func (b *builder) disputes(lang *lexicon.Language) {
	blocks := make([]string, len(b.doc.Blocks))
	for i := range b.doc.Blocks {
		blocks[i] = b.doc.Blocks[i].Text
	}
	for _, p := range dispute.Find(dispute.Input{Blocks: blocks, Items: b.items, Lang: lang}) {
		d := Dispute{
			ID:         "d" + strconv.Itoa(len(b.a.Disputes)+1),
			Claim:      b.side(p.Claim),
			Dispute:    b.side(p.Counter),
			Cue:        p.Cue,
			Confidence: p.Confidence,
		}
		if len(b.a.Disputes) == MaxDisputes {
			b.bud.stop(LimitDisputes)
			return
		}
		if !b.bud.spend(d.size()) {
			return
		}
		b.a.Disputes = append(b.a.Disputes, d)
	}
}

// side is one side of a dispute, with its quote when it is one.
func (b *builder) side(s dispute.Side) Side {
	blk := &b.doc.Blocks[s.At.Block]
	ps, pe := blk.PageRange(s.At.Start, s.At.End)
	out := Side{Text: blk.Text[s.At.Start:s.At.End], Selectors: b.selectors(ps, pe)}
	if s.Item >= 0 {
		q := b.a.Quotes[s.Item]
		out.Speaker, out.Quote = q.Speaker, q.ID
	}
	return out
}

func (b *builder) selectors(start, end int) []Selector {
	s := b.page.Select(start, end)
	return []Selector{
		{Type: "TextQuoteSelector", Exact: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix},
		{Type: "TextPositionSelector", Start: &s.Start, End: &s.End},
	}
}

// speaker returns the id of e, adding it to the Analysis on first use. The
// entity is read when it is first quoted; forms it gains later are merged
// at the end by refresh.
func (b *builder) speaker(e *speaker.Entity) string {
	if id, ok := b.ids[e]; ok {
		s := &b.a.Speakers[b.index[e]]
		s.Quotes++
		before := s.size()
		s.Name, s.Aliases, s.Role = e.Name, nonNil(e.Aliases()), e.Role
		b.bud.charge(s.size() - before) // forms the entity gained
		return id
	}
	id := "s" + strconv.Itoa(len(b.a.Speakers)+1)
	b.ids[e] = id
	b.index[e] = len(b.a.Speakers)
	b.a.Speakers = append(b.a.Speakers, Speaker{ID: id, Name: e.Name, Aliases: nonNil(e.Aliases()), Role: e.Role, Quotes: 1})
	return id
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
