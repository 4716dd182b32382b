package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// hostile is a page made to grow the engine's work or output faster than
// the page: issue 12 found "he said " × 8,000 (64 KB) gave 525 MB of JSON.
type hostile struct {
	name string
	// unit is repeated to make the page; paragraphs puts each unit in a
	// paragraph of its own, else they all stand in one.
	unit       string
	paragraphs bool
}

// hostilePages are the pages of issue 12, and the ones scripts/hostile-bench.sh
// measures.
var hostilePages = []hostile{
	{name: "he-said", unit: "he said "},
	{name: "smith-told-jones", unit: "Smith told Jones "},
	{name: "quote-flood", unit: "“Yes,” he said. "},
	{name: "mark-flood", unit: "“”\"«»„‘’ "},
	{name: "bidi-flood", unit: "\u202e\u2066“No,”\u2069 she said.\u202c "},
	{name: "quote-paragraphs", unit: "“We will not stop,” said Ana Ruiz.", paragraphs: true},
	// Judging quotes and denials with no full stop: one "sentence" that
	// every dispute step read whole, for every quote (15 s at 100 KB).
	{name: "judged-run-on", unit: "“this is quite illegal and wrong” Ana Ruiz said, but Bob Lee denied it, "},
}

// page returns the hostile page of about size bytes.
func (h hostile) page(size int) []byte {
	open, close := "<html><body><article><p>", "</p></article></body></html>"
	unit := h.unit
	if h.paragraphs {
		open, close, unit = "<html><body><article>", "</article></body></html>", "<p>"+unit+"</p>\n"
	}
	n := max(1, (size-len(open)-len(close))/len(unit))
	return []byte(open + strings.Repeat(unit, n) + close)
}

// TestHostilePages checks that a hostile page gives a valid Analysis whose
// JSON is at most 40 times the page, with at most MaxQuotes quotes, and
// that the engine's estimate of that JSON is never below it. Time and
// memory are measured by scripts/hostile-bench.sh, not here.
func TestHostilePages(t *testing.T) {
	for _, h := range hostilePages {
		for _, size := range []int{16 << 10, 64 << 10} {
			t.Run(h.name+"/"+strconv.Itoa(size>>10)+"KB", func(t *testing.T) {
				page := h.page(size)
				a, err := HTML(page, Options{})
				if err != nil {
					t.Fatal(err)
				}
				checkAnalysis(t, a)
				out, err := json.MarshalIndent(a, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if len(out) > 40*len(page) {
					t.Errorf("JSON is %d bytes, %.1f× the page (max 40×)", len(out), float64(len(out))/float64(len(page)))
				}
				if len(a.Quotes) > MaxQuotes {
					t.Errorf("%d quotes, more than MaxQuotes", len(a.Quotes))
				}
				if est := estimate(a); est < len(out) {
					t.Errorf("estimate %d bytes is below the JSON's %d", est, len(out))
				}
				for _, q := range a.Quotes {
					if len(q.Sentence) > MaxSentenceBytes+2*len("…") {
						t.Fatalf("quote %s has a sentence of %d bytes", q.ID, len(q.Sentence))
					}
					if q.Kind == KindIndirect && len(q.Text) > MaxContentBytes {
						t.Fatalf("quote %s has content of %d bytes", q.ID, len(q.Text))
					}
				}
			})
		}
	}
}

// estimate is the budget's estimate of a's JSON.
func estimate(a *Analysis) int {
	n := analysisOverhead + jsonLen(a.URL) + jsonLen(a.Title) + jsonLen(a.Text)
	for i := range a.Quotes {
		n += a.Quotes[i].size()
	}
	for i := range a.Speakers {
		n += a.Speakers[i].size()
	}
	for i := range a.Disputes {
		n += a.Disputes[i].size()
	}
	return n
}

// TestLimits checks that each limit stops the analysis and is named in
// Truncated, and that what was found before it is kept.
func TestLimits(t *testing.T) {
	var ticks int
	// slow is a clock that moves a second at each reading.
	slow := func() time.Time { ticks++; return time.Unix(int64(ticks), 0) }
	quotes := strings.Repeat("“We will not stop at all,” said Ana Ruiz.\n", MaxQuotes+10)
	tests := []struct {
		desc       string
		text       string
		opts       Options
		truncated  string
		someQuotes bool
	}{
		{"a short page", "T\n“We will not stop at all,” said Ana Ruiz.", Options{}, "", true},
		{"more quotes than MaxQuotes", "T\n" + quotes, Options{}, LimitQuotes, true},
		{"a clock that runs out", "T\n" + quotes, Options{Now: slow, MaxTime: 2 * time.Second}, LimitTime, false},
		// Attribution calls its hook five times per block (before the block
		// and between three of its steps in the first pass, before it in the
		// second), and the clock is read every 16th call: about 5×2,011/16 ≈
		// 628 seconds of this clock, then the quotes are built until the
		// time runs out.
		{"a clock that runs out late", "T\n" + quotes, Options{Now: slow, MaxTime: 650 * time.Second}, LimitTime, true},
		{"more marks than MaxQuoteMarks", "T\n" + strings.Repeat("“a” ", MaxQuoteMarks+1), Options{}, LimitQuoteMarks, false},
		{"more text than MaxArticleBytes", "T\n“We will not stop at all,” said Ana Ruiz.\n" + strings.Repeat("word ", MaxArticleBytes/5+1), Options{}, LimitArticle, true},
		{"more result than the page allows", "T\n" + strings.Repeat("he said ", 8000), Options{}, LimitResult, true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			ticks = 0
			a := Text(tc.text, tc.opts)
			checkAnalysis(t, a)
			if a.Truncated != tc.truncated {
				t.Errorf("Truncated = %q, want %q", a.Truncated, tc.truncated)
			}
			if got := len(a.Quotes) > 0; got != tc.someQuotes {
				t.Errorf("%d quotes, want some: %v", len(a.Quotes), tc.someQuotes)
			}
			if len(a.Quotes) > MaxQuotes {
				t.Errorf("%d quotes, more than MaxQuotes", len(a.Quotes))
			}
		})
	}
}

