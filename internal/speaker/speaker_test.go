package speaker

import (
	"testing"

	"github.com/quotelens/quotelens/internal/lexicon"
	"github.com/quotelens/quotelens/internal/token"
)

func TestParseNP(t *testing.T) {
	en := lexicon.For("en")
	tests := []struct {
		desc, in         string
		kind             MentionKind
		name, role, text string
	}{
		{"pronoun", "he", Pronoun, "", "", "he"},
		{"full name", "Kash Patel", Name, "Kash Patel", "", ""},
		{"title before the name", "President Claudia Sheinbaum", Name, "Claudia Sheinbaum", "", ""},
		{"honorific", "Mr. Reeves", Name, "Reeves", "", ""},
		{"description, then name", "the director of the FBI, Kash Patel", Name, "Kash Patel", "director of the FBI", ""},
		{"name, then appositive", "Tom Reed, an economist at the bank", Name, "Tom Reed", "economist at the bank", ""},
		{"name with a preposition role", "chief inspector Jennifer Mattinson from the West Mercia police", Name, "Jennifer Mattinson", "chief inspector from the West Mercia police", ""},
		{"described source", "a Whole Foods spokeswoman", Description, "", "", "a Whole Foods spokeswoman"},
		{"plural role", "Obama administration officials", Description, "", "", "Obama administration officials"},
		{"handle after the name", "Claudia Sheinbaum Pardo (@Claudiashein)", Name, "Claudia Sheinbaum Pardo", "", ""},
		{"sentence-initial role word", "Officials", Description, "", "", "Officials"},
		{"a person's place after the name is the role", "Senator Bernie Sanders of Vermont", Name, "Bernie Sanders", "Senator of Vermont", ""},
		{"an office with its place before the name", "Former Secretary of State Madeleine Albright", Name, "Madeleine Albright", "", ""},
		{"a spokesman for a titled name is a description", "A spokesman for Governor Andrew Cuomo", Description, "", "", "A spokesman for Governor Andrew Cuomo"},
		{"a function word that opens the sentence opens no name", "Once Fetter", Name, "Fetter", "", ""},
		{"the article of an appositive role goes", "Tom Reed, the economist at the bank", Name, "Tom Reed", "economist at the bank", ""},
		{"a modal that is a first name opens the name", "Will Smith", Name, "Will Smith", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			toks := token.Split(tc.in, en)
			m, ok := ParseNP(tc.in, toks, 0, len(toks), en)
			if !ok {
				t.Fatalf("ParseNP(%q) failed", tc.in)
			}
			if m.Kind != tc.kind || tc.name != "" && m.Name != tc.name || tc.role != "" && m.Role != tc.role || tc.text != "" && m.Text != tc.text {
				t.Errorf("ParseNP(%q) = %+v", tc.in, m)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	en := lexicon.For("en")
	name := func(s string) Mention { return Mention{Kind: Name, Text: s, Name: s} }
	tests := []struct {
		desc     string
		seen     []string  // full names met in the text
		mentions []Mention // resolved in order, each spoken
		want     []string  // the name of each mention's entity ("" for nil)
	}{
		{"surname resolves to the full name seen", []string{"Vanessa Hicks"},
			[]Mention{name("Hicks")}, []string{"Vanessa Hicks"}},
		{"fuller name updates the entity", nil,
			[]Mention{name("Claudia Sheinbaum"), name("Claudia Sheinbaum Pardo"), name("Sheinbaum")},
			[]string{"Claudia Sheinbaum", "Claudia Sheinbaum Pardo", "Claudia Sheinbaum Pardo"}},
		{"pronoun takes the most recent speaker", nil,
			[]Mention{name("Ann Lee"), name("Bo Park"), {Kind: Pronoun, Text: "he", Gender: lexicon.Male}},
			[]string{"Ann Lee", "Bo Park", "Bo Park"}},
		{"pronoun of the other gender still resolves when nobody else fits", nil,
			[]Mention{{Kind: Name, Text: "Ms. Ann Lee", Name: "Ann Lee", Gender: lexicon.Female}, {Kind: Pronoun, Text: "he", Gender: lexicon.Male}},
			[]string{"Ann Lee", "Ann Lee"}},
		{"pronoun prefers the known gender", nil,
			[]Mention{{Kind: Name, Text: "Mr. Bo Park", Name: "Bo Park", Gender: lexicon.Male}, {Kind: Name, Text: "Ms. Ann Lee", Name: "Ann Lee", Gender: lexicon.Female}, {Kind: Pronoun, Text: "he", Gender: lexicon.Male}},
			[]string{"Bo Park", "Ann Lee", "Bo Park"}},
		{"description links by its head noun", nil,
			[]Mention{{Kind: Description, Text: "a Whole Foods spokeswoman"}, {Kind: Description, Text: "the spokeswoman"}},
			[]string{"a Whole Foods spokeswoman", "a Whole Foods spokeswoman"}},
		{"a place is not the longer place named from it", []string{"South Sudan"},
			[]Mention{name("South Sudan"), name("Sudan")}, []string{"South Sudan", "Sudan"}},
		{"a surname after a place still resolves", []string{"Eric Reeves", "North Carolina"},
			[]Mention{name("Reeves"), name("Carolina")}, []string{"Eric Reeves", "Carolina"}},
		{"a definite description naming itself is its own source", nil,
			[]Mention{name("Eric Reeves"), {Kind: Description, Text: "the Obama administration"}, {Kind: Description, Text: "the coach"}},
			[]string{"Eric Reeves", "the Obama administration", "Eric Reeves"}},
		{"a one-word name given an article is no person for he or she", nil,
			[]Mention{name("Ann Lee"), {Kind: Name, Text: "the Times", Name: "Times"}, {Kind: Pronoun, Text: "she", Gender: lexicon.Female}},
			[]string{"Ann Lee", "Times", "Ann Lee"}},
		{"a description in the speaker's paragraph is that speaker, whatever the role", nil,
			[]Mention{{Kind: Name, Text: "Carlos Schaefer", Name: "Carlos Schaefer", Role: "researcher"}, {Kind: Name, Text: "Sergi Gonzalez", Name: "Sergi Gonzalez", Role: "meteorologist"}, {Kind: Description, Text: "the researcher"}},
			[]string{"Carlos Schaefer", "Sergi Gonzalez", "Sergi Gonzalez"}},
		{"pronoun with nobody before", nil,
			[]Mention{{Kind: Pronoun, Text: "she", Gender: lexicon.Female}}, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			r := NewRegistry(en)
			for _, n := range tc.seen {
				r.SeeName(n)
			}
			for i, m := range tc.mentions {
				e := r.Resolve(m)
				got := ""
				if e != nil {
					got = e.Name
				}
				if got != tc.want[i] {
					t.Errorf("mention %d (%q) resolved to %q, want %q", i, m.Text, got, tc.want[i])
				}
				r.Speak(e)
			}
		})
	}
}

// TestParseNPRejects lists spans that name no source, per language.
// TestParseNPOpeningWord: a function word that opens the sentence is no
// part of the name after it, in every language.
func TestParseNPOpeningWord(t *testing.T) {
	tests := []struct{ lang, in, name string }{
		{"en", "Whether Bartleby", "Bartleby"},
		{"es", "Cuando Alberto Fernández", "Alberto Fernández"},
		{"pt", "Quando João Souza", "João Souza"},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.in, func(t *testing.T) {
			lang := lexicon.For(tc.lang)
			toks := token.Split(tc.in, lang)
			if m, ok := ParseNP(tc.in, toks, 0, len(toks), lang); !ok || m.Kind != Name || m.Name != tc.name {
				t.Errorf("ParseNP(%q) = %+v, %v; want the name %q", tc.in, m, ok, tc.name)
			}
		})
	}
}

func TestParseNPRejects(t *testing.T) {
	tests := []struct{ lang, in string }{
		{"en", "in a statement"},
		{"es", "en un comunicado"},
		{"pt", "em um comunicado"},
		{"en", "R-Fla."},
		{"en", "D-N.Y."},
		{"en", "R-W.Va."},
		{"pt", "PSD-MG"},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.in, func(t *testing.T) {
			lang := lexicon.For(tc.lang)
			toks := token.Split(tc.in, lang)
			if m, ok := ParseNP(tc.in, toks, 0, len(toks), lang); ok {
				t.Errorf("ParseNP(%q) = %+v, want no source", tc.in, m)
			}
		})
	}
}

