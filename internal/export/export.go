// Package export renders an Analysis, with the metadata of the page it was
// made from, in the formats a reader can take away: JSON, Markdown, CSV and
// W3C Web Annotation JSON-LD.
//
// Every renderer treats the Analysis as untrusted: it may come from a client
// (the browser extension posts the Analysis it holds), so speaker ids that do
// not resolve, missing selectors and hostile text are all handled, and no
// input makes a renderer panic.
package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/quotelens/quotelens/internal/analysis"
)

// Format is an export format.
type Format string

// The export formats.
const (
	JSON       Format = "json"
	Markdown   Format = "markdown"
	CSV        Format = "csv"
	Annotation Format = "annotation"
)

// Formats lists the formats in the order they are documented.
var Formats = []Format{JSON, Markdown, CSV, Annotation}

// ParseFormat returns the Format named s ("json", "markdown", "csv",
// "annotation"; "md" and "jsonld" are accepted too), or an error naming the
// formats there are.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "json":
		return JSON, nil
	case "markdown", "md":
		return Markdown, nil
	case "csv":
		return CSV, nil
	case "annotation", "annotations", "jsonld", "json-ld":
		return Annotation, nil
	}
	return "", fmt.Errorf("unknown export format %q: use json, markdown, csv or annotation", s)
}

// ContentType is the media type of a format, with its charset.
func (f Format) ContentType() string {
	switch f {
	case Markdown:
		return "text/markdown; charset=utf-8"
	case CSV:
		return "text/csv; charset=utf-8; header=present"
	case Annotation:
		// The media type the Web Annotation Protocol gives for annotations.
		return `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`
	}
	return "application/json; charset=utf-8"
}

// Ext is the file-name extension of a format, without the dot.
func (f Format) Ext() string {
	switch f {
	case Markdown:
		return "md"
	case CSV:
		return "csv"
	case Annotation:
		return "jsonld"
	}
	return "json"
}

// Page is the metadata of the analysed page that goes with an export.
type Page struct {
	// URL is the page's address; the Analysis's own URL when empty.
	URL string
	// Title is the page's title; the Analysis's own Title when empty.
	Title string
	// Date is when the page was analysed.
	Date time.Time
}

// resolve fills the page's empty fields from the Analysis.
func (p Page) resolve(a *analysis.Analysis) Page {
	if p.URL == "" {
		p.URL = a.URL
	}
	if p.Title == "" {
		p.Title = a.Title
	}
	p.Date = p.Date.UTC()
	return p
}

// date formats the page's date as RFC 3339 in UTC, or "" when it is unset.
func (p Page) date() string {
	if p.Date.IsZero() {
		return ""
	}
	return p.Date.UTC().Format(time.RFC3339)
}

// ErrTooLarge is returned for an Analysis with more quotes, speakers or
// disputes than the engine ever makes (analysis.MaxQuotes, MaxSpeakers,
// MaxDisputes): a client can send any Analysis, and 5 MiB of empty quotes
// would render to a gigabyte.
var ErrTooLarge = errors.New("export: analysis larger than the engine makes")

// Render writes a in format f. A nil Analysis is rendered as an empty one;
// one over the engine's limits is ErrTooLarge, and nothing is written.
func Render(w io.Writer, f Format, a *analysis.Analysis, p Page) error {
	if a == nil {
		a = &analysis.Analysis{}
	}
	if err := checkSize(a); err != nil {
		return err
	}
	p = p.resolve(a)
	switch f {
	case JSON:
		return renderJSON(w, a, p)
	case Markdown:
		return renderMarkdown(w, a, p)
	case CSV:
		return renderCSV(w, a, p)
	case Annotation:
		return renderAnnotation(w, a, p)
	}
	return fmt.Errorf("export: unknown format %q", string(f))
}

// checkSize refuses an Analysis over the engine's limits.
func checkSize(a *analysis.Analysis) error {
	for _, c := range []struct {
		what     string
		n, limit int
	}{
		{"quotes", len(a.Quotes), analysis.MaxQuotes},
		{"speakers", len(a.Speakers), analysis.MaxSpeakers},
		{"disputes", len(a.Disputes), analysis.MaxDisputes},
	} {
		if c.n > c.limit {
			return fmt.Errorf("%w: %d %s, more than %d", ErrTooLarge, c.n, c.what, c.limit)
		}
	}
	return nil
}

// Filename is the name under which an export is saved: "quotelens-", a slug
// of the page's title (or its host), the date of analysis, and the format's
// extension. It is plain ASCII without quotes, so it can stand in a
// Content-Disposition header as it is.
func Filename(f Format, a *analysis.Analysis, p Page) string {
	if a == nil {
		a = &analysis.Analysis{}
	}
	p = p.resolve(a)
	slug := slugify(p.Title)
	if slug == "" {
		slug = slugify(host(p.URL))
	}
	if slug == "" {
		slug = "page"
	}
	name := "quotelens-" + slug
	if !p.Date.IsZero() {
		name += "-" + p.Date.Format("20060102")
	}
	return name + "." + f.Ext()
}

// host returns the host part of an absolute URL, or "".
func host(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	return strings.TrimPrefix(rest, "www.")
}

// slugify keeps ASCII letters and digits, lower-cased, joins the runs between
// them with single hyphens, and cuts the result to 60 bytes.
func slugify(s string) string {
	const maxLen = 60
	var b strings.Builder
	hyphen := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		default:
			hyphen = b.Len() > 0
			continue
		}
		if b.Len() >= maxLen {
			break
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), "-")
}

// speakers indexes the Analysis's speakers by id.
type speakers map[string]*analysis.Speaker

func indexSpeakers(a *analysis.Analysis) speakers {
	m := make(speakers, len(a.Speakers))
	for i := range a.Speakers {
		s := &a.Speakers[i]
		if _, dup := m[s.ID]; !dup {
			m[s.ID] = s
		}
	}
	return m
}

// name returns the name of the speaker with that id: its Name, its id when
// the speaker is unknown or has no name, or "" for nil.
func (m speakers) name(id *string) string {
	if id == nil {
		return ""
	}
	if s := m[*id]; s != nil && s.Name != "" {
		return s.Name
	}
	return *id
}

// role returns the role of the speaker with that id, or "".
func (m speakers) role(id *string) string {
	if id == nil {
		return ""
	}
	if s := m[*id]; s != nil {
		return s.Role
	}
	return ""
}

// cueSuffix is what follows a quote to give its cue: " — said", or " — (post)"
// for a post, whose cue is already a dash and a note; "" when there is no
// cue.
func cueSuffix(cue string) string {
	cue = strings.TrimSpace(cue)
	switch {
	case cue == "":
		return ""
	case strings.HasPrefix(cue, "—"):
		return " " + cue
	}
	return " — " + cue
}

// formatConfidence prints a confidence with at most two decimals.
func formatConfidence(c float64) string {
	s := fmt.Sprintf("%.2f", c)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" || s == "-" {
		s = "0"
	}
	return s
}
