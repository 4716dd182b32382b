package quote

import (
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/article"
)

// texts returns the quotations Find sees in plain text, one paragraph a
// line.
func texts(s string) []string {
	doc := article.FromText(s)
	var out []string
	for _, sp := range Find(doc) {
		out = append(out, sp.Text(doc))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"curly double", "T\n“We are ready,” she said.", []string{"We are ready,"}},
		{"straight double", "T\n\"We are ready,\" she said.", []string{"We are ready,"}},
		{"guillemets", "T\n«Estamos listos», dijo.", []string{"Estamos listos"}},
		{"reversed guillemets", "T\n»Wir sind bereit«, sagte sie.", []string{"Wir sind bereit"}},
		{"German low-high", "T\n„Wir sind bereit“, sagte sie.", []string{"Wir sind bereit"}},
		{"single angle", "T\n‹Prêts›, dit-il.", []string{"Prêts"}},
		{"corner brackets", "T\n「準備はできている」と彼は言った。", []string{"準備はできている"}},
		{"curly single as primary", "T\n‘We are ready,’ she said.", []string{"We are ready,"}},
		{"apostrophes are not marks", "T\nIt’s the players’ union’s call, O’Neil said.", nil},
		{"interrupted quote is two", "T\n“A,” he said. “B.”", []string{"A,", "B."}},
		{"quote inside a quote stays inside", "T\n“He told me ‘go home’ and left,” she said.", []string{"He told me ‘go home’ and left,"}},
		{"multi-paragraph", "T\n“First paragraph goes on here and on.\n“Second paragraph,” she said.", []string{"First paragraph goes on here and on.", "Second paragraph,"}},
		{"stray opening mark is dropped", "T\nThe “ sign was left open.", nil},
		{"unclosed long quotation runs to the end", "T\n“This one is never closed but it is long enough to count", []string{"This one is never closed but it is long enough to count"}},
		{"marks only", "T\n“”“”«»", nil},
		{"post in plain text", "T\nHello world from the account.\n— Ana Ruiz (@anaruiz) May 1, 2026", []string{"Hello world from the account."}},
		{"post link trimmed", "T\nBig news today pic.twitter.com/abc\n— Ana Ruiz (@anaruiz) May 1", []string{"Big news today"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := texts(tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestBlockQuotation(t *testing.T) {
	doc, err := article.ParseBytes([]byte(`<article><p>The minister said:</p><blockquote><p>We will not give in to pressure from anyone.</p></blockquote><p>End.</p></article>`))
	if err != nil {
		t.Fatal(err)
	}
	spans := Find(doc)
	if len(spans) != 1 || spans[0].Origin != BlockQuote || spans[0].Text(doc) != "We will not give in to pressure from anyone." {
		t.Fatalf("got %+v", spans)
	}
}
