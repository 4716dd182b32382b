package export

import (
	"encoding/json"
	"io"

	"github.com/quotelens/quotelens/internal/analysis"
)

// pageJSON is the page object of the JSON export.
type pageJSON struct {
	URL   string `json:"url"`
	Title string `json:"title"`
	Date  string `json:"date,omitempty"`
}

// renderJSON writes the Analysis with a "page" object first:
//
//	{"page": {"url": …, "title": …, "date": …}, "engine": …, "quotes": […], …}
//
// Every other field is the Analysis's own, so a reader of the Analysis
// contract reads the export too.
func renderJSON(w io.Writer, a *analysis.Analysis, p Page) error {
	doc := struct {
		Page pageJSON `json:"page"`
		*analysis.Analysis
	}{pageJSON{URL: p.URL, Title: p.Title, Date: p.date()}, nonNil(a)}
	return writeJSON(w, doc)
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

// writeJSON writes v indented, without HTML escaping (the exports are files,
// not inline script), and with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
