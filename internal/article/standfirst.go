package article

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A standfirst (dek, bajada, entradilla, linha fina) is the summary a page
// sets under its headline, outside the container of the article's body:
// like the headline, it scores nothing as a paragraph, so the article found
// lacks it. Its sentences are article text, and often report speech ("Los
// fiscales aseguran que …"). It is found by the page's structure, never by
// its site.

// addStandfirst puts the page's standfirst after block k, the headline, when
// the article does not hold it. The standfirst is the first element that
// starts within maxStandfirstGap characters of visible text after the
// headline and ends before the article's next block, and either has a class,
// id, itemprop or role that names it a summary (<p class="article-dek">,
// <div class="bajada">, <h2 itemprop="alternativeHeadline">) or has the words
// of the page's description desc ("Contraloría alertó a Hacienda de …"). One
// that repeats the headline or a block of the article is left out. Its
// blocks are paragraphs, whatever element holds them.
func (d *Document) addStandfirst(p *page, removed []bool, k int, desc string) {
	if k < 0 || k >= len(d.Blocks) {
		return
	}
	hb := &d.Blocks[k]
	_, from := hb.PageRange(0, len(hb.Text))
	to := len(p.text)
	if k+1 < len(d.Blocks) {
		to, _ = d.Blocks[k+1].PageRange(0, 1)
	}
	s := p.findStandfirst(int32(from), int32(to), newDescription(desc))
	if s < 0 {
		return
	}
	for j := s; j < p.nodes[s].end; j++ {
		nd := &p.nodes[j]
		removed[j] = nd.drop || nd.role || j > s && removed[nd.parent]
	}
	blocks := emitBlocks(p, removed, []span{{s, p.nodes[s].end}})
	if len(blocks) == 0 || d.repeats(blocks, k) {
		return
	}
	for i := range blocks {
		blocks[i].Kind, blocks[i].Group = Paragraph, 0
	}
	d.Blocks = slices.Insert(d.Blocks, k+1, blocks...)
}

// findStandfirst returns the first element that starts at or after page
// offset from, ends by offset to, and reads as a standfirst, or -1. It
// gives up after maxStandfirstGap characters of visible text, as a
// standfirst sits just under its headline: what is further down is a
// teaser of another story. It looks at no more than maxStandfirstNodes
// nodes, so that a page of empty boxes costs no more than a constant.
func (p *page) findStandfirst(from, to int32, desc description) int32 {
	nodes := p.nodes
	start := int32(sort.Search(len(nodes), func(i int) bool { return nodes[i].off >= from }))
	stop := min(int32(len(nodes)), start+maxStandfirstNodes)
	gap := int32(0)
	for i := start; i < stop && nodes[i].off < to; i++ {
		nd := &nodes[i]
		switch {
		case nd.n.Type == html.TextNode:
			if !nd.blank {
				gap += nd.chars
			}
			if gap > maxStandfirstGap {
				return -1
			}
		case nd.n.Type != html.ElementNode:
		case nd.drop || nd.role || notStandfirst(nd):
			i = nd.end - 1
		case p.endOff(nd.end) > to:
			// The box holds the article's text: look inside it.
		case p.standfirst(i, desc):
			return i
		}
	}
	return -1
}

// notStandfirst reports boxes that are never a standfirst, nor hold one:
// figures and their captions, and bylines.
func notStandfirst(nd *node) bool {
	switch nd.a {
	case atom.Figure, atom.Figcaption, atom.Picture, atom.Video, atom.Img, atom.Table, atom.Form:
		return true
	}
	return nd.byline || nd.class.flags&classCaption != 0
}

// standfirst reports whether element i reads as a standfirst: named one or
// holding the page's description, of standfirst length, with no figure,
// caption or byline inside and few of its words in links.
func (p *page) standfirst(i int32, desc description) bool {
	nodes := p.nodes
	raw := p.textOf(i)
	if len(raw) < minStandfirstChars || len(raw) > 4*maxStandfirstChars ||
		!nodes[i].summary && !desc.matches(raw) {
		return false
	}
	// A standfirst is a few elements: one of more nodes than a search
	// reads is none, which keeps a page of nested boxes linear.
	if nodes[i].end-i > maxStandfirstNodes {
		return false
	}
	var chars, links int32
	for j := i + 1; j < nodes[i].end; j++ {
		nd := &nodes[j]
		switch {
		case nd.n.Type == html.TextNode:
			chars += nd.chars
			// A text node's own anc is not set: its parent's is.
			if pn := &nodes[nd.parent]; pn.a == atom.A || pn.anc&inLink != 0 {
				links += nd.chars
			}
		case nd.drop:
			j = nd.end - 1
		case nd.n.Type == html.ElementNode && notStandfirst(nd):
			return false
		}
	}
	return chars >= minStandfirstChars && chars <= maxStandfirstChars &&
		float64(links) <= maxStandfirstLinks*float64(chars)
}

// description is the page's own summary (og:description, else its meta
// description) as words, to find the element that holds it.
type description struct {
	words []string
	// cut says the page shortened it ("…", "..."): an element whose words
	// start with it holds it.
	cut bool
}

// newDescription returns the words of desc. One too short to tell an
// element by has none.
func newDescription(desc string) description {
	d := description{}
	for _, ell := range [...]string{"…", "..."} {
		if strings.HasSuffix(desc, ell) {
			desc, d.cut = strings.TrimSuffix(desc, ell), true
		}
	}
	d.words = splitWords(desc)
	if d.cut && len(d.words) > 0 {
		d.words = d.words[:len(d.words)-1] // the last word may be cut
	}
	if len(d.words) < minDescriptionWords {
		d.words = nil
	}
	return d
}

// matches reports whether text has the description's words: all of them,
// or its words and more when the page shortened it.
func (d description) matches(text string) bool {
	if d.words == nil {
		return false
	}
	words := splitWords(text)
	if d.cut {
		return len(words) >= len(d.words) && slices.Equal(words[:len(d.words)], d.words)
	}
	return slices.Equal(words, d.words)
}

// repeats reports whether the standfirst blocks repeat the headline, block
// k, or a block after it: a page that sets its first paragraph, or a
// sentence of its body, as a standfirst, or whose article holds it already.
func (d *Document) repeats(blocks []Block, k int) bool {
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(strings.Join(splitWords(b.Text), " "))
		sb.WriteByte(' ')
	}
	sf := strings.TrimSpace(sb.String())
	for j, b := range d.Blocks[k:] {
		bw := strings.Join(splitWords(b.Text), " ")
		if strings.Contains(bw, sf) || j <= headlineSearch && 2*len(bw) >= len(sf) && strings.Contains(sf, bw) {
			return true
		}
	}
	return false
}
