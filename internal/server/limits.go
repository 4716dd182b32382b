package server

import "time"

// Limits are what one request may cost a host. Each host states its own in
// one place: the browser extension takes DefaultLimits (the page is the
// reader's own, in the reader's own browser), the Worker WorkerLimits.
type Limits struct {
	// MaxPageBytes caps the body of /v1/analyze, and of /v1/export when it
	// posts a page to analyse; over it, 413.
	MaxPageBytes int64
	// MaxExportBytes caps the body of /v1/export when it posts an Analysis
	// ({"analysis": …}); over it, 413.
	MaxExportBytes int64
	// MaxExportQuotes caps the quotes of a posted Analysis (0: no cap); over
	// it, 413. Rendering costs memory per quote, whatever the quote holds:
	// a body of empty quotes ("{},") is 3 bytes a quote.
	MaxExportQuotes int
	// EngineSlots is how many analyses or exports run at once (0: no cap).
	// In wasm a Go instance is one thread, so a second analysis only waits
	// behind the first and holds its own memory while it does.
	EngineSlots int
	// AnalysisTime is the engine's time budget (analysis.Options.MaxTime;
	// 0: analysis.MaxAnalysisTime); past it the Analysis stops early and
	// says so.
	AnalysisTime time.Duration
	// EngineWait is how long a request waits for a slot, its body read,
	// before it is answered 503 with Retry-After.
	EngineWait time.Duration
	// ArticleBytes is the most article text one analysis reads
	// (analysis.Options.MaxArticleBytes; 0: analysis.MaxArticleBytes,
	// 512 KiB); past it the Analysis stops early and says so. The memory
	// of attribution grows with it, up to 90 bytes a byte of text.
	ArticleBytes int
}

// DefaultLimits are the browser extension's: a page of at most 2 MiB (its
// content script sends at most 2,000,000 bytes of pruned HTML,
// extension/content/snapshot.js) and 192 KiB of article text (1.6 times the
// longest article of the corpora, 120 KB), so that the worst page stays
// within 96 MiB of linear memory (scripts/extension/engine-memory.mjs: 66
// MiB at most, with wasm/browser's collector setting; at 256 KiB of text a
// paragraph of "he said " reached 115 MiB); exports up to 5 MiB; no other
// cap.
var DefaultLimits = Limits{MaxPageBytes: ExtensionPageBytes, MaxExportBytes: MaxBodyBytes, ArticleBytes: ExtensionArticleBytes}

// ExtensionArticleBytes is the most article text the extension's engine
// reads.
const ExtensionArticleBytes = 192 << 10

// ExtensionPageBytes is the largest page the extension's engine reads.
const ExtensionPageBytes = 2 << 20

// WorkerLimits are the Cloudflare Worker's, sized so that the worst request
// fits the isolate's 128 MB (JS heap, compiled module and wasm linear memory
// together) with room to spare. `node scripts/worker/memory.mjs` measures
// them (wasm/cloudflare/README.md, Limits): linear memory grows with the
// text of a page, and the worst hostile page of scripts/worker/hostile.mjs
// at MaxPageBytes (a paragraph of "he said " with no full stop) needs about
// 74 MiB; at 310 KiB it needed 89 MiB. An export body is parsed before its
// quotes are counted: 41 MiB at 310 KiB of empty quotes.
var WorkerLimits = Limits{
	MaxPageBytes:    256 << 10,
	MaxExportBytes:  256 << 10,
	MaxExportQuotes: 1000,
	EngineSlots:     1,
	EngineWait:      2 * time.Second,
	AnalysisTime:    time.Second,
}

// retryAfterSeconds is the Retry-After of a 503 for a busy engine.
const retryAfterSeconds = 1
