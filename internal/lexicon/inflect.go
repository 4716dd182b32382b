package lexicon

import (
	"strings"
)

// Regular Romance verbs are listed by their infinitive and inflected here,
// so that a language file names a verb once and the engine still meets
// "afirmó", "afirmaba", "ha afirmado" and "afirmando".

// spanishForms returns the third-person forms of a regular Spanish verb that
// report speech: present, preterite, imperfect, perfect, conditional perfect
// ("habría prometido") and gerund.
func spanishForms(inf string) []string {
	if len(inf) < 3 {
		return nil
	}
	stem, end := inf[:len(inf)-2], inf[len(inf)-2:]
	switch end {
	case "ar":
		return []string{stem + "a", stem + "an", stem + "ó", stem + "aron", stem + "aba", stem + "aban",
			"ha " + stem + "ado", "han " + stem + "ado", "había " + stem + "ado", "habría " + stem + "ado", stem + "ando"}
	case "er", "ir":
		v := "e"
		if end == "ir" {
			v = "e"
		}
		return []string{stem + v, stem + v + "n", stem + "ió", stem + "ieron", stem + "ía", stem + "ían",
			"ha " + stem + "ido", "han " + stem + "ido", "había " + stem + "ido", "habría " + stem + "ido", stem + "iendo"}
	}
	return nil
}

// portugueseForms returns the same forms of a regular Portuguese verb, the
// pluperfect ("tinha criticado") for the conditional perfect.
func portugueseForms(inf string) []string {
	if len(inf) < 3 {
		return nil
	}
	stem, end := inf[:len(inf)-2], inf[len(inf)-2:]
	switch end {
	case "ar":
		return []string{stem + "a", stem + "am", stem + "ou", stem + "aram", stem + "ava", stem + "avam",
			"tem " + stem + "ado", "têm " + stem + "ado", "tinha " + stem + "ado", stem + "ando"}
	case "er":
		return []string{stem + "e", stem + "em", stem + "eu", stem + "eram", stem + "ia", stem + "iam",
			"tem " + stem + "ido", "tinha " + stem + "ido", stem + "endo"}
	case "ir":
		return []string{stem + "e", stem + "em", stem + "iu", stem + "iram", stem + "ia", stem + "iam",
			"tem " + stem + "ido", "tinha " + stem + "ido", stem + "indo"}
	}
	return nil
}

// inflect expands infinitives with forms and appends the listed words.
func inflect(forms func(string) []string, infinitives []string, irregular ...string) []string {
	var out []string
	for _, inf := range infinitives {
		out = append(out, forms(strings.ToLower(inf))...)
	}
	return append(out, irregular...)
}

// anyForm reports whether has accepts the lower-case word w or a form a
// listed word may have that w inflects: its masculine, each singular and
// the singular's masculine ("señaladas" → "señalada", "señalado"), by the
// language's Plurals and Feminines rules. The forms over-generate; a word
// with no inflected ending costs one look-up.
func (l *Language) anyForm(w string, has func(string) bool) bool {
	if has(w) || undone(w, l.Feminines, has) {
		return true
	}
	for _, r := range l.Plurals {
		if len(w) > len(r[1]) && strings.HasSuffix(w, r[1]) {
			if s := w[:len(w)-len(r[1])] + r[0]; has(s) || undone(s, l.Feminines, has) {
				return true
			}
		}
	}
	return false
}

// undone reports whether has accepts w with one of rules' endings
// ({base, inflected}) undone.
func undone(w string, rules [][2]string, has func(string) bool) bool {
	for _, r := range rules {
		if len(w) > len(r[1]) && strings.HasSuffix(w, r[1]) && has(w[:len(w)-len(r[1])]+r[0]) {
			return true
		}
	}
	return false
}

// hasForm reports whether s holds the lower-case word w or a base form of
// it (anyForm).
func (l *Language) hasForm(s set, w string) bool {
	return l.anyForm(w, func(f string) bool {
		_, ok := s[f]
		return ok
	})
}
