package dispute

import (
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/lexicon"
)

// named is a quote of a test with its speaker's names.
type named struct {
	text, speaker string
	names         []string
	block         int
	denial        bool
}

// TestFindClasses has a row per class of dispute the finder pairs beyond
// the same sentence, in each language: several counters in one sentence,
// the quote that carries a denial, a counter naming its claimant, a claim
// noun that refers to the claim before it, and a long claim narrowed to
// the sentence that is answered.
func TestFindClasses(t *testing.T) {
	type want struct{ claim, counter string }
	tests := []struct {
		desc, lang string
		blocks     []string
		items      []named
		want       []want // nil when no dispute is wanted
	}{
		{"es a document the speaker cites in her own answer is no claim her “Pero” answers", "es",
			[]string{
				"Tenemos tres crisis. La última medición de FAO registra que hay más de un millón de personas en condición de hambre. Pero es importante recordar que no tenemos hambre por falta de alimentos.",
			},
			[]named{
				{"Tenemos tres crisis. La última medición de FAO registra que hay más de un millón de personas en condición de hambre.", "s2", []string{"Rodrigo Castañeda"}, 0, false},
				{"hay más de un millón de personas en condición de hambre", "s1", []string{"FAO"}, 0, false},
				{"Pero es importante recordar que no tenemos hambre por falta de alimentos.", "s2", []string{"Rodrigo Castañeda"}, 0, false},
			},
			nil},
		{"en a document the speaker cites in his own answer is no claim his “But” answers", "en",
			[]string{
				"We have three crises. The latest FAO survey found that more than a million people are hungry. But it is important to remember that we are not hungry for lack of food.",
			},
			[]named{
				{"We have three crises. The latest FAO survey found that more than a million people are hungry.", "s2", []string{"Rodrigo Castañeda"}, 0, false},
				{"more than a million people are hungry", "s1", []string{"FAO"}, 0, false},
				{"But it is important to remember that we are not hungry for lack of food.", "s2", []string{"Rodrigo Castañeda"}, 0, false},
			},
			nil},
		{"es a verdict on “la alegación” answers the claim before it", "es",
			[]string{
				"“Su hermano ha recibido millones de dólares en sobornos de la droga”, dijo el fiscal Jason Richman.",
				"El expresidente contestó que “El fiscal no dijo eso”, al tiempo que agregó que “La alegación en sí es 100% falsa, absurda y ridícula”.",
			},
			[]named{
				{"Su hermano ha recibido millones de dólares en sobornos de la droga", "s1", []string{"Jason Richman", "Richman"}, 0, false},
				{"El fiscal no dijo eso", "", nil, 1, false},
				{"La alegación en sí es 100% falsa, absurda y ridícula", "", nil, 1, false},
			},
			[]want{{"Su hermano ha recibido millones de dólares en sobornos de la droga", "La alegación en sí es 100% falsa, absurda y ridícula"}}},
		{"en a verdict on “the allegation” answers the claim before it", "en",
			[]string{
				"“His brother took millions of dollars in bribes from traffickers,” prosecutor Jason Richman said.",
				"The former president replied that “the prosecutor never said that,” adding that “the allegation itself is 100% false and absurd.”",
			},
			[]named{
				{"His brother took millions of dollars in bribes from traffickers,", "s1", []string{"Jason Richman", "Richman"}, 0, false},
				{"the prosecutor never said that,", "", nil, 1, false},
				{"the allegation itself is 100% false and absurd.", "", nil, 1, false},
			},
			[]want{{"His brother took millions of dollars in bribes from traffickers,", "the allegation itself is 100% false and absurd."}}},
		{"pt um veredicto sobre “a acusação” responde à alegação anterior", "pt",
			[]string{
				"“O irmão dele recebeu milhões de dólares em propinas do tráfico”, disse o procurador Jason Richman.",
				"O ex-presidente respondeu que “o procurador não disse isso”, e acrescentou que “a acusação em si é 100% falsa e absurda”.",
			},
			[]named{
				{"O irmão dele recebeu milhões de dólares em propinas do tráfico", "s1", []string{"Jason Richman", "Richman"}, 0, false},
				{"o procurador não disse isso", "", nil, 1, false},
				{"a acusação em si é 100% falsa e absurda", "", nil, 1, false},
			},
			[]want{{"O irmão dele recebeu milhões de dólares em propinas do tráfico", "a acusação em si é 100% falsa e absurda"}}},
		{"en a denial carried by the denier's next quote", "en",
			[]string{
				"Volker disputed the notion that he had been part of an irregular channel of Ukraine policy.",
				"“My role was not some irregular channel, but the official channel,” Volker told lawmakers.",
			},
			[]named{
				{"the notion that he had been part of an irregular channel of Ukraine policy", "s1", []string{"Kurt Volker", "Volker"}, 0, true},
				{"My role was not some irregular channel, but the official channel,", "s1", []string{"Kurt Volker", "Volker"}, 1, false},
			},
			[]want{{"he had been part of an irregular channel of Ukraine policy", "My role was not some irregular channel, but the official channel,"}}},
		{"es una negación que lleva la cita siguiente de quien niega", "es",
			[]string{
				"El ministro rechazó la versión de que había firmado el contrato en secreto.",
				"“Yo no firmé nada en secreto, todo fue público”, dijo el ministro.",
			},
			[]named{
				{"la versión de que había firmado el contrato en secreto", "s1", []string{"el ministro"}, 0, true},
				{"Yo no firmé nada en secreto, todo fue público", "s1", []string{"el ministro"}, 1, false},
			},
			[]want{{"había firmado el contrato en secreto", "Yo no firmé nada en secreto, todo fue público"}}},
		{"pt uma negação levada pela citação seguinte de quem nega", "pt",
			[]string{
				"O ministro rebateu a acusação de que tinha assinado o contrato em segredo.",
				"“Eu não assinei nada em segredo, tudo foi público”, disse o ministro.",
			},
			[]named{
				{"a acusação de que tinha assinado o contrato em segredo", "s1", []string{"o ministro"}, 0, true},
				{"Eu não assinei nada em segredo, tudo foi público", "s1", []string{"o ministro"}, 1, false},
			},
			[]want{{"tinha assinado o contrato em segredo", "Eu não assinei nada em segredo, tudo foi público"}}},
		{"en a counter that names its claimant", "en",
			[]string{
				"The Democrats are alleging that the call was an abuse of office for political gain.",
				"The weather in Washington was cold on Tuesday.",
				"“Today's hearing is over, and the Democrats’ central allegation has again been completely debunked,” Grisham said.",
			},
			[]named{
				{"the call was an abuse of office for political gain", "s1", []string{"The Democrats", "Democrats"}, 0, false},
				{"Today's hearing is over, and the Democrats’ central allegation has again been completely debunked,", "s2", []string{"Stephanie Grisham", "Grisham"}, 2, false},
			},
			[]want{{"the call was an abuse of office for political gain", "Today's hearing is over, and the Democrats’ central allegation has again been completely debunked,"}}},
		{"es un contraargumento que nombra a quien afirma", "es",
			[]string{
				"La oposición denunció que el contrato fue firmado sin licitación pública.",
				"El clima en la capital fue templado durante la semana.",
				"“Las acusaciones de la oposición son falsas”, dijo la ministra.",
			},
			[]named{
				{"el contrato fue firmado sin licitación pública", "s1", []string{"La oposición", "oposición"}, 0, false},
				{"Las acusaciones de la oposición son falsas", "s2", []string{"la ministra"}, 2, false},
			},
			[]want{{"el contrato fue firmado sin licitación pública", "Las acusaciones de la oposición son falsas"}}},
		{"pt um contra-argumento que nomeia quem acusa", "pt",
			[]string{
				"A oposição denunciou que o contrato foi assinado sem licitação pública.",
				"O clima na capital foi ameno durante a semana.",
				"“As acusações da oposição são falsas”, disse a ministra.",
			},
			[]named{
				{"o contrato foi assinado sem licitação pública", "s1", []string{"A oposição", "oposição"}, 0, false},
				{"As acusações da oposição são falsas", "s2", []string{"a ministra"}, 2, false},
			},
			[]want{{"o contrato foi assinado sem licitação pública", "As acusações da oposição são falsas"}}},
		{"en a contrast that holds the antonym of the claim right before it", "en",
			[]string{
				"The council declared the new tower to be illegal under the zoning code.",
				"The courts, however, have declared the tower legal.",
			},
			[]named{
				{"the new tower to be illegal under the zoning code", "s1", []string{"The council"}, 0, false},
				{"the tower legal", "s2", []string{"The courts"}, 1, false},
			},
			[]want{{"the new tower to be illegal under the zoning code", "the tower legal"}}},
		{"es un contraste con el antónimo de la afirmación anterior", "es",
			[]string{
				"El concejo declaró que la nueva torre es ilegal según el código urbano.",
				"Los tribunales, sin embargo, declararon que la torre es legal.",
			},
			[]named{
				{"la nueva torre es ilegal según el código urbano", "s1", []string{"El concejo"}, 0, false},
				{"la torre es legal", "s2", []string{"Los tribunales"}, 1, false},
			},
			[]want{{"la nueva torre es ilegal según el código urbano", "la torre es legal"}}},
		{"pt um contraste com o antônimo da afirmação anterior", "pt",
			[]string{
				"A câmara declarou que a nova torre é ilegal segundo o código urbano.",
				"Os tribunais, no entanto, declararam que a torre é legal.",
			},
			[]named{
				{"a nova torre é ilegal segundo o código urbano", "s1", []string{"A câmara"}, 0, false},
				{"a torre é legal", "s2", []string{"Os tribunais"}, 1, false},
			},
			[]want{{"a nova torre é ilegal segundo o código urbano", "a torre é legal"}}},
		{"en a contrast with an antonym on another topic is no dispute", "en",
			[]string{
				"The council said parking on the bridge is illegal after midnight.",
				"The courts, however, have declared the new tax legal.",
			},
			[]named{
				{"parking on the bridge is illegal after midnight", "s1", []string{"The council"}, 0, false},
				{"the new tax legal", "s2", []string{"The courts"}, 1, false},
			},
			nil},
		{"en a denial of a ruling whose content a participle opens", "en",
			[]string{"The government has denounced a court ruling declaring the curfew unconstitutional."},
			nil,
			[]want{{"the curfew unconstitutional", "The government has denounced a court ruling"}}},
		{"es un rechazo del fallo cuyo contenido abre un gerundio", "es",
			[]string{"El gobierno rechazó un fallo judicial declarando inconstitucional el toque de queda."},
			nil,
			[]want{{"inconstitucional el toque de queda", "El gobierno rechazó un fallo judicial"}}},
		{"pt uma rejeição da decisão cujo conteúdo abre um gerúndio", "pt",
			[]string{"O governo rejeitou uma decisão judicial declarando inconstitucional o toque de recolher."},
			nil,
			[]want{{"inconstitucional o toque de recolher", "O governo rejeitou uma decisão judicial"}}},
		{"en a “but” that changes the subject is no dispute", "en",
			[]string{"The mayor said that “nothing is decided yet”, but spoke about the budget the council presented."},
			[]named{{"nothing is decided yet", "s1", []string{"The mayor"}, 0, false}},
			nil},
		{"es un “pero” que cambia de tema no es una disputa", "es",
			[]string{"El alcalde dijo que “no hay nada definido”, pero habló sobre el presupuesto que presentó el concejo."},
			[]named{{"no hay nada definido", "s1", []string{"El alcalde"}, 0, false}},
			nil},
		{"pt um “mas” que muda de assunto não é uma disputa", "pt",
			[]string{"O prefeito disse que “não há nada definido”, mas falou sobre o orçamento que a câmara apresentou."},
			[]named{{"não há nada definido", "s1", []string{"O prefeito"}, 0, false}},
			nil},
		{"es un contraste en la atribución opone la cita a la de otra fuente antes", "es",
			[]string{
				"El investigador asegura que “la medición no se debe a un error de los equipos”.",
				"“Tenemos muchas dudas de que se valide ese récord”, opina en cambio Sergi González.",
			},
			[]named{
				{"la medición no se debe a un error de los equipos", "s1", []string{"el investigador"}, 0, false},
				{"Tenemos muchas dudas de que se valide ese récord", "s2", []string{"Sergi González"}, 1, false},
			},
			[]want{{"la medición no se debe a un error de los equipos", "Tenemos muchas dudas de que se valide ese récord"}}},
		{"en a contrast in the attribution sets the quote against another source's before it", "en",
			[]string{
				"The researcher insists that “the reading is not an error of the instruments.”",
				"“We have serious doubts that the record will be validated,” González said, however.",
			},
			[]named{
				{"the reading is not an error of the instruments.", "s1", []string{"the researcher"}, 0, false},
				{"We have serious doubts that the record will be validated,", "s2", []string{"González"}, 1, false},
			},
			[]want{{"the reading is not an error of the instruments.", "We have serious doubts that the record will be validated,"}}},
		{"pt um contraste na atribuição opõe a citação à de outra fonte antes", "pt",
			[]string{
				"O pesquisador garante que “a medição não se deve a um erro dos equipamentos”.",
				"“Temos muitas dúvidas de que esse recorde seja validado”, avalia, no entanto, Sérgio González.",
			},
			[]named{
				{"a medição não se deve a um erro dos equipamentos", "s1", []string{"o pesquisador"}, 0, false},
				{"Temos muitas dúvidas de que esse recorde seja validado", "s2", []string{"Sérgio González"}, 1, false},
			},
			[]want{{"a medição não se deve a um erro dos equipamentos", "Temos muitas dúvidas de que esse recorde seja validado"}}},
		{"en a “But” opening another source's account, negated one way, right after the claim", "en",
			[]string{
				"The agency said it chose not to provide the vaccinations because stays are short.",
				"But Arroyo said the government has done wide scale vaccinations before.",
			},
			[]named{
				{"it chose not to provide the vaccinations because stays are short", "s1", []string{"the agency"}, 0, false},
				{"the government has done wide scale vaccinations before", "s2", []string{"Arroyo"}, 1, false},
			},
			[]want{{"it chose not to provide the vaccinations because stays are short", "the government has done wide scale vaccinations before"}}},
		{"es un “Pero” que abre el relato de otra fuente, negado al revés, justo después", "es",
			[]string{
				"La agencia dijo que decidió no aplicar las vacunas porque las estancias son cortas.",
				"Pero Arroyo dijo que el gobierno ya aplicó vacunas a gran escala antes.",
			},
			[]named{
				{"decidió no aplicar las vacunas porque las estancias son cortas", "s1", []string{"la agencia"}, 0, false},
				{"el gobierno ya aplicó vacunas a gran escala antes", "s2", []string{"Arroyo"}, 1, false},
			},
			[]want{{"decidió no aplicar las vacunas porque las estancias son cortas", "el gobierno ya aplicó vacunas a gran escala antes"}}},
		{"pt um “Mas” que abre o relato de outra fonte, negado ao contrário, logo depois", "pt",
			[]string{
				"A agência disse que decidiu não aplicar as vacinas porque as estadias são curtas.",
				"Mas Arroyo disse que o governo já aplicou vacinas em larga escala antes.",
			},
			[]named{
				{"decidiu não aplicar as vacinas porque as estadias são curtas", "s1", []string{"a agência"}, 0, false},
				{"o governo já aplicou vacinas em larga escala antes", "s2", []string{"Arroyo"}, 1, false},
			},
			[]want{{"decidiu não aplicar as vacinas porque as estadias são curtas", "o governo já aplicou vacinas em larga escala antes"}}},
		{"en a “But” opening an account that shares no word with the claim is no dispute", "en",
			[]string{
				"The agency said it chose not to provide the vaccinations because stays are short.",
				"But Arroyo said the doctors raised money from friends.",
			},
			[]named{
				{"it chose not to provide the vaccinations because stays are short", "s1", []string{"the agency"}, 0, false},
				{"the doctors raised money from friends", "s2", []string{"Arroyo"}, 1, false},
			},
			nil},
		{"en a bare “the allegation” with no claim right before is no dispute", "en",
			[]string{
				"Smith said the bridge will close in April for six weeks of repairs.",
				"The weather was mild.", "Traffic was light.",
				"The firm said the allegation was false.",
			},
			[]named{
				{"the bridge will close in April for six weeks of repairs", "s1", []string{"Smith"}, 0, false},
				{"the allegation was false", "s2", []string{"the firm"}, 3, false},
			},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			in := Input{Blocks: tc.blocks, Lang: lexicon.For(tc.lang)}
			for _, it := range tc.items {
				in.Items = append(in.Items, Item{Text: it.text, Speaker: it.speaker, Names: it.names, Block: it.block, Denial: it.denial})
			}
			got := Find(in)
			d := sentences(in)
			var have []want
			for _, p := range got {
				have = append(have, want{d.text(p.Claim.At), d.text(p.Counter.At)})
			}
			if len(have) != len(tc.want) {
				t.Fatalf("Find = %q, want %q", have, tc.want)
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

// TestAnswersFirstPerson has a row per language: of the accused's negated
// quotes after an accusation, the one in the first person answers it.
func TestAnswersFirstPerson(t *testing.T) {
	tests := []struct {
		desc, lang string
		blocks     []string
		answer     string
	}{
		{"en", "en", []string{"Critics accused the mayor of hiding the report.", "The mayor said the report was not ready.", "“I did not hide anything,” the mayor said."}, "I did not hide anything,"},
		{"es", "es", []string{"Los críticos acusaron al alcalde de ocultar el informe.", "El alcalde dijo que el informe no estaba listo.", "“Yo no oculté nada”, dijo el alcalde."}, "Yo no oculté nada"},
		{"pt", "pt", []string{"Os críticos acusaram o prefeito de esconder o relatório.", "O prefeito disse que o relatório não estava pronto.", "“Eu não escondi nada”, disse o prefeito."}, "Eu não escondi nada"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			words := strings.Fields(tc.blocks[0])
			in := Input{Blocks: tc.blocks, Lang: lexicon.For(tc.lang), Items: []Item{
				{Text: strings.TrimSuffix(strings.Join(words[len(words)-3:], " "), "."), Speaker: "s1", Block: 0, Target: "s2"},
				{Text: strings.TrimSuffix(strings.SplitN(tc.blocks[1], " ", 4)[3], "."), Speaker: "s2", Block: 1},
				{Text: tc.answer, Speaker: "s2", Block: 2},
			}}
			d := sentences(in)
			got := answers(in.Items, d)
			if len(got) != 1 || got[0].Counter.Item != 2 {
				t.Fatalf("answers = %+v, want the first-person quote %q", got, tc.answer)
			}
		})
	}
}

// TestAnswerClasses has rows per language for the answers to an
// accusation beyond the accused's own negated quote: the denial of another
// source right after an accusation whose target is unknown (or taken for
// its own speaker), and the accused's answer whose speaker only the quote
// continuing it names ("“…,” they said" and then an uncued quote).
func TestAnswerClasses(t *testing.T) {
	type item struct {
		text, speaker, target, cue string
		block                      int
		denial                     bool
	}
	tests := []struct {
		desc, lang string
		blocks     []string
		items      []item
		claim      int // -1 when no dispute is wanted
		counter    int
	}{
		{"en a denial right after an accusation of no known target", "en",
			[]string{"In a post she accused him of years of bullying.", "The weather was mild.", "He has consistently denied being unfair to her."},
			[]item{{"him of years of bullying", "s1", "s1", "accused", 0, false}, {"being unfair to her", "s2", "", "denied", 2, true}}, 0, 1},
		{"es una negación justo después de una acusación sin destinatario conocido", "es",
			[]string{"En un mensaje ella lo acusó de años de acoso.", "El clima era templado.", "Él siempre ha negado ser injusto con ella."},
			[]item{{"de años de acoso", "s1", "", "acusó", 0, false}, {"ser injusto con ella", "s2", "", "negado", 2, true}}, 0, 1},
		{"pt uma negação logo após uma acusação sem alvo conhecido", "pt",
			[]string{"Num post ela o acusou de anos de assédio.", "O tempo estava ameno.", "Ele sempre negou ser injusto com ela."},
			[]item{{"de anos de assédio", "s1", "s1", "acusou", 0, false}, {"ser injusto com ela", "s2", "", "negou", 2, true}}, 0, 1},
		{"en a denial three paragraphs after is no answer", "en",
			[]string{"In a post she accused him of years of bullying.", "The weather was mild.", "Traffic was light.", "He has consistently denied being unfair to her."},
			[]item{{"him of years of bullying", "s1", "", "accused", 0, false}, {"being unfair to her", "s2", "", "denied", 3, true}}, -1, 0},
		{"en the accused's answer named by the quote that continues it", "en",
			[]string{"She accused the label of trying to stop her performing at the awards.", "“At no point did we say she could not perform at the awards,” they said.", "“In fact, we do not have the right to keep her from performing.”"},
			[]item{{"the label of trying to stop her performing at the awards", "s1", "s2", "accused", 0, false},
				{"At no point did we say she could not perform at the awards,", "", "", "said", 1, false},
				{"In fact, we do not have the right to keep her from performing.", "s2", "", "", 2, false}}, 0, 1},
		{"es la respuesta del acusado nombrada por la cita que la continúa", "es",
			[]string{"Ella acusó al sello de impedirle actuar en los premios.", "“En ningún momento dijimos que no podía actuar en los premios”, dijeron.", "“De hecho, no tenemos derecho a impedirle actuar.”"},
			[]item{{"al sello de impedirle actuar en los premios", "s1", "s2", "acusó", 0, false},
				{"En ningún momento dijimos que no podía actuar en los premios", "", "", "dijeron", 1, false},
				{"De hecho, no tenemos derecho a impedirle actuar.", "s2", "", "", 2, false}}, 0, 1},
		{"pt a resposta do acusado nomeada pela citação que a continua", "pt",
			[]string{"Ela acusou a gravadora de impedi-la de cantar nos prêmios.", "“Em nenhum momento dissemos que ela não podia cantar nos prêmios”, disseram.", "“Na verdade, não temos o direito de impedi-la de cantar.”"},
			[]item{{"a gravadora de impedi-la de cantar nos prêmios", "s1", "s2", "acusou", 0, false},
				{"Em nenhum momento dissemos que ela não podia cantar nos prêmios", "", "", "disseram", 1, false},
				{"Na verdade, não temos o direito de impedi-la de cantar.", "s2", "", "", 2, false}}, 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			in := Input{Blocks: tc.blocks, Lang: lexicon.For(tc.lang)}
			for _, it := range tc.items {
				in.Items = append(in.Items, Item{Text: it.text, Speaker: it.speaker, Target: it.target, Cue: it.cue, Block: it.block, Denial: it.denial})
			}
			got := answers(in.Items, sentences(in))
			if tc.claim < 0 {
				if len(got) != 0 {
					t.Fatalf("answers = %+v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Claim.Item != tc.claim || got[0].Counter.Item != tc.counter || got[0].Confidence < Shown {
				t.Fatalf("answers = %+v, want item %d answered by item %d", got, tc.claim, tc.counter)
			}
		})
	}
}
