package lexicon

import (
	"iter"
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

// Singulars yields the singulars that the language's Plurals rules read
// the lower-case word w back to ("ilegales" → "ilegal", "legais" →
// "legal", "failures" → "failure"), w itself aside. The forms
// over-generate: look them up in a list.
func (l *Language) Singulars(w string) iter.Seq[string] { return unflect(w, l.Plurals) }

// Masculines yields the masculine forms that the language's Feminines
// rules read the lower-case word w back to ("legítima" → "legítimo"), w
// itself aside.
func (l *Language) Masculines(w string) iter.Seq[string] { return unflect(w, l.Feminines) }

// BaseForms yields the lower-case word w, then the forms a listed word may
// have that w inflects: its masculine, each singular and the singular's
// masculine ("señaladas" → "señalada", "señalado"). The forms
// over-generate: look them up in a list.
func (l *Language) BaseForms(w string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, f := range []iter.Seq[string]{l.self(w), l.Masculines(w)} {
			for x := range f {
				if !yield(x) {
					return
				}
			}
		}
		for s := range l.Singulars(w) {
			if !yield(s) {
				return
			}
			for m := range l.Masculines(s) {
				if !yield(m) {
					return
				}
			}
		}
	}
}

// self yields w alone.
func (l *Language) self(w string) iter.Seq[string] {
	return func(yield func(string) bool) { yield(w) }
}

// hasForm reports whether s holds w or a base form of it (BaseForms).
func (l *Language) hasForm(s set, w string) bool {
	for f := range l.BaseForms(w) {
		if s.has(f) {
			return true
		}
	}
	return false
}

// unflect yields w with each rule's ending ({base, inflected}) undone, for
// every rule whose inflected ending w has with letters before it.
func unflect(w string, rules [][2]string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, r := range rules {
			if len(w) > len(r[1]) && strings.HasSuffix(w, r[1]) && !yield(w[:len(w)-len(r[1])]+r[0]) {
				return
			}
		}
	}
}
