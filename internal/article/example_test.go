package article_test

import (
	"fmt"
	"strings"

	"github.com/quotelens/quotelens/internal/article"
)

const examplePage = `<html lang="en"><head><title>Port deal | The Ledger</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port deal</h1>
<p>The minister spoke for an hour, and the hall, which had been loud all morning, went quiet.</p>
<blockquote class="twitter-tweet"><p>We agree.</p>&mdash; A Minister (@minister) <a href="/s">May 1, 2026</a></blockquote>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">“We will not back down”</a></li></ul></aside>
</body></html>`

func ExampleParse() {
	doc, err := article.Parse(strings.NewReader(examplePage))
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Title, doc.Lang)
	for _, b := range doc.Blocks {
		fmt.Printf("%s %d: %s\n", b.Kind, b.Group, b.Text)
	}
	// Output:
	// Port deal en
	// heading 0: Port deal
	// paragraph 0: The minister spoke for an hour, and the hall, which had been loud all morning, went quiet.
	// post 1: We agree.
	// post 1: — A Minister (@minister) May 1, 2026
}

func ExampleBlock_PageRange() {
	doc, err := article.ParseBytes([]byte(examplePage))
	if err != nil {
		panic(err)
	}
	b := doc.Blocks[1]
	i := strings.Index(b.Text, "the hall")
	start, end := b.PageRange(i, i+len("the hall"))
	fmt.Printf("%q at %d\n", doc.PageText[start:end], start)
	// Output:
	// "the hall" at 58
}

func ExampleFromText() {
	doc := article.FromText("Port deal\n\nThe minister spoke.\n")
	for _, b := range doc.Blocks {
		fmt.Printf("%s: %s\n", b.Kind, b.Text)
	}
	// Output:
	// heading: Port deal
	// paragraph: The minister spoke.
}
