package export

import (
	"io"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/jsontext"
)

// pageJSON is the page object of the JSON export.
type pageJSON struct {
	URL   string `json:"url"`
	Title string `json:"title"`
	Date  string `json:"date,omitempty"`
}

func (p *pageJSON) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("url", p.URL)
	w.StringMember("title", p.Title)
	w.OmitEmptyString("date", p.Date)
	w.EndObject()
}

// renderJSON writes the Analysis with a "page" object first:
//
//	{"page": {"url": …, "title": …, "date": …}, "engine": …, "quotes": […], …}
//
// Every other field is the Analysis's own, so a reader of the Analysis
// contract reads the export too.
func renderJSON(w io.Writer, a *analysis.Analysis, p Page) error {
	page := pageJSON{URL: p.URL, Title: p.Title, Date: p.date()}
	a = nonNil(a)
	return writeJSON(w, func(w *jsontext.Writer) {
		w.BeginObject()
		w.Name("page")
		page.encode(w)
		a.EncodeJSONMembers(w)
		w.EndObject()
	})
}

// nonNil returns a copy of a whose lists are empty rather than null, as the
// Analysis contract has them.
func nonNil(a *analysis.Analysis) *analysis.Analysis {
	c := *a
	if c.Quotes == nil {
		c.Quotes = []analysis.Quote{}
	}
	if c.Speakers == nil {
		c.Speakers = []analysis.Speaker{}
	}
	if c.Disputes == nil {
		c.Disputes = []analysis.Dispute{}
	}
	return &c
}

// writeJSON writes the JSON value that encode makes, indented, without
// HTML escaping (the exports are files, not inline script), and with a
// final newline, as json.Encoder with SetIndent("", "  ") and
// SetEscapeHTML(false) writes it. Nothing is written if encode meets a
// value JSON cannot hold.
func writeJSON(w io.Writer, encode func(*jsontext.Writer)) error {
	jw := jsontext.Writer{Indent: "  "}
	encode(&jw)
	if err := jw.Err(); err != nil {
		return err
	}
	_, err := w.Write(append(jw.Bytes(), '\n'))
	return err
}