// TestParseNPLongDescription: a capitalised organisation after its
// determiner may run to seven words, the determiner aside, and keeps it
// ("The United Nations High Commissioner for Human Rights").
func TestParseNPLongDescription(t *testing.T) {
	tests := []struct{ lang, in string }{
		{"en", "The United Nations High Commissioner for Human Rights"},
		{"es", "El Alto Comisionado para Refugiados en América Latina"},
		{"pt", "O Alto Comissariado para Refugiados na América Latina"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			lang := lexicon.For(tc.lang)
			toks := token.Split(tc.in, lang)
			m, ok := ParseNP(tc.in, toks, 0, len(toks), lang)
			if !ok || m.Text != tc.in {
				t.Errorf("ParseNP(%q) = %+v, %v; want the whole phrase", tc.in, m, ok)
			}
		})
	}
}

// TestDescriptionHead checks that a description takes its number from the
// head before its complement, not from the last word.
func TestDescriptionHead(t *testing.T) {
	tests := []struct {
		lang, in string
		plural   bool
	}{
		{"en", "the senator from the Rockies", false},
		{"en", "the officials of the Senate", true},
		{"es", "el senador del PAN", false},
		{"es", "los senadores de Morena", true},
		{"pt", "O senador do Podemos", false},
		{"pt", "os senadores do Podemos", true},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.in, func(t *testing.T) {
			lang := lexicon.For(tc.lang)
			toks := token.Split(tc.in, lang)
			m, ok := ParseNP(tc.in, toks, 0, len(toks), lang)
			if !ok || m.Kind != Description || m.Plural != tc.plural {
				t.Errorf("ParseNP(%q) = %+v, %v; want a description, plural %v", tc.in, m, ok, tc.plural)
			}
		})
	}
}
