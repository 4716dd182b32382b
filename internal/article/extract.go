package article

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxPageBytes is the largest page Parse reads; a larger one is an error,
// not a slow answer.
const MaxPageBytes = 32 << 20

// ErrTooLarge is returned for a page over MaxPageBytes.
var ErrTooLarge = fmt.Errorf("article: page over %d bytes", MaxPageBytes)

// Parse reads a page and returns its article. A page with no article is not
// an error: its Document has no blocks and a Reason.
func Parse(r io.Reader) (*Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("article: read page: %w", err)
	}
	return ParseBytes(data)
}

// ParseBytes is Parse over a page held in memory.
func ParseBytes(data []byte) (*Document, error) {
	if len(data) > MaxPageBytes {
		return nil, ErrTooLarge
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("article: parse html: %w", err)
	}
	return FromNode(root), nil
}

// FromNode finds the article in a parsed page.
func FromNode(root *html.Node) *Document {
	p := newPage(root)
	d := &Document{PageText: p.text.String(), Lang: pageLang(root), Title: pageTitle(root)}
	if p.body == nil {
		d.Reason = "no body"
		return d
	}
	top := selectRoot(p)
	if top == nil {
		d.Reason = "no article text"
		return d
	}
	d.Blocks = emitBlocks(p, top)
	if len(d.Blocks) == 0 {
		d.Reason = "no article text"
	}
	return d
}

// regexps gathers the patterns that judge elements by class and id, built on
// first use.
var regexps = sync.OnceValue(func() struct{ unlikely, post *regexp.Regexp } {
	return struct{ unlikely, post *regexp.Regexp }{
		unlikely: regexp.MustCompile(`(?i)\b(comment|disqus|share|sharing|social|newsletter|related|promo|sponsor|advert|cookie|consent|subscribe|signup|sign-up|popular|most-read|mostread|trending|breadcrumb|pagination|pager|menu|navbar|masthead|sidebar|footer|byline-share|outbrain|taboola|recirc)`),
		post:     regexp.MustCompile(`(?i)(twitter-tweet|tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|fb-post|threads-post)`),
	}
})

// excluded reports elements that are never article text.
func excluded(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skipped(n) {
		return true
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Dialog:
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if attr(n, "aria-hidden") == "true" {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
		return true
	}
	if n.DataAtom == atom.Blockquote || n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	cls := attr(n, "class") + " " + attr(n, "id")
	return len(cls) > 1 && regexps().unlikely.MatchString(cls)
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func pageLang(root *html.Node) string {
	lang := ""
	walk(root, func(n *html.Node) bool {
		if lang != "" || n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				lang = attr(n, "lang")
				if lang == "" {
					lang = attr(n, "xml:lang")
				}
			case atom.Meta:
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
					lang = attr(n, "content")
				}
			}
		}
		return true
	})
	return strings.ToLower(strings.TrimSpace(lang))
}

func pageTitle(root *html.Node) string {
	var og, title string
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				if attr(n, "property") == "og:title" && og == "" {
					og = attr(n, "content")
				}
			case atom.Title:
				if title == "" && n.FirstChild != nil {
					title = n.FirstChild.Data
				}
			}
		}
		return true
	})
	if og != "" {
		return strings.Join(strings.Fields(og), " ")
	}
	return strings.Join(strings.Fields(title), " ")
}
