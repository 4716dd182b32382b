// Package analysis holds the Analysis contract, the JSON document that every
// Quotelens host (command line, browser extension, Worker) returns for a page,
// and the pipeline that builds it: page → article text → quotes → speakers →
// disputes.
package analysis

// Version is the engine version stamped on every Analysis, so that stored
// highlights can tell which engine produced them.
const Version = "0.1.0"

// Kinds of quote.
const (
	KindDirect   = "direct"
	KindIndirect = "indirect"
)

// Analysis is the result of analysing one page. Its field names are a contract
// read by other tools: fields may be added, none renamed.
type Analysis struct {
	Engine   string    `json:"engine"`
	URL      string    `json:"url,omitempty"`
	Title    string    `json:"title"`
	Language string    `json:"language"`
	Quotes   []Quote   `json:"quotes"`
	Speakers []Speaker `json:"speakers"`
	Disputes []Dispute `json:"disputes"`
	// Reason says why the Analysis is empty (no article found, no quotes), or
	// is empty.
	Reason string `json:"reason,omitempty"`
	// Text is the article text the quotes were found in; it is left out
	// unless asked for (Options.IncludeText).
	Text string `json:"text,omitempty"`
	// Truncated names the limit (limits.go) at which the analysis stopped
	// early — LimitArticle, LimitQuoteMarks, LimitQuotes, LimitDisputes,
	// LimitResult or LimitTime — or is empty when it read the whole article. What was
	// found before the limit is kept.
	Truncated string `json:"truncated,omitempty"`
}

// Quote is one direct or indirect quote.
type Quote struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Text is the quoted words without the marks, white space folded.
	Text string `json:"text"`
	// Speaker is the id of a Speaker, or nil when the article does not say.
	Speaker *string `json:"speaker"`
	// Cue is the word or phrase that attributes the quote, as on the page
	// ("said", "points out", "according to", "— (tweet)"), or "".
	Cue string `json:"cue"`
	// Sentence is the sentence that carries the attribution; a sentence
	// over MaxSentenceBytes is cut to a window around the quote, with "…"
	// where it was cut.
	Sentence string `json:"sentence,omitempty"`
	// Evidence names the rule that attributed the quote, for the reader.
	Evidence string `json:"evidence,omitempty"`
	// Confidence is the engine's confidence in the attribution, 0 to 1.
	Confidence float64 `json:"confidence"`
	// Selectors place the quote on the page (W3C Web Annotation selectors).
	Selectors []Selector `json:"selectors"`
}

// Speaker is one source: a person, an organisation, or an unnamed source
// given by its description.
type Speaker struct {
	ID string `json:"id"`
	// Name is the fullest form the article gives.
	Name string `json:"name"`
	// Aliases are the other forms the article uses (surnames, titles,
	// descriptions, handles), fullest first.
	Aliases []string `json:"aliases"`
	// Role is the role or affiliation the article gives, or "".
	Role string `json:"role"`
	// Quotes counts the quotes attributed to the speaker.
	Quotes int `json:"quotes"`
}

// Dispute links a claim to what contradicts it.
type Dispute struct {
	ID         string  `json:"id"`
	Claim      Side    `json:"claim"`
	Dispute    Side    `json:"dispute"`
	Cue        string  `json:"cue"`
	Confidence float64 `json:"confidence"`
}

// Side is one side of a Dispute.
type Side struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	// Quote is the id of the quote this side is, or "".
	Quote     string     `json:"quote,omitempty"`
	Selectors []Selector `json:"selectors"`
}

// Selector is a W3C Web Annotation selector. Two types are produced:
//
//   - "TextQuoteSelector": Exact, Prefix and Suffix, taken from the page text;
//   - "TextPositionSelector": Start and End, in UTF-16 code units (the unit of
//     JavaScript strings) over the page text.
//
// The page text is the concatenation, in document order, of the text nodes
// under <body>, leaving out the contents of script, style, noscript, template,
// svg, math, iframe and object elements. The extension walks the live page by
// the same rule, so positions agree when the page has not changed; when it
// has, the quote selector anchors it.
type Selector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}
