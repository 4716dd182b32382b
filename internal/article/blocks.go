package article

import (
	"math"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElement reports elements that start a new block.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Blockquote, atom.Figcaption, atom.Pre, atom.Td, atom.Th,
		atom.Dd, atom.Dt, atom.Section, atom.Article, atom.Header, atom.Figure,
		atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Tr, atom.Main, atom.Hr, atom.Address,
		atom.Caption, atom.Details, atom.Summary, atom.Center:
		return true
	}
	return false
}

// emitter cuts the text of the article's spans into blocks.
type emitter struct {
	p       *page
	removed []bool
	blocks  []Block
	bb      blockBuilder
	kind    Kind
	group   int
	groups  int
	open    []openBlock
}

// openBlock is a block element the emitter is inside, with the kind and
// group to restore when it closes.
type openBlock struct {
	end   int32
	kind  Kind
	group int
}

// emitBlocks returns the blocks of the spans in reading order, leaving out
// removed nodes. It walks the flat page, so depth costs nothing.
func emitBlocks(p *page, removed []bool, spans []span) []Block {
	e := &emitter{p: p, removed: removed, kind: Paragraph}
	e.bb.page = p.text
	nodes, text := int32(0), int32(0)
	for _, sp := range spans {
		nodes += sp.end - sp.start
		text += p.endOff(sp.end) - p.nodes[sp.start].off
	}
	// Pages have about one run in eight nodes, and one block in sixteen;
	// few blocks are longer than 1024 bytes, and few nest 16 deep.
	e.bb.runs = make([]run, 0, nodes/8+1)
	e.blocks = make([]Block, 0, nodes/16+1)
	e.bb.buf = make([]byte, 0, min(text+1, 1024))
	e.open = make([]openBlock, 0, min(nodes, 16))
	for _, sp := range spans {
		for i := sp.start; i < sp.end; {
			e.closeBefore(i)
			i = e.visit(i)
		}
		e.closeBefore(math.MaxInt32)
		e.flush() // a span of loose text is a block of its own
	}
	return e.blocks
}

// visit emits node i and returns the index of the next node to visit.
func (e *emitter) visit(i int32) int32 {
	nd := &e.p.nodes[i]
	if e.removed[i] {
		return nd.end
	}
	switch {
	case nd.n.Type == html.TextNode:
		e.bb.add(nd.n.Data, int(nd.off))
	case skipped(nd.n):
		return nd.end
	case nd.a == atom.Br:
		if next, ok := e.breakRun(i); ok {
			// Two breaks in a row end a paragraph, as Readability reads them.
			e.flush()
			return next
		}
		// The break maps to the page offset of the text that follows it.
		e.bb.space(int(nd.off))
	case blockElement(nd.a) || nd.class.flags&classPost != 0:
		e.flush()
		e.open = append(e.open, openBlock{nd.end, e.kind, e.group})
		e.enter(nd)
	}
	return i + 1
}

// breakRun reports whether the <br> at node i is followed by another one
// among its siblings, with only white space between, and returns the node
// after the run of breaks.
func (e *emitter) breakRun(i int32) (int32, bool) {
	nodes := e.p.nodes
	parent := nodes[i].parent
	n := 0
	next := i + 1
	for j := i; j < int32(len(nodes)) && nodes[j].parent == parent; j = nodes[j].end {
		switch nd := &nodes[j]; {
		case nd.a == atom.Br:
			n++
			next = nd.end
		case nd.n.Type == html.TextNode && nd.blank:
		default:
			return next, n > 1
		}
	}
	return next, n > 1
}

// enter sets the kind and group of the block element nd opens.
func (e *emitter) enter(nd *node) {
	switch {
	case headingTag(nd.a):
		e.kind = Heading
	case nd.a == atom.Li:
		if e.group == 0 {
			e.kind = ListItem
		}
	case nd.a == atom.Figcaption || nd.class.flags&classCaption != 0 && e.group == 0:
		e.kind = Caption
	case nd.a == atom.Pre:
		e.kind = Preformatted
	case nd.a == atom.Blockquote || nd.class.flags&classPost != 0:
		if e.kind == Post {
			return // a quotation inside a post belongs to the post
		}
		e.groups++
		e.group = e.groups
		e.kind = Quotation
		if nd.class.flags&classPost != 0 {
			e.kind = Post
		}
	}
}

// closeBefore closes the open block elements that end before node i.
func (e *emitter) closeBefore(i int32) {
	for n := len(e.open); n > 0 && e.open[n-1].end <= i; n = len(e.open) {
		e.flush()
		e.kind, e.group = e.open[n-1].kind, e.open[n-1].group
		e.open = e.open[:n-1]
	}
}

func (e *emitter) flush() {
	if b, ok := e.bb.block(e.kind, e.group); ok {
		e.blocks = append(e.blocks, b)
	}
}
