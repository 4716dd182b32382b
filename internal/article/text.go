package article

import "strings"

// FromText makes a Document of plain text: every non-empty line is a
// paragraph, and the page text is the text itself. A line that opens with a
// dash and names a handle ("— Name (@handle)") and the lines before it back to
// the previous blank-separated paragraph are not grouped: plain text carries
// no markup to say what is a post, so that is left to the quote finder.
func FromText(s string) *Document {
	s = strings.ToValidUTF8(s, "\uFFFD")
	d := &Document{PageText: s}
	bb := blockBuilder{page: s}
	pos := 0
	for pos <= len(s) {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		line := s[pos:end]
		bb.add(line, pos)
		if b, ok := bb.block(Paragraph, 0); ok {
			if len(d.Title) == 0 && len(d.Blocks) == 0 {
				b.Kind = Heading
				d.Title = b.Text
			}
			d.Blocks = append(d.Blocks, b)
		}
		pos = end + 1
	}
	if len(d.Blocks) == 0 {
		d.Reason = "no text"
	}
	return d
}
