package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attempt is one try at finding the article under a set of flags. Its slices
// are indexed like page.nodes.
type attempt struct {
	p       *page
	f       flags
	used    flags // the flags that changed something: without the others, the attempt would find the same
	removed []bool
	st      []stats
	score   []float32
	scored  []bool
}

// newAttempt prepares an attempt, reusing the buffers of old when given.
func newAttempt(p *page, f flags, old *attempt) *attempt {
	n := len(p.nodes)
	a := &attempt{p: p, f: f}
	if old != nil && cap(old.removed) >= n {
		a.removed, a.st, a.score, a.scored = old.removed[:n], old.st[:n], old.score[:n], old.scored[:n]
		clear(a.removed)
		clear(a.score)
		clear(a.scored)
	} else {
		marks := make([]bool, 2*n) // one allocation for removed and scored
		a.removed, a.scored = marks[:n:n], marks[n:]
		a.st, a.score = make([]stats, n), make([]float32, n)
	}
	return a
}

// prune removes what is never article text, and with flagStripUnlikely the
// boxes whose class or id says a reader skips them. A removed node's
// descendants are removed too.
func (a *attempt) prune() {
	bylineFound := false
	for i := range a.p.nodes {
		nd := &a.p.nodes[i]
		if nd.parent >= 0 && a.removed[nd.parent] {
			a.removed[i] = true
			continue
		}
		if nd.n.Type != html.ElementNode || nd.post && !nd.drop {
			continue
		}
		a.removed[i] = nd.drop || nd.role
		if !a.removed[i] && a.f&flagStripUnlikely != 0 && a.unlikely(nd) {
			a.removed[i] = true
			a.used |= flagStripUnlikely
		}
		if !a.removed[i] && !bylineFound && a.byline(int32(i)) {
			// The first byline only, as Readability: later ones may be
			// the authors of quoted work.
			a.removed[i], bylineFound = true, true
		}
	}
}

// byline reports an element that holds only the article's byline: the
// author's name and the date, which are not article text.
func (a *attempt) byline(i int32) bool {
	if !a.p.nodes[i].byline {
		return false
	}
	raw := a.p.textOf(i)
	if len(raw) > 4*maxBylineChars {
		return false
	}
	chars := len([]rune(foldSpace(raw)))
	return chars > 0 && chars < maxBylineChars
}

// unlikely reports an element whose class or id marks a box a reader skips.
func (a *attempt) unlikely(nd *node) bool {
	return nd.class.flags&classUnlikely != 0 && nd.a != atom.Body && nd.a != atom.A &&
		nd.a != atom.Article && nd.a != atom.Main && nd.anc&(inTable|inCode) == 0
}

// weight returns an element's class weight when classes are weighed.
func (a *attempt) weight(i int32) float32 {
	w := a.p.nodes[i].class.weight
	if a.f&flagWeightClasses == 0 || w == 0 {
		return 0
	}
	a.used |= flagWeightClasses
	return float32(w)
}

// initCandidate makes node i a candidate with its starting score.
func (a *attempt) initCandidate(i int32) {
	if !a.scored[i] {
		a.scored[i] = true
		a.score[i] = float32(tagScore(a.p.nodes[i].a)) + a.weight(i)
	}
}

// scoreParagraphs gives every paragraph's score to its ancestors: in full to
// its parent, in half to its grandparent, and a third of the level beyond.
// A div without block children is a paragraph; the loose text of a div with
// block children is scored as paragraphs of that div.
func (a *attempt) scoreParagraphs() {
	nodes := a.p.nodes
	for i := int32(0); i < int32(len(nodes)); i++ {
		nd := &nodes[i]
		if a.removed[i] {
			i = nd.end - 1
			continue
		}
		if nd.n.Type != html.ElementNode {
			continue
		}
		switch {
		case scoredTag(nd.a) || nd.a == atom.Div && a.st[i].blocks == 0:
			a.scoreParagraph(&a.st[i], nd.parent)
		case nd.a == atom.Div:
			a.scoreLooseText(i)
		}
	}
}

// scoreLooseText scores the runs of phrasing content among the children of
// div i as paragraphs.
func (a *attempt) scoreLooseText(i int32) {
	var run stats
	for c := i + 1; c < a.p.nodes[i].end; c = a.p.nodes[c].end {
		if a.removed[c] {
			continue
		}
		if a.phrasing(c) {
			run.chars += a.st[c].chars
			run.commas += a.st[c].commas
			continue
		}
		a.scoreParagraph(&run, i)
		run = stats{}
	}
	a.scoreParagraph(&run, i)
}

// phrasing reports a node that reads as part of a paragraph: text, or an
// inline element without block descendants.
func (a *attempt) phrasing(i int32) bool {
	nd := &a.p.nodes[i]
	if nd.n.Type == html.TextNode {
		return true
	}
	return !blockElement(nd.a) && a.st[i].blocks == 0 && !divToPTag(nd.a)
}

// scoreParagraph adds the score of a paragraph with stats s to the ancestors
// from node parent up.
func (a *attempt) scoreParagraph(s *stats, parent int32) {
	if s.chars < minScoredChars || parent < 0 {
		return
	}
	score := 1 + float32(s.commas) + float32(min(s.chars/100, 3))
	for level := 0; level < scoreAncestors && parent >= 0; level++ {
		a.initCandidate(parent)
		div := float32(1)
		switch {
		case level == 1:
			div = 2
		case level > 1:
			div = float32(level * 3)
		}
		a.score[parent] += score / div
		parent = a.p.nodes[parent].parent
	}
}

// scaleByLinks lowers every candidate's score by its link density.
func (a *attempt) scaleByLinks() {
	for i := range a.scored {
		if a.scored[i] {
			a.score[i] *= float32(1 - a.st[i].linkDensity())
		}
	}
}
