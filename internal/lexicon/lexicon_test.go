package lexicon

import "testing"

func TestFor(t *testing.T) {
	tests := []struct {
		desc, code, cue string
		want            string
	}{
		{"English", "en", "points out", "en"},
		{"region subtag", "es-MX", "descartó", "es"},
		{"underscore subtag", "pt_BR", "negou", "pt"},
		{"unknown falls back to English", "xx", "said", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			l := For(tc.code)
			if l.Code != tc.want {
				t.Errorf("For(%q).Code = %q, want %q", tc.code, l.Code, tc.want)
			}
			if !l.IsCue(tc.cue) {
				t.Errorf("%q is not a cue of %s", tc.cue, l.Code)
			}
		})
	}
}

func TestEveryLanguageIsComplete(t *testing.T) {
	for _, code := range Codes() {
		l := For(code)
		if len(l.Cues) == 0 || len(l.Denials) == 0 || len(l.According) == 0 || len(l.Pronouns) == 0 || len(l.Quotes) == 0 || len(l.Complementizers) == 0 {
			t.Errorf("%s lacks a part of its lexicon", code)
		}
		for _, d := range l.Denials {
			if !l.IsDenial(d) || !l.IsCue(d) {
				t.Errorf("%s: denial %q is not a denial cue", code, d)
			}
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ desc, text, want string }{
		{"English", "The minister said that the plan was not ready and that he would wait.", "en"},
		{"Spanish", "El ministro dijo que el plan no estaba listo y que los cambios llegarían.", "es"},
		{"Portuguese", "O ministro disse que o plano não estava pronto e que as mudanças viriam.", "pt"},
		{"nothing to go on", "12345 !!!", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestIsGerund(t *testing.T) {
	tests := []struct {
		code, cue string
		want      bool
	}{
		{"en", "saying", true},
		{"en", "calling for", true},
		{"en", "according to", false},
		{"en", "called for", false},
		{"es", "advirtiendo", true},
		{"es", "advirtió", false},
		{"pt", "dizendo", true},
		{"pt", "disse", false},
	}
	for _, tc := range tests {
		if got := For(tc.code).IsGerund(tc.cue); got != tc.want {
			t.Errorf("%s IsGerund(%q) = %v, want %v", tc.code, tc.cue, got, tc.want)
		}
	}
}

// TestTrimArticle: the article that opens a role goes, in every language;
// other determiners stay.
func TestTrimArticle(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "the director of the FBI", "director of the FBI"},
		{"en", "an economist at the bank", "economist at the bank"},
		{"en", "his lawyer", "his lawyer"},
		{"es", "el secretario general de La Cámpora", "secretario general de La Cámpora"},
		{"pt", "o líder do governo", "líder do governo"},
	}
	for _, tc := range tests {
		if got := For(tc.lang).TrimArticle(tc.in); got != tc.want {
			t.Errorf("%s TrimArticle(%q) = %q, want %q", tc.lang, tc.in, got, tc.want)
		}
	}
}

func TestIsPluralNoun(t *testing.T) {
	tests := []struct {
		desc, code, w string
		want          bool
	}{
		{"English plural", "en", "officials", true},
		{"English -ss singular", "en", "witness", false},
		{"English singular", "en", "spokesman", false},
		{"Spanish -es plural", "es", "autoridades", true},
		{"Spanish -os plural", "es", "testigos", true},
		{"Spanish singular", "es", "portavoz", false},
		{"Portuguese -ões plural", "pt", "manifestações", true},
		{"Portuguese -as plural", "pt", "pessoas", true},
		{"Portuguese singular", "pt", "fonte", false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := For(tc.code).IsPluralNoun(tc.w); got != tc.want {
				t.Errorf("%s IsPluralNoun(%q) = %v, want %v", tc.code, tc.w, got, tc.want)
			}
		})
	}
}

// TestPluralRulesMakePlurals fails on a Plurals rule whose plural ending
// IsPluralNoun would not read as a plural's.
func TestPluralRulesMakePlurals(t *testing.T) {
	for _, code := range Codes() {
		l := For(code)
		for _, r := range l.Plurals {
			if !l.IsPluralNoun("x" + r[1]) {
				t.Errorf("%s: the plural ending %q of rule %q is no PluralEnding", code, r[1], r)
			}
		}
	}
}

// TestParticipleForms: a participle of a passive is known in any gender
// and number through the language's Plurals and Feminines rules.
func TestParticipleForms(t *testing.T) {
	tests := []struct {
		lang, w    string
		agent, see bool
	}{
		{"en", "identified", true, false},
		{"en", "seen", false, true},
		{"es", "señaladas", true, false},
		{"es", "vistas", false, true},
		{"pt", "apontadas", true, false},
		{"pt", "considerados", false, true},
		{"pt", "disse", false, false},
	}
	for _, tc := range tests {
		l := For(tc.lang)
		if got := l.IsAgentParticiple(tc.w); got != tc.agent {
			t.Errorf("%s IsAgentParticiple(%q) = %v, want %v", tc.lang, tc.w, got, tc.agent)
		}
		if got := l.IsViewParticiple(tc.w); got != tc.see {
			t.Errorf("%s IsViewParticiple(%q) = %v, want %v", tc.lang, tc.w, got, tc.see)
		}
	}
}

// TestVerbEndings: a past form by its ending or its irregular form, the
// bare ending whatever the word's length, and the present's third person.
func TestVerbEndings(t *testing.T) {
	tests := []struct {
		lang, w               string
		past, ending, present bool
	}{
		{"en", "patched", true, true, false},
		{"en", "took", true, false, false},
		{"en", "fed", false, true, false},
		{"en", "helps", false, false, true},
		{"es", "afirmó", true, true, false},
		{"es", "dijo", true, false, false},
		{"pt", "criticou", true, true, false},
	}
	for _, tc := range tests {
		l := For(tc.lang)
		if got := l.IsPast(tc.w); got != tc.past {
			t.Errorf("%s IsPast(%q) = %v, want %v", tc.lang, tc.w, got, tc.past)
		}
		if got := l.HasPastEnding(tc.w); got != tc.ending {
			t.Errorf("%s HasPastEnding(%q) = %v, want %v", tc.lang, tc.w, got, tc.ending)
		}
		if got := l.IsPresent(tc.w); got != tc.present {
			t.Errorf("%s IsPresent(%q) = %v, want %v", tc.lang, tc.w, got, tc.present)
		}
	}
}
