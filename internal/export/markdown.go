package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/quotelens/quotelens/internal/analysis"
)

// renderMarkdown writes a report: the page, then each speaker with their
// quotes (cue, kind, confidence), then the quotes nobody is named for, then
// the disputes. All text taken from the page or the Analysis goes through
// mdText, so it renders as the text it is and never as markup.
func renderMarkdown(w io.Writer, a *analysis.Analysis, p Page) error {
	bw := bufio.NewWriter(w)
	sp := indexSpeakers(a)

	title := p.Title
	if strings.TrimSpace(title) == "" {
		title = "Untitled page"
	}
	fmt.Fprintf(bw, "# Quotes: %s\n\n", mdText(title))
	if p.URL != "" {
		fmt.Fprintf(bw, "- Page: %s\n", mdURL(p.URL))
	}
	if d := p.date(); d != "" {
		fmt.Fprintf(bw, "- Analysed: %s\n", d)
	}
	if a.Engine != "" {
		fmt.Fprintf(bw, "- Engine: Quotelens %s\n", mdText(a.Engine))
	}
	if a.Language != "" {
		fmt.Fprintf(bw, "- Language: %s\n", mdText(a.Language))
	}
	fmt.Fprintf(bw, "- %s, %s, %s\n",
		plural(len(a.Quotes), "quote"), plural(len(a.Speakers), "speaker"), plural(len(a.Disputes), "dispute"))
	if a.Reason != "" {
		fmt.Fprintf(bw, "- Note: %s\n", mdText(a.Reason))
	}
	if a.Truncated != "" {
		fmt.Fprintf(bw, "- Stopped early: the page passed the engine's %s limit; what was found before it is listed\n", mdText(a.Truncated))
	}

	// Quotes by speaker id, in the order of the Analysis; quotes whose
	// speaker id names no speaker are listed under that id.
	bySpeaker := map[string][]int{}
	var unattributed []int
	var unknownIDs []string
	for i, q := range a.Quotes {
		switch {
		case q.Speaker == nil:
			unattributed = append(unattributed, i)
		default:
			id := *q.Speaker
			if _, known := sp[id]; !known && bySpeaker[id] == nil {
				unknownIDs = append(unknownIDs, id)
			}
			bySpeaker[id] = append(bySpeaker[id], i)
		}
	}

	if len(a.Speakers) > 0 || len(unknownIDs) > 0 {
		fmt.Fprint(bw, "\n## Speakers\n")
		seen := map[string]bool{}
		for _, s := range a.Speakers {
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			name := s.Name
			if name == "" {
				name = s.ID
			}
			head := mdStart(name)
			if s.Role != "" {
				head += " (" + mdText(s.Role) + ")"
			}
			fmt.Fprintf(bw, "\n### %s\n\n", head)
			if len(s.Aliases) > 0 {
				as := make([]string, len(s.Aliases))
				for i, al := range s.Aliases {
					as[i] = mdText(al)
				}
				fmt.Fprintf(bw, "Also called: %s\n\n", strings.Join(as, "; "))
			}
			writeQuoteList(bw, a, bySpeaker[s.ID])
		}
		for _, id := range unknownIDs {
			fmt.Fprintf(bw, "\n### %s\n\n", mdStart(id))
			writeQuoteList(bw, a, bySpeaker[id])
		}
	}

	if len(unattributed) > 0 {
		fmt.Fprint(bw, "\n## Unattributed quotes\n\n")
		writeQuoteList(bw, a, unattributed)
	}

	if len(a.Disputes) > 0 {
		fmt.Fprint(bw, "\n## Disputes\n\n")
		for i, d := range a.Disputes {
			fmt.Fprintf(bw, "%d. **Claim**%s: “%s”  \n", i+1, bySide(sp, d.Claim), mdText(d.Claim.Text))
			fmt.Fprintf(bw, "   **Disputed**%s: “%s”  \n", bySide(sp, d.Dispute), mdText(d.Dispute.Text))
			var meta []string
			if d.Cue != "" {
				meta = append(meta, "cue: "+mdText(d.Cue))
			}
			meta = append(meta, "confidence "+formatConfidence(d.Confidence))
			fmt.Fprintf(bw, "   *(%s)*\n", strings.Join(meta, ", "))
		}
	}
	return bw.Flush()
}

// writeQuoteList writes quotes as a bullet list, or "No quotes." when there
// are none.
func writeQuoteList(w io.Writer, a *analysis.Analysis, idx []int) {
	if len(idx) == 0 {
		fmt.Fprint(w, "No quotes.\n")
		return
	}
	for _, i := range idx {
		q := a.Quotes[i]
		line := "- “" + mdText(q.Text) + "”" + cueSuffix(mdText(q.Cue))
		meta := []string{}
		if q.Kind != "" {
			meta = append(meta, mdText(q.Kind))
		}
		meta = append(meta, "confidence "+formatConfidence(q.Confidence))
		line += " *(" + strings.Join(meta, ", ") + ")*"
		fmt.Fprintln(w, line)
	}
}

// bySide names the speaker of a dispute side as " (Name)", or "".
func bySide(sp speakers, s analysis.Side) string {
	if n := sp.name(s.Speaker); n != "" {
		return " (" + mdText(n) + ")"
	}
	return ""
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// mdText makes page text safe to put into Markdown as inline text:
//
//   - line breaks, tabs and other control characters become spaces, so that
//     text cannot start a new block (a heading, a list, a fence);
//   - bidi controls are removed (see isBidiControl);
//   - the characters that are markup anywhere in a line (\ ` * _ [ ] < > |
//     ~ &) get a backslash, so no emphasis, link, image, raw HTML (<script>),
//     table cell, strike-through or entity can be made.
//
// Text that begins a line, or a list item, needs mdStart as well.
func mdText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch {
		case isBidiControl(r):
			continue
		case r == '\r' || r == '\n' || r == '\t' || r == '\u2028' || r == '\u2029':
			r = ' '
		case unicode.IsControl(r):
			r = ' '
		}
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// mdStart is mdText for text that begins a line or a heading: a first
// character that is markup there (# + - = > !), and the dot or parenthesis
// of a leading "1." or "1)", get a backslash too.
func mdStart(s string) string {
	out := mdText(s)
	if out == "" {
		return out
	}
	switch out[0] {
	case '#', '+', '-', '=', '!':
		return `\` + out
	}
	// "1. " or "1) " would start an ordered list.
	i := 0
	for i < len(out) && i < 9 && out[i] >= '0' && out[i] <= '9' {
		i++
	}
	if i > 0 && i < len(out) && (out[i] == '.' || out[i] == ')') {
		return out[:i] + `\` + out[i:]
	}
	return out
}

// mdURL writes an http(s) URL as an autolink, <…>, when it can be one (no
// spaces, controls or angle brackets); any other as escaped text.
func mdURL(u string) string {
	lower := strings.ToLower(u)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
		ok := true
		for _, r := range u {
			if r <= ' ' || r == '<' || r == '>' || r == 0x7f || unicode.IsSpace(r) || unicode.IsControl(r) {
				ok = false
				break
			}
		}
		if ok {
			return "<" + u + ">"
		}
	}
	return mdText(u)
}
