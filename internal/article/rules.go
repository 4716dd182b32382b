package article

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// The tunables of the extractor, named as Readability names them.
const (
	// minScoredChars is the shortest paragraph that counts toward its
	// ancestors' scores.
	minScoredChars = 25
	// scoreAncestors is how many ancestors a paragraph's score reaches.
	scoreAncestors = 5
	// topCandidates is how many best candidates are kept to find a common
	// ancestor among near-equals.
	topCandidates = 5
	// minTopCandidates is how many near-equal candidates must share an
	// ancestor for it to be taken instead.
	minTopCandidates = 3
	// nearEqualScore is the share of the top score that makes a candidate a
	// near-equal.
	nearEqualScore = 0.75
	// siblingShare is the share of the top score a sibling needs to join, and
	// the bonus a sibling of the same class gets.
	siblingShare = 0.2
	// minSiblingScore is the least score a sibling needs to join.
	minSiblingScore = 10
	// charThreshold is the article length under which extraction is tried
	// again with fewer rules.
	charThreshold = 500
	// shareMaxChars is the longest share box that is removed.
	shareMaxChars = 500
	// classWeight is the weight a positive or negative class or id adds.
	classWeight = 25
	// hashLinkWeight is how much the text of an in-page link ("#...") counts
	// toward link density.
	hashLinkWeight = 0.3
	// siblingParagraphChars is the length over which a paragraph beside the
	// article joins it if few of its words are links, and under which it
	// joins only with none, ending a sentence.
	siblingParagraphChars = 80
	// siblingLinkDensity is the link density under which a long paragraph
	// beside the article joins it.
	siblingLinkDensity = 0.25
	// keepCommas is how many commas make a box prose that no cleaning
	// removes.
	keepCommas = 10
	// maxLinkDensity is the link density over which a box without a
	// positive class is removed; maxLinkDensityPositive for one with.
	maxLinkDensity         = 0.2
	maxLinkDensityPositive = 0.5
	// headingShare is the share of a box's text in headings that makes a
	// short box of links a heading, which stays.
	headingShare = 0.9
	// listShare is the share of a box's text in lists that makes it a list.
	listShare = 0.9
	// liAllowance is how many list items a box may hold beyond its
	// paragraphs before it reads as a list rather than text.
	liAllowance = 100
	// minBoxChars is the length under which a box with links is removed.
	minBoxChars = 25
	// minEmbedChars is the length under which a box with an embed is the
	// embed's frame.
	minEmbedChars = 75
	// maxAdChars is the length under which a box is read for "Advertisement".
	maxAdChars = 20
	// maxAdBytes bounds the page text read for it, so that the look costs no
	// more than a constant per box.
	maxAdBytes = 256
	// maxListLinkDensity is the link density over which a box after a
	// recirculation heading ("Most read") is a box of links.
	maxListLinkDensity = 0.5
	// maxRecirculationHeading is the longest heading read as the name of a
	// list of links.
	maxRecirculationHeading = 60
	// maxBylineChars is the longest text read as a byline.
	maxBylineChars = 100
	// minTitleOverlap is the share of a heading's words that must be in the
	// page title for the heading to be taken as the article's headline.
	minTitleOverlap = 0.5
	// headlineSearch is how many blocks at the top of an article are
	// searched for the headline before it is looked for outside it.
	headlineSearch = 3
	// maxStandfirstGap is the most visible text, in characters, between the
	// headline and its standfirst: a byline, a date, a kicker.
	maxStandfirstGap = 200
	// minStandfirstChars and maxStandfirstChars bound a standfirst's
	// length: shorter is a label, longer a box of the page.
	minStandfirstChars = 30
	maxStandfirstChars = 1000
	// maxStandfirstNodes bounds the nodes looked at for a standfirst after
	// the headline: icons, buttons and empty boxes between them.
	maxStandfirstNodes = 1000
	// maxStandfirstLinks is the share of a standfirst's text that may be
	// in links.
	maxStandfirstLinks = 0.3
	// minDescriptionWords is the fewest words a page's description needs
	// to tell the element that holds it.
	minDescriptionWords = 5
	// maxNesting is how deep a page's elements may nest before the excess is
	// dropped: html.Parse refuses pages nested deeper than 512.
	maxNesting = 400
)

