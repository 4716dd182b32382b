package export

import (
	"crypto/sha1"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quotelens/quotelens/internal/analysis"
	"github.com/quotelens/quotelens/internal/jsontext"
)

// annoContext is the JSON-LD context of the Web Annotation Data Model.
const annoContext = "http://www.w3.org/ns/anno.jsonld"

// The W3C Web Annotation Data Model, as much of it as the export uses. The
// struct tags document the JSON names; the encode methods below write them.
type (
	annoCollection struct {
		Context   string    `json:"@context"`
		ID        string    `json:"id"`
		Type      string    `json:"type"`
		Label     string    `json:"label"`
		Total     int       `json:"total"`
		Generator generator `json:"generator"`
		Generated string    `json:"generated,omitempty"`
		First     annoPage  `json:"first"`
	}
	generator struct {
		ID       string `json:"id"`
		Type     string `json:"type"`
		Name     string `json:"name"`
		Homepage string `json:"homepage"`
	}
	annoPage struct {
		ID         string       `json:"id"`
		Type       string       `json:"type"`
		StartIndex int          `json:"startIndex"`
		Items      []annotation `json:"items"`
	}
	annotation struct {
		ID         string     `json:"id"`
		Type       string     `json:"type"`
		Motivation string     `json:"motivation"`
		Created    string     `json:"created,omitempty"`
		Body       []annoBody `json:"body"`
		Target     annoTarget `json:"target"`
	}
	annoBody struct {
		Type    string `json:"type"`
		Value   string `json:"value"`
		Format  string `json:"format"`
		Purpose string `json:"purpose"`
	}
	annoTarget struct {
		Source   string         `json:"source,omitempty"`
		Selector []annoSelector `json:"selector,omitempty"`
	}
	// annoSelector is a TextQuoteSelector (exact, prefix, suffix) or a
	// TextPositionSelector (start, end).
	annoSelector struct {
		Type   string  `json:"type"`
		Exact  *string `json:"exact,omitempty"`
		Prefix string  `json:"prefix,omitempty"`
		Suffix string  `json:"suffix,omitempty"`
		Start  *int    `json:"start,omitempty"`
		End    *int    `json:"end,omitempty"`
	}
)

// renderAnnotation writes an AnnotationCollection whose first (and only)
// AnnotationPage holds one Annotation for each quote and one for each
// dispute:
//
//   - a quote with a speaker is "commenting": its body names the speaker,
//     their role, the cue and the kind of quote;
//   - a quote without one is "highlighting", with a body that says so;
//   - a dispute is "commenting" on the claim, its body giving what disputes
//     it and who says so.
//
// Each also has a "tagging" body (the kind of quote, or "dispute"). Targets
// are the page URL with the quote's own selectors, TextQuoteSelector and
// TextPositionSelector, which the model takes as alternatives; a page
// without a URL is named by a urn:uuid of its digest (see digest), so every
// target has a source. Ids are name-based UUIDs (version 5) of the page
// URL, the digest and the quote or dispute id: exporting the same Analysis
// twice gives the same ids, and two different pages, with or without a URL,
// never share one.
func renderAnnotation(w io.Writer, a *analysis.Analysis, p Page) error {
	c := annotations(a, p)
	return writeJSON(w, c.encode)
}

// annotations builds the AnnotationCollection that renderAnnotation writes.
func annotations(a *analysis.Analysis, p Page) *annoCollection {
	sp := indexSpeakers(a)
	created := p.date()
	page := digest(a, p)
	source := p.URL
	if source == "" {
		source = urn("quotelens:page/" + page)
	}
	id := func(kind, id string) string { return urn(p.URL + "#quotelens/" + page + "/" + kind + "/" + id) }
	items := make([]annotation, 0, len(a.Quotes)+len(a.Disputes))
	for _, q := range a.Quotes {
		kind := q.Kind
		if kind == "" {
			kind = "quote"
		} else {
			kind += " quote"
		}
		an := annotation{
			ID:      id("quote", q.ID),
			Type:    "Annotation",
			Created: created,
			Target:  target(source, q.Selectors),
		}
		if name := sp.name(q.Speaker); name != "" {
			an.Motivation = "commenting"
			v := name
			if role := sp.role(q.Speaker); role != "" {
				v += " (" + role + ")"
			}
			v += cueSuffix(q.Cue)
			v += fmt.Sprintf(" [%s, confidence %s]", kind, formatConfidence(q.Confidence))
			an.Body = append(an.Body, textBody(v, "commenting"))
		} else {
			an.Motivation = "highlighting"
			v := "Unattributed " + kind + cueSuffix(q.Cue)
			an.Body = append(an.Body, textBody(v, "describing"))
		}
		an.Body = append(an.Body, textBody(kind, "tagging"))
		items = append(items, an)
	}
	for _, d := range a.Disputes {
		v := "Disputed"
		if name := sp.name(d.Dispute.Speaker); name != "" {
			v += " by " + name
		}
		if d.Cue != "" {
			v += " (" + d.Cue + ")"
		}
		v += ": “" + d.Dispute.Text + "”"
		if name := sp.name(d.Claim.Speaker); name != "" {
			v += " — claim by " + name
		}
		v += fmt.Sprintf(" [confidence %s]", formatConfidence(d.Confidence))
		items = append(items, annotation{
			ID:         id("dispute", d.ID),
			Type:       "Annotation",
			Motivation: "commenting",
			Created:    created,
			Body:       []annoBody{textBody(v, "commenting"), textBody("dispute", "tagging")},
			Target:     target(source, d.Claim.Selectors),
		})
	}
	label := "Quotes"
	if strings.TrimSpace(p.Title) != "" {
		label += ": " + p.Title
	}
	version := a.Engine
	if version == "" {
		version = analysis.Version
	}
	return &annoCollection{
		Context: annoContext,
		ID:      id("collection", ""),
		Type:    "AnnotationCollection",
		Label:   stripBidi(label),
		Total:   len(items),
		Generator: generator{
			ID:       "https://github.com/quotelens/quotelens",
			Type:     "Software",
			Name:     "Quotelens " + version,
			Homepage: "https://github.com/quotelens/quotelens",
		},
		Generated: created,
		First: annoPage{
			ID:         id("page", "0"),
			Type:       "AnnotationPage",
			StartIndex: 0,
			Items:      items,
		},
	}
}

