package lexicon

func portuguese() Data {
	return Data{
		Code: "pt",
		Cues: inflect(portugueseForms, []string{
			"afirmar", "declarar", "falar", "acrescentar", "completar", "explicar", "ressaltar",
			"destacar", "comentar", "contar", "lembrar", "relatar", "informar", "apontar",
			"observar", "garantir", "assegurar", "sustentar", "argumentar", "alertar", "avisar",
			"anunciar", "confirmar", "revelar", "responder", "perguntar", "questionar",
			"criticar", "prometer", "enfatizar", "reiterar", "ponderar", "defender", "acusar",
			"admitir", "reconhecer", "escrever", "classificar", "chamar", "cobrar", "pedir",
			"reclamar", "lamentar", "comemorar", "atribuir", "detalhar", "resumir", "insistir",
		},
			"disse", "diz", "dizem", "disseram", "dizia", "diziam", "tem dito", "dizendo",
			"deixou claro", "fez questão de dizer", "pediu", "pede",
		),
		Denials: []string{
			"negou", "nega", "negam", "negaram", "descartou", "descarta", "descartaram",
			"rejeitou", "rejeita", "rejeitaram", "desmentiu", "desmente", "refutou",
			"refuta", "contestou", "contesta", "rebateu", "rebate", "contradisse",
		},
		Beliefs: []string{
			"acredita", "acreditam", "acreditou", "considera", "consideram", "considerou",
			"pensa", "pensam", "acha", "acham", "achou", "avalia", "avaliam", "avaliou",
			"teme", "temem", "espera", "esperam", "sabe", "duvida",
		},
		According:       []string{"segundo", "de acordo com", "conforme", "na opinião de"},
		EvidenceIn:      []string{"em", "na", "no"},
		PlaceModifiers:  []string{"nova", "novo"},
		Complementizers: []string{"que", "se", "como"},
		Clitics:         []string{"se", "lhe", "lhes", "me", "te", "nos", "o", "a", "os", "as", "assim"},
		Accusations:     []string{"acusou", "acusa", "acusam", "acusaram", "culpou", "culpa"},
		ObjectPronouns:  map[string]Pronoun{"o": {Male, Singular, true}, "a": {Female, Singular, true}, "os": {Unknown, Plural, false}},
		Pronouns: map[string]Pronoun{
			"ele":  {Male, Singular, true},
			"ela":  {Female, Singular, true},
			"eles": {Unknown, Plural, false},
			"elas": {Female, Plural, false},
			"eu":   {Unknown, Singular, true},
			"nós":  {Unknown, Plural, false},
		},
		Honorifics: []string{"Sr.", "Sra.", "Dr.", "Dra.", "Dom", "Dona"},
		Titles: []string{
			"Presidente", "Ministro", "Ministra", "Senador", "Senadora", "Deputado", "Deputada",
			"Governador", "Governadora", "Prefeito", "Prefeita", "Juiz", "Juíza", "General",
			"Secretário", "Secretária", "Diretor", "Diretora", "Rei", "Rainha", "Papa",
			"Padre", "Técnico", "Treinador", "Delegado", "Delegada", "Procurador",
		},
		RoleNouns: map[string]Gender{
			"porta-voz": Unknown, "fontes": Unknown, "fonte": Unknown, "analistas": Unknown,
			"analista": Unknown, "especialista": Unknown, "especialistas": Unknown,
			"presidente": Unknown, "ministro": Male, "ministra": Female, "governo": Unknown,
			"polícia": Unknown, "autoridades": Unknown, "técnico": Male, "treinador": Male,
			"comandante": Unknown, "mãe": Female, "pai": Male, "jogador": Male,
			"empresa": Unknown, "nota": Unknown, "clube": Unknown, "dirigente": Unknown,
			"relatório": Unknown, "documento": Unknown, "estudo": Unknown, "pesquisa": Unknown,
			"jornal": Unknown, "comunicado": Unknown,
		},
		Determiners:   []string{"o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas", "outro", "outra"},
		NameParticles: []string{"de", "da", "do", "dos", "das", "e"},
		NotNames: []string{
			"O", "A", "Os", "As", "Um", "Uma", "Em", "No", "Na", "Nos", "Nas", "Por", "Para",
			"Com", "Sem", "Mas", "Porém", "Além", "Também", "Segundo", "Este", "Esta",
			"Esse", "Essa", "Isso", "Segunda-feira", "Terça-feira", "Quarta-feira",
			"Quinta-feira", "Sexta-feira", "Sábado", "Domingo", "Janeiro", "Fevereiro",
			"Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro",
			"Novembro", "Dezembro", "Ele", "Ela", "Eu", "Não", "Sim", "Quando", "Como",
			"Se", "Que", "Já", "Hoje", "Ontem", "Enquanto", "Após", "Desde", "Até",
			"Embora", "Assim", "Ao", "Do", "Da", "Dos", "Das", "Seu", "Sua",
		},
		Abbreviations: []string{"sr.", "sra.", "dr.", "dra.", "etc.", "p.ex.", "nº."},
		Quotes:        []MarkPair{{'“', '”'}, {'"', '"'}, {'«', '»'}, {'‘', '’'}},
	}
}

