package anchor

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func TestUTF16RoundTrip(t *testing.T) {
	tests := []struct {
		desc, text, exact string
	}{
		{"ascii", "He said it was fine.", "it was fine"},
		{"accents are one unit", "Rodríguez points out “más”.", "más"},
		{"astral emoji are two units", "😀😀 “quote” after", "quote"},
		{"long text past checkpoints", strings.Repeat("é😀a", 3000) + "target" + strings.Repeat("b", 10), "target"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			start := strings.Index(tc.text, tc.exact)
			sel := New(tc.text).Select(start, start+len(tc.exact))
			units := utf16.Encode([]rune(tc.text))
			got := string(utf16.Decode(units[sel.Start:sel.End]))
			if got != tc.exact || sel.Exact != tc.exact {
				t.Errorf("UTF-16 [%d,%d) = %q, exact %q; want %q", sel.Start, sel.End, got, sel.Exact, tc.exact)
			}
			if !strings.HasSuffix(tc.text[:start], sel.Prefix) || !strings.HasPrefix(tc.text[start+len(tc.exact):], sel.Suffix) {
				t.Errorf("prefix %q / suffix %q do not surround the quote", sel.Prefix, sel.Suffix)
			}
		})
	}
}
