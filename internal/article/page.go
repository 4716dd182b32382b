package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is a parsed page with its page text: every text node that counts
// toward the page text has an offset into it.
type page struct {
	root    *html.Node
	body    *html.Node
	text    strings.Builder
	offsets map[*html.Node]int
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

// newPage indexes the text nodes of root's body. It walks without recursion,
// so that deeply nested pages cost no stack.
func newPage(root *html.Node) *page {
	p := &page{root: root, offsets: make(map[*html.Node]int)}
	p.body = findBody(root)
	if p.body == nil {
		return p
	}
	walk(p.body, func(n *html.Node) bool {
		if skipped(n) {
			return false
		}
		if n.Type == html.TextNode {
			p.offsets[n] = p.text.Len()
			p.text.WriteString(n.Data)
		}
		return true
	})
	return p
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

// walk visits n and its descendants in document order; visit returns false to
// skip a node's children. It keeps its own stack, so depth costs no Go stack.
func walk(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(c) {
			continue
		}
		// Push children last to first so that the first is visited first.
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
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
