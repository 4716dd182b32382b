package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stats sums what a subtree holds, outside removed nodes.
type stats struct {
	chars   int32   // text length, white space folded
	links   float32 // text length inside links, in-page links weighted down
	commas  int32
	ps      int32 // <p> descendants
	imgs    int32
	lis     int32
	inputs  int32
	embeds  int32 // object, embed and iframe descendants
	blocks  int32 // descendants that keep a div from reading as a paragraph
	heads   int32 // text length inside headings
	textish int32 // text length inside textish descendants
	lists   int32 // text length inside ul and ol descendants
	rows    int32 // <tr> descendants
	cells   int32 // <td> descendants
	tables  int32 // <table> descendants
	dataish int32 // descendants that mark a data table: th, thead, caption...
	datas   int32 // data tables, the node included
	kids    int32 // element children
	wide    int32 // element children with more than one element child
}

// addChild adds the sums of child c, which is node nc, to s.
func (s *stats) addChild(c *stats, nc *node) {
	s.chars += c.chars
	s.links += c.links
	s.commas += c.commas
	s.ps += c.ps
	s.imgs += c.imgs
	s.lis += c.lis
	s.inputs += c.inputs
	s.embeds += c.embeds
	s.blocks += c.blocks
	s.heads += c.heads
	s.textish += c.textish
	s.lists += c.lists
	s.rows += c.rows
	s.cells += c.cells
	s.tables += c.tables
	s.dataish += c.dataish
	s.datas += c.datas
	if nc.n.Type == html.ElementNode {
		s.kids++
		if c.kids > 1 {
			s.wide++
		}
	}
	switch a := nc.a; {
	case a == 0:
	case a == atom.P:
		s.ps++
	case a == atom.Img:
		s.imgs++
	case a == atom.Li:
		s.lis++
	case a == atom.Input:
		s.inputs++
	case a == atom.Object || a == atom.Embed || a == atom.Iframe:
		s.embeds++
	case a == atom.Tr:
		s.rows++
	case a == atom.Td:
		s.cells++
	case a == atom.Table:
		s.tables++
	case a == atom.Th || a == atom.Thead || a == atom.Tfoot || a == atom.Caption || a == atom.Col || a == atom.Colgroup:
		s.dataish++
	}
	if divToPTag(nc.a) {
		s.blocks++
	}
	if headingTag(nc.a) {
		s.heads += c.chars - c.heads
	}
	if textishTag(nc.a) {
		s.textish += c.chars - c.textish
	}
	if nc.a == atom.Ul || nc.a == atom.Ol {
		s.lists += c.chars - c.lists
	}
}

// addRemoved counts a removed child that still tells about its parent: form
// fields are dropped from every article, but a box of them is a form.
func (s *stats) addRemoved(nc *node) {
	if nc.a == atom.Input {
		s.inputs++
	}
}

// finish completes the sums of node nd once its children are in.
func (s *stats) finish(nd *node) {
	if nd.a == atom.A {
		w := float32(1)
		if nd.hash {
			w = hashLinkWeight
		}
		s.links = w * float32(s.chars)
	}
	if nd.a == atom.Table && dataTable(s, nd) {
		s.datas++
	}
}

// dataTable reports a table that holds data rather than page layout.
func dataTable(s *stats, nd *node) bool {
	switch attr(nd.n, "role") {
	case "presentation":
		return false
	}
	if attr(nd.n, "datatable") == "0" {
		return false
	}
	if attr(nd.n, "summary") != "" || s.dataish > 0 {
		return true
	}
	if s.tables > 0 {
		return false
	}
	cols := int32(0)
	if s.rows > 0 {
		cols = s.cells / s.rows
	}
	return s.rows >= 10 || cols > 4 || s.rows*cols > 10
}

// linkDensity is the share of a subtree's text inside links.
func (s *stats) linkDensity() float64 {
	if s.chars == 0 {
		return 0
	}
	return float64(s.links) / float64(s.chars)
}

// sumStats computes the stats of every node in [from, to) bottom-up,
// skipping nodes for which removed is true. A node's stats include its
// descendants; to must close a subtree.
func (p *page) sumStats(st []stats, from, to int32, removed []bool) {
	clear(st[from:to])
	for i := to - 1; i >= from; i-- {
		nd := &p.nodes[i]
		s := &st[i]
		if nd.n.Type == html.TextNode {
			*s = stats{chars: nd.chars, commas: nd.commas}
		} else {
			s.finish(nd)
		}
		if nd.parent >= from {
			p.addUp(st, i, removed[i])
		}
	}
}

// addUp adds the stats of node i, or what a removed node still tells, to
// its parent's.
func (p *page) addUp(st []stats, i int32, removed bool) {
	nd := &p.nodes[i]
	parent := &st[nd.parent]
	if removed {
		parent.addRemoved(nd)
		return
	}
	parent.addChild(&st[i], nd)
	if nd.n.Type == html.TextNode && !nd.blank && p.nodes[nd.parent].a == atom.Div {
		// Loose text in a div reads as a paragraph, as Readability wraps
		// it in one.
		parent.textish += st[i].chars
	}
}
