// Package article turns a web page into the article a reader sees: its title,
// its language, and its text as a list of blocks (headline, paragraphs, block
// quotations, embedded posts, captions), each of which can be pointed back at
// the page's own text.
//
// It finds the article as Mozilla's Readability does, in small steps over a
// flat copy of the page (page.go): prune what is never article text
// (candidates.go), score paragraphs into their ancestors, select the top
// candidate and the siblings that read as part of it (select.go), clean out
// boxes of links, forms and share buttons (clean.go), and cut the rest into
// blocks (blocks.go). The heuristics are named in rules.go and keywords.go.
// Every step is linear in the size of the page.
package article

import "sort"

// Kind is the kind of a Block.
type Kind uint8

// Kinds of block.
const (
	Paragraph Kind = iota + 1
	Heading
	Quotation // a paragraph inside <blockquote> or <q>-like testimony
	Post      // a paragraph inside an embedded social post
	Caption   // a figure caption
	ListItem
	Preformatted
)

var kindNames = [...]string{"", "paragraph", "heading", "quotation", "post", "caption", "list-item", "preformatted"}

// String returns the lower-case name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one block of article text.
type Block struct {
	Kind Kind
	// Text is the block's text with runs of white space folded to one space
	// and trimmed.
	Text string
	// Group is shared by the blocks of one block quotation or embedded post
	// (and is 0 outside them), so that a post's text and its signature line
	// can be read together.
	Group int
	// runs map byte ranges of Text to byte ranges of Document.PageText,
	// sorted by text offset.
	runs []run
}

// run says that Text[text:text+n] is PageText[page:page+n]. A folded space
// is a run of n = 1 pointing at the first white space character it replaces.
type run struct {
	text, page, n int
}

// Document is the article found in a page.
type Document struct {
	// Title is the article's headline, or the page title.
	Title string
	// Lang is the language the page declares (the lang attribute of <html>,
	// or a content-language meta element), lower-cased, or "".
	Lang string
	// PageText is the page's text: the text nodes under <body> in document
	// order, without the contents of script, style, noscript, template, svg,
	// math, iframe and object elements. Selectors point into it.
	PageText string
	// Blocks are the article's blocks in reading order.
	Blocks []Block
	// Reason says why Blocks is empty, or is "".
	Reason string
}

// PageRange maps the byte range [start, end) of b.Text to a byte range of the
// page text. A range that does not map (text with no runs, as from FromText
// when the page text is the text) is returned as it is.
func (b *Block) PageRange(start, end int) (int, int) {
	if len(b.runs) == 0 || start >= end {
		return start, end
	}
	return b.pageOffset(start, false), b.pageOffset(end-1, true)
}

// pageOffset maps one byte offset of Text to the page text; after asks for
// the offset just past that byte.
func (b *Block) pageOffset(i int, after bool) int {
	k := sort.Search(len(b.runs), func(k int) bool { return b.runs[k].text+b.runs[k].n > i })
	if k == len(b.runs) {
		k--
	}
	r := b.runs[k]
	off := i - r.text
	if off < 0 {
		off = 0
	}
	if off >= r.n {
		off = r.n - 1
	}
	if after {
		return r.page + off + 1
	}
	return r.page + off
}
