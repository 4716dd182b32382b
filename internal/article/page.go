package article

import (
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is a parsed page flattened in document order: node i's descendants
// are the nodes i+1 to end-1, so that subtree sums, ancestry tests and the
// page text of a subtree cost no walk.
type page struct {
	root, body *html.Node
	text       string
	nodes      []node
	// yield, when not nil, is called between the steps of extraction
	// (see ParseBytesYield).
	yield func()
}

// node is one node under <body>. The contents of skipped elements are not
// nodes.
type node struct {
	n       *html.Node
	parent  int32 // index of the parent, or -1 for <body>
	end     int32 // index just past the last descendant
	off     int32 // page text length before the node: a text node's offset
	chars   int32 // for a text node: its length with white space folded
	commas  int32 // for a text node: its commas
	a       atom.Atom
	class   classInfo
	drop    bool  // hidden or never article text, whatever the attempt
	hash    bool  // an <a> whose href points into the page
	role    bool  // an element whose role marks a box a reader skips
	post    bool  // the subtree holds an embedded social post
	byline  bool  // an element whose attributes say it names the author
	summary bool  // an element whose class, id, itemprop or role names it a standfirst
	blank   bool  // a text node of white space only
	anc     uint8 // ancBits of the node's ancestors
}

// Ancestor bits: what a node sits inside.
const (
	inTable uint8 = 1 << iota
	inCode
	inFigure
	inLink
)

// ancBit returns the ancestor bit an element gives its descendants.
func ancBit(a atom.Atom) uint8 {
	switch a {
	case atom.Table:
		return inTable
	case atom.Code, atom.Pre:
		return inCode
	case atom.Figure:
		return inFigure
	case atom.A:
		return inLink
	}
	return 0
}

// skipped reports elements whose contents are not page text.
func skipped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Iframe, atom.Object:
		return true
	}
	// Elements in foreign content (svg and math children) carry no atom.
	return n.Data == "svg" || n.Data == "math"
}

// newPage flattens root's body and builds its page text. It follows the
// tree's own links instead of recursing, so that depth costs no stack. A
// tree of 2 GB of text is refused as if it had no body.
func newPage(root *html.Node) *page {
	return newPageYield(root, nil)
}

// newPageYield is newPage calling yield (which may be nil) every
// yieldNodes nodes; the page keeps yield for the steps after it.
func newPageYield(root *html.Node, yield func()) *page {
	p := &page{root: root, body: findBody(root), yield: yield}
	if p.body == nil {
		return p
	}
	nodes, textLen := count(p.body)
	if nodes >= math.MaxInt32 || textLen >= math.MaxInt32 {
		// Offsets are 32 bits: no page within MaxPageBytes comes near.
		p.body = nil
		return p
	}
	p.nodes = make([]node, 0, nodes)
	var sb strings.Builder
	sb.Grow(textLen)
	parent := int32(-1)
	n := p.body
	for n != nil {
		i := int32(len(p.nodes))
		if i%yieldNodes == 0 {
			p.pause()
		}
		nd := node{n: n, parent: parent, end: i + 1, off: int32(sb.Len())}
		descend := false
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			nd.chars, nd.commas = measure(n.Data)
			nd.blank = blank(n.Data, nd.chars)
			p.nodes = append(p.nodes, nd)
		case html.ElementNode:
			if parent >= 0 {
				pn := &p.nodes[parent]
				nd.anc = pn.anc | ancBit(pn.a)
			}
			describe(&nd)
			p.nodes = append(p.nodes, nd)
			descend = !skipped(n)
		}
		if descend && n.FirstChild != nil {
			parent, n = i, n.FirstChild
			continue
		}
		// Climb until a node has a next sibling, closing the ranges of the
		// elements left.
		for n != p.body && n.NextSibling == nil {
			n = n.Parent
			p.nodes[parent].end = int32(len(p.nodes))
			parent = p.nodes[parent].parent
		}
		if n == p.body {
			break
		}
		n = n.NextSibling
	}
	p.text = sb.String()
	p.markPosts()
	return p
}

