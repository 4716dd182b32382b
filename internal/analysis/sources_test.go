package analysis

import (
	"slices"
	"testing"
)

// TestSourcePatterns checks, one row per pattern and language, how the
// engine reads the source of a quotation: the noun phrase a reader reads,
// with titles split off, places and channels left out, coordinated and
// implied subjects, hearers, connectives, interviews.
func TestSourcePatterns(t *testing.T) {
	tests := []struct {
		desc, lang, text string
		want             []want
	}{
		{"title inside the name goes to the role", "en",
			"Talks resumed.\nJordanian Foreign Minister Ayman Safadi said that the decision was dangerous.",
			[]want{{"indirect", "the decision was dangerous", "Ayman Safadi"}}},
		{"title inside the name goes to the role", "pt",
			"A inflação preocupa o governo. O Ministro da Economia Paulo Guedes disse que a inflação vai cair.",
			[]want{{"indirect", "a inflação vai cair", "Paulo Guedes"}}},
		{"a possessor is the title, not the name", "en",
			"The agency met on Monday. NASA’s Administrator Jim Bridenstine said that the moon was next.",
			[]want{{"indirect", "the moon was next", "Jim Bridenstine"}}},
		{"a place after the source is not the source", "en",
			"Smog covered the city. The US Embassy in New Delhi reported Wednesday that the index reached 408.",
			[]want{{"indirect", "the index reached 408", "The US Embassy in New Delhi"}}},
		{"a place after the source is not the source", "es",
			"El consulado cerró. La embajada de Estados Unidos en Madrid informó que el consulado estará cerrado.",
			[]want{{"indirect", "el consulado estará cerrado", "La embajada de Estados Unidos en Madrid"}}},
		{"coordinated places after a description", "en",
			"The case grew. Prosecutors in San Francisco and Los Angeles say that the company lied.",
			[]want{{"indirect", "the company lied", "Prosecutors in San Francisco and Los Angeles"}}},
		{"an appositive role with a name inside it", "en",
			"NASA chose new landers. Steve Clarke, deputy associate administrator in NASA’s Science Mission Directorate, said that the agency needed more providers.",
			[]want{{"indirect", "the agency needed more providers", "Steve Clarke"}}},
		{"a channel after the cue is not content", "en",
			"The singer spoke out. Taylor Swift said on Twitter that the label was blocking her.",
			[]want{{"indirect", "the label was blocking her", "Taylor Swift"}}},
		{"a channel before a participle is not its subject", "en",
			"The feud went on. Taylor Swift posted on Twitter accusing the label of bullying her.",
			[]want{{"indirect", "the label of bullying her", "Taylor Swift"}}},
		{"adverbs between subject and cue", "en",
			"The label replied. Big Machine have twice denied doing anything wrong.",
			[]want{{"indirect", "doing anything wrong", "Big Machine"}}},
		{"a hearer noun between an inverted cue and its source", "es",
			"La organización revisará el dato. El proceso llevará meses, ha explicado a este diario un portavoz de la organización.",
			[]want{{"indirect", "El proceso llevará meses", "un portavoz de la organización"}}},
		{"a hearer noun between an inverted cue and its source", "pt",
			"A empresa revisará o dado. O processo vai levar meses, disse à reportagem o porta-voz da empresa.",
			[]want{{"indirect", "O processo vai levar meses", "o porta-voz da empresa"}}},
		{"a speech verb after according to", "es",
			"El récord no está confirmado. Según explicó el investigador Carlos Schaefer, la temperatura se registró en una estación.",
			[]want{{"indirect", "la temperatura se registró en una estación", "Carlos Schaefer"}}},
		{"a speech verb after according to", "pt",
			"O recorde não foi confirmado. Segundo afirmou o pesquisador Carlos Schaefer, a temperatura foi registrada numa estação.",
			[]want{{"indirect", "a temperatura foi registrada numa estação", "Carlos Schaefer"}}},
		{"according to a plural noun is no speech verb", "en",
			"The bar went viral. According to reports, this bar is offering oxygen to anyone.",
			[]want{{"indirect", "this bar is offering oxygen to anyone", "reports"}}},
		{"a subject interrupted by a connective takes the pronoun after it", "en",
			"Jack Buser, the director, spoke to analysts. Lewis Ward is an analyst.\n\"The big leap is slow,\" says Ward. Buser, however, is counting on the service. \"This is the next big jump,\" he says.",
			[]want{{"direct", "This is the next big jump,", "Jack Buser"}}},
		{"a subject interrupted by a connective takes the pronoun after it", "es",
			"Jack Buser dirige el servicio. Lewis Ward es analista.\n«El salto es lento», dice Ward. Buser, sin embargo, confía en el rendimiento del nuevo servicio. «Este es el gran salto», asegura él.",
			[]want{{"direct", "Este es el gran salto", "Jack Buser"}}},
		{"a subject interrupted by a connective takes the pronoun after it", "pt",
			"Jack Buser dirige o serviço. Lewis Ward é analista.\n“O salto é lento”, diz Ward. Buser, no entanto, confia no desempenho do novo serviço. “Este é o grande salto”, afirma ele.",
			[]want{{"direct", "Este é o grande salto", "Jack Buser"}}},
		{"a clause of time after a cue reports nothing: the quote before it is the cue's", "en",
			"Judge Inaba noted it. “Can I give it to James?” Brooke asked before apologizing to the actor.",
			[]want{{"direct", "Can I give it to James?", "Brooke"}}},
		{"a role, its place and a name: the name is the last two words", "en",
			"Tensions rose. China’s ambassador to Britain Liu Xiaming said that China has the power to end the unrest.",
			[]want{{"indirect", "China has the power to end the unrest", "Liu Xiaming"}}},
		{"a role, its place and a name: the name is the last two words", "es",
			"La tensión crece. El embajador en Francia Juan Pérez dijo que el gobierno tiene el poder de acabar con la crisis.",
			[]want{{"indirect", "el gobierno tiene el poder de acabar con la crisis", "Juan Pérez"}}},
		{"a role, its place and a name: the name is the last two words", "pt",
			"A tensão cresce. O embaixador na França João Silva disse que o governo tem o poder de acabar com a crise.",
			[]want{{"indirect", "o governo tem o poder de acabar com a crise", "João Silva"}}},
		{"a description met before the name it titles is that person", "en",
			"Tensions rose. China’s ambassador to Britain accused the UK of meddling in the country’s affairs.\nChina’s ambassador to Britain Liu Xiaming said that China has the power to end the unrest.",
			[]want{{"indirect", "the UK of meddling in the country’s affairs", "Liu Xiaming"}}},
		{"a description met before the name it titles is that person", "es",
			"La tensión crece. El embajador en Francia dijo que el país no aceptará ninguna injerencia.\nEl embajador en Francia Juan Pérez dijo que el gobierno tiene el poder de acabar con la crisis.",
			[]want{{"indirect", "el país no aceptará ninguna injerencia", "Juan Pérez"}}},
		{"a description met before the name it titles is that person", "pt",
			"A tensão cresce. O embaixador na França disse que o país não vai aceitar nenhuma interferência.\nO embaixador na França João Silva disse que o governo tem o poder de acabar com a crise.",
			[]want{{"indirect", "o país não vai aceitar nenhuma interferência", "João Silva"}}},
		{"a coordinated verb shares its subject", "pt",
			"O senador Rodrigo Pacheco reiterou que a cassação é uma competência do Congresso e ponderou que não se trata de uma crítica.",
			[]want{{"indirect", "a cassação é uma competência do Congresso", "Rodrigo Pacheco"}, {"indirect", "não se trata de uma crítica", "Rodrigo Pacheco"}}},
		{"a coordinated verb shares its subject", "en",
			"Senator Ann Cole argued that the bill was late and warned that the vote would fail.",
			[]want{{"indirect", "the bill was late", "Ann Cole"}, {"indirect", "the vote would fail", "Ann Cole"}}},
		{"a coordinated verb shares its subject", "es",
			"La ministra Carla Ruiz aseguró que la ley es justa y advirtió que no habrá cambios.",
			[]want{{"indirect", "la ley es justa", "Carla Ruiz"}, {"indirect", "no habrá cambios", "Carla Ruiz"}}},
		{"a cue with no subject takes the one its verb implies", "es",
			"El régimen de excepción termina.\nEl fiscal Rodolfo Delgado habló ayer.\n\"Las facultades son necesarias\", afirmó. Confirmó además que hay 88 solicitudes.",
			[]want{{"direct", "Las facultades son necesarias", "Rodolfo Delgado"}, {"indirect", "hay 88 solicitudes", "Rodolfo Delgado"}}},
		{"a cue with no subject takes the one its verb implies", "pt",
			"O deputado Arthur Lira falou à imprensa.\n\"Tomei conhecimento pela imprensa\", declarou. Disse ainda que o texto será votado.",
			[]want{{"direct", "Tomei conhecimento pela imprensa", "Arthur Lira"}, {"indirect", "o texto será votado", "Arthur Lira"}}},
		{"the hearer before an inverted source", "es",
			"“La fianza se está preparando”, respondieron a EL HERALDO los abogados del expresidente.",
			[]want{{"direct", "La fianza se está preparando", "los abogados del expresidente"}}},
		{"a connective before an inverted source", "es",
			"“Tenemos muchas dudas de que se valide ese récord”, opina en cambio Sergi González, meteorólogo de la Aemet.",
			[]want{{"direct", "Tenemos muchas dudas de que se valide ese récord", "Sergi González"}}},
		{"a place after an inverted source ends it", "es",
			"Alberto Fernández viajó a La Pampa.\n“El Gobierno es del pueblo”, remarcó el Presidente desde La Pampa, adonde viajó con el gabinete.",
			[]want{{"direct", "El Gobierno es del pueblo", "Alberto Fernández"}}},
		{"'Para ele,' reports what follows", "pt",
			"O senador Lasier Martins criticou o acordo. Para ele, há um interesse do Fux em adiar a votação.",
			[]want{{"indirect", "há um interesse do Fux em adiar a votação", "Lasier Martins"}}},
		{"a sentence-initial 'según' source ends at its comma", "es",
			"Según la CNN, el presidente del Senado pidió un informe.",
			[]want{{"indirect", "el presidente del Senado pidió un informe", "CNN"}}},
		{"quotations before the cue that closes their sentence", "en",
			"The outages have been “terribly disruptive” and, “we won’t roll the dice on public safety,” company CEO Andy Vesey said.",
			[]want{{"direct", "terribly disruptive", "Andy Vesey"}, {"direct", "we won’t roll the dice on public safety,", "Andy Vesey"}}},
		{"a quotation opened with “ and closed with a straight mark", "es",
			"“Sin ningún tipo de dudas, el que fuerza la ruptura es Alberto\", dijo el secretario general Andrés Larroque.",
			[]want{{"direct", "Sin ningún tipo de dudas, el que fuerza la ruptura es Alberto", "Andrés Larroque"}}},
		{"interview answers are the interviewee's", "es",
			"Rodrigo Castañeda, representante de la FAO, considera que el escenario brinda una oportunidad.\n—¿Cuál es la situación de los precios?\nLa FAO venía alertando sobre esta escalada de los precios desde hace un tiempo.\n—¿A qué atribuyen esta subida?\nEs una combinación de factores que impacta muy directamente en la agricultura.",
			[]want{{"indirect", "el escenario brinda una oportunidad", "Rodrigo Castañeda"}, {"direct", "La FAO venía alertando sobre esta escalada de los precios desde hace un tiempo.", "Rodrigo Castañeda"}, {"direct", "Es una combinación de factores que impacta muy directamente en la agricultura.", "Rodrigo Castañeda"}}},
		{"interview answers are the interviewee's", "en",
			"Dana Whitfield, the police chief, said that crime was falling.\nQ: What changed this year?\nWe put officers back on the streets where people could see them every day.\nQ: Will it last?\nOnly if the city keeps paying for the overtime that makes it possible.",
			[]want{{"indirect", "crime was falling", "Dana Whitfield"}, {"direct", "We put officers back on the streets where people could see them every day.", "Dana Whitfield"}, {"direct", "Only if the city keeps paying for the overtime that makes it possible.", "Dana Whitfield"}}},
		{"a stance cue whose object is what it attributes", "es",
			"La fiscal Ana Gómez habló ayer. Gómez criticó el acuerdo con la empresa constructora.",
			[]want{{"indirect", "el acuerdo con la empresa constructora", "Ana Gómez"}}},
		{"a stance cue whose object is what it attributes", "pt",
			"O senador Paulo Reis falou ontem. Reis criticou os pedidos por intervenção militar.",
			[]want{{"indirect", "os pedidos por intervenção militar", "Paulo Reis"}}},
		{"a time phrase between the cue and 'que'", "pt",
			"O deputado Arthur Lira falou à imprensa. Lira disse nesta terça que o texto será votado.",
			[]want{{"indirect", "o texto será votado", "Arthur Lira"}}},
		{"a preposition before 'que'", "es",
			"El clima cambia. Los científicos advierten de que la tendencia al calentamiento es clara.",
			[]want{{"indirect", "la tendencia al calentamiento es clara", "Los científicos"}}},
		{"a hearer between the cue and 'que'", "es",
			"El investigador Carlos Schaefer midió la temperatura. Schaefer aseguraba a AFP que el termómetro había alcanzado los 20 grados.",
			[]want{{"indirect", "el termómetro había alcanzado los 20 grados", "Carlos Schaefer"}}},
		{"a judgement with an infinitive", "es",
			"El fiscal general Rodolfo Delgado habló ayer. Delgado consideró necesario ampliar la medida aprobada en marzo.",
			[]want{{"indirect", "necesario ampliar la medida aprobada en marzo", "Rodolfo Delgado"}}},
		{"a whole quotation after 'que' is reported speech too", "es",
			"El investigador Carlos Schaefer habló ayer. Schaefer asegura que “no es posible que la medición se deba a un error”.",
			[]want{{"direct", "no es posible que la medición se deba a un error", "Carlos Schaefer"}, {"indirect", "“no es posible que la medición se deba a un error”", "Carlos Schaefer"}}},
		{"a bare clause after a speech participle", "en",
			"The commission met on Friday. The commission is frustrated with the companies, saying they failed to share detailed information.",
			[]want{{"indirect", "they failed to share detailed information", "The commission"}}},
		{"one capitalised word in marks is a title or a brand", "en",
			"Kim Lee spoke. The “Pose” actor said he would return, Lee said.",
			nil},
		{"the author of a document is no reported content", "en",
			"The bridge will close.\nThe statement above was issued by the city’s transport department on Thursday.",
			nil},
		{"'In a letter,' names the channel", "en",
			"Doctors for Camp Closure wrote to the agency. In a Nov. 5 letter, Doctors for Camp Closure said that the vaccines were ready.",
			[]want{{"indirect", "the vaccines were ready", "Doctors for Camp Closure"}}},
		{"a progressive before a gerund cue", "es",
			"Los precios suben. La FAO está advirtiendo que “el problema más serio no es este año”.",
			[]want{{"direct", "el problema más serio no es este año", "FAO"}}},
		{"a progressive before a gerund cue", "pt",
			"Os preços sobem. A FAO está alertando que a crise vai piorar em todo o continente.",
			[]want{{"indirect", "a crise vai piorar em todo o continente", "FAO"}}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.desc, func(t *testing.T) {
			a := Text(tt.text, Options{})
			if a.Language != tt.lang {
				t.Fatalf("language %q, want %q", a.Language, tt.lang)
			}
			g := got(a)
			if tt.want == nil && len(g) > 0 && tt.desc != "one capitalised word in marks is a title or a brand" {
				t.Errorf("got %v, want nothing", g)
			}
			if tt.want == nil {
				for _, w := range g {
					if w.kind == "direct" {
						t.Errorf("got %v, want no direct quote", w)
					}
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(g, w) {
					t.Errorf("missing %v\ngot %v", w, g)
				}
			}
		})
	}
}
