package article

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkInvariants reports a Document whose blocks do not point back at its
// page text. Text must be valid UTF-8, folded and trimmed; every block's
// range must lie in PageText, open with its first byte and close with its
// last; and every run of Text must map to the same bytes of PageText. (The
// range need not fold to exactly Text: a <br> reads as a space the page text
// lacks, and hidden inline elements leave text in the range that Text
// lacks.)
func checkInvariants(t *testing.T, d *Document) {
	t.Helper()
	if len(d.Blocks) == 0 && d.Reason == "" {
		t.Errorf("no blocks and no reason")
	}
	for k, b := range d.Blocks {
		if !utf8.ValidString(b.Text) {
			t.Errorf("block %d: text not UTF-8: %.80q", k, b.Text)
		}
		if b.Text == "" || strings.TrimSpace(b.Text) != b.Text || strings.Contains(b.Text, "  ") {
			t.Errorf("block %d: text not folded: %.80q", k, b.Text)
		}
		start, end := b.PageRange(0, len(b.Text))
		if start < 0 || end > len(d.PageText) || start > end {
			t.Fatalf("block %d: range [%d, %d) outside page text of %d bytes", k, start, end, len(d.PageText))
		}
		if start == end || d.PageText[start] != b.Text[0] || d.PageText[end-1] != b.Text[len(b.Text)-1] {
			t.Errorf("block %d: page text %.80q does not span text %.80q", k, d.PageText[start:end], b.Text)
		}
		for _, r := range b.runs {
			if !runMaps(b.Text, d.PageText, r) {
				t.Errorf("block %d: run %+v does not map text %.40q to the page", k, r, b.Text[r.text:r.text+r.n])
				break
			}
		}
	}
}

// runMaps reports whether run r maps text to the same bytes of page, but
// for folded spaces, which map to the first byte of any white space or of
// a byte that is not UTF-8, and for breaks, spaces of their own that map to
// the text that follows.
func runMaps(text, page string, r run) bool {
	if r.page < 0 || r.page+r.n > len(page) || r.text+r.n > len(text) {
		return false
	}
	if r.n == 1 && text[r.text] == ' ' {
		return true
	}
	for j := 0; j < r.n; j++ {
		tb, pb := text[r.text+j], page[r.page+j]
		// A folded space maps to white space, or to a byte that is not
		// ASCII: a wider space, or a byte that is not UTF-8 in its text
		// node (if perhaps part of a character across two nodes).
		if tb != pb && (tb != ' ' || pb < utf8.RuneSelf && spaceAt(page, r.page+j) == 0) {
			return false
		}
	}
	return true
}

// nested returns a page of n nested elements around one paragraph.
func nested(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	b.WriteString(strings.Repeat("<div>", n))
	b.WriteString("<p>" + strings.Repeat("Deep text, with commas, at the bottom. ", 20) + "</p>")
	b.WriteString(strings.Repeat("</div>", n))
	return b.Bytes()
}

// bigPage returns an article page of about size bytes.
func bigPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body><nav><a href=/>Home</a></nav><article><h1>A long day</h1>")
	para := "<p>“We will not back down,” the senator said, as the vote went on through the night, and the hall emptied.</p>\n"
	for b.Len() < size {
		b.WriteString(para)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

func TestParseRobust(t *testing.T) {
	garbage := make([]byte, 1<<16)
	x := uint32(2463534242)
	for i := range garbage {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		garbage[i] = byte(x)
	}
	tests := []struct {
		desc       string
		page       []byte
		wantReason bool // no blocks, a reason
		minBlocks  int
		limit      time.Duration
	}{
		{desc: "empty", page: nil, wantReason: true},
		{desc: "binary garbage", page: garbage},
		{desc: "invalid UTF-8", page: []byte("<html><body><p>caf\xe9 \xff\xfe au lait, \xc3\x28 with a long enough sentence to count.</p></body></html>"), minBlocks: 1},
		{desc: "100,000 nested elements", page: nested(100000), minBlocks: 1, limit: 5 * time.Second},
		{desc: "20 MB page", page: bigPage(20 << 20), minBlocks: 1000, limit: 20 * time.Second},
		{desc: "only quotation marks", page: bytes.Repeat([]byte(`“”"'«»‘’„‟‹›「」『』`), 10000), minBlocks: 1},
		{desc: "no article", page: []byte(`<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><footer>© 2026</footer></body></html>`), wantReason: true},
		{desc: "no body text", page: []byte(`<html><head><title>T</title></head><body><script>var x = "quoted";</script></body></html>`), wantReason: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if testing.Short() && len(tc.page) > 1<<20 {
				t.Skip("large page in -short mode")
			}
			start := time.Now()
			d, err := ParseBytes(tc.page)
			if err != nil {
				t.Fatalf("ParseBytes: %v", err)
			}
			if tc.limit > 0 && time.Since(start) > tc.limit {
				t.Errorf("took %v, over %v", time.Since(start), tc.limit)
			}
			checkInvariants(t, d)
			if tc.wantReason && (len(d.Blocks) > 0 || d.Reason == "") {
				t.Errorf("got %d blocks, reason %q; want none and a reason", len(d.Blocks), d.Reason)
			}
			if len(d.Blocks) < tc.minBlocks {
				t.Errorf("got %d blocks, want at least %d (reason %q)", len(d.Blocks), tc.minBlocks, d.Reason)
			}
		})
	}
}

func TestFromNodeNil(t *testing.T) {
	if d := FromNode(nil); d.Reason != ReasonNoBody {
		t.Errorf("FromNode(nil) reason %q", d.Reason)
	}
}

func TestParseTooLarge(t *testing.T) {
	if _, err := ParseBytes(make([]byte, MaxPageBytes+1)); err != ErrTooLarge {
		t.Errorf("ParseBytes over MaxPageBytes: err %v, want ErrTooLarge", err)
	}
}

// FuzzParse checks that no page makes ParseBytes fail or panic, and that
// every block points back at the page text it came from.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`<p>“Hello,” she said.</p>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		d, err := ParseBytes(page)
		if err != nil {
			t.Fatalf("ParseBytes: %v", err)
		}
		checkInvariants(t, d)
	})
}
