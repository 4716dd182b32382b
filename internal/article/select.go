package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// span is a range [start, end) of page.nodes: one or more whole sibling
// subtrees of the article.
type span struct{ start, end int32 }

// topCandidates returns the best candidates, best first; of equal scores the
// first in document order comes first.
func (a *attempt) topCandidates() []int32 {
	top := make([]int32, 0, topCandidates)
	for i := range a.scored {
		if !a.scored[i] || a.removed[i] {
			continue
		}
		s := a.score[i]
		k := len(top)
		for k > 0 && s > a.score[top[k-1]] {
			k--
		}
		if k >= topCandidates {
			continue
		}
		if len(top) < topCandidates {
			top = append(top, 0)
		}
		copy(top[k+1:], top[k:])
		top[k] = int32(i)
	}
	return top
}

// commonAncestor returns the lowest ancestor of top that holds at least
// minTopCandidates of the near-equal alternatives, or top itself.
func (a *attempt) commonAncestor(top []int32) int32 {
	best := top[0]
	var alts []int32
	for _, c := range top[1:] {
		if a.score[c] >= nearEqualScore*a.score[best] {
			alts = append(alts, c)
		}
	}
	if len(alts) < minTopCandidates {
		return best
	}
	for anc := a.p.nodes[best].parent; anc > 0; anc = a.p.nodes[anc].parent {
		n := 0
		for _, c := range alts {
			if anc != c && a.p.contains(anc, c) {
				n++
			}
		}
		if n >= minTopCandidates {
			return anc
		}
	}
	return best
}

// climb moves from candidate c up to an ancestor whose score grows, as an
// article split into several scored parts has; then past ancestors that hold
// nothing else.
func (a *attempt) climb(c int32) int32 {
	a.initCandidate(c)
	last := a.score[c]
	threshold := last / 3
	for anc := a.p.nodes[c].parent; anc > 0; anc = a.p.nodes[anc].parent {
		if !a.scored[anc] {
			continue
		}
		s := a.score[anc]
		if s < threshold {
			break
		}
		if s > last {
			c = anc
			break
		}
		last = s
	}
	for anc := a.p.nodes[c].parent; anc > 0 && a.elementChildren(anc) == 1; anc = a.p.nodes[anc].parent {
		c = anc
	}
	a.initCandidate(c)
	return c
}

// elementChildren counts the element children of node i left in.
func (a *attempt) elementChildren(i int32) int {
	n := 0
	for c := i + 1; c < a.p.nodes[i].end; c = a.p.nodes[c].end {
		if !a.removed[c] && a.p.nodes[c].n.Type == html.ElementNode {
			n++
		}
	}
	return n
}

// selectArticle returns the spans of the article: the top candidate and the
// siblings that read as part of it. Without candidates it is the whole body.
func (a *attempt) selectArticle() []span {
	top := a.topCandidates()
	if len(top) == 0 || top[0] == 0 {
		return []span{{0, a.p.nodes[0].end}}
	}
	c := a.climb(a.commonAncestor(top))
	if c == 0 {
		return []span{{0, a.p.nodes[0].end}}
	}
	return a.siblings(c)
}

// siblings returns c and the siblings of c that join it: those that score
// near it, those of its class that score some, and paragraphs of text.
func (a *attempt) siblings(c int32) []span {
	nodes := a.p.nodes
	parent := nodes[c].parent
	threshold := max(minSiblingScore, siblingShare*a.score[c])
	class := firstClass(attr(nodes[c].n, "class"))
	var spans []span
	add := func(s, e int32) {
		if n := len(spans); n > 0 && spans[n-1].end == s {
			spans[n-1].end = e
			return
		}
		spans = append(spans, span{s, e})
	}
	runStart := int32(-1)
	var run stats
	endRun := func(at int32) {
		if runStart >= 0 && a.joinsAsParagraph(&run, runStart, at) {
			add(runStart, at)
		}
		runStart, run = -1, stats{}
	}
	for s := parent + 1; s < nodes[parent].end; s = nodes[s].end {
		if a.removed[s] {
			continue
		}
		if nodes[parent].a == atom.Div && a.phrasing(s) && s != c {
			if runStart < 0 {
				runStart = s
			}
			run.chars += a.st[s].chars
			run.links += a.st[s].links
			continue
		}
		endRun(s)
		if nodes[s].n.Type != html.ElementNode {
			continue
		}
		join := s == c
		if !join && a.scored[s] {
			bonus := float32(0)
			if class != "" && firstClass(attr(nodes[s].n, "class")) == class {
				bonus = siblingShare * a.score[c]
			}
			join = a.score[s]+bonus >= threshold
		}
		if !join && (nodes[s].a == atom.P || nodes[s].a == atom.Div && a.st[s].blocks == 0) {
			join = a.joinsAsParagraph(&a.st[s], s, nodes[s].end)
		}
		if join {
			add(s, nodes[s].end)
		}
	}
	endRun(nodes[parent].end)
	return spans
}

// joinsAsParagraph reports whether a paragraph beside the article, nodes
// [s, e) with stats st, reads as part of it: long with few links, or short
// with none, ending a sentence.
func (a *attempt) joinsAsParagraph(st *stats, s, e int32) bool {
	ld := st.linkDensity()
	switch {
	case st.chars > siblingParagraphChars:
		return ld < siblingLinkDensity
	case st.chars > 0 && ld == 0:
		text := a.p.text[a.p.nodes[s].off:a.p.endOff(e)]
		return hasSentenceEnd(foldSpace(text))
	}
	return false
}

// firstClass returns the first name in a class attribute: siblings that share
// it are items of one kind, whatever modifiers follow.
func firstClass(class string) string {
	f, _, _ := strings.Cut(strings.TrimLeft(class, " \t\n\f\r"), " ")
	return f
}
