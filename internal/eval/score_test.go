package eval

import (
	"testing"

	"github.com/quotelens/quotelens/internal/analysis"
)

func sp(s string) *string { return &s }

func gq(kind, text string, speaker ...string) GoldQuote {
	return GoldQuote{Kind: kind, Text: text, Speaker: speaker}
}

func pq(kind, text string, speaker *string) analysis.Quote {
	return analysis.Quote{Kind: kind, Text: text, Speaker: speaker}
}

func pd(claim, dispute string) analysis.Dispute {
	return analysis.Dispute{Claim: analysis.Side{Text: claim}, Dispute: analysis.Side{Text: dispute}}
}

const (
	D = analysis.KindDirect
	I = analysis.KindIndirect
)

var sheinbaum = analysis.Speaker{ID: "s1", Name: "Claudia Sheinbaum Pardo", Aliases: []string{"Sheinbaum"}}

// scoreCases are hand-made gold and predictions with their expected scores;
// TestAgreesWithScorePy runs them through score.py as well.
var scoreCases = []struct {
	desc string
	gold Gold
	pred *analysis.Analysis // nil: no prediction file
	want PageScore
}{
	{
		desc: "no prediction",
		gold: Gold{Quotes: []GoldQuote{gq(D, "we will not accept it", "Sheinbaum"), gq(I, "talks went well"), gq(I, "it was fine", "Trump")}},
		want: PageScore{Direct: QuoteCounts{Counts{0, 0, 1}, 0, 0, 1}, Indirect: QuoteCounts{Counts{0, 0, 2}, 0, 0, 1}},
	},
	{
		desc: "empty prediction, empty gold",
		gold: Gold{},
		pred: &analysis.Analysis{},
	},
	{
		desc: "exact match, speaker by alias, accents and case ignored",
		gold: Gold{Quotes: []GoldQuote{gq(D, "We are never going to accept joint operations", "Claudia Sheinbaum", "SHEINBAUM")}},
		pred: &analysis.Analysis{
			Quotes:   []analysis.Quote{pq(D, "we are never going to accept joint operations", sp("s1"))},
			Speakers: []analysis.Speaker{{ID: "s1", Name: "Claudia Sheinbaum Pardo", Aliases: []string{"Sheinbáum"}}},
		},
		want: PageScore{Direct: QuoteCounts{Counts{1, 1, 1}, 1, 1, 1}},
	},
	{
		desc: "speaker id not among speakers is read as a name",
		gold: Gold{Quotes: []GoldQuote{gq(I, "the talks went very well", "Kash Patel", "Patel")}},
		pred: &analysis.Analysis{Quotes: []analysis.Quote{pq(I, "talks went very well", sp("Patel"))}},
		want: PageScore{Indirect: QuoteCounts{Counts{1, 1, 1}, 1, 1, 1}},
	},
	{
		desc: "null speaker, unattributed gold, wrong kind",
		gold: Gold{Quotes: []GoldQuote{gq(D, "a b c d", "X"), gq(D, "e f g h"), gq(I, "i j k l", "Y")}},
		pred: &analysis.Analysis{
			Quotes:   []analysis.Quote{pq(D, "a b c d", nil), pq(D, "e f g h", sp("s1")), pq(D, "i j k l", sp("s1"))},
			Speakers: []analysis.Speaker{sheinbaum},
		},
		want: PageScore{Direct: QuoteCounts{Counts{2, 3, 2}, 0, 1, 1}, Indirect: QuoteCounts{Counts{0, 0, 1}, 0, 0, 1}},
	},
	{
		desc: "below threshold: one word of four against one",
		gold: Gold{Quotes: []GoldQuote{gq(D, "one two three four", "A")}},
		pred: &analysis.Analysis{Quotes: []analysis.Quote{pq(D, "one", sp("A"))}},
		// F1 = 2·1·0.25/1.25 = 0.4
		want: PageScore{Direct: QuoteCounts{Counts{0, 1, 1}, 0, 0, 1}},
	},
	{
		desc: "tie between gold quotes goes to the later one",
		gold: Gold{Quotes: []GoldQuote{gq(D, "same words here", "A"), gq(D, "same words here", "B")}},
		pred: &analysis.Analysis{Quotes: []analysis.Quote{pq(D, "same words here", sp("B"))}},
		want: PageScore{Direct: QuoteCounts{Counts{1, 1, 2}, 1, 1, 2}},
	},
	{
		desc: "tie between predictions goes to the later one",
		gold: Gold{Quotes: []GoldQuote{gq(I, "same words here", "A")}},
		pred: &analysis.Analysis{Quotes: []analysis.Quote{pq(I, "same words here", sp("B")), pq(I, "same words here", sp("A"))}},
		want: PageScore{Indirect: QuoteCounts{Counts{1, 2, 1}, 1, 1, 1}},
	},
	{
		desc: "the best-scoring gold quote takes the prediction",
		gold: Gold{Quotes: []GoldQuote{gq(D, "a b c d e f"), gq(D, "a b c")}},
		pred: &analysis.Analysis{Quotes: []analysis.Quote{pq(D, "a b c d e", nil)}},
		want: PageScore{Direct: QuoteCounts{Counts{1, 1, 2}, 0, 0, 0}},
	},
	{
		desc: "disputes: greedy on claim || dispute, then both halves checked",
		gold: Gold{Disputes: []GoldDispute{
			{Claim: "the FBI arrested him with Mexican help", Dispute: "ruled out a joint operation"},
			{Claim: "sales fell", Dispute: "sales rose sharply"},
		}},
		pred: &analysis.Analysis{Disputes: []analysis.Dispute{
			pd("the FBI arrested him with Mexican help", "nothing alike"),
			pd("sales fell", "sales rose"),
			pd("unrelated", "words"),
		}},
		want: PageScore{Disputes: Counts{1, 3, 2}},
	},
	{
		desc: "disputes with no prediction",
		gold: Gold{Disputes: []GoldDispute{{Claim: "x y", Dispute: "z"}}},
		pred: &analysis.Analysis{Quotes: []analysis.Quote{pq(I, "spurious", nil)}},
		want: PageScore{Indirect: QuoteCounts{Counts{0, 1, 0}, 0, 0, 0}, Disputes: Counts{0, 0, 1}},
	},
}