func (c *annoCollection) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("@context", c.Context)
	w.StringMember("id", c.ID)
	w.StringMember("type", c.Type)
	w.StringMember("label", c.Label)
	w.Name("total")
	w.Int(c.Total)
	w.Name("generator")
	c.Generator.encode(w)
	w.OmitEmptyString("generated", c.Generated)
	w.Name("first")
	c.First.encode(w)
	w.EndObject()
}

func (g *generator) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("id", g.ID)
	w.StringMember("type", g.Type)
	w.StringMember("name", g.Name)
	w.StringMember("homepage", g.Homepage)
	w.EndObject()
}

func (p *annoPage) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("id", p.ID)
	w.StringMember("type", p.Type)
	w.Name("startIndex")
	w.Int(p.StartIndex)
	w.Name("items")
	if p.Items == nil {
		w.Null()
	} else {
		w.BeginArray()
		for i := range p.Items {
			p.Items[i].encode(w)
		}
		w.EndArray()
	}
	w.EndObject()
}

func (an *annotation) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("id", an.ID)
	w.StringMember("type", an.Type)
	w.StringMember("motivation", an.Motivation)
	w.OmitEmptyString("created", an.Created)
	w.Name("body")
	if an.Body == nil {
		w.Null()
	} else {
		w.BeginArray()
		for _, b := range an.Body {
			b.encode(w)
		}
		w.EndArray()
	}
	w.Name("target")
	an.Target.encode(w)
	w.EndObject()
}

func (b *annoBody) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("type", b.Type)
	w.StringMember("value", b.Value)
	w.StringMember("format", b.Format)
	w.StringMember("purpose", b.Purpose)
	w.EndObject()
}

func (t *annoTarget) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.OmitEmptyString("source", t.Source)
	if len(t.Selector) > 0 {
		w.Name("selector")
		w.BeginArray()
		for _, s := range t.Selector {
			s.encode(w)
		}
		w.EndArray()
	}
	w.EndObject()
}

func (s *annoSelector) encode(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("type", s.Type)
	if s.Exact != nil {
		w.StringMember("exact", *s.Exact)
	}
	w.OmitEmptyString("prefix", s.Prefix)
	w.OmitEmptyString("suffix", s.Suffix)
	w.OmitNilInt("start", s.Start)
	w.OmitNilInt("end", s.End)
	w.EndObject()
}

// textBody is a plain-text body; its value loses its bidi controls, which
// would make it read differently from what it holds (see isBidiControl).
func textBody(value, purpose string) annoBody {
	return annoBody{Type: "TextualBody", Value: stripBidi(value), Format: "text/plain", Purpose: purpose}
}

// target points at the page through the selectors the model knows; a
// TextPositionSelector without both offsets, or a selector of another type,
// is left out.
func target(source string, sels []analysis.Selector) annoTarget {
	t := annoTarget{Source: source}
	for _, s := range sels {
		switch s.Type {
		case "TextQuoteSelector":
			exact := s.Exact
			t.Selector = append(t.Selector, annoSelector{Type: s.Type, Exact: &exact, Prefix: s.Prefix, Suffix: s.Suffix})
		case "TextPositionSelector":
			if s.Start == nil || s.End == nil {
				continue
			}
			start, end := *s.Start, *s.End
			t.Selector = append(t.Selector, annoSelector{Type: s.Type, Start: &start, End: &end})
		}
	}
	return t
}

// uuidNamespaceURL is the RFC 9562 namespace for names that are URLs.
var uuidNamespaceURL = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// urn returns "urn:uuid:" and the version 5 UUID of name in the URL
// namespace.
func urn(name string) string {
	h := sha1.New()
	h.Write(uuidNamespaceURL[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// digest is a hex SHA-1 of what the Analysis holds of its page: the URL,
// title, language and article text, and every quote and dispute with its
// text and selectors. The exporter has the Analysis and not the page, so
// this is the page's content hash as far as it can be known: two pages
// that give different Analyses get different digests. Each field goes in
// with its length, so that no two sequences of fields hash alike.
func digest(a *analysis.Analysis, p Page) string {
	h := sha1.New()
	put := func(fields ...string) {
		for _, f := range fields {
			fmt.Fprintf(h, "%d:%s", len(f), f)
		}
	}
	put(p.URL, p.Title, a.Title, a.Language, a.Text)
	for _, q := range a.Quotes {
		put("q", q.ID, q.Kind, q.Text, deref(q.Speaker), q.Cue)
		putSelectors(put, q.Selectors)
	}
	for _, d := range a.Disputes {
		put("d", d.ID, d.Cue, d.Claim.Text, d.Claim.Quote, d.Dispute.Text, d.Dispute.Quote)
		putSelectors(put, d.Claim.Selectors)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func putSelectors(put func(...string), sels []analysis.Selector) {
	for _, s := range sels {
		put(s.Type, s.Exact, s.Prefix, s.Suffix, intText(s.Start), intText(s.End))
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// intText is *n in decimal, or "" for nil.
func intText(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}
