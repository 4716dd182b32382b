package export

import (
	"encoding/csv"
	"io"

	"github.com/quotelens/quotelens/internal/analysis"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"id", "kind", "speaker", "role", "cue", "confidence", "text", "url"}

// renderCSV writes one row per quote under a header row, quoted as RFC 4180
// says (CRLF line ends, fields with commas, quotes or line breaks in double
// quotes). Every cell is made safe to open in a spreadsheet: see cell.
func renderCSV(w io.Writer, a *analysis.Analysis, p Page) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	sp := indexSpeakers(a)
	row := make([]string, len(csvHeader))
	for _, q := range a.Quotes {
		row[0] = cell(q.ID)
		row[1] = cell(q.Kind)
		row[2] = cell(sp.name(q.Speaker))
		row[3] = cell(sp.role(q.Speaker))
		row[4] = cell(q.Cue)
		row[5] = cell(formatConfidence(q.Confidence))
		row[6] = cell(q.Text)
		row[7] = cell(p.URL)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell guards against formula injection (CSV injection): a cell that starts
// with =, +, -, @, a tab or a carriage return is taken by spreadsheets as a
// formula, so it gets a leading single quote, which they show as text.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
