package analysis

import (
	"time"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/article"
	"github.com/quotelens/quotelens/internal/quote"
)

// budget is what one analysis may still spend: time on a clock, quotes,
// and result bytes (see limits.go). The first limit it meets is kept in
// stopped, which becomes Analysis.Truncated.
type budget struct {
	now func() time.Time
	// yield is Options.Yield: a pause point where no clock is read.
	yield    func()
	deadline time.Time
	// articleBytes is the most article text analysed.
	articleBytes int
	// quotes and bytes are the quotes and result bytes left.
	quotes, bytes int
	stopped       string
}

// newBudget starts the budget of an analysis that started at start, for a
// page whose text is pageText bytes long.
func newBudget(opts Options, start time.Time, pageText int) *budget {
	limit := opts.MaxTime
	if limit <= 0 {
		limit = MaxAnalysisTime
	}
	bytes := min(MaxResultBytes, max(MinResultBytes, ResultBytesPerPageByte*pageText))
	articleBytes := MaxArticleBytes
	if opts.MaxArticleBytes > 0 {
		articleBytes = min(articleBytes, opts.MaxArticleBytes)
	}
	return &budget{now: clock(opts), yield: opts.Yield, articleBytes: articleBytes, deadline: start.Add(limit), quotes: MaxQuotes, bytes: bytes}
}

// clock is the clock of opts, time.Now unless a test gives its own.
func clock(opts Options) func() time.Time {
	if opts.Now != nil {
		return opts.Now
	}
	return time.Now
}

// stop records the first limit met.
func (b *budget) stop(limit string) {
	if b.stopped == "" {
		b.stopped = limit
	}
}

// timeUp reports whether the time is up, and records it when it is.
func (b *budget) timeUp() bool {
	if !b.now().Before(b.deadline) {
		b.stop(LimitTime)
		return true
	}
	return false
}

// charge takes n result bytes that must be spent, such as the Analysis's
// own fields.
func (b *budget) charge(n int) { b.bytes -= n }

// spendQuote takes one quote of n result bytes, or reports false, and
// records the limit met, when it does not fit.
func (b *budget) spendQuote(n int) bool {
	switch {
	case b.quotes <= 0:
		b.stop(LimitQuotes)
		return false
	case n > b.bytes:
		b.stop(LimitResult)
		return false
	}
	b.quotes--
	b.bytes -= n
	return true
}

// spend takes n result bytes, or reports false, and records the limit
// met, when they do not fit.
func (b *budget) spend(n int) bool {
	if n > b.bytes {
		b.stop(LimitResult)
		return false
	}
	b.bytes -= n
	return true
}

// article returns doc cut to the budget's article text (MaxArticleBytes,
// or Options.MaxArticleBytes when less): the blocks after the
// limit are left out and the one it falls in is cut at a character. doc
// itself is not changed.
func (b *budget) article(doc *article.Document) *article.Document {
	total := 0
	for i, blk := range doc.Blocks {
		if total+len(blk.Text) <= b.articleBytes {
			total += len(blk.Text)
			continue
		}
		b.stop(LimitArticle)
		d := *doc
		d.Blocks = append([]article.Block(nil), doc.Blocks[:i+1]...)
		cut := b.articleBytes - total
		for cut > 0 && !utf8.RuneStart(blk.Text[cut]) {
			cut--
		}
		d.Blocks[i].Text = blk.Text[:cut]
		if cut == 0 {
			d.Blocks = d.Blocks[:i]
		}
		return &d
	}
	return doc
}

// quoteMarks keeps the first MaxQuoteMarks quotations and the blocks up to
// the last of them, so that attribution's work is bounded by the limit and
// no text after it is read as unquoted. doc itself is not changed.
func (b *budget) quoteMarks(doc *article.Document, spans []quote.Span) (*article.Document, []quote.Span) {
	if len(spans) <= MaxQuoteMarks {
		return doc, spans
	}
	b.stop(LimitQuoteMarks)
	spans = spans[:MaxQuoteMarks:MaxQuoteMarks]
	last := 0
	for _, s := range spans {
		last = max(last, s.EndBlock)
	}
	d := *doc
	d.Blocks = doc.Blocks[: last+1 : last+1]
	return &d, spans
}

// Sizes of the parts of an Analysis as JSON, beyond their strings: the
// names, punctuation, numbers and indentation that the command line's
// indented JSON adds. They are rounded up, so that the estimate is never
// below the JSON (a test checks it).
const (
	analysisOverhead = 400
	quoteOverhead    = 560
	speakerOverhead  = 160
	aliasOverhead    = 16
	disputeOverhead  = 1100
)

// jsonLen is the length of s as a JSON string, marks included, with the
// escapes encoding/json writes: \u00XX for control characters and, when it
// escapes HTML, for < > &; \" and \\; \ufffd for an invalid byte; \u2028
// and \u2029.
func jsonLen(s string) int {
	n := len(s) + 2
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20, c == '<', c == '>', c == '&':
				n += 5
			case c == '"', c == '\\':
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			n += 5
		case r == '\u2028', r == '\u2029':
			n += 3
		}
		i += size
	}
	return n
}

// size is the estimated size of q in JSON.
func (q *Quote) size() int {
	n := quoteOverhead + jsonLen(q.Text) + jsonLen(q.Cue) + jsonLen(q.Sentence) + jsonLen(q.Evidence)
	for _, s := range q.Selectors {
		n += jsonLen(s.Exact) + jsonLen(s.Prefix) + jsonLen(s.Suffix)
	}
	return n
}

// size is the estimated size of s in JSON.
func (s *Speaker) size() int {
	n := speakerOverhead + jsonLen(s.ID) + jsonLen(s.Name) + jsonLen(s.Role)
	for _, a := range s.Aliases {
		n += aliasOverhead + jsonLen(a)
	}
	return n
}

// size is the estimated size of d in JSON.
func (d *Dispute) size() int {
	n := disputeOverhead + jsonLen(d.Cue)
	for _, s := range []*Side{&d.Claim, &d.Dispute} {
		n += jsonLen(s.Text)
		for _, sel := range s.Selectors {
			n += jsonLen(sel.Exact) + jsonLen(sel.Prefix) + jsonLen(sel.Suffix)
		}
	}
	return n
}
