package analysis

import (
	"fmt"
	"strings"
	"testing"
)

// want is one expected quote: kind, text, and the speaker's name.
type want struct {
	kind, text, speaker string
}

func (w want) String() string { return fmt.Sprintf("%s %q by %q", w.kind, w.text, w.speaker) }

// got lists an Analysis as wants, for comparison.
func got(a *Analysis) []want {
	names := map[string]string{}
	for _, s := range a.Speakers {
		names[s.ID] = s.Name
	}
	var out []want
	for _, q := range a.Quotes {
		w := want{kind: q.Kind, text: q.Text}
		if q.Speaker != nil {
			w.speaker = names[*q.Speaker]
		}
		out = append(out, w)
	}
	return out
}

// TestPatterns runs the engine over one short text per attribution pattern
// and language, and checks every quote it finds: kind, text and speaker.
func TestPatterns(t *testing.T) {
	tests := []struct {
		desc, lang, text string
		want             []want
	}{
		{"cue after, pronoun", "en",
			"Maria Lopez runs the clinic.\n“We are full every night,” she said.",
			[]want{{"direct", "We are full every night,", "Maria Lopez"}}},
		{"cue after, inverted with appositive role", "en",
			"“Prices will rise,” said Tom Reed, an economist at the bank.",
			[]want{{"direct", "Prices will rise,", "Tom Reed"}}},
		{"cue before with colon", "en",
			"Anna Berg said: “The vote is final.”",
			[]want{{"direct", "The vote is final.", "Anna Berg"}}},
		{"name colon", "en",
			"Anna Berg: “The vote is final.”",
			[]want{{"direct", "The vote is final.", "Anna Berg"}}},
		{"interrupted quote is two quotes", "en",
			"“We tried,” Jones said. “We failed.”",
			[]want{{"direct", "We tried,", "Jones"}, {"direct", "We failed.", "Jones"}}},
		{"surname resolves to the full name", "en",
			"Police chief Dana Whitfield spoke on Monday.\n“No arrests yet,” Whitfield said.",
			[]want{{"direct", "No arrests yet,", "Dana Whitfield"}}},
		{"description source", "en",
			"“We are reviewing the footage,” a police spokeswoman said.",
			[]want{{"direct", "We are reviewing the footage,", "a police spokeswoman"}}},
		{"straight quotes", "en",
			`"The market is calm," Lee said.`,
			[]want{{"direct", "The market is calm,", "Lee"}}},
		{"guillemets", "en",
			"«The border stays open,» the minister Paulo Reis said.",
			[]want{{"direct", "The border stays open,", "Paulo Reis"}}},
		{"partial quote inside reported speech yields both", "en",
			"Reeves said he was “appalled” that the sanctions were lifted.",
			[]want{{"indirect", "he was “appalled” that the sanctions were lifted", "Reeves"}, {"direct", "appalled", "Reeves"}}},
		{"scare quotes and titles are not quotes", "en",
			"The so-called “deal” was discussed after a screening of “The Night Ferry” at the festival.",
			nil},
		{"multi-paragraph quotation", "en",
			"Raman explained the risk.\n“When water sits on a bearing, the steel suffers quietly.\n“By the time it shows, the repair is no longer cosmetic,” Raman said.",
			[]want{{"direct", "When water sits on a bearing, the steel suffers quietly.", "Raman"}, {"direct", "By the time it shows, the repair is no longer cosmetic,", "Raman"}}},
		{"reported speech with that", "en",
			"The mayor, Helena Marsh, said that the bridge would close in April.",
			[]want{{"indirect", "the bridge would close in April", "Helena Marsh"}}},
		{"reported speech before the cue", "en",
			"The bridge will close in April, city officials said on Friday.",
			[]want{{"indirect", "The bridge will close in April", "city officials"}}},
		{"according to", "en",
			"The bearings were badly corroded, according to an engineering memo.",
			[]want{{"indirect", "The bearings were badly corroded", "an engineering memo"}}},
		{"denial with object", "en",
			"Sheinbaum ruled out a joint operation.",
			[]want{{"indirect", "a joint operation", "Sheinbaum"}}},
		{"belief needs a clause", "en",
			"Levien considers that the plan has failed. Levien considers the plan.",
			[]want{{"indirect", "the plan has failed", "Levien"}}},
		{"declined to comment is not a quote", "en",
			"A spokeswoman declined to comment.",
			nil},
		{"attribution interrupting its content keeps the part after it", "en",
			"The combination, say economists, marks a turning point for the region.",
			[]want{{"indirect", "marks a turning point for the region", "economists"}}},
		{"attribution between commas, then a clause of its own", "en",
			"It would take three weeks to convene the committee, Kamarck said, and the wrangling could be paralyzing.",
			[]want{{"indirect", "It would take three weeks to convene the committee", "Kamarck"}}},
		{"a sentence-final quotation leaves the next cue its content", "en",
			"Baker said the probe is “ongoing.” He said the bureau has not commented on its scope.",
			[]want{{"indirect", "the probe is “ongoing.”", "Baker"}, {"direct", "ongoing.", "Baker"}, {"indirect", "the bureau has not commented on its scope", "Baker"}}},
		{"partial quote before the cue yields both", "en",
			"The answers to veteran suicides are “not meeting the demand,” says Paul Rieckhoff.",
			[]want{{"indirect", "The answers to veteran suicides are “not meeting the demand,”", "Paul Rieckhoff"}, {"direct", "not meeting the demand,", "Paul Rieckhoff"}}},
		{"a name after a quotation is its source, not content", "en",
			"“It is an invasion of the state's domain,” Scott Pruitt, the attorney general of Oklahoma, said on Monday.",
			[]want{{"direct", "It is an invasion of the state's domain,", "Scott Pruitt"}}},
		{"parenthetical party and state after the name", "en",
			"Sen. David Perdue (R-Ga.) said he did not believe those attacks hurt Romney.",
			[]want{{"indirect", "he did not believe those attacks hurt Romney", "David Perdue"}}},
		{"progressive is not passive", "en",
			"Trump is demanding that the campaign stop using the image of police officers.",
			[]want{{"indirect", "the campaign stop using the image of police officers", "Trump"}}},
		{"according to a short description at the end", "en",
			"About 9.9 million single mothers live in the United States, according to federal statistics.",
			[]want{{"indirect", "About 9.9 million single mothers live in the United States", "federal statistics"}}},
		{"a poll opening the sentence is its source", "en",
			"In the latest Washington Post poll, Clinton led Trump by 5 points among likely voters.",
			[]want{{"indirect", "Clinton led Trump by 5 points among likely voters", "the latest Washington Post poll"}}},
		{"a document with a long description shows", "en",
			"A USA TODAY analysis of super PACs that raised money since 2015 shows Democratic groups outpacing Republicans.",
			[]want{{"indirect", "Democratic groups outpacing Republicans", ""}}},
		{"stated belief without that", "en",
			"Republicans believe the economy is weak.",
			[]want{{"indirect", "the economy is weak", "Republicans"}}},
		{"stated intention", "en",
			"She wants to triple the size of the AmeriCorps program. The order he plans to sign is short.",
			[]want{{"indirect", "to triple the size of the AmeriCorps program", ""}}},
		{"a relative clause ends at its comma", "en",
			"Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to act.",
			[]want{{"indirect", "a legislative push would be fruitless", "Obama"}, {"indirect", "his advisers to act", "Obama"}}},
		{"an object ends before the occasion", "en",
			"Justice Frank Nervo rejected that argument in a ruling released Thursday.",
			[]want{{"indirect", "that argument", "Frank Nervo"}}},
		{"declined to do something is a stance", "en",
			"The Supreme Court declined to step into the fray.",
			[]want{{"indirect", "to step into the fray", "Supreme Court"}}},
		{"a passive denial denies its subject", "en",
			"Calls to establish a commission on the atrocities were rejected.",
			[]want{{"indirect", "Calls to establish a commission on the atrocities", ""}}},
		{"a denial after a modal, with the one denied", "en",
			"The government could deny them mining permits until the work was completed.",
			[]want{{"indirect", "mining permits", "The government"}}},
		{"disagrees with someone", "en",
			"Hillary Clinton apparently disagrees with her former boss.",
			[]want{{"indirect", "her former boss", "Hillary Clinton"}}},
		{"a nested report keeps the outer content", "en",
			"The Times wrote that Trump had claimed a loss of $916 million in 1995.",
			[]want{{"indirect", "Trump had claimed a loss of $916 million in 1995", "Times"}, {"indirect", "a loss of $916 million in 1995", "Trump"}}},
		{"a conjunction after the cue opens the writer's own clause", "en",
			"The figure is smaller than what Diaz said, but his number is a fair approximation of the flow.",
			nil},
		{"Spanish: a conjunction after the cue opens the writer's own clause", "es",
			"Es más complicado de lo que el ministro Díaz sugiere, pero su cifra parece estar cerca de la realidad.",
			nil},
		{"Portuguese: a conjunction after the cue opens the writer's own clause", "pt",
			"É mais complicado do que o ministro Dias sugere, mas a sua estimativa parece estar perto da realidade.",
			nil},
		{"the one asked and the topic asked about are no content", "en",
			"Republicans also questioned Morrison about his closed-door testimony. He asked him about concerns his predecessor might have had.",
			nil},
		{"a stance cue with an object still reports it", "en",
			"The senator questioned the decision to close the base.",
			[]want{{"indirect", "the decision to close the base", "The senator"}}},
		{"Spanish: the one asked and the topic asked about are no content", "es",
			"Los republicanos también cuestionaron a Morrison sobre su testimonio a puerta cerrada.",
			nil},
		{"Portuguese: the one asked and the topic asked about are no content", "pt",
			"Os republicanos também questionaram Morrison sobre o seu depoimento a portas fechadas.",
			nil},
		{"an age between commas stays inside an object", "en",
			"The US wants the UK to extradite Assange, 47, over his alleged role in the release of classified files.",
			[]want{{"indirect", "the UK to extradite Assange, 47, over his alleged role in the release of classified files", "US"}}},
		{"a relative clause after an object is the writer's own", "en",
			"Trump claimed a loss of $916 million in 1995, which could have allowed him to avoid paying taxes.",
			[]want{{"indirect", "a loss of $916 million in 1995", "Trump"}}},
		{"Spanish: a list of infinitives stays one object", "es",
			"La Contraloría pidió elaborar, aprobar, e implementar los planes de contingencia tecnológica.",
			[]want{{"indirect", "elaborar, aprobar, e implementar los planes de contingencia tecnológica", "Contraloría"}}},
		{"Portuguese: a list of infinitives stays one object", "pt",
			"A Controladoria pediu elaborar, aprovar, e implementar os planos de contingência tecnológica.",
			[]want{{"indirect", "elaborar, aprovar, e implementar os planos de contingência tecnológica", "Controladoria"}}},
		{"a participle of several words inside content is part of it", "en",
			"Saeb Erekat said they would take a series of measures to oppose it, including calling for a UN Security Council debate.",
			[]want{{"indirect", "they would take a series of measures to oppose it, including calling for a UN Security Council debate", "Saeb Erekat"}}},
		{"a number alone is no content", "en",
			"A family friend spotted the sedan and called 911.",
			nil},
		{"Spanish: a number alone is no content", "es",
			"Un amigo de la familia vio el sedán y llamó al 911.",
			nil},
		{"Portuguese: a number alone is no content", "pt",
			"Um amigo da família viu o carro e ligou para o 190.",
			nil},
		{"the reader addressed is no source", "en",
			"So now you know that there is an oxygen bar in Delhi.",
			nil},
		{"Spanish: the reader addressed is no source", "es",
			"Ahora usted ya sabe que hay un bar de oxígeno en Nueva Delhi.",
			nil},
		{"Portuguese: the reader addressed is no source", "pt",
			"Agora você já sabe que existe um bar de oxigênio em Nova Délhi.",
			nil},
		{"an according-to after a cue and its hearer cites a document, no other source", "en",
			"Netanyahu visited the bloc. “Here we are on a historic day for the State of Israel,” he told settler leaders, according to a statement.",
			[]want{{"direct", "Here we are on a historic day for the State of Israel,", ""}}},
		{"Spanish: según after a cue and its hearer cites a document, no other source", "es",
			"Netanyahu visitó el bloque. “Estamos en un día histórico para el Estado de Israel”, dijo a los colonos, según un comunicado.",
			[]want{{"direct", "Estamos en un día histórico para el Estado de Israel", ""}}},
		{"Portuguese: segundo after a cue and its hearer cites a document, no other source", "pt",
			"Netanyahu visitou o bloco. “Estamos em um dia histórico para o Estado de Israel”, disse aos colonos, segundo um comunicado.",
			[]want{{"direct", "Estamos em um dia histórico para o Estado de Israel", ""}}},
		{"Spanish dijo", "es",
			"El ministro de Hacienda, Luis Caputo, dijo que la inflación bajará en marzo.",
			[]want{{"indirect", "la inflación bajará en marzo", "Luis Caputo"}}},
		{"Spanish guillemets", "es",
			"«No vamos a aceptar operaciones conjuntas», afirmó la presidenta Claudia Sheinbaum.",
			[]want{{"direct", "No vamos a aceptar operaciones conjuntas", "Claudia Sheinbaum"}}},
		{"Spanish según", "es",
			"La economía crecerá un 3 por ciento, según el banco central.",
			[]want{{"indirect", "La economía crecerá un 3 por ciento", "el banco central"}}},
		{"Spanish descartó", "es",
			"Sheinbaum descartó una operación conjunta.",
			[]want{{"indirect", "una operación conjunta", "Sheinbaum"}}},
		{"Spanish: según and a verb of learning is the outlet's own reporting", "es",
			"Según pudo saber este diario, el Gobierno cerrará la planta en mayo próximo. La fianza sería financiada por la comunidad judía, de acuerdo a lo que ha conocido este rotativo.",
			nil},
		{"Spanish: según and a speech verb still names the source", "es",
			"Según explicó el ministro Caputo, la inflación bajará en marzo.",
			[]want{{"indirect", "la inflación bajará en marzo", "Caputo"}}},
		{"Portuguese: segundo and a verb of learning is the outlet's own reporting", "pt",
			"Segundo apurou a reportagem, o governo vai fechar a fábrica em maio.",
			nil},
		{"Portuguese disse que", "pt",
			"O técnico Tite disse que errou em 2012.",
			[]want{{"indirect", "errou em 2012", "Tite"}}},
		{"Portuguese direct", "pt",
			"“Em 2012 eu errei”, afirmou Tite.",
			[]want{{"direct", "Em 2012 eu errei", "Tite"}}},
		{"Portuguese segundo", "pt",
			"O jogo foi adiado, segundo a Confederação Brasileira de Futebol.",
			[]want{{"indirect", "O jogo foi adiado", "Confederação Brasileira de Futebol"}}},
		{"Portuguese negou", "pt",
			"O ministro negou que houvesse acordo.",
			[]want{{"indirect", "houvesse acordo", "O ministro"}}},
		{"a negated infinitive clause after a cue", "es",
			"La alcaldía aseguró no ver irregularidades en el contrato.",
			[]want{{"indirect", "no ver irregularidades en el contrato", "La alcaldía"}}},
		{"a negated infinitive clause after a cue", "pt",
			"O presidente do Senado ponderou não se tratar de uma crítica, mas de uma pontuação jurídica.",
			[]want{{"indirect", "não se tratar de uma crítica, mas de uma pontuação jurídica", "O presidente do Senado"}}},
		{"an infinitive clause after a belief", "es",
			"La diputada Ana Ruiz cree ser capaz de frenar la reforma en el Congreso.",
			[]want{{"indirect", "ser capaz de frenar la reforma en el Congreso", "Ana Ruiz"}}},
		{"an infinitive clause after a belief", "pt",
			"Os deputados da base acreditam ser improvável a aprovação da matéria.",
			[]want{{"indirect", "ser improvável a aprovação da matéria", "Os deputados da base"}}},
		{"a cue of asking, the one asked, and an infinitive", "es",
			"La Contraloría ordenó a Hacienda elaborar un plan de contingencia tecnológica.",
			[]want{{"indirect", "elaborar un plan de contingencia tecnológica", "Contraloría"}}},
		{"a cue of asking, the one asked, and an infinitive", "pt",
			"O tribunal determinou ao governo rever o contrato em trinta dias.",
			[]want{{"indirect", "rever o contrato em trinta dias", "O tribunal"}}},
		{"a conditional perfect cue", "es",
			"El presidente Juan Pérez le habría prometido al narcotraficante seguir protegiendo sus envíos.",
			[]want{{"indirect", "seguir protegiendo sus envíos", "Juan Pérez"}}},
		{"a list of infinitives is one content", "es",
			"El ministro Juan Pérez pidió elaborar, aprobar e implementar los planes de contingencia.",
			[]want{{"indirect", "elaborar, aprobar e implementar los planes de contingencia", "Juan Pérez"}}},
		{"a list of infinitives is one content", "pt",
			"O ministro João Silva pediu elaborar, aprovar e implementar os planos de contingência.",
			[]want{{"indirect", "elaborar, aprovar e implementar os planos de contingência", "João Silva"}}},
		{"a hearer noun between a cue and its complementizer", "en",
			"The mayor, John Smith, said to reporters that the road would reopen in March.",
			[]want{{"indirect", "the road would reopen in March", "John Smith"}}},
		{"a hearer noun between a cue and its complementizer", "es",
			"El alcalde Juan Pérez dijo al diario que la obra estará lista en marzo.",
			[]want{{"indirect", "la obra estará lista en marzo", "Juan Pérez"}}},
		{"a hearer noun between a cue and its complementizer", "pt",
			"O prefeito João Silva disse ao jornal que a obra estará pronta em março.",
			[]want{{"indirect", "a obra estará pronta em março", "João Silva"}}},
		{"a stance noun between a cue and its complementizer", "en",
			"Senator John Smith reiterated his position that the reform is unconstitutional and must be withdrawn.",
			[]want{{"indirect", "the reform is unconstitutional and must be withdrawn", "John Smith"}}},
		{"a stance noun between a cue and its complementizer", "es",
			"El senador Juan Pérez reiteró su postura de que la reforma es inconstitucional y debe ser retirada.",
			[]want{{"indirect", "la reforma es inconstitucional y debe ser retirada", "Juan Pérez"}}},
		{"a stance noun between a cue and its complementizer", "pt",
			"O senador Rodrigo Pacheco reiterou seu posicionamento de que a cassação de mandato é uma competência do Congresso.",
			[]want{{"indirect", "a cassação de mandato é uma competência do Congresso", "Rodrigo Pacheco"}}},
		{"a connective between a cue and its complementizer", "en",
			"The researcher Ana Ruiz notes, for example, that temperatures have risen since 1990.",
			[]want{{"indirect", "temperatures have risen since 1990", "Ana Ruiz"}}},
		{"a connective between a cue and its complementizer", "es",
			"La investigadora Ana Ruiz destaca, por ejemplo, que las temperaturas subieron desde 1990.",
			[]want{{"indirect", "las temperaturas subieron desde 1990", "Ana Ruiz"}}},
		{"a connective between a cue and its complementizer", "pt",
			"A pesquisadora Ana Souza afirma, por exemplo, que o calor não para de subir na região desde 1990.",
			[]want{{"indirect", "o calor não para de subir na região desde 1990", "Ana Souza"}}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a := Text("Headline\n"+tc.text, Options{})
			if a.Language != tc.lang {
				t.Errorf("language %q, want %q", a.Language, tc.lang)
			}
			g := got(a)
			var gs, ws []string
			for _, w := range g {
				gs = append(gs, w.String())
			}
			for _, w := range tc.want {
				ws = append(ws, w.String())
			}
			match := len(g) == len(tc.want)
			for i := 0; match && i < len(g); i++ {
				w := tc.want[i]
				if g[i].kind != w.kind || w.text != "" && g[i].text != w.text || w.speaker != "" && g[i].speaker != w.speaker {
					match = false
				}
			}
			if !match {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(gs, "\n\t"), strings.Join(ws, "\n\t"))
			}
		})
	}
}
