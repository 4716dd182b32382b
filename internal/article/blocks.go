package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElement reports elements that start a new block.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Blockquote, atom.Figcaption, atom.Pre, atom.Td, atom.Th,
		atom.Dd, atom.Dt, atom.Section, atom.Article, atom.Header, atom.Figure,
		atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Tr, atom.Main, atom.Hr, atom.Address:
		return true
	}
	return false
}

// emitter walks the article root and cuts its text into blocks.
type emitter struct {
	p      *page
	blocks []Block
	bb     blockBuilder
	kind   Kind
	group  int
	groups int
}

// emitBlocks returns the blocks under top in reading order.
func emitBlocks(p *page, top *html.Node) []Block {
	e := &emitter{p: p, kind: Paragraph}
	e.visit(top, 0)
	e.flush()
	return e.blocks
}

const maxDepth = 512

func (e *emitter) flush() {
	if b, ok := e.bb.block(e.kind, e.group); ok {
		e.blocks = append(e.blocks, b)
	}
}

// visit emits n. Depth past maxDepth is read as flat text, so that a page of
// 100,000 nested elements costs no more than a flat one.
func (e *emitter) visit(n *html.Node, depth int) {
	if depth > maxDepth {
		walk(n, func(c *html.Node) bool {
			if excluded(c) {
				return false
			}
			if c.Type == html.TextNode {
				e.text(c)
			}
			return true
		})
		return
	}
	switch n.Type {
	case html.TextNode:
		e.text(n)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	if excluded(n) {
		return
	}
	if n.DataAtom == atom.Br {
		e.space(n)
		return
	}
	if !blockElement(n.DataAtom) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			e.visit(c, depth+1)
		}
		return
	}
	e.flush()
	saveKind, saveGroup := e.kind, e.group
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		e.kind = Heading
	case atom.Li:
		if e.group == 0 {
			e.kind = ListItem
		}
	case atom.Figcaption:
		e.kind = Caption
	case atom.Pre:
		e.kind = Preformatted
	case atom.Blockquote:
		e.groups++
		e.group = e.groups
		e.kind = Quotation
		if regexps().post.MatchString(attr(n, "class")) {
			e.kind = Post
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		e.visit(c, depth+1)
	}
	e.flush()
	e.kind, e.group = saveKind, saveGroup
}

func (e *emitter) text(n *html.Node) {
	off, ok := e.p.offsets[n]
	if !ok {
		return
	}
	e.bb.add(n.Data, off)
}

// space records a line break as a space mapped to the next text.
func (e *emitter) space(n *html.Node) {
	// The page offset of whatever text follows: the page text length at the
	// next text node. Without one, the end of the page text.
	off := e.p.text.Len()
	for c := nextNode(n); c != nil; c = nextNode(c) {
		if o, ok := e.p.offsets[c]; ok {
			off = o
			break
		}
	}
	e.bb.space(off)
}

// nextNode returns the node after n in document order.
func nextNode(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != nil {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}
