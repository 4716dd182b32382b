package export

import (
	"bufio"
	"io"
	"strings"

	"github.com/quotelens/quotelens/internal/analysis"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"id", "kind", "speaker", "role", "cue", "confidence", "text", "url"}

// renderCSV writes one row per quote under a header row, as RFC 4180 says
// (CRLF line ends, double quotes doubled), with every field in double
// quotes: a field left bare could be split by a spreadsheet that reads ";"
// as the separator, as European locales do, and a piece of it start a
// formula. Every cell is made safe as well: see cell.
func renderCSV(w io.Writer, a *analysis.Analysis, p Page) error {
	bw := bufio.NewWriter(w)
	writeCSVRow(bw, csvHeader)
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
		writeCSVRow(bw, row)
	}
	return bw.Flush()
}

// writeCSVRow writes the fields in double quotes, separated by commas, and
// ends the row with CRLF. Errors are kept by the bufio.Writer and reported
// by its Flush.
func writeCSVRow(w *bufio.Writer, fields []string) {
	for i, f := range fields {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('"')
		w.WriteString(strings.ReplaceAll(f, `"`, `""`))
		w.WriteByte('"')
	}
	w.WriteString("\r\n")
}

// cell makes page text safe to open in a spreadsheet. Bidi controls are
// removed (see stripBidi). A cell whose first character, after any leading
// spaces and quote characters, is =, +, -, @, a tab, a carriage return or
// a line feed is taken by spreadsheets as a formula, so it gets a leading
// single quote, which they show as text. Quote characters are skipped
// because some spreadsheets drop them before they read the cell.
func cell(s string) string {
	s = stripBidi(s)
	t := strings.TrimLeft(s, ` "'`)
	if t == "" {
		return s
	}
	switch t[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return "'" + s
	}
	return s
}
