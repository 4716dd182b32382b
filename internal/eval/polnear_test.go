package eval

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/analysis"
)

// cpSpan returns the code-point span of the first sub in s, as brat counts.
func cpSpan(t *testing.T, s, sub string) string {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	start := utf8.RuneCountInString(s[:i])
	return fmt.Sprintf("%d %d", start, start+utf8.RuneCountInString(sub))
}

func TestParseArticle(t *testing.T) {
	const clean = "Café 😀 news.\n\n“We will win,” said Ana Pérez, “and soon.”\nShe denied that the deal was off, officials said.\n"
	raw := "\uFEFF" + strings.ReplaceAll(clean, "\n", "\r\n")
	for _, tc := range []struct {
		desc    string
		counted string // the text brat's offsets count in
	}{
		{"offsets without BOM and \\r", clean},
		{"offsets with BOM and \\r\\n", raw},
		{"offsets with \\r\\n, no BOM", strings.TrimPrefix(raw, "\uFEFF")},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			s := tc.counted
			sp := func(sub string) string { return cpSpan(t, s, sub) }
			across := "news.\n\n“We" // a span over line ends: brat's text runs on
			if strings.Contains(s, "\r") {
				across = "news.\r\n\r\n“We"
			}
			ann := strings.Join([]string{
				"T1\tContent " + sp("“We will win,”") + ";" + sp("“and soon.”") + "\t“We will win,” “and soon.”",
				"T2\tCue " + sp("said") + "\tsaid",
				"T3\tSource " + sp("Ana Pérez") + "\tAna Pérez",
				"T4\tAttribution " + sp("said") + "\tsaid",
				"E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
				"T5\tSource " + sp("She") + "\tShe",
				"T6\tCue " + sp("denied") + "\tdenied",
				"T7\tContent " + sp("that the deal") + "\tthat the deal",
				"T8\tContent " + sp("was off") + "\twas off",
				"T9\tAttribution " + sp("denied") + "\tdenied",
				"E2\tAttribution:T9 Source:T5 Cue:T6 Content:T7 Content2:T8",
				"T10\tCue " + sp("officials said") + "\tofficials said",
				"T11\tAttribution " + sp("officials said") + "\tofficials said",
				"T12\tDiscuss " + sp("news.") + "\tnews.",
				"T14\tDiscuss " + sp(across) + "\tnews.",
				"“We",
				"E3\tAttribution-no-source:T11 Cue:T10",
				"T13\tDiscard " + sp("news") + "\tnews",
				"#1\tAnnotatorNotes T13\ta note",
				"",
			}, "\n")
			a, err := ParseArticle(raw, ann)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != clean {
				t.Errorf("Text = %q, want %q", a.Text, clean)
			}
			if a.Mismatches != 0 {
				t.Errorf("Mismatches = %d, want 0", a.Mismatches)
			}
			if len(a.Attributions) != 3 {
				t.Fatalf("got %d attributions, want 3", len(a.Attributions))
			}
			at := a.Attributions[0]
			if at.Content.Text != "“We will win,” “and soon.”" || at.Source.Text != "Ana Pérez" || at.Cue.Text != "said" {
				t.Errorf("E1 = %q / %q / %q", at.Content.Text, at.Source.Text, at.Cue.Text)
			}
			for i, b := range at.Content.ByteSpans {
				if got := a.Text[b.Start:b.End]; got != []string{"“We will win,”", "“and soon.”"}[i] {
					t.Errorf("E1 content byte span %d = %q", i, got)
				}
			}
			if got := a.Attributions[1].Content.Text; got != "that the deal was off" {
				t.Errorf("E2 content (with Content2) = %q", got)
			}
			if e3 := a.Attributions[2]; !e3.NoSource || !e3.Source.Empty() || !e3.Content.Empty() {
				t.Errorf("E3 = %+v, want no source and no content", e3)
			}
			qs := a.Quotes()
			if len(qs) != 2 {
				t.Fatalf("Quotes: got %d, want 2 (E3 has no content)", len(qs))
			}
			if qs[0].Kind != D || qs[1].Kind != I || !qs[1].Denial || qs[0].Denial {
				t.Errorf("kinds/denial = %s %v, %s %v", qs[0].Kind, qs[0].Denial, qs[1].Kind, qs[1].Denial)
			}
			if !reflect.DeepEqual(qs[0].Names, [][]string{{"ana", "perez"}}) || qs[1].Names != nil {
				t.Errorf("names = %q, %q", qs[0].Names, qs[1].Names)
			}
		})
	}
}

