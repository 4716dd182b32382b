package analysis

import (
	"time"

	"github.com/quotelens/quotelens/internal/article"
)

// The limits of one analysis, in one place for every host to read and
// state. A hostile page (one paragraph of "he said " with no full stop, a
// flood of quotation marks or bidi controls) must not make the engine's
// time, memory or output grow faster than the page: the WebAssembly engine
// dies of "out of memory", which no recover catches, so the engine keeps
// its own budget and stops early, saying so in Analysis.Truncated, rather
// than be killed.
//
// The figures leave real pages untouched: over the 130 readability pages
// the most quotes on a page is 223, the longest reported content 405
// bytes, and 99% of sentences are under 430 bytes; with the 37 news pages,
// the longest article text is 120 KB.
const (
	// MaxPageBytes is the largest page HTML accepts; a larger one is an
	// error. Hosts may accept less.
	MaxPageBytes = article.MaxPageBytes

	// MaxArticleBytes is the most article text analysed: the blocks after
	// it are left out (LimitArticle). It bounds the work and memory of
	// every stage after the article is found: the worst page measured
	// ("he said " with no full stop) holds about 90 bytes of live heap per
	// byte of article text, so the limit keeps the engine near 45 MiB,
	// while the longest article of the corpora is 120 KB.
	MaxArticleBytes = 512 << 10

	// MaxQuoteMarks is the most quotations (paired marks, block
	// quotations, posts) the analysis reads; the text after the last one
	// it reads is left out (LimitQuoteMarks).
	MaxQuoteMarks = 4 * MaxQuotes

	// MaxQuotes is the most quotes an Analysis holds (LimitQuotes).
	MaxQuotes = 2000

	// MaxSpeakers is the most speakers an Analysis can hold: each quote
	// adds at most its speaker and the one it accuses. It is not a limit
	// the engine meets but one the exporters check, since a client can
	// send them any Analysis.
	MaxSpeakers = 2 * MaxQuotes

	// MaxDisputes is the most disputes an Analysis holds (LimitDisputes).
	MaxDisputes = MaxQuotes

	// MaxContentBytes is the longest reported content (an indirect
	// quote's text): longer content is cut at the last word that fits,
	// and its selectors cover what is kept.
	MaxContentBytes = 600

	// MaxSentenceBytes is the longest Quote.Sentence: a longer sentence
	// is cut to a window of about this many bytes around the quote, with
	// "…" where it was cut.
	MaxSentenceBytes = 600

	// ResultBytesPerPageByte bounds the Analysis by the page it was made
	// from: its JSON, indented as the command line writes it, may be
	// this many bytes per byte of page text (LimitResult), or
	// MinResultBytes if that is more.
	ResultBytesPerPageByte = 32

	// MinResultBytes is the result every page may have, however short
	// its text.
	MinResultBytes = 256 << 10

	// MaxResultBytes is the largest result of any page (LimitResult); it
	// bounds the memory the Analysis and its JSON take.
	MaxResultBytes = 16 << 20

	// MaxAnalysisTime is the time an analysis may take before it stops
	// (LimitTime) unless Options.MaxTime says otherwise. It is read at
	// each stage and every few quotes, so a stage already under way
	// finishes first.
	MaxAnalysisTime = 3 * time.Second
)

// The limits an analysis can stop at, as Analysis.Truncated names them.
const (
	// LimitArticle: the article text passed MaxArticleBytes.
	LimitArticle = "article"
	// LimitQuoteMarks: the page has more than MaxQuoteMarks quotations.
	LimitQuoteMarks = "quotation-marks"
	// LimitQuotes: the page has more than MaxQuotes quotes.
	LimitQuotes = "quotes"
	// LimitDisputes: the page has more than MaxDisputes disputes.
	LimitDisputes = "disputes"
	// LimitResult: the Analysis would have passed its result budget (see
	// ResultBytesPerPageByte).
	LimitResult = "result"
	// LimitTime: the analysis ran out of time (MaxAnalysisTime).
	LimitTime = "time"
)
