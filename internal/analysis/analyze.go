package analysis

import (
	"fmt"

	"github.com/quotelens/quotelens/internal/article"
)

// Options tune one analysis.
type Options struct {
	// URL is the page's address, copied into the Analysis.
	URL string
	// IncludeText puts the article text into Analysis.Text.
	IncludeText bool
}

// HTML analyses a web page. Only a page over article.MaxPageBytes is an
// error; a page with no article or no quotes is an Analysis with a Reason.
func HTML(page []byte, opts Options) (*Analysis, error) {
	doc, err := article.ParseBytes(page)
	if err != nil {
		return nil, fmt.Errorf("analysis: %w", err)
	}
	return Document(doc, opts), nil
}

// Text analyses plain text, one paragraph a line.
func Text(text string, opts Options) *Analysis {
	return Document(article.FromText(text), opts)
}

// Document analyses an article already extracted.
func Document(doc *article.Document, opts Options) *Analysis {
	a := &Analysis{
		Engine:   Version,
		URL:      opts.URL,
		Title:    doc.Title,
		Language: doc.Lang,
		Quotes:   []Quote{},
		Speakers: []Speaker{},
		Disputes: []Dispute{},
		Reason:   doc.Reason,
	}
	if opts.IncludeText {
		for i, b := range doc.Blocks {
			if i > 0 {
				a.Text += "\n\n"
			}
			a.Text += b.Text
		}
	}
	return a
}
