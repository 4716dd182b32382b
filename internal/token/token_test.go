package token

import (
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/lexicon"
)

func TestSplit(t *testing.T) {
	en := lexicon.For("en")
	tests := []struct {
		desc, in, want string
	}{
		{"apostrophes stay in words", "Don’t go, O'Neil said.", "Don’t|go|,|O'Neil|said|."},
		{"abbreviations keep their period", "Mr. Reeves of the U.S. said", "Mr.|Reeves|of|the|U.S.|said"},
		{"marks are tokens", "“No,” he said.", "“|No|,|”|he|said|."},
		{"dash signature", "— Claudia Sheinbaum (@Claudiashein)", "—|Claudia|Sheinbaum|(|@Claudiashein|)"},
		{"initials", "Donald J. Trump", "Donald|J.|Trump"},
		{"hyphens inside words", "President-elect Trump's team", "President-elect|Trump's|team"},
		{"thousands separators", "roughly 1,100 names, 2, 3", "roughly|1,100|names|,|2|,|3"},
		{"decimal comma", "el récord de 20,75 grados, 3 más", "el|récord|de|20,75|grados|,|3|más"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var got []string
			for _, tok := range Split(tc.in, en) {
				if tc.in[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %q does not match offsets %d:%d", tok.Text, tok.Start, tok.End)
				}
				got = append(got, tok.Text)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("Split(%q) = %s, want %s", tc.in, g, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	en := lexicon.For("en")
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"two sentences", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"abbreviation does not split", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"closing mark stays", "“It is over.” Then he left.", []string{"“It is over.”", "Then he left."}},
		{"lower case after period does not split", "It costs 3.5 dollars. fine", []string{"It costs 3.5 dollars. fine"}},
		{"question", "Why? Because.", []string{"Why?", "Because."}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			toks := Split(tc.in, en)
			var got []string
			for _, s := range Sentences(toks) {
				got = append(got, tc.in[toks[s[0]].Start:toks[s[1]-1].End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