// flags switch rules on for one extraction attempt; attempts drop them one by
// one when the article found is too short.
type flags uint8

const (
	flagStripUnlikely flags = 1 << iota
	flagWeightClasses
	flagCleanConditionally
	allFlags = flagStripUnlikely | flagWeightClasses | flagCleanConditionally
)

// Class flags: what the class and id of an element say about it.
const (
	classUnlikely uint8 = 1 << iota // a box a reader skips, unless maybe says otherwise
	classShare                      // share buttons
	classPost                       // an embedded social post
	classCaption                    // a caption
	classUnseen                     // text for screen readers only
	classByline                     // the author's name and the date
	classSummary                    // the article's standfirst: the summary under its headline
)

// classInfo is what the class and id of an element say.
type classInfo struct {
	flags  uint8
	weight int8 // -2*classWeight..2*classWeight, in units of 1
}

// judgeClass returns what class and id say about an element.
func judgeClass(class, id string) classInfo {
	if class == "" && id == "" {
		return classInfo{}
	}
	m := keywords()
	inClass, inID := m.find(class), m.find(id)
	w := 0
	for _, f := range [...]struct {
		found uint16
		s     string
	}{{inClass, class}, {inID, id}} {
		if f.found&kwNegative != 0 || f.found&kwHid != 0 && hasToken(f.s, "hid") {
			w -= classWeight
		}
		if f.found&kwPositive != 0 {
			w += classWeight
		}
	}
	ci := classInfo{weight: int8(w)}
	found := inClass | inID
	if found&kwUnlikely != 0 && found&kwMaybe == 0 {
		ci.flags |= classUnlikely
	}
	if found&kwByline != 0 {
		ci.flags |= classByline
	}
	if inClass&kwUnseen != 0 {
		ci.flags |= classUnseen
	}
	if found&kwShare != 0 && (hasWord(class, shareWords, true) || hasWord(id, shareWords, true)) {
		ci.flags |= classShare
	}
	if found&kwPost != 0 && hasWord(class, postWords, false) {
		ci.flags |= classPost
	}
	if found&kwCaption != 0 && hasWord(class, captionWords, false) {
		ci.flags |= classCaption
	}
	if found&kwSummary != 0 && (hasWord(class, summaryWords, true) || hasWord(id, summaryWords, true)) {
		ci.flags |= classSummary
	}
	return ci
}

// unlikelyRoles are ARIA roles of boxes a reader skips.
var unlikelyRoles = [...]string{"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}

func unlikelyRole(role string) bool {
	for _, r := range unlikelyRoles {
		if strings.EqualFold(role, r) {
			return true
		}
	}
	return false
}

// summaryRoles are the ARIA roles (DPUB) of a standfirst.
var summaryRoles = []string{"doc-subtitle", "doc-abstract"}

// tagScore is the score an element starts with as a candidate.
func tagScore(a atom.Atom) float64 {
	switch a {
	case atom.Div:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// scoredTag reports the elements whose text scores their ancestors.
func scoredTag(a atom.Atom) bool {
	switch a {
	case atom.Section, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Td, atom.Pre:
		return true
	}
	return false
}

// divToPTag reports the elements that keep a div from reading as a paragraph.
func divToPTag(a atom.Atom) bool {
	switch a {
	case atom.Blockquote, atom.Dl, atom.Div, atom.Img, atom.Ol, atom.P, atom.Pre, atom.Table, atom.Ul:
		return true
	}
	return false
}

// textishTag reports the elements whose text counts as text, not as loose
// words, when a box is judged.
func textishTag(a atom.Atom) bool {
	return a == atom.Span || a == atom.Li || a == atom.Td || divToPTag(a)
}

// headingTag reports h1 to h6.
func headingTag(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// droppedTag reports elements that are never article text.
func droppedTag(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Aside, atom.Footer, atom.Button, atom.Select, atom.Input, atom.Textarea,
		atom.Dialog, atom.Embed, atom.Link, atom.Option, atom.Menu:
		return true
	}
	return false
}

// conditionalTag reports the elements that are removed from the article when
// they look like boxes of links rather than text.
func conditionalTag(a atom.Atom) bool {
	switch a {
	case atom.Form, atom.Fieldset, atom.Table, atom.Ul, atom.Ol, atom.Div, atom.Section:
		return true
	}
	return false
}
