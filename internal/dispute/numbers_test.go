package dispute

import (
	"testing"

	"github.com/quotelens/quotelens/internal/lexicon"
)

// TestCorrections has a row per language and comparison: the article's own
// figure compared with the figure of a claim corrects the claim; a figure
// of another unit, or a comparison inside a quote, corrects nothing.
func TestCorrections(t *testing.T) {
	tests := []struct {
		desc, lang     string
		blocks         []string
		claim, counter string // "" when no correction is wanted
	}{
		{"en less than", "en",
			[]string{"“$53 million a week is coming across the border in drugs,” McKinley said.", "Once you divide the total by 52 weeks, the value is about $44.2 million per week.", "That’s less than the $53 million figure McKinley cited."},
			"$53 million a week is coming across the border in drugs,", "the value is about $44.2 million per week"},
		{"en more than, in the same sentence", "en",
			[]string{"“Crime fell by 4 percent last year,” the mayor said.", "Police records show it rose by 6 percent, more than the 4 percent the mayor cited."},
			"Crime fell by 4 percent last year,", "Police records show it rose by 6 percent"},
		{"es menor que", "es",
			[]string{"“Cada semana cruzan 53 millones de dólares en drogas”, dijo McKinley.", "Al dividir el total entre 52 semanas, el valor es de unos 44,2 millones por semana.", "Es menor que los 53 millones que citó McKinley."},
			"Cada semana cruzan 53 millones de dólares en drogas", "el valor es de unos 44,2 millones por semana"},
		{"es más que", "es",
			[]string{"“La delincuencia bajó un 4 por ciento”, dijo el alcalde.", "Los datos de la policía muestran que subió un 6 por ciento, más que el 4 por ciento que citó el alcalde."},
			"La delincuencia bajó un 4 por ciento", "subió un 6 por ciento"},
		{"pt menos do que", "pt",
			[]string{"“Toda semana atravessam 53 milhões de dólares em drogas”, disse McKinley.", "Dividindo o total por 52 semanas, o valor é de cerca de 44,2 milhões por semana.", "É menos do que os 53 milhões citados por McKinley."},
			"Toda semana atravessam 53 milhões de dólares em drogas", "o valor é de cerca de 44,2 milhões por semana"},
		{"pt mais do que", "pt",
			[]string{"“A criminalidade caiu 4 por cento”, disse o prefeito.", "Os dados da polícia mostram que subiu 6 por cento, mais do que os 4 por cento citados pelo prefeito."},
			"A criminalidade caiu 4 por cento", "subiu 6 por cento"},
		{"en a figure of another unit corrects nothing", "en",
			[]string{"“$53 million a week is coming across the border in drugs,” McKinley said.", "Agents seized 44 tons last year.", "That’s less than the $53 million figure McKinley cited."},
			"", ""},
		{"en a comparison inside a quote corrects nothing", "en",
			[]string{"“$53 million a week is coming across the border in drugs,” McKinley said.", "The value is about $44.2 million per week.", "“That is less than the $53 million figure,” Smith said."},
			"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			in := Input{Blocks: tc.blocks, Lang: lexicon.For(tc.lang), Items: []Item{{Text: quoted(tc.blocks[0]), Speaker: "s1", Block: 0}}}
			if tc.desc == "en a comparison inside a quote corrects nothing" {
				in.Items = append(in.Items, Item{Text: quoted(tc.blocks[2]), Speaker: "s2", Block: 2})
			}
			d := sentences(in)
			got := d.corrections()
			if tc.claim == "" {
				if len(got) != 0 {
					t.Fatalf("corrections = %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("corrections = %+v, want one", got)
			}
			if c, x := d.text(got[0].Claim.At), d.text(got[0].Counter.At); c != tc.claim || x != tc.counter || got[0].Confidence < Shown {
				t.Errorf("correction = %q ↔ %q (%.2f), want %q ↔ %q", c, x, got[0].Confidence, tc.claim, tc.counter)
			}
		})
	}
}

// quoted is the text between the first pair of curly quotation marks.
func quoted(s string) string {
	a := []rune(s)
	for i, r := range a {
		if r == '“' {
			for j := i + 1; j < len(a); j++ {
				if a[j] == '”' {
					return string(a[i+1 : j])
				}
			}
		}
	}
	return s
}