// count returns how many nodes and bytes of page text newPage will find
// under body, so that it allocates once: growing would cost more than this
// walk.
func count(body *html.Node) (nodes, textLen int) {
	n := body
	for n != nil {
		descend := false
		switch n.Type {
		case html.TextNode:
			nodes++
			textLen += len(n.Data)
		case html.ElementNode:
			nodes++
			descend = !skipped(n)
		}
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != body && n.NextSibling == nil {
			n = n.Parent
		}
		if n == body {
			break
		}
		n = n.NextSibling
	}
	return nodes, textLen
}

// describe fills in what an element's tag and attributes say about it.
func describe(nd *node) {
	n := nd.n
	nd.a = n.DataAtom
	var class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "hidden":
			nd.drop = true
		case "aria-hidden":
			nd.drop = nd.drop || a.Val == "true"
		case "style":
			nd.drop = nd.drop || invisibleStyle(a.Val)
		case "role":
			nd.role = unlikelyRole(a.Val)
			nd.summary = nd.summary || isOneOf(a.Val, summaryRoles)
		case "rel":
			nd.byline = nd.byline || a.Val == "author"
		case "itemprop":
			nd.byline = nd.byline || strings.Contains(a.Val, "author")
			nd.summary = nd.summary || isSummaryProp(a.Val)
		case "href":
			nd.hash = strings.HasPrefix(a.Val, "#")
		case "aria-modal":
			nd.role = nd.role || a.Val == "true"
		}
	}
	nd.class = judgeClass(class, id)
	nd.byline = nd.byline || nd.class.flags&classByline != 0
	nd.summary = nd.summary || nd.class.flags&classSummary != 0
	if skipped(n) || droppedTag(nd.a) || nd.class.flags&classUnseen != 0 {
		nd.drop = true
	}
}

// invisibleStyle reports a style attribute that hides its element.
func invisibleStyle(style string) bool {
	st := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// measure returns the length of s in characters with white space folded
// (leading and trailing space count as one each), and its commas.
func measure(s string) (chars, commas int32) {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			// ASCII, most page text, without decoding.
			i++
			if c == ' ' || '\t' <= c && c <= '\r' {
				if !space {
					chars++
					space = true
				}
				continue
			}
			if c == ',' {
				commas++
			}
			chars++
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1 || isSpace(r):
			if !space {
				chars++
				space = true
			}
			continue
		case r == '\u060C' || r == '\uFE50' || r == '\uFE10' || r == '\uFE11' ||
			r == '\u2E41' || r == '\u2E34' || r == '\u2E32' || r == '\uFF0C':
			commas++
		}
		chars++
		space = false
	}
	return chars, commas
}

// blank reports whether s, of chars folded characters, is white space only.
func blank(s string, chars int32) bool {
	if chars != 1 {
		return chars == 0
	}
	r, size := utf8.DecodeRuneInString(s)
	return isSpace(r) || r == utf8.RuneError && size == 1
}

// textOf returns the page text of node i's subtree.
func (p *page) textOf(i int32) string {
	return p.text[p.nodes[i].off:p.endOff(p.nodes[i].end)]
}

// endOff returns the page text offset of node index i, or the end of the
// page text past the last node.
func (p *page) endOff(i int32) int32 {
	if int(i) >= len(p.nodes) {
		return int32(len(p.text))
	}
	return p.nodes[i].off
}

// contains reports whether node j is node i or one of its descendants.
func (p *page) contains(i, j int32) bool {
	return i <= j && j < p.nodes[i].end
}

func findBody(root *html.Node) *html.Node {
	var body *html.Node
	walk(root, func(n *html.Node) bool {
		if body != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return false
		}
		return true
	})
	return body
}

// walk visits root and its descendants in document order; visit returns false
// to skip a node's children. It follows the tree's own links, so depth costs
// no stack.
func walk(root *html.Node, visit func(*html.Node) bool) {
	n := root
	for {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// markPosts marks the nodes that hold an embedded social post, so that no
// rule removes a post with the box around it.
func (p *page) markPosts() {
	for i := len(p.nodes) - 1; i >= 0; i-- {
		nd := &p.nodes[i]
		if nd.class.flags&classPost != 0 && nd.a == atom.Blockquote {
			nd.post = true
		}
		if nd.post && nd.parent >= 0 {
			p.nodes[nd.parent].post = true
		}
	}
}
