package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// selectRoot picks the element that holds the article: the element whose
// paragraphs hold the most text, with a paragraph's text counted in full for
// its parent and in half for its grandparent, as Readability scores.
func selectRoot(p *page) *html.Node {
	score := make(map[*html.Node]int)
	var best *html.Node
	walk(p.body, func(n *html.Node) bool {
		if excluded(n) {
			return false
		}
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Blockquote, atom.Td:
		default:
			return true
		}
		l := textLen(n)
		if l < 25 {
			return false
		}
		w := l / 10
		if par := n.Parent; par != nil {
			score[par] += w
			if g := par.Parent; g != nil {
				score[g] += w / 2
			}
		}
		return false
	})
	max := 0
	for n, s := range score {
		if s > max || s == max && best != nil && before(n, best) {
			best, max = n, s
		}
	}
	if best == nil {
		return p.body
	}
	return best
}

// before reports whether a comes before b in document order, for ties.
func before(a, b *html.Node) bool {
	for n := a; n != nil; n = n.Parent {
		if n == b {
			return false
		}
	}
	found := false
	walk(topOf(a), func(n *html.Node) bool {
		if found {
			return false
		}
		if n == a {
			found = true
			return false
		}
		if n == b {
			return false
		}
		return true
	})
	return found
}

func topOf(n *html.Node) *html.Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return n
}

// textLen counts the bytes of text under n, outside excluded elements.
func textLen(n *html.Node) int {
	l := 0
	walk(n, func(c *html.Node) bool {
		if excluded(c) {
			return false
		}
		if c.Type == html.TextNode {
			l += len(c.Data)
		}
		return true
	})
	return l
}
