package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// PolNeARSplits are the splits of the PolNeAR core dataset.
var PolNeARSplits = []string{"train", "dev", "test"}

// Span is a half-open range of code points in an article's text, as brat
// gives it.
type Span struct {
	Start, End int
}

// Mention is the text of one annotated span, which may be split.
type Mention struct {
	Spans []Span
	// Text is the text of the spans, in page order, joined with a space.
	Text string
	// ByteSpans are Spans as byte offsets into Article.Text.
	ByteSpans []Span
}

// Empty reports whether the mention has no span.
func (m Mention) Empty() bool { return len(m.Spans) == 0 }

// Attribution is one PolNeAR attribution: who (source) says (cue) what
// (content). Any part may be missing.
type Attribution struct {
	ID string
	// NoSource is set for brat's "Attribution-no-source" events.
	NoSource bool
	Source   Mention
	Cue      Mention
	// Content holds the Content and Content2 spans together.
	Content Mention
}

// Article is one PolNeAR article with the attributions of one annotator.
type Article struct {
	Name      string
	Split     string
	Annotator string
	// Text is the article text, without a byte order mark and with \n line
	// ends; spans have been mapped onto it.
	Text         string
	Attributions []Attribution
	// Mismatches counts the annotated spans whose text in the .ann file is
	// not the article's text at their offsets (0 in the distributed data).
	Mismatches int
}

// LoadPolNeAR loads the articles of one split of the PolNeAR directory
// (shared/corpus/polnear), in name order, each with the first annotator file
// in sorted order. limit > 0 keeps the first limit articles.
func LoadPolNeAR(dir, split string, limit int) ([]*Article, error) {
	textDir := filepath.Join(dir, split, "text")
	attDir := filepath.Join(dir, split, "attributions")
	texts, err := os.ReadDir(textDir)
	if err != nil {
		return nil, fmt.Errorf("eval: load polnear %s: %w", split, err)
	}
	anns, err := os.ReadDir(attDir)
	if err != nil {
		return nil, fmt.Errorf("eval: load polnear %s: %w", split, err)
	}
	annFor := make(map[string]string)
	var annNames []string
	for _, e := range anns {
		annNames = append(annNames, e.Name())
	}
	sort.Strings(annNames)
	for _, n := range annNames {
		base, ok := strings.CutSuffix(n, ".ann")
		i := strings.LastIndexByte(base, '_')
		if !ok || i < 0 {
			continue
		}
		if _, seen := annFor[base[:i]]; !seen {
			annFor[base[:i]] = n
		}
	}
	var arts []*Article
	for _, e := range texts {
		name, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			continue
		}
		ann, ok := annFor[name]
		if !ok {
			return nil, fmt.Errorf("eval: load polnear %s: no attribution file for %s", split, name)
		}
		a, err := LoadArticle(filepath.Join(textDir, e.Name()), filepath.Join(attDir, ann))
		if err != nil {
			return nil, err
		}
		a.Name, a.Split = name, split
		arts = append(arts, a)
		if limit > 0 && len(arts) == limit {
			break
		}
	}
	return arts, nil
}

// LoadArticle reads one article text and one brat attribution file.
func LoadArticle(textPath, annPath string) (*Article, error) {
	text, err := os.ReadFile(textPath)
	if err != nil {
		return nil, fmt.Errorf("eval: load polnear %s: %w", textPath, err)
	}
	ann, err := os.ReadFile(annPath)
	if err != nil {
		return nil, fmt.Errorf("eval: load polnear %s: %w", annPath, err)
	}
	a, err := ParseArticle(string(text), string(ann))
	if err != nil {
		return nil, fmt.Errorf("eval: load polnear %s: %w", annPath, err)
	}
	base := strings.TrimSuffix(filepath.Base(annPath), ".ann")
	if i := strings.LastIndexByte(base, '_'); i >= 0 {
		a.Annotator = base[i+1:]
	}
	a.Name = strings.TrimSuffix(filepath.Base(textPath), ".txt")
	return a, nil
}

// textBound is one brat text-bound annotation (a T line).
type textBound struct {
	label string
	spans []Span
	text  string // the first line of the annotated text, as in the file
}

// event is one brat event (an E line): its type and role → T id.
type event struct {
	id    string
	typ   string
	roles [][2]string
}

// parseAnn reads the T and E lines of a brat file. Other lines (notes, and
// the continuation lines of a T text that runs over a line end) are skipped.
func parseAnn(ann string) (map[string]textBound, []event, error) {
	ts := make(map[string]textBound)
	var es []event
	for n, line := range strings.Split(ann, "\n") {
		line = strings.TrimSuffix(line, "\r")
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 || len(fields[0]) < 2 {
			continue
		}
		if _, err := strconv.Atoi(fields[0][1:]); err != nil {
			continue
		}
		switch fields[0][0] {
		case 'T':
			label, rest, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, nil, fmt.Errorf("line %d: no span in %q", n+1, line)
			}
			tb := textBound{label: label}
			for _, part := range strings.Split(rest, ";") {
				var s Span
				if _, err := fmt.Sscanf(part, "%d %d", &s.Start, &s.End); err != nil || s.Start > s.End {
					return nil, nil, fmt.Errorf("line %d: bad span %q", n+1, part)
				}
				tb.spans = append(tb.spans, s)
			}
			if len(fields) == 3 {
				tb.text = fields[2]
			}
			ts[fields[0]] = tb
		case 'E':
			ev := event{id: fields[0]}
			for i, arg := range strings.Fields(fields[1]) {
				role, ref, ok := strings.Cut(arg, ":")
				if !ok {
					return nil, nil, fmt.Errorf("line %d: bad argument %q", n+1, arg)
				}
				if i == 0 {
					ev.typ = role
					continue
				}
				ev.roles = append(ev.roles, [2]string{role, ref})
			}
			es = append(es, ev)
		}
	}
	return ts, es, nil
}