func TestWindow(t *testing.T) {
	long := strings.Repeat("a b ", 100) + "THE QUOTE" + strings.Repeat(" c d", 100)
	tests := []struct {
		desc, s, part string
		limit         int
		want          string
	}{
		{"short", "He said it.", "it", 20, "He said it."},
		{"around the part, between words", long, "THE QUOTE", 21, "…a b THE QUOTE c d…"},
		{"part not found", "one two three four", "zzz", 9, "one two…"},
		{"at the end", "one two three four", "four", 10, "…three four"},
		{"no spaces, cut at a character", strings.Repeat("é", 10), "x", 5, "éé…"},
		{"part longer than the window", "xx " + strings.Repeat("q", 20) + " yy", strings.Repeat("q", 20), 10, "…qqqqqqqqqq…"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := window(tc.s, tc.part, tc.limit)
			if got != tc.want {
				t.Errorf("window = %q, want %q", got, tc.want)
			}
			if len(got) > tc.limit+2*len("…") {
				t.Errorf("window is %d bytes, over %d", len(got), tc.limit)
			}
		})
	}
}

func TestCutContent(t *testing.T) {
	words := strings.Repeat("word ", MaxContentBytes)
	tests := []struct {
		desc       string
		text       string
		start, end int
		want       int
	}{
		{"short", "he said it was fine", 8, 19, 19},
		{"at a space", words, 0, len(words), MaxContentBytes - 1},
		{"after the start", words, 5, len(words), MaxContentBytes + 4},
		{"no space, at a character", strings.Repeat("é", MaxContentBytes), 0, 2 * MaxContentBytes, MaxContentBytes},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := cutContent(tc.text, tc.start, tc.end); got != tc.want {
				t.Errorf("cutContent = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestWriteHostilePages writes the hostile pages at 16 KB, 64 KB, 256 KB
// and 1 MB into $QUOTELENS_HOSTILE_DIR for scripts/hostile-bench.sh; it is
// skipped when that is unset.
func TestWriteHostilePages(t *testing.T) {
	dir := os.Getenv("QUOTELENS_HOSTILE_DIR")
	if dir == "" {
		t.Skip("QUOTELENS_HOSTILE_DIR is not set")
	}
	for _, h := range hostilePages {
		for _, size := range []int{16 << 10, 64 << 10, 256 << 10, 1 << 20} {
			name := filepath.Join(dir, h.name+"-"+strconv.Itoa(size>>10)+"KB.html")
			if err := os.WriteFile(name, h.page(size), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
