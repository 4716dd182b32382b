package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// clean removes from the article's spans what a reader skips: share boxes,
// headings whose class says they are not the article's, and, with
// flagCleanConditionally, boxes that read as lists of links, images or form
// fields rather than text. It leaves the stats of each span's nodes summed
// over what remains, and returns the article's length.
func (a *attempt) clean(spans []span) int {
	total := 0
	for _, sp := range spans {
		a.p.sumStats(a.st, sp.start, sp.end, a.removed)
		a.cleanMatched(sp)
		a.cleanLinkLists(sp)
		dataTables := a.dataTables(sp)
		total += a.cleanConditionally(sp, dataTables)
	}
	return total
}

// cleanMatched removes share boxes below the span's top nodes, and h1 and h2
// elements with a negative class weight.
func (a *attempt) cleanMatched(sp span) {
	nodes := a.p.nodes
	for i := sp.start; i < sp.end; i++ {
		nd := &nodes[i]
		if a.removed[i] || nd.n.Type != html.ElementNode || nd.post {
			continue
		}
		top := nd.parent < sp.start
		switch {
		case !top && nd.class.flags&classShare != 0 && a.st[i].chars < shareMaxChars,
			(nd.a == atom.H1 || nd.a == atom.H2) && a.weight(i) < 0:
			for j := i; j < nd.end; j++ {
				a.removed[j] = true
			}
		}
	}
}

// cleanLinkLists removes the lists of links that a heading names as
// recirculation ("Most read", "Related"): the heading and the run of link
// boxes after it. Readability keeps lists of links, as articles have them;
// these it would keep too.
func (a *attempt) cleanLinkLists(sp span) {
	nodes := a.p.nodes
	for i := sp.start; i < sp.end; i++ {
		nd := &nodes[i]
		if a.removed[i] || !headingTag(nd.a) || a.st[i].chars > maxRecirculationHeading {
			continue
		}
		// A box of links next, then the name, then the run of boxes: each
		// look is cheap when the one before it fails.
		next := a.nextElement(i)
		if next < 0 || a.st[next].linkDensity() <= maxListLinkDensity {
			continue
		}
		if raw := a.p.textOf(i); len(raw) > 4*maxRecirculationHeading || !isRecirculation(foldSpace(raw)) {
			continue
		}
		end := nodes[next].end
		for next = a.nextElement(next); next >= 0 && a.st[next].linkDensity() > maxListLinkDensity; next = a.nextElement(next) {
			end = nodes[next].end
		}
		for j := i; j < end; j++ {
			a.removed[j] = true
		}
		i = end - 1
	}
}

// nextElement returns the next element sibling of node i left in, or -1.
func (a *attempt) nextElement(i int32) int32 {
	nodes := a.p.nodes
	parent := nodes[i].parent
	for j := nodes[i].end; parent >= 0 && j < nodes[parent].end; j = nodes[j].end {
		if !a.removed[j] && nodes[j].n.Type == html.ElementNode {
			return j
		}
	}
	return -1
}

// dataTables marks the nodes of the span that sit in a data table, or hold
// one, as cleaning must leave data tables whole.
func (a *attempt) dataTables(sp span) []bool {
	var in []bool
	nodes := a.p.nodes
	for i := sp.start; i < sp.end; i++ {
		nd := &nodes[i]
		inside := nd.parent >= sp.start && in != nil && in[nd.parent-sp.start]
		if !inside && a.st[i].datas == 0 {
			continue
		}
		if in == nil {
			in = make([]bool, sp.end-sp.start)
		}
		in[i-sp.start] = true
	}
	return in
}

// cleanConditionally sums the span's stats again bottom up, removing boxes
// as it goes, so that a box is judged without the boxes removed inside it.
// It returns the length of the text left.
func (a *attempt) cleanConditionally(sp span, dataTables []bool) int {
	st := a.st
	clear(st[sp.start:sp.end])
	for i := sp.end - 1; i >= sp.start; i-- {
		nd := &a.p.nodes[i]
		s := &st[i]
		if nd.n.Type == html.TextNode {
			*s = stats{chars: nd.chars, commas: nd.commas}
		} else {
			s.finish(nd)
			keep := dataTables != nil && dataTables[i-sp.start] || nd.post || nd.anc&inCode != 0
			if !a.removed[i] && !keep && a.f&flagCleanConditionally != 0 && a.conditionalRemove(i, s) {
				a.removed[i] = true
				a.used |= flagCleanConditionally
			}
		}
		if nd.parent >= sp.start {
			a.p.addUp(st, i, a.removed[i])
		}
	}
	if a.removed[sp.start] {
		return 0
	}
	return int(st[sp.start].chars)
}

// conditionalRemove reports whether element i, with stats s, is a box of
// links, images or fields rather than text.
func (a *attempt) conditionalRemove(i int32, s *stats) bool {
	nd := &a.p.nodes[i]
	if !conditionalTag(nd.a) || nd.a == atom.Div && s.blocks == 0 {
		return false
	}
	weight := a.weight(i)
	if weight < 0 {
		return true
	}
	if s.commas >= keepCommas {
		return false
	}
	isList := nd.a == atom.Ul || nd.a == atom.Ol || s.chars > 0 && float64(s.lists)/float64(s.chars) > listShare
	p, img, li, input := s.ps, s.imgs, s.lis-liAllowance, s.inputs
	if s.chars < maxAdChars && a.adOrLoading(i) {
		return true
	}
	chars := s.chars
	ld := s.linkDensity()
	headDensity, textDensity := float64(0), float64(0)
	if chars > 0 {
		headDensity = float64(s.heads) / float64(chars)
		textDensity = float64(s.textish) / float64(chars)
	}
	figure := nd.anc&inFigure != 0
	remove := !figure && img > 1 && float64(p)/float64(img) < 0.5 ||
		!isList && li > p ||
		input > p/3 ||
		!isList && !figure && headDensity < headingShare && chars < minBoxChars && (img == 0 || img > 2) && ld > 0 ||
		!isList && weight < classWeight && ld > maxLinkDensity ||
		weight >= classWeight && ld > maxLinkDensityPositive ||
		s.embeds == 1 && chars < minEmbedChars || s.embeds > 1 ||
		img == 0 && textDensity == 0 && chars > 0
	if remove && isList && s.wide == 0 && s.imgs == s.lis && ld <= maxLinkDensity {
		// A simple list of images, or a list without items, as Readability
		// keeps them; but not a list of links.
		return false
	}
	return remove
}

// adOrLoading reports a box that says only "Advertisement" or "Loading…".
func (a *attempt) adOrLoading(i int32) bool {
	raw := a.p.textOf(i)
	if len(raw) > maxAdBytes {
		return false // long text hidden inside, or white space: not worth a look
	}
	text := strings.TrimSpace(foldSpace(raw))
	return isAd(text) || isLoading(text)
}