// textVariants are the readings of a raw article text that brat offsets may
// count in: as is, without a byte order mark, with \r\n read as \n, both.
func textVariants(raw string) []string {
	noBOM := strings.TrimPrefix(raw, "\uFEFF")
	var out []string
	seen := make(map[string]bool)
	for _, v := range []string{raw, noBOM, strings.ReplaceAll(raw, "\r\n", "\n"), strings.ReplaceAll(noBOM, "\r\n", "\n")} {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// runeOffsets returns the byte offset of every code point of s, and len(s)
// last, so that code point i starts at offsets[i].
func runeOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// spanText returns the text of code-point spans of s, joined with a space,
// and the spans as byte offsets; ok is false when a span is out of range.
func spanText(s string, offs []int, spans []Span) (text string, bytes []Span, ok bool) {
	parts := make([]string, 0, len(spans))
	for _, sp := range spans {
		if sp.End >= len(offs) {
			return "", nil, false
		}
		b := Span{offs[sp.Start], offs[sp.End]}
		bytes = append(bytes, b)
		parts = append(parts, s[b.Start:b.End])
	}
	return strings.Join(parts, " "), bytes, true
}

// countMismatches counts the text-bound annotations whose recorded text is
// not what their offsets select in s.
func countMismatches(s string, ts map[string]textBound) int {
	offs := runeOffsets(s)
	bad := 0
	for _, tb := range ts {
		got, _, ok := spanText(s, offs, tb.spans)
		if first, _, _ := strings.Cut(got, "\n"); !ok || strings.TrimRight(first, "\r") != strings.TrimRight(tb.text, "\r") {
			bad++
		}
	}
	return bad
}

// ParseArticle reads an article text and its brat attribution file. Offsets
// count code points; whether they count a byte order mark and the \r of \r\n
// line ends is decided by which reading of the text makes the most annotated
// texts agree with their offsets. The spans are then mapped onto the text
// without a byte order mark and with \n line ends.
func ParseArticle(raw, ann string) (*Article, error) {
	ts, es, err := parseAnn(ann)
	if err != nil {
		return nil, err
	}
	variants := textVariants(raw)
	best, bestBad := 0, -1
	for i, v := range variants {
		if bad := countMismatches(v, ts); bestBad < 0 || bad < bestBad {
			best, bestBad = i, bad
		}
		if bestBad == 0 {
			break
		}
	}
	src := variants[best]
	// Map code points of src onto the clean text: drop a leading BOM and the
	// \r of each \r\n.
	var clean strings.Builder
	cpToClean := make([]int, 0, len(src)+1) // code point of src → code point of clean
	cleanCP := 0
	for i, r := range src {
		cpToClean = append(cpToClean, cleanCP)
		if (i == 0 && r == '\uFEFF') || (r == '\r' && strings.HasPrefix(src[i+1:], "\n")) {
			continue
		}
		clean.WriteRune(r)
		cleanCP++
	}
	cpToClean = append(cpToClean, cleanCP)
	a := &Article{Text: clean.String(), Mismatches: bestBad}
	offs := runeOffsets(a.Text)
	mention := func(ids []string) (Mention, error) {
		var m Mention
		for _, id := range ids {
			tb, ok := ts[id]
			if !ok {
				return m, fmt.Errorf("unknown annotation %s", id)
			}
			for _, sp := range tb.spans {
				if sp.End >= len(cpToClean) {
					return m, fmt.Errorf("annotation %s: span %d-%d beyond the text", id, sp.Start, sp.End)
				}
				m.Spans = append(m.Spans, Span{cpToClean[sp.Start], cpToClean[sp.End]})
			}
		}
		sort.Slice(m.Spans, func(i, j int) bool { return m.Spans[i].Start < m.Spans[j].Start })
		m.Text, m.ByteSpans, _ = spanText(a.Text, offs, m.Spans)
		return m, nil
	}
	for _, ev := range es {
		if !strings.HasPrefix(ev.typ, "Attribution") {
			continue
		}
		at := Attribution{ID: ev.id, NoSource: ev.typ == "Attribution-no-source"}
		var src, cue, content []string
		for _, r := range ev.roles {
			switch {
			case r[0] == "Source":
				src = append(src, r[1])
			case r[0] == "Cue":
				cue = append(cue, r[1])
			case strings.HasPrefix(r[0], "Content"):
				content = append(content, r[1])
			}
		}
		var err error
		if at.Source, err = mention(src); err != nil {
			return nil, fmt.Errorf("%s: %w", ev.id, err)
		}
		if at.Cue, err = mention(cue); err != nil {
			return nil, fmt.Errorf("%s: %w", ev.id, err)
		}
		if at.Content, err = mention(content); err != nil {
			return nil, fmt.Errorf("%s: %w", ev.id, err)
		}
		a.Attributions = append(a.Attributions, at)
	}
	return a, nil
}
