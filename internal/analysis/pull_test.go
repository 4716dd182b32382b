package analysis

import (
	"slices"
	"testing"
)

// pullPage wraps paragraphs and one heading between them in a news page.
func pullPage(lang, title, before, heading, after string) []byte {
	return []byte(`<!doctype html><html lang="` + lang + `"><head><title>` + title + `</title></head><body>
<article><h1>` + title + `</h1><p>` + before + `</p><h2>` + heading + `</h2><p>` + after + `</p></article></body></html>`)
}

// TestPullQuotes checks, one row per pattern and language, quotations set
// apart in a heading: one the text says with a cue takes that speaker, one
// it does not say is no quote, and names and terms stay out.
func TestPullQuotes(t *testing.T) {
	tests := []struct {
		desc, lang, before, heading, after string
		want                               want
		found                              bool
	}{
		{"a heading that quotes the text takes its speaker", "en",
			"Kurt Volker, the former special envoy to Ukraine, testified before the committee on Tuesday for several hours.",
			"3. “Not some irregular channel”",
			"“My role was not some irregular channel, but the official channel,” Volker told lawmakers on Tuesday.",
			want{"direct", "Not some irregular channel", "Kurt Volker"}, true},
		{"a heading that quotes the text takes its speaker", "es",
			"La ministra Ana Torres compareció ante el Congreso durante varias horas el martes por la tarde.",
			"«Un error histórico»",
			"«Esta reforma es un error histórico que pagaremos todos», dijo Torres ante los diputados.",
			want{"direct", "Un error histórico", "Ana Torres"}, true},
		{"a heading that quotes the text takes its speaker", "pt",
			"A ministra Ana Souza falou na Câmara durante várias horas na terça-feira à tarde.",
			"“Um erro histórico”",
			"“Esta reforma é um erro histórico que todos vamos pagar”, disse Souza aos deputados.",
			want{"direct", "Um erro histórico", "Ana Souza"}, true},
		{"a short heading quotation the text does not say is no quote", "en",
			"Kurt Volker, the former special envoy to Ukraine, testified before the committee on Tuesday for several hours.",
			"“Quiet diplomacy”",
			"“I worked through the official channel,” Volker told lawmakers on Tuesday.",
			want{"direct", "Quiet diplomacy", ""}, false},
		{"a nickname in a heading is no quote", "es",
			"El juicio contra el narcotraficante continuó el martes en Nueva York con nuevos testigos.",
			"El papel de “El Chapo” Guzmán",
			"«El Chapo no testificaría en contra de nadie en este juicio», dijo el abogado Jason Richman.",
			want{"direct", "El Chapo", ""}, false},
		{"a term the text quotes in the same words is no pull quote", "en",
			"Tim Morrison testified on Tuesday about his work at the National Security Council.",
			"6. “The Gordon problem”",
			"Morrison said his predecessor had dubbed the ambassador's role as “the Gordon problem.”",
			want{"direct", "The Gordon problem", ""}, false},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.desc, func(t *testing.T) {
			a, err := HTML(pullPage(tc.lang, "Hearing", tc.before, tc.heading, tc.after), Options{})
			if err != nil {
				t.Fatal(err)
			}
			g := got(a)
			i := slices.IndexFunc(g, func(w want) bool { return w.kind == tc.want.kind && w.text == tc.want.text })
			switch {
			case tc.found && i < 0:
				t.Errorf("missing %v\n got %v", tc.want, g)
			case tc.found && g[i].speaker != tc.want.speaker:
				t.Errorf("%q by %q, want %q", tc.want.text, g[i].speaker, tc.want.speaker)
			case !tc.found && i >= 0:
				t.Errorf("unwanted %v", g[i])
			}
		})
	}
}

// TestPullQuoteAfterDroppedOnes: a pull quote after a dropped one and after
// quotations of other speakers takes the speaker of the quotation that
// holds its words, not of whatever quotation stands in its place once the
// dropped ones are gone.
func TestPullQuoteAfterDroppedOnes(t *testing.T) {
	page := []byte(`<!doctype html><html lang="en"><head><title>Hearing</title></head><body><article>
<h1>Hearing</h1>
<h2>“Quiet diplomacy”</h2>
<p>Kurt Volker, the former special envoy to Ukraine, testified before the committee on Tuesday for several hours.</p>
<p>“My role was not some irregular channel, but the official channel,” Volker told lawmakers on Tuesday.</p>
<p>“I never heard of any such channel in all my years at the council,” Tim Morrison said later that day.</p>
<h2>“Not some irregular channel”</h2>
<p>The committee will hear more witnesses next week, its chairman said on Tuesday evening after the hearing.</p>
</article></body></html>`)
	a, err := HTML(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := got(a)
	i := slices.IndexFunc(g, func(w want) bool { return w.text == "Not some irregular channel" })
	switch {
	case i < 0:
		t.Errorf("missing the pull quote\n got %v", g)
	case g[i].speaker != "Kurt Volker":
		t.Errorf("pull quote by %q, want Kurt Volker", g[i].speaker)
	}
	if slices.ContainsFunc(g, func(w want) bool { return w.text == "Quiet diplomacy" }) {
		t.Errorf("unwanted quote “Quiet diplomacy”")
	}
}
