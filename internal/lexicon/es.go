package lexicon

func spanish() Data {
	return Data{
		Code: "es",
		Cues: inflect(spanishForms, []string{
			"afirmar", "señalar", "asegurar", "declarar", "explicar", "indicar", "agregar",
			"comentar", "destacar", "subrayar", "manifestar", "expresar", "apuntar", "recordar",
			"anunciar", "confirmar", "precisar", "aclarar", "contestar", "preguntar", "publicar",
			"relatar", "contar", "denunciar", "acusar", "informar", "revelar",
			"mencionar", "sentenciar", "enfatizar", "plantear", "alertar", "reiterar", "resumir",
			"insistir", "admitir", "escribir", "responder", "sostener", "calificar", "definir",
			"llamar", "argumentar", "considerar", "estimar", "opinar", "ubicar", "advertir",
			"criticar", "reclamar", "exigir", "pedir", "prometer", "proponer", "lamentar",
			"celebrar", "defender", "cuestionar", "atribuir", "detallar", "añadir", "reconocer",
		},
			"dijo", "dice", "dicen", "dijeron", "decía", "decían", "ha dicho", "han dicho", "había dicho", "diciendo",
			"sostuvo", "sostiene", "sostenía", "advirtió", "advierte", "advertía", "pidió", "pide",
			"reconoció", "reconoce", "reconocía", "propuso", "propone", "atribuyó", "atribuye",
			"escribió", "escribe", "respondió", "responde", "insistió", "insiste", "admitió", "admite",
		),
		Denials: []string{
			"negó", "niega", "niegan", "negaron", "negaba", "ha negado", "descartó", "descarta",
			"descartan", "descartaron", "descartaba", "ha descartado", "rechazó", "rechaza", "rechazan",
			"rechazaron", "rechazaba", "ha rechazado", "desmintió", "desmiente", "desmienten", "refutó", "refuta",
			"contradijo", "contradice", "desestimó", "desestima",
		},
		Beliefs: []string{
			"cree", "creen", "creyó", "considera", "consideran", "consideró",
			"piensa", "piensan", "pensó", "opina", "opinan", "opinó", "estima", "estiman",
			"teme", "temen", "espera", "esperan", "sabe", "duda", "dudan",
		},
		According:       []string{"según", "de acuerdo con", "a juicio de", "en palabras de"},
		EvidenceIn:      []string{"en"},
		PlaceModifiers:  []string{"nueva", "nuevo"},
		Complementizers: []string{"que", "si", "cómo"},
		Clitics:         []string{"se", "le", "les", "lo", "la", "los", "las", "me", "te", "nos", "así"},
		Accusations:     []string{"acusó", "acusa", "acusan", "acusaron", "culpó", "culpa"},
		ObjectPronouns:  map[string]Pronoun{"lo": {Male, Singular, true}, "la": {Female, Singular, true}, "los": {Unknown, Plural, false}},
		Pronouns: map[string]Pronoun{
			"él":       {Male, Singular, true},
			"ella":     {Female, Singular, true},
			"ellos":    {Unknown, Plural, false},
			"ellas":    {Female, Plural, false},
			"yo":       {Unknown, Singular, true},
			"nosotros": {Unknown, Plural, false},
		},
		Honorifics: []string{"Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Don", "Doña", "Lic.", "Ing."},
		Titles: []string{
			"Presidente", "Presidenta", "Ministro", "Ministra", "Senador", "Senadora",
			"Diputado", "Diputada", "Gobernador", "Gobernadora", "Alcalde", "Alcaldesa",
			"Juez", "Jueza", "General", "Canciller", "Secretario", "Secretaria",
			"Director", "Directora", "Rey", "Reina", "Papa", "Padre", "Técnico", "Entrenador",
			"DT", "Fiscal", "Comisario", "Jefe", "Jefa", "Vocero", "Vocera",
		},
		RoleNouns: map[string]Gender{
			"portavoz": Unknown, "vocero": Male, "vocera": Female, "fuentes": Unknown,
			"fuente": Unknown, "analistas": Unknown, "analista": Unknown, "experto": Male,
			"experta": Female, "expertos": Unknown, "presidente": Male, "presidenta": Female,
			"ministro": Male, "ministra": Female, "gobierno": Unknown, "policía": Unknown,
			"autoridades": Unknown, "funcionario": Male, "funcionaria": Female,
			"funcionarios": Unknown, "técnico": Male, "entrenador": Male, "madre": Female,
			"padre": Male, "fiscal": Unknown, "fiscalía": Unknown, "jugador": Male,
			"empresa": Unknown, "comunicado": Unknown, "club": Unknown, "dirigente": Unknown,
			"informe": Unknown, "documento": Unknown, "estudio": Unknown, "encuesta": Unknown,
			"jurista": Unknown, "politólogo": Male, "politóloga": Female, "diario": Unknown,
		},
		Determiners:   []string{"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "otro", "otra"},
		NameParticles: []string{"de", "del", "la", "las", "los", "y", "da", "van", "von"},
		NotNames: []string{
			"El", "La", "Los", "Las", "Un", "Una", "En", "Por", "Para", "Con", "Sin", "Pero",
			"Sin embargo", "Además", "También", "Según", "Este", "Esta", "Ese", "Esa",
			"Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
			"Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
			"Septiembre", "Octubre", "Noviembre", "Diciembre", "Él", "Ella", "Yo", "No", "Sí",
			"Cuando", "Como", "Si", "Que", "Qué", "Ya", "Hoy", "Ayer", "Mientras", "Tras",
			"Desde", "Hasta", "Aunque", "Así", "Al", "Del", "Lo", "Le", "Se", "Su", "Sus",
		},
		Abbreviations: []string{"sr.", "sra.", "srta.", "dr.", "dra.", "lic.", "ing.", "etc.", "ee.uu.", "p.ej.", "núm.", "art."},
		Quotes:        []MarkPair{{'«', '»'}, {'“', '”'}, {'"', '"'}, {'‘', '’'}},
	}
}

// spanishDisputes is the dispute finder's Spanish data, kept apart from the
// cue tables above.
func spanishDisputes() DisputeData {
	return DisputeData{
		Counters: []string{
			"negó", "niega", "niegan", "negaron", "negaba", "ha negado",
			"rechazó", "rechaza", "rechazan", "rechazaron", "ha rechazado", "descartó",
			"descarta", "descartan", "descartaron", "ha descartado", "desmintió", "desmiente",
			"desmienten", "desmintieron", "desmentido", "refutó", "refuta", "rebatió", "rebate",
			"contradijo", "contradice", "desestimó", "desestima",
			"puso en duda", "pone en duda", "salió al cruce",
			"rompe con",
		},
		Verdicts: []string{
			"falso", "falsa", "falsos", "falsas", "no es cierto", "no es verdad", "no es así",
			"mentira", "sin fundamento", "sin sustento", "infundado", "infundada", "sin pruebas",
			"no hay pruebas", "no hay evidencia", "engañoso", "engañosa", "absurda", "absurdo",
			"ridícula", "ridículo", "repulsiva", "prematuro", "no dijo eso", "muchas dudas",
		},
		Contrasts: []string{
			"pero", "sin embargo", "en cambio", "en realidad", "no obstante", "aunque", "mientras que",
			"al contrario", "por el contrario", "de hecho", "a diferencia de",
		},
		ClaimNouns: []string{
			"afirmación", "afirmaciones", "acusación", "acusaciones", "alegación", "alegaciones",
			"cuestionamientos", "cuestionamiento", "versión", "versiones", "idea", "teoría",
			"denuncia", "denuncias", "señalamientos", "rumores", "récord",
		},
		Negations: []string{"no", "nunca", "jamás", "ni", "nadie", "nada", "ningún", "ninguna", "ninguno", "tampoco"},
		Antonyms: [][2]string{
			{"legal", "ilegal"}, {"verdadero", "falso"}, {"subió", "bajó"}, {"aumentó", "disminuyó"},
			{"seguro", "peligroso"}, {"alto", "bajo"}, {"más", "menos"}, {"culpable", "inocente"},
			{"constitucional", "inconstitucional"}, {"posible", "imposible"}, {"correcto", "incorrecto"},
		},
		Stop: []string{
			"el", "la", "los", "las", "lo", "de", "del", "al", "que", "y", "e", "o", "u", "en", "un",
			"una", "unos", "unas", "por", "con", "para", "se", "su", "sus", "es", "son", "fue", "era",
			"ser", "ha", "han", "había", "hay", "como", "más", "pero", "sin", "sobre", "este", "esta",
			"estos", "estas", "ese", "esa", "eso", "esto", "le", "les", "ya", "muy", "también", "dijo",
			"según", "entre", "cuando", "donde", "porque", "todo", "todos", "toda", "todas", "otro",
			"otra", "nos", "mi", "me", "yo", "él", "ella", "ellos", "qué", "si", "está", "están",
			"tiene", "tienen", "hace", "año", "años", "dice", "señaló", "afirmó", "aseguró",
		},
	}
}
