package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestParseBytesYield(t *testing.T) {
	para := "<p>The council said on Tuesday that the bridge would close for six weeks, and the contractor denied it.</p>\n"
	for _, tc := range []struct {
		desc string
		page string
	}{
		{"large page", "<html><body><article>" + strings.Repeat(para, 4000) + "</article></body></html>"},
		{"deep nesting, parsed again flattened", "<html><body>" + strings.Repeat("<div>", 600) + strings.Repeat(para, 2000) + "</body></html>"},
		{"one long text node", "<html><body><p>" + strings.Repeat("he said ", 64<<10) + "</p></body></html>"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			calls := 0
			d, err := ParseBytesYield([]byte(tc.page), func() { calls++ })
			if err != nil {
				t.Fatal(err)
			}
			// At least once every two YieldBytes of page read.
			if want := len(tc.page) / (2 * YieldBytes); calls < want {
				t.Errorf("yield called %d times over %d bytes, want at least %d", calls, len(tc.page), want)
			}
			plain, err := ParseBytes([]byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Blocks) != len(plain.Blocks) || d.PageText != plain.PageText {
				t.Errorf("with yield: %d blocks, %d bytes of page text; without: %d, %d", len(d.Blocks), len(d.PageText), len(plain.Blocks), len(plain.PageText))
			}
		})
	}
}

func TestNewPageYieldNodes(t *testing.T) {
	// Each paragraph is four nodes: <p>, "a ", <b>, "b".
	page := "<html><body>" + strings.Repeat("<p>a <b>b</b></p>", 3*yieldNodes) + "</body></html>"
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	p := newPageYield(root, func() { calls++ })
	// One call every yieldNodes nodes, the first at the first node.
	if want := (len(p.nodes) + yieldNodes - 1) / yieldNodes; calls != want {
		t.Errorf("yield called %d times over %d nodes, want %d", calls, len(p.nodes), want)
	}
}
