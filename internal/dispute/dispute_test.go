package dispute

import (
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/lexicon"
)

// item is a quote of a test: its text, speaker, paragraph and whether its
// cue denies.
type item struct {
	text, speaker string
	block         int
	denial        bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		desc, lang     string
		blocks         []string
		items          []item
		claim, counter string // "" when no dispute is wanted
	}{
		{"en denial in the claim's sentence", "en",
			[]string{"Patel said the Canadian was detained by the FBI with Mexican authorities, but Sheinbaum ruled out a joint operation."},
			[]item{{"the Canadian was detained by the FBI with Mexican authorities", "s1", 0, false}, {"a joint operation", "s2", 0, true}},
			"the Canadian was detained by the FBI with Mexican authorities", "ruled out a joint operation"},
		{"en denial whose object states the claim", "en",
			[]string{"Volker disputed the notion that he had been part of an irregular channel."},
			nil, "he had been part of an irregular channel", "Volker disputed the notion"},
		{"en denial of an earlier claim sharing its words", "en",
			[]string{"The mayor said the contractor had been warned about drainage problems in 2023.", "The weather was fine.", "The contractor denied being warned about drainage problems."},
			[]item{{"the contractor had been warned about drainage problems in 2023", "s1", 0, false}, {"being warned about drainage problems", "s2", 2, true}},
			"the contractor had been warned about drainage problems in 2023", "denied being warned about drainage problems"},
		{"en verdict after the claim", "en",
			[]string{"Trump assailed Williams as part of the Never Trumpers, though there is no indication she has shown any partisanship."},
			nil, "Trump assailed Williams as part of the Never Trumpers", "though there is no indication she has shown any partisanship"},
		{"en contrast between two sources", "en",
			[]string{"Trump has suggested that he barely knows his ambassador, but Sondland has said he has spoken several times with the president."},
			[]item{{"he barely knows his ambassador", "s1", 0, false}, {"he has spoken several times with the president", "s2", 0, false}},
			"he barely knows his ambassador", "he has spoken several times with the president"},
		{"en a contrast that changes the subject is no dispute", "en",
			[]string{"Smith said the bridge will close in April, but the weather was mild."},
			[]item{{"the bridge will close in April", "s1", 0, false}}, "", ""},
		{"en a denial with nothing to answer is no dispute", "en",
			[]string{"Prices will rise, the minister said.", "The firm denied any wrongdoing."},
			[]item{{"Prices will rise", "s1", 0, false}, {"any wrongdoing", "s2", 1, true}}, "", ""},
		{"es negó con la afirmación en la misma oración", "es",
			[]string{"La Fiscalía afirmó que el presidente recibió sobornos, pero el presidente negó haber recibido sobornos."},
			[]item{{"el presidente recibió sobornos", "s1", 0, false}, {"haber recibido sobornos", "s2", 0, true}},
			"el presidente recibió sobornos", "negó haber recibido sobornos"},
		{"es rechazó los cuestionamientos que …", "es",
			[]string{"La diputada rechazó los cuestionamientos opositores que objetaron que la convocatoria no haya sido para esta semana."},
			nil, "la convocatoria no haya sido para esta semana", "La diputada rechazó los cuestionamientos opositores"},
		{"es veredicto sin fundamento", "es",
			[]string{"Los escépticos las usan para negar que haya un calentamiento global, algo sin fundamento."},
			nil, "haya un calentamiento global", "algo sin fundamento"},
		{"es un pero que cambia de tema no es disputa", "es",
			[]string{"El ministro dijo que los precios subirán, pero el clima fue templado."},
			[]item{{"los precios subirán", "s1", 0, false}}, "", ""},
		{"pt negou com a alegação na mesma frase", "pt",
			[]string{"O procurador disse que o deputado recebeu propina, mas o deputado negou ter recebido propina."},
			[]item{{"o deputado recebeu propina", "s1", 0, false}, {"ter recebido propina", "s2", 0, true}},
			"o deputado recebeu propina", "negou ter recebido propina"},
		{"pt rebateu a acusação de que …", "pt",
			[]string{"O senador rebateu a acusação de que teria usado verba pública na campanha."},
			nil, "teria usado verba pública na campanha", "O senador rebateu a acusação"},
		{"pt veredicto não é verdade", "pt",
			[]string{"O ministro afirmou que a inflação caiu, o que não é verdade segundo os dados."},
			nil, "a inflação caiu", "o que não é verdade segundo os dados"},
		{"pt um mas que muda de assunto não é disputa", "pt",
			[]string{"O técnico disse que o time jogou bem, mas a chuva atrapalhou o público."},
			[]item{{"o time jogou bem", "s1", 0, false}}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			in := Input{Blocks: tc.blocks, Lang: lexicon.For(tc.lang)}
			for _, it := range tc.items {
				in.Items = append(in.Items, Item{Text: it.text, Speaker: it.speaker, Block: it.block, Denial: it.denial})
			}
			got := Find(in)
			if tc.claim == "" {
				if len(got) != 0 {
					t.Fatalf("Find = %+v, want no dispute", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("Find = %+v, want one dispute", got)
			}
			d := sentences(in)
			if c := d.text(got[0].Claim.At); c != tc.claim {
				t.Errorf("claim = %q, want %q", c, tc.claim)
			}
			if c := d.text(got[0].Counter.At); c != tc.counter {
				t.Errorf("counter = %q, want %q", c, tc.counter)
			}
			if got[0].Confidence < Threshold {
				t.Errorf("confidence %.2f below Threshold", got[0].Confidence)
			}
		})
	}
}

// TestCandidatesBounded checks that pairing weighs a bounded number of
// claims: a long article of claims and denials takes time linear in its
// length.
func TestCandidatesBounded(t *testing.T) {
	var in Input
	in.Lang = lexicon.For("en")
	for i := 0; i < 2000; i++ {
		in.Blocks = append(in.Blocks, "Smith said the bridge was safe, but Jones denied the bridge was safe.")
		in.Items = append(in.Items, Item{Text: "the bridge was safe", Speaker: "s1", Block: i})
	}
	if got := Find(in); len(got) == 0 || strings.Contains(in.Blocks[0], "x") {
		t.Fatalf("Find found %d disputes", len(got))
	}
}
