package article

import (
	"reflect"
	"strings"
	"testing"
)

// standfirstPage is a page with head, the header box hdr (headline first)
// outside the body's container, and a body of three long paragraphs.
func standfirstPage(head, hdr string) string {
	body := strings.Repeat(para(3), 3)
	return "<html><head><title>Big news today</title>" + head + "</head><body>" +
		`<div class="header">` + hdr + `</div><div class="article-body">` + body + "</div></body></html>"
}

const (
	sfEn = "Officials say the risk of an outbreak is low, but many are worried"
	sfEs = "Los fiscales aseguran que el exlíder del cártel sobornó al presidente"
	sfPt = "O ministro afirmou que a reforma será votada ainda este ano"
)

func TestStandfirst(t *testing.T) {
	const h1 = "<h1>Big news today</h1>"
	tests := []struct {
		desc, head, hdr string
		want            []string // the blocks before the body: kind text
	}{
		{"en: a class names the dek", "", h1 + `<p class="article-dek">` + sfEn + `</p>`,
			[]string{"heading Big news today", "paragraph " + sfEn}},
		{"en: standfirst after a byline", "", h1 + `<div class="byline">By A. Writer, May 1</div><div class="c-standfirst">` + sfEn + `</div>`,
			[]string{"heading Big news today", "paragraph " + sfEn}},
		{"en: role doc-subtitle", "", h1 + `<p role="doc-subtitle">` + sfEn + `</p>`,
			[]string{"heading Big news today", "paragraph " + sfEn}},
		{"es: bajada with itemprop, its h2 a paragraph", "", h1 + `<div itemprop="description" class="bajada"><h2>` + sfEs + `</h2></div>`,
			[]string{"heading Big news today", "paragraph " + sfEs}},
		{"es: entradilla", "", h1 + `<p class="entradilla">` + sfEs + `</p>`,
			[]string{"heading Big news today", "paragraph " + sfEs}},
		{"es: alternativeHeadline", "", h1 + `<h2 itemprop="alternativeHeadline" class="articulo-subtitulo">` + sfEs + `</h2>`,
			[]string{"heading Big news today", "paragraph " + sfEs}},
		{"pt: linha fina", "", h1 + `<h2 class="content-head__subtitle linha-fina">` + sfPt + `</h2>`,
			[]string{"heading Big news today", "paragraph " + sfPt}},
		{"pt: an unnamed element holds the og:description", `<meta property="og:description" content="` + sfPt + `">`,
			h1 + `<h2 class="pb10">` + sfPt + `</h2>`,
			[]string{"heading Big news today", "paragraph " + sfPt}},
		{"es: a shortened meta description", `<meta name="description" content="` + sfEs[:40] + `…">`,
			h1 + `<div class="x">` + sfEs + `</div>`,
			[]string{"heading Big news today", "paragraph " + sfEs}},
		{"en: a description unlike the element", `<meta property="og:description" content="Something else entirely said here today">`,
			h1 + `<h2 class="pb10">` + sfEn + `</h2>`,
			[]string{"heading Big news today"}},
		{"en: the first paragraph repeated is not emitted twice", "", h1 + `<p class="dek">` + strings.TrimSuffix(strings.TrimPrefix(para(3), "<p>"), "</p>") + `</p>`,
			[]string{"heading Big news today"}},
		{"en: a caption named a description", "", h1 + `<figure><img src=a.jpg><figcaption class="description">` + sfEn + `</figcaption></figure>`,
			[]string{"heading Big news today"}},
		{"en: a summary of links", "", h1 + `<div class="summary"><a href=/a><b>` + sfEn + `</b></a></div>`,
			[]string{"heading Big news today"}},
		{"es: a teaser far below the headline", "", h1 + `<p class="kicker">` + strings.Repeat("Otras noticias del día y más ", 10) + `</p><p class="sumario">` + sfEs + `</p>`,
			[]string{"heading Big news today"}},
		{"en: a summary in navigation", "", h1 + `<nav><p class="summary">` + sfEn + `</p></nav>`,
			[]string{"heading Big news today"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d, err := ParseBytes([]byte(standfirstPage(tc.head, tc.hdr)))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range d.Blocks {
				if strings.HasPrefix(b.Text, "Words of a sentence") {
					break
				}
				got = append(got, b.Kind.String()+" "+b.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("blocks before the body\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestDescription(t *testing.T) {
	tests := []struct {
		desc, meta, text string
		want             bool
	}{
		{"same words", "Contraloría alertó a Hacienda de vulnerabilidades.", "Contraloría alertó a Hacienda de vulnerabilidades", true},
		{"other quotation marks", "Larroque acusó al Presidente de hacer 'operaciones de desgaste'", "Larroque acusó al Presidente de hacer “operaciones de desgaste”", true},
		{"shortened, a word cut", "O ministro afirmou que a refor…", "O ministro afirmou que a reforma será votada", true},
		{"not shortened, more words", "O ministro afirmou que a reforma", "O ministro afirmou que a reforma será votada", false},
		{"too short to tell", "Breaking news", "Breaking news", false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := newDescription(tc.meta).matches(tc.text); got != tc.want {
				t.Errorf("matches = %v, want %v", got, tc.want)
			}
		})
	}
}