func TestScorePage(t *testing.T) {
	for _, tt := range scoreCases {
		t.Run(tt.desc, func(t *testing.T) {
			got := ScorePage(&tt.gold, tt.pred)
			got.Page = ""
			if got != tt.want {
				t.Errorf("ScorePage =\n%+v, want\n%+v", got, tt.want)
			}
		})
	}
}

func TestSpeakerNames(t *testing.T) {
	a := &analysis.Analysis{Speakers: []analysis.Speaker{sheinbaum}}
	tests := []struct {
		desc string
		sid  *string
		want []string
	}{
		{"nil", nil, nil},
		{"known", sp("s1"), []string{"Claudia Sheinbaum Pardo", "Sheinbaum"}},
		{"unknown id", sp("Patel"), []string{"Patel"}},
	}
	for _, tt := range tests {
		got := SpeakerNames(a, tt.sid)
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("%s: SpeakerNames = %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	total := PageScore{
		Direct:   QuoteCounts{Counts{1, 3, 3}, 1, 1, 3},
		Indirect: QuoteCounts{Counts{0, 0, 0}, 0, 0, 0},
		Disputes: Counts{0, 0, 2},
	}
	h := HeadlineOf(total)
	const line = "direct P 0.333 R 0.333 F1 0.333 speaker 0.333 | indirect F1 1.0 speaker None | disputes F1 0.0"
	if got := h.PyLine(); got != line {
		t.Errorf("PyLine =\n%s, want\n%s", got, line)
	}
	const js = `{"direct": {"p": 0.333, "r": 0.333, "f1": 0.333, "speaker_acc": 0.333, "speaker_acc_matched": 1.0}, ` +
		`"indirect": {"p": 1.0, "r": 1.0, "f1": 1.0, "speaker_acc": null, "speaker_acc_matched": null}, ` +
		`"disputes": {"p": 0.0, "r": 0.0, "f1": 0.0}}`
	if got := h.PyJSON(); got != js {
		t.Errorf("PyJSON =\n%s, want\n%s", got, js)
	}
}
