package lexicon

import "testing"

func TestDisputes(t *testing.T) {
	tests := []struct {
		desc, code, phrase string
		is                 func(*Disputes, string) bool
	}{
		{"English counter verb", "en", "denied", (*Disputes).IsCounter},
		{"English counter phrase", "en", "pushed back", (*Disputes).IsCounter},
		{"English verdict", "en", "no evidence", (*Disputes).IsVerdict},
		{"English contrast", "en", "in fact", (*Disputes).IsContrast},
		{"English claim noun", "en", "allegations", (*Disputes).IsClaimNoun},
		{"English negation", "en", "never", (*Disputes).IsNegation},
		{"Spanish counter verb", "es", "desmintió", (*Disputes).IsCounter},
		{"Spanish verdict", "es", "no es cierto", (*Disputes).IsVerdict},
		{"Spanish contrast", "es", "sin embargo", (*Disputes).IsContrast},
		{"Spanish claim noun", "es", "acusaciones", (*Disputes).IsClaimNoun},
		{"Spanish negation", "es", "nunca", (*Disputes).IsNegation},
		{"Portuguese counter verb", "pt", "rebateu", (*Disputes).IsCounter},
		{"Portuguese verdict", "pt", "não é verdade", (*Disputes).IsVerdict},
		{"Portuguese contrast", "pt", "no entanto", (*Disputes).IsContrast},
		{"Portuguese claim noun", "pt", "alegação", (*Disputes).IsClaimNoun},
		{"Portuguese negation", "pt", "jamais", (*Disputes).IsNegation},
		{"English verdict on a quote", "en", "never said that", (*Disputes).IsVerdict},
		{"Spanish verdict on a quote", "es", "nunca dijo eso", (*Disputes).IsVerdict},
		{"Portuguese verdict on a quote", "pt", "não disse isso", (*Disputes).IsVerdict},
		{"English first person", "en", "we", (*Disputes).IsFirstPerson},
		{"Spanish first person", "es", "yo", (*Disputes).IsFirstPerson},
		{"Portuguese first person", "pt", "eu", (*Disputes).IsFirstPerson},
		{"English counter denounced", "en", "denounced", (*Disputes).IsCounter},
		{"English claim link", "en", "declaring", (*Disputes).IsClaimLink},
		{"Spanish claim link", "es", "declarando", (*Disputes).IsClaimLink},
		{"Portuguese claim link", "pt", "declarando", (*Disputes).IsClaimLink},
		{"English content noun", "en", "ruling", (*Disputes).IsContentNoun},
		{"Spanish content noun", "es", "fallo", (*Disputes).IsContentNoun},
		{"Portuguese content noun", "pt", "decisão", (*Disputes).IsContentNoun},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if !tc.is(For(tc.code).Disputes(), tc.phrase) {
				t.Errorf("%s: %q not found", tc.code, tc.phrase)
			}
		})
	}
}

func TestDisputeAntonyms(t *testing.T) {
	tests := []struct{ code, w, want string }{
		{"en", "illegal", "legal"},
		{"es", "ilegal", "legal"},
		{"pt", "caiu", "subiu"},
	}
	for _, tc := range tests {
		if got := For(tc.code).Disputes().Antonym(tc.w); got != tc.want {
			t.Errorf("%s: Antonym(%q) = %q, want %q", tc.code, tc.w, got, tc.want)
		}
	}
}

func TestJudgement(t *testing.T) {
	tests := []struct {
		desc, code, w string
		want          int
	}{
		{"English listed", "en", "failure", -1},
		{"English plural in -s", "en", "failures", -1},
		{"English plural in -es", "en", "successes", 1},
		{"English plural in -ies", "en", "atrocities", -1},
		{"English -ss word is no plural of -s", "en", "progress", 1},
		{"English no judgement", "en", "failed", 0},
		{"Spanish plural in -es", "es", "ilegales", -1},
		{"Spanish plural in -es of a word in -e", "es", "inaceptables", -1},
		{"Spanish plural in -ces", "es", "ineficaces", -1},
		{"Spanish plural in -ones", "es", "violaciones", -1},
		{"Spanish feminine plural", "es", "legítimas", 1},
		{"Portuguese plural in -ais", "pt", "legais", 1},
		{"Portuguese plural in -ais, blame", "pt", "ilegais", -1},
		{"Portuguese plural in -eis", "pt", "inaceitáveis", -1},
		{"Portuguese plural in -ões", "pt", "violações", -1},
		{"Portuguese feminine plural", "pt", "corretas", 1},
		{"Portuguese no judgement", "pt", "ilha", 0},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := For(tc.code).Disputes().Judgement(tc.w); got != tc.want {
				t.Errorf("%s Judgement(%q) = %d, want %d", tc.code, tc.w, got, tc.want)
			}
		})
	}
}

// TestJudgementListsNoInflectedForm fails on a word of praise or blame
// that the language's Plurals and Feminines rules already read from
// another listed word: the rules find it, so the list names the singular,
// masculine form only.
func TestJudgementListsNoInflectedForm(t *testing.T) {
	for _, code := range Codes() {
		l := For(code)
		d := disputeRegistry[code]()
		for _, list := range [][]string{d.Praise, d.Blame} {
			listed := makeSet(list)
			for _, w := range list {
				l.anyForm(w, func(f string) bool {
					if _, ok := listed[f]; ok && f != w {
						t.Errorf("%s: %q is listed with its base form %q", code, w, f)
					}
					return false
				})
			}
		}
	}
}
