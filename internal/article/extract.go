package article

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxPageBytes is the largest page Parse reads; a larger one is an error,
// not a slow answer.
const MaxPageBytes = 32 << 20

// ErrTooLarge is returned for a page over MaxPageBytes.
var ErrTooLarge = fmt.Errorf("article: page over %d bytes", MaxPageBytes)

// Reasons a Document has no blocks.
const (
	ReasonNoBody    = "no body"
	ReasonNoArticle = "no article text"
)

// Parse reads a page and returns its article. A page with no article is not
// an error: its Document has no blocks and a Reason.
func Parse(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("article: read page: %w", err)
	}
	return ParseBytes(data)
}

// ParseBytes is Parse over a page held in memory. A page nested deeper than
// html.Parse accepts (512 elements) is read with its excess nesting dropped,
// or failing that as text.
func ParseBytes(data []byte) (*Document, error) {
	return ParseBytesYield(data, nil)
}

// ParseBytesYield is ParseBytes calling yield, when it is not nil, as it
// works: every YieldBytes of page the HTML parser reads, every yieldNodes
// nodes it flattens, and between the steps of extraction. A host whose
// engine shares its thread with other work (Go in WebAssembly shares the
// JavaScript event loop) gives the thread up there, so that parsing a
// large page holds it for no more than a moment at a time.
func ParseBytesYield(data []byte, yield func()) (*Document, error) {
	if len(data) > MaxPageBytes {
		return nil, ErrTooLarge
	}
	// A browser drops a byte order mark as it decodes the page; html.Parse
	// would read it as text, and move the head into the body.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, err := html.Parse(yieldingReader(data, yield))
	for _, limit := range [...]int{maxNesting, 0} {
		if err == nil {
			break
		}
		root, err = html.Parse(yieldingReader(flatten(data, limit), yield))
	}
	if err != nil {
		return nil, fmt.Errorf("article: parse html: %w", err)
	}
	return fromNode(root, yield), nil
}

// flatten drops the start and end tags of elements nested deeper than
// limit, keeping their text. It counts depth by tags, which overcounts
// elements whose end tags are implied; it serves only pages html.Parse
// refused.
func flatten(data []byte, limit int) []byte {
	var out bytes.Buffer
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	depth := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes() // io.EOF, or a read error that cannot happen on bytes
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElement(atom.Lookup(name)) {
				break
			}
			depth++
			if depth > limit {
				continue
			}
		case html.EndTagToken:
			depth--
			if depth >= limit {
				continue
			}
		}
		out.Write(raw)
	}
}

// voidElement reports elements that have no end tag.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// FromNode finds the article in a parsed page. It does not change the tree.
func FromNode(root *html.Node) *Document {
	return fromNode(root, nil)
}

// fromNode is FromNode calling yield (which may be nil) as it goes.
func fromNode(root *html.Node, yield func()) *Document {
	if root == nil {
		return &Document{Reason: ReasonNoBody}
	}
	p := newPageYield(root, yield)
	d := &Document{PageText: p.text}
	var desc string
	d.Title, d.Lang, desc = pageMeta(root)
	if p.body == nil {
		d.Reason = ReasonNoBody
		return d
	}
	a, spans := extract(p)
	p.pause()
	d.Blocks = emitBlocks(p, a.removed, spans)
	if len(d.Blocks) > 0 {
		if h, k := d.addHeadline(p, a.removed); h != "" {
			d.Title = h
			d.addStandfirst(p, a.removed, k, desc)
		}
	}
	if len(d.Blocks) == 0 {
		d.Reason = ReasonNoArticle
	}
	return d
}

// attemptFlags are the rule sets tried in turn while the article found is
// shorter than charThreshold.
var attemptFlags = [...]flags{
	allFlags,
	allFlags &^ flagStripUnlikely,
	allFlags &^ flagStripUnlikely &^ flagWeightClasses,
	0,
}

// extract finds the article: the first attempt whose text is long enough, or
// else the longest. An attempt that would drop only flags that changed
// nothing would find the same, and is skipped.
func extract(p *page) (*attempt, []span) {
	var best, last *attempt
	var bestSpans []span
	bestLen := -1
	for _, f := range attemptFlags {
		if last != nil && (last.f&^f)&last.used == 0 {
			continue
		}
		var reuse *attempt
		if last != best {
			reuse = last // keep the best attempt's buffers
		}
		a := newAttempt(p, f, reuse)
		spans, n := a.run()
		if n >= charThreshold {
			return a, spans
		}
		if n > bestLen {
			best, bestSpans, bestLen = a, spans, n
		}
		last = a
	}
	return best, bestSpans
}

// run makes one attempt: prune, score, select, clean. It returns the
// article's spans and its length.
func (a *attempt) run() ([]span, int) {
	a.p.pause()
	a.prune()
	a.p.pause()
	a.p.sumStats(a.st, 0, int32(len(a.p.nodes)), a.removed)
	a.scoreParagraphs()
	a.p.pause()
	a.scaleByLinks()
	spans := a.selectArticle()
	a.p.pause()
	return spans, a.clean(spans)
}

// pageMeta returns the page's title (its og:title, or its <title>), the
// language it declares (the lang attribute of <html>, or a content-language
// meta element) and its description (its og:description, or its meta
// description). It looks through the whole page, as elements of the head
// land in the body of a page with stray text before them.
func pageMeta(root *html.Node) (title, lang, desc string) {
	var og, plain, ogDesc, plainDesc string
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.DataAtom {
		case atom.Body:
			// The head said it; the body may still hold a stray head.
			return og == "" && plain == ""
		case atom.Html:
			if lang == "" {
				lang = attr(n, "lang")
			}
			if lang == "" {
				lang = attr(n, "xml:lang")
			}
		case atom.Meta:
			switch {
			case og == "" && attr(n, "property") == "og:title":
				og = attr(n, "content")
			case ogDesc == "" && attr(n, "property") == "og:description":
				ogDesc = attr(n, "content")
			case plainDesc == "" && strings.EqualFold(attr(n, "name"), "description"):
				plainDesc = attr(n, "content")
			}
			if lang == "" && strings.EqualFold(attr(n, "http-equiv"), "content-language") {
				lang = attr(n, "content")
			}
		case atom.Title:
			if plain == "" && n.FirstChild != nil {
				plain = n.FirstChild.Data
			}
		}
		return !skipped(n)
	})
	title = og
	if strings.TrimSpace(title) == "" {
		title = plain
	}
	desc = ogDesc
	if strings.TrimSpace(desc) == "" {
		desc = plainDesc
	}
	return foldSpace(title), strings.ToLower(strings.TrimSpace(lang)), foldSpace(desc)
}
