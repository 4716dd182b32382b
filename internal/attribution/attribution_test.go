package attribution

import (
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/article"
	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/quote"
	"github.com/quotelens/quotelens/internal/token"
)

func TestFindCues(t *testing.T) {
	en := lexicon.For("en")
	tests := []struct {
		desc, in string
		heading  bool
		want     []string
	}{
		{"longest cue wins", "He points out that it rains.", false, []string{"points out"}},
		{"capitalised words are not cues", "The United States said no.", false, []string{"said"}},
		{"headlines capitalise their verbs", "Clinton Says Russians Hacked DNC", true, []string{"Says"}},
		{"no cue inside a quotation", "“He said it,” she added.", false, []string{"added"}},
		{"according to is one cue", "Prices rose, according to the bank.", false, []string{"according to"}},
		{"a document cited by a cue is not another source", "He said according to a transcript.", false, []string{"said"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			doc := article.FromText("T\n" + tc.in)
			spans := quote.Find(doc)
			toks := token.Split(tc.in, en)
			b := doc.Blocks[1]
			in := markQuoted(toks, indicesIn(spans, 1), spans, 1, len(b.Text), false)
			var got []string
			for _, c := range findCues(tc.in, toks, in, en, tc.heading) {
				got = append(got, c.text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("cues of %q = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func indicesIn(spans []quote.Span, b int) []int {
	var out []int
	for i, s := range spans {
		if s.Block == b {
			out = append(out, i)
		}
	}
	return out
}

// TestAttribute checks the evidence and confidence each rule gives, the
// part of an attribution the reader is shown as "why".
func TestAttribute(t *testing.T) {
	tests := []struct {
		desc, text, evidence, speaker string
	}{
		{"named source after the quote", "“We won,” Ana Ruiz said.", "cue with a named source", "Ana Ruiz"},
		{"pronoun source", "Ana Ruiz spoke.\n“We won,” she said.", "cue with a pronoun", "Ana Ruiz"},
		{"described source", "“We won,” a campaign spokeswoman said.", "cue with a described source", "a campaign spokeswoman"},
		{"paragraph continues the voice", "“We won,” Ana Ruiz said.\n“And we will win again next year, whatever happens.”", "carries on the voice of the paragraph before", "Ana Ruiz"},
		{"embedded post", "Great night for the team.\n— Ana Ruiz (@anaruiz) May 1, 2026", "post signature", "Ana Ruiz"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			doc := article.FromText("T\n" + tc.text)
			atts, _ := Attribute(doc, quote.Find(doc), lexicon.For("en"))
			var last *Attribution
			for i := range atts {
				if atts[i].Direct {
					last = &atts[i]
				}
			}
			if last == nil || last.Speaker == nil {
				t.Fatalf("no attributed direct quote in %q: %+v", tc.text, atts)
			}
			if last.Evidence != tc.evidence || last.Speaker.Name != tc.speaker || last.Confidence <= 0 || last.Confidence > 1 {
				t.Errorf("got %q by %q (%.2f), want %q by %q", last.Evidence, last.Speaker.Name, last.Confidence, tc.evidence, tc.speaker)
			}
		})
	}
}