func TestParseArticleErrors(t *testing.T) {
	for _, ann := range []string{
		"T1\tContent 5\tx",
		"T1\tContent 3 1\tx",
		"T1\tContent 0 99\tx\nE1\tAttribution:T1 Content:T1",
		"E1\tAttribution:T1 Content:T7",
	} {
		if _, err := ParseArticle("short", ann); err == nil {
			t.Errorf("ParseArticle(%q): no error", ann)
		}
	}
}

func TestContentKind(t *testing.T) {
	tests := []struct{ in, want string }{
		{`“We will win,”`, D},
		{`"We will win."`, D},
		{`''We finally may be seeing some wage acceleration,''`, D},
		{`‘It’s over,’`, D},
		{`“One thing,” “Another thing.”`, D},
		{"“First paragraph.\n\n“Second paragraph.”", D},
		{`«Nous gagnerons»`, D},
		{`„Wir gewinnen“`, D},
		{`— “We will win.”`, D},
		{`that she would “keep the details under wraps.”`, I},
		{`Hillary Clinton’s team avoided the hospital`, I},
		{`“Crooked” Hillary should be in jail, he said it was`, I},
		{`the “so-called” deal was off and nothing more could be done about it now`, I},
		{`“Short” and then a long unquoted tail of words that dominates the content`, I},
		{`voters’ rights were ignored, the voters’`, I},
		{``, I},
		{`“”`, I},
	}
	for _, tt := range tests {
		if got := ContentKind(tt.in); got != tt.want {
			t.Errorf("ContentKind(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestQuotedPassages(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`“We will win,”`, []string{"We will win,"}},
		{`“One thing,” “Another thing.”`, []string{"One thing,", "Another thing."}},
		{"“First paragraph.\n\n“Second paragraph.”", []string{"First paragraph.", "Second paragraph."}},
		{`that it was “distressing” not to have made progress`, []string{"distressing"}},
		{`''WHAT? Part of the network Putin formed to 'break the monopoly.' ''`, []string{"WHAT? Part of the network Putin formed to 'break the monopoly.'"}},
		{`Clinton’s team and the voters’ rights`, nil},
		{`“…”`, nil},
	}
	for _, tt := range tests {
		if got := QuotedPassages(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("QuotedPassages(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDenialCue(t *testing.T) {
	tests := []struct {
		cue  string
		want bool
	}{
		{"denied", true}, {"has vigorously denied", true}, {"rejected the notion", true}, {"disputes", true},
		{"refuted", true}, {"dismissed", true}, {"would not rule out", true}, {"pushed back against", true},
		{"contradicted", true}, {"rebuts", true}, {"countered", true},
		{"said", false}, {"according to", false}, {"ruled", false}, {"pushed", false}, {"", false},
	}
	for _, tt := range tests {
		if got := DenialCue(tt.cue); got != tt.want {
			t.Errorf("DenialCue(%q) = %v, want %v", tt.cue, got, tt.want)
		}
	}
}

// sourceNamesOf parses text with one attribution whose source is src.
func sourceNamesOf(t *testing.T, text, src string) [][]string {
	t.Helper()
	ann := fmt.Sprintf("T1\tSource %s\t%s\nT2\tContent 0 1\tx\nE1\tAttribution:T2 Source:T1 Content:T2\n", cpSpan(t, text, src), src)
	a, err := ParseArticle(text, ann)
	if err != nil {
		t.Fatal(err)
	}
	return a.Quotes()[0].Names
}

func TestSourceNames(t *testing.T) {
	tests := []struct {
		desc, text, src string
		want            [][]string
	}{
		{"full name mid-sentence", "x, said Donald Trump.", "Donald Trump", [][]string{{"donald", "trump"}}},
		{"initial skipped", "x, said Donald J. Trump, a Republican candidate.", "Donald J. Trump, a Republican candidate",
			[][]string{{"donald", "trump"}, {"republican"}}},
		{"title dropped, abbreviation not a sentence end", "x, Mr. Trump said.", "Mr. Trump", [][]string{{"trump"}}},
		{"pronoun", "It was late. He said so.", "He", nil},
		{"sentence-initial common noun", "It was late. Officials said so.", "Officials", nil},
		{"sentence-initial name used elsewhere", "It was late. Trump said so. Ask Trump.", "Trump", [][]string{{"trump"}}},
		{"sentence-initial name followed by a name", "It was late. Donald Trump said so.", "Donald Trump", [][]string{{"donald", "trump"}}},
		{"description", "x, a campaign spokeswoman said.", "a campaign spokeswoman", nil},
		{"two names", "x, said Trump campaign manager Kellyanne Conway.", "Trump campaign manager Kellyanne Conway",
			[][]string{{"trump"}, {"kellyanne", "conway"}}},
		{"dotted initials", "x, said Rep. G.K. Butterfield (D-N.C.), head of the Caucus.", "Rep. G.K. Butterfield (D-N.C.), head of the Caucus",
			[][]string{{"butterfield"}, {"d", "n", "c"}, {"caucus"}}},
		{"initial without a full stop", "x, said Christina N Luis Olidem.", "Christina N Luis Olidem", [][]string{{"christina", "luis", "olidem"}}},
		{"possessive", "x, the Fed's governors said.", "the Fed's governors", [][]string{{"fed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := sourceNamesOf(t, tt.text, tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SourceNames(%q) = %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestNamedSpeakerMatches(t *testing.T) {
	tests := []struct {
		desc   string
		source string
		names  [][]string
		forms  []string
		want   bool
	}{
		{"equal", "Donald Trump", [][]string{{"donald", "trump"}}, []string{"donald trump"}, true},
		{"surname alias", "Donald Trump", [][]string{{"donald", "trump"}}, []string{"Trump"}, true},
		{"fuller predicted name", "Mr. Trump", [][]string{{"trump"}}, []string{"Donald J. Trump"}, true},
		{"one of two names", "Trump campaign manager Kellyanne Conway", [][]string{{"trump"}, {"kellyanne", "conway"}},
			[]string{"Kellyanne Conway"}, true},
		{"other person", "Donald Trump", [][]string{{"donald", "trump"}}, []string{"Hillary Clinton", "Clinton"}, false},
		{"no forms", "Donald Trump", [][]string{{"donald", "trump"}}, nil, false},
		{"initial only", "Donald Trump", [][]string{{"donald", "trump"}}, []string{"D."}, false},
		{"unnamed source", "officials", nil, []string{"officials"}, false},
	}
	for _, tt := range tests {
		if got := NamedSpeakerMatches(tt.source, tt.names, tt.forms); got != tt.want {
			t.Errorf("%s: NamedSpeakerMatches = %v, want %v", tt.desc, got, tt.want)
		}
	}
}

func TestScoreArticle(t *testing.T) {
	text := "“We will win,” said Ana Pérez.\nShe denied that the deal was “off the table”, officials said.\nThe plan works, Bo Li said.\n"
	tb := func(id, label, sub string) string { return id + "\t" + label + " " + cpSpan(t, text, sub) + "\t" + sub }
	ann := strings.Join([]string{
		tb("T1", "Content", "“We will win,”"), tb("T2", "Source", "Ana Pérez"), tb("T3", "Cue", "said"),
		"E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3",
		tb("T4", "Source", "She"), tb("T5", "Cue", "denied"), tb("T6", "Content", "that the deal was “off the table”"),
		"E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
		tb("T7", "Content", "The plan works"), tb("T8", "Source", "Bo Li"), tb("T9", "Cue", "said."),
		"E3\tAttribution:T9 Content:T7 Source:T8 Cue:T9",
	}, "\n")
	art, err := ParseArticle(text, ann)
	if err != nil {
		t.Fatal(err)
	}
	art.Name = "test"
	pred := &analysis.Analysis{
		Speakers: []analysis.Speaker{{ID: "a", Name: "Ana Pérez", Aliases: []string{"Pérez"}}, {ID: "b", Name: "Officials"}},
		Quotes: []analysis.Quote{
			pq(D, "We will win,", sp2("a")),
			pq(D, "the deal was off the table", nil), // wrong kind, but the passage
			pq(I, "The plan works", sp2("b")),
			pq(I, "nothing like any gold", nil),
		},
	}
	got := ScoreArticle(art, pred)
	want := PolScore{
		Article:        "test",
		Direct:         PolCounts{Counts{1, 2, 1}, 1, 1},
		Indirect:       PolCounts{Counts{1, 2, 2}, 0, 1},
		All:            PolCounts{Counts{3, 4, 3}, 1, 2},
		DirectPassages: PolCounts{Counts{2, 2, 2}, 1, 1},
		DenialFound:    1, DenialTotal: 1,
	}
	if got != want {
		t.Errorf("ScoreArticle =\n%+v, want\n%+v", got, want)
	}
	if got := ScoreArticle(art, nil); got.All != (PolCounts{Counts{0, 0, 3}, 0, 0}) || got.DenialFound != 0 {
		t.Errorf("ScoreArticle(nil) = %+v", got)
	}
}

func sp2(s string) *string { return &s }

// TestPolNeARDev loads the dev split and scores it with a perfect and a
// panicking analyzer.
func TestPolNeARDev(t *testing.T) {
	dir := filepath.Join(testShared(t), "corpus", "polnear")
	arts, err := LoadPolNeAR(dir, "dev", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 84 {
		t.Errorf("dev has %d articles, want 84", len(arts))
	}
	perfect := make(map[string]*analysis.Analysis)
	for _, a := range arts {
		if a.Mismatches != 0 {
			t.Errorf("%s: %d annotated spans off their text", a.Name, a.Mismatches)
		}
		p := &analysis.Analysis{}
		for i, q := range a.Quotes() {
			id := fmt.Sprint(i)
			p.Quotes = append(p.Quotes, pq(q.Kind, q.Text, &id))
			p.Speakers = append(p.Speakers, analysis.Speaker{ID: id, Name: strings.Join(q.Speaker, "")})
		}
		perfect[a.Text] = p
	}
	_, total := ScorePolNeAR(arts, func(text string) *analysis.Analysis { return perfect[text] }, 0)
	for _, c := range []PolCounts{total.Direct, total.Indirect, total.All} {
		if c.TP != c.NGold || c.TP != c.NPred || c.NamedOK != c.NamedMatched || c.NGold == 0 {
			t.Errorf("perfect analyzer: %+v", c)
		}
	}
	if total.DenialFound != total.DenialTotal || total.DenialTotal == 0 {
		t.Errorf("perfect analyzer: denials %d/%d", total.DenialFound, total.DenialTotal)
	}
	few, err := LoadPolNeAR(dir, "dev", 3)
	if err != nil || len(few) != 3 {
		t.Fatalf("limit 3: %d articles, %v", len(few), err)
	}
	scores, total := ScorePolNeAR(few, func(string) *analysis.Analysis { panic("boom") }, 2)
	if scores[0].Err == "" || total.All.NPred != 0 || total.All.NGold == 0 {
		t.Errorf("panicking analyzer: %+v", scores[0])
	}
}
