package dispute

import (
	"testing"

	"github.com/quotelens/quotelens/internal/lexicon"
)

// TestJudged has rows per language for two sources that judge the same
// thing with words of opposite sense: the claim is the judgement fewer
// quotes share, each reaction pairs with it once; a word of judgement that
// only classifies its noun, or two judgements of different things, make
// none.
func TestJudged(t *testing.T) {
	type want struct{ claim, counter string }
	tests := []struct {
		desc, lang string
		blocks     []string
		items      []named
		want       []want
	}{
		{"en a decision and the reactions that judge it oppositely", "en",
			[]string{
				"Pompeo said the settlements were not, per se, inconsistent with international law.",
				"The EU said the settlements remain illegal.",
				"Britain said the settlements are illegal under international law.",
			},
			[]named{
				{"the settlements were not, per se, inconsistent with international law", "s1", []string{"Pompeo"}, 0, false},
				{"the settlements remain illegal", "s2", []string{"the EU"}, 1, false},
				{"the settlements are illegal under international law", "s3", []string{"Britain"}, 2, false},
			},
			[]want{
				{"the settlements were not, per se, inconsistent with international law", "the settlements remain illegal"},
				{"the settlements were not, per se, inconsistent with international law", "the settlements are illegal under international law"},
			}},
		{"en two judgements whose sentences share two topic words", "en",
			[]string{
				"On one page a poster shared her picture and wrote that it was “disrespectful and rude to the flag.”",
				"Later, many veterans shared that they did not find the picture offensive.",
			},
			[]named{
				{"disrespectful and rude to the flag.", "s1", []string{"a poster"}, 0, false},
				{"they did not find the picture offensive", "s2", []string{"many veterans"}, 1, false},
			},
			[]want{{"disrespectful and rude to the flag.", "they did not find the picture offensive"}}},
		{"es dos juicios cuyas oraciones comparten dos palabras del tema", "es",
			[]string{
				"En una página un usuario compartió la foto y escribió que era “ofensiva y grosera con la bandera”.",
				"Después, muchos veteranos compartieron que la foto no les parecía ofensiva.",
			},
			[]named{
				{"ofensiva y grosera con la bandera", "s1", []string{"un usuario"}, 0, false},
				{"la foto no les parecía ofensiva", "s2", []string{"muchos veteranos"}, 1, false},
			},
			[]want{{"ofensiva y grosera con la bandera", "la foto no les parecía ofensiva"}}},
		{"pt dois juízos cujas frases compartilham duas palavras do tema", "pt",
			[]string{
				"Numa página um usuário compartilhou a foto e escreveu que era “ofensiva e desrespeitosa com a bandeira”.",
				"Depois, muitos veteranos compartilharam que a foto não lhes parecia ofensiva.",
			},
			[]named{
				{"ofensiva e desrespeitosa com a bandeira", "s1", []string{"um usuário"}, 0, false},
				{"a foto não lhes parecia ofensiva", "s2", []string{"muitos veteranos"}, 1, false},
			},
			[]want{{"ofensiva e desrespeitosa com a bandeira", "a foto não lhes parecia ofensiva"}}},
		{"en a judgement word before its noun judges nothing", "en",
			[]string{
				"Pompeo said the settlements followed legal consultation with the courts.",
				"The EU said the settlements remain illegal.",
			},
			[]named{
				{"the settlements followed legal consultation with the courts", "s1", []string{"Pompeo"}, 0, false},
				{"the settlements remain illegal", "s2", []string{"the EU"}, 1, false},
			},
			nil},
		{"es una decisión y las reacciones que la juzgan al revés", "es",
			[]string{
				"El ministro dijo que el indulto concedido al diputado es legítimo.",
				"La oposición afirmó que el indulto al diputado es ilegal.",
			},
			[]named{
				{"el indulto concedido al diputado es legítimo", "s1", []string{"el ministro"}, 0, false},
				{"el indulto al diputado es ilegal", "s2", []string{"la oposición"}, 1, false},
			},
			[]want{{"el indulto concedido al diputado es legítimo", "el indulto al diputado es ilegal"}}},
		{"es dos juicios de cosas distintas no se oponen", "es",
			[]string{
				"El ministro dijo que el indulto concedido al diputado es legítimo.",
				"La oposición afirmó que la reforma tributaria es injusta.",
			},
			[]named{
				{"el indulto concedido al diputado es legítimo", "s1", []string{"el ministro"}, 0, false},
				{"la reforma tributaria es injusta", "s2", []string{"la oposición"}, 1, false},
			},
			nil},
		{"pt uma decisão e as reações que a julgam ao contrário", "pt",
			[]string{
				"O ministro disse que a graça concedida ao deputado não é ilegal.",
				"A oposição afirmou que a graça ao deputado é inconstitucional.",
			},
			[]named{
				{"a graça concedida ao deputado não é ilegal", "s1", []string{"o ministro"}, 0, false},
				{"a graça ao deputado é inconstitucional", "s2", []string{"a oposição"}, 1, false},
			},
			[]want{{"a graça concedida ao deputado não é ilegal", "a graça ao deputado é inconstitucional"}}},
		{"en “made the mistake of” judges against “successful”", "en",
			[]string{
				"Graham said she thinks the campaign could still be successful for its audience.",
				"Sanborn said the campaign made the mistake of burying the message.",
			},
			[]named{
				{"the campaign could still be successful for its audience", "s1", []string{"Graham"}, 0, false},
				{"the campaign made the mistake of burying the message", "s2", []string{"Sanborn"}, 1, false},
			},
			[]want{{"the campaign could still be successful for its audience", "the campaign made the mistake of burying the message"}}},
		{"es “cometió la equivocación de” juzga contra “exitosa”", "es",
			[]string{
				"Graham dijo que la campaña todavía puede ser exitosa con su público.",
				"Sanborn dijo que la campaña cometió la equivocación de esconder el mensaje.",
			},
			[]named{
				{"la campaña todavía puede ser exitosa con su público", "s1", []string{"Graham"}, 0, false},
				{"la campaña cometió la equivocación de esconder el mensaje", "s2", []string{"Sanborn"}, 1, false},
			},
			[]want{{"la campaña todavía puede ser exitosa con su público", "la campaña cometió la equivocación de esconder el mensaje"}}},
		{"pt “cometeu o equívoco de” julga contra “sucesso”", "pt",
			[]string{
				"Graham disse que a campanha ainda pode ter sucesso com seu público.",
				"Sanborn disse que a campanha cometeu o equívoco de esconder a mensagem.",
			},
			[]named{
				{"a campanha ainda pode ter sucesso com seu público", "s1", []string{"Graham"}, 0, false},
				{"a campanha cometeu o equívoco de esconder a mensagem", "s2", []string{"Sanborn"}, 1, false},
			},
			[]want{{"a campanha ainda pode ter sucesso com seu público", "a campanha cometeu o equívoco de esconder a mensagem"}}},
		{"en a judgement in an alternative is not asserted", "en",
			[]string{
				"Graham said she thinks the campaign could still be successful for its audience.",
				"“The campaign can either be offensive or miss the mark with its audience,” Hege said.",
			},
			[]named{
				{"the campaign could still be successful for its audience", "s1", []string{"Graham"}, 0, false},
				{"The campaign can either be offensive or miss the mark with its audience,", "s2", []string{"Hege"}, 1, false},
			},
			nil},
		{"es un juicio en una condición no se afirma", "es",
			[]string{
				"Graham dijo que la campaña todavía puede ser exitosa con su público.",
				"“Si la campaña es ofensiva con su público, fracasará”, dijo Hege.",
			},
			[]named{
				{"la campaña todavía puede ser exitosa con su público", "s1", []string{"Graham"}, 0, false},
				{"Si la campaña es ofensiva con su público, fracasará", "s2", []string{"Hege"}, 1, false},
			},
			nil},
		{"pt um juízo numa condição não se afirma", "pt",
			[]string{
				"Graham disse que a campanha ainda pode ter sucesso com seu público.",
				"“Caso a campanha seja ofensiva com seu público, vai falhar”, disse Hege.",
			},
			[]named{
				{"a campanha ainda pode ter sucesso com seu público", "s1", []string{"Graham"}, 0, false},
				{"Caso a campanha seja ofensiva com seu público, vai falhar", "s2", []string{"Hege"}, 1, false},
			},
			nil},
		{"pt o mesmo falante não discorda de si", "pt",
			[]string{
				"O ministro disse que a graça concedida ao deputado não é ilegal.",
				"O ministro afirmou depois que a graça ao deputado é inconstitucional.",
			},
			[]named{
				{"a graça concedida ao deputado não é ilegal", "s1", []string{"o ministro"}, 0, false},
				{"a graça ao deputado é inconstitucional", "s1", []string{"o ministro"}, 1, false},
			},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			in := Input{Blocks: tc.blocks, Lang: lexicon.For(tc.lang)}
			for _, it := range tc.items {
				in.Items = append(in.Items, Item{Text: it.text, Speaker: it.speaker, Names: it.names, Block: it.block})
			}
			d := sentences(in)
			got := d.judged()
			var have []want
			for _, p := range got {
				have = append(have, want{d.text(p.Claim.At), d.text(p.Counter.At)})
			}
			if len(have) != len(tc.want) {
				t.Fatalf("judged = %q, want %q", have, tc.want)
			}
			for i := range have {
				if have[i] != tc.want[i] {
					t.Errorf("dispute %d = %q, want %q", i, have[i], tc.want[i])
				}
				if got[i].Confidence < Shown {
					t.Errorf("dispute %d: confidence %.2f below Shown", i, got[i].Confidence)
				}
			}
		})
	}
}
