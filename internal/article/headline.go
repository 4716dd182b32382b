package article

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// findHeadline returns the h1 (or, without one, the h2) whose text starts
// before page offset before and whose words are mostly in title, or -1.
// Without a title the first h1 before the article is taken. Hidden headings
// and headings in navigation are not.
func (p *page) findHeadline(title string, before int32) int32 {
	words := titleWords(title)
	for _, want := range [...]atom.Atom{atom.H1, atom.H2} {
		for i := int32(0); int(i) < len(p.nodes) && p.nodes[i].off < before; i++ {
			nd := &p.nodes[i]
			if nd.drop || nd.role {
				i = nd.end - 1
				continue
			}
			if nd.a != want || nd.n.Type != html.ElementNode {
				continue
			}
			if len(words) == 0 && want == atom.H1 || titleMatch(foldSpace(p.textOf(i)), words) {
				return i
			}
			i = nd.end - 1
		}
	}
	return -1
}

// titleWords returns the set of lower-cased words of a title.
func titleWords(title string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range splitWords(title) {
		set[w] = true
	}
	return set
}

// titleMatch reports whether most words of heading are title words.
func titleMatch(heading string, title map[string]bool) bool {
	words := splitWords(heading)
	if len(words) == 0 || len(title) == 0 {
		return false
	}
	in := 0
	for _, w := range words {
		if title[w] {
			in++
		}
	}
	return float64(in) >= minTitleOverlap*float64(len(words))
}

// splitWords returns the lower-cased words of s: runs of letters and digits.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// addHeadline puts the article's headline first when the article does not
// open with it and the page has it before the article's text, even in a box
// pruned as page furniture. It returns the headline's text, or "", and the
// index of its last block.
func (d *Document) addHeadline(p *page, removed []bool) (string, int) {
	var words map[string]bool
	for k, b := range d.Blocks {
		if k == headlineSearch {
			break
		}
		if b.Kind != Heading {
			continue
		}
		if words == nil {
			words = titleWords(d.Title)
		}
		if titleMatch(b.Text, words) {
			return b.Text, k
		}
	}
	if len(d.Blocks) == 0 {
		return "", -1
	}
	first, _ := d.Blocks[0].PageRange(0, 1)
	h := p.findHeadline(d.Title, int32(first))
	if h < 0 {
		return "", -1
	}
	// The headline may sit in a box pruned as page furniture: keep what in
	// it is visible.
	for j := h; j < p.nodes[h].end; j++ {
		nd := &p.nodes[j]
		removed[j] = nd.drop || nd.role || j > h && removed[nd.parent]
	}
	head := emitBlocks(p, removed, []span{{h, p.nodes[h].end}})
	if len(head) == 0 {
		return "", -1
	}
	for k := range head {
		head[k].Kind = Heading
	}
	d.Blocks = slices.Insert(d.Blocks, 0, head...)
	return head[0].Text, len(head) - 1
}