// portugueseDisputes is the dispute finder's Portuguese data, kept apart
// from the cue tables above.
func portugueseDisputes() DisputeData {
	return DisputeData{
		Counters: []string{
			"negou", "nega", "negam", "negaram", "negava", "rejeitou", "rejeita",
			"rejeitam", "rejeitaram", "descartou", "descarta", "descartam", "desmentiu", "desmente",
			"desmentem", "rebateu", "rebate", "rebatem", "refutou", "refuta",
			"contradisse", "contradiz",
			"rompe com", "entendimento diferente", "discorda", "discordou",
		},
		Verdicts: []string{
			"falso", "falsa", "falsos", "falsas", "não é verdade", "não é correto", "não é bem assim",
			"mentira", "sem fundamento", "infundado", "infundada", "sem provas", "não há provas",
			"não há evidências", "enganoso", "enganosa", "absurdo", "absurda",
			"não há nenhuma", "não há qualquer",
		},
		Contrasts: []string{
			"mas", "porém", "no entanto", "entretanto", "contudo", "todavia", "na verdade", "na realidade",
			"embora", "enquanto", "ao contrário", "pelo contrário", "de fato",
		},
		ClaimNouns: []string{
			"afirmação", "afirmações", "acusação", "acusações", "alegação", "alegações", "versão",
			"ideia", "tese", "denúncia", "denúncias", "boatos", "rumores",
		},
		Negations: []string{"não", "nunca", "jamais", "nem", "ninguém", "nada", "nenhum", "nenhuma"},
		Antonyms: [][2]string{
			{"legal", "ilegal"}, {"verdadeiro", "falso"}, {"subiu", "caiu"}, {"aumentou", "diminuiu"},
			{"seguro", "perigoso"}, {"alto", "baixo"}, {"mais", "menos"}, {"culpado", "inocente"},
			{"constitucional", "inconstitucional"}, {"possível", "impossível"}, {"correto", "incorreto"},
		},
		Stop: []string{
			"o", "a", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "ou", "em", "no", "na",
			"nos", "nas", "um", "uma", "uns", "umas", "por", "pelo", "pela", "com", "para", "se", "seu",
			"sua", "seus", "suas", "é", "são", "foi", "era", "ser", "tem", "têm", "há", "como", "mais",
			"mas", "sem", "sobre", "este", "esta", "esse", "essa", "isso", "isto", "ele", "ela", "eles",
			"elas", "eu", "nós", "já", "muito", "também", "disse", "segundo", "entre", "quando", "onde",
			"porque", "todo", "todos", "toda", "todas", "outro", "outra", "ao", "aos", "à", "às", "lhe",
			"está", "estão", "ano", "anos", "afirmou", "declarou",
		},
	}
}
