package article

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// testPage parses src and flattens it.
func testPage(t *testing.T, src string) *page {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return newPage(root)
}

// byID returns the index of the element with the given id, failing when
// there is none.
func byID(t *testing.T, p *page, id string) int32 {
	t.Helper()
	for i, nd := range p.nodes {
		if nd.n.Type == html.ElementNode && attr(nd.n, "id") == id {
			return int32(i)
		}
	}
	t.Fatalf("no element #%s", id)
	return -1
}

// ids returns the ids of the elements that start the spans, or "?" for an
// element without one.
func ids(p *page, spans []span) []string {
	var out []string
	for _, sp := range spans {
		id := attr(p.nodes[sp.start].n, "id")
		if id == "" {
			id = "?"
		}
		out = append(out, id)
	}
	return out
}

// scored runs an attempt up to scoring.
func scored(p *page, f flags) *attempt {
	a := newAttempt(p, f, nil)
	a.prune()
	p.sumStats(a.st, 0, int32(len(p.nodes)), a.removed)
	a.scoreParagraphs()
	a.scaleByLinks()
	return a
}

// para is a paragraph long enough to score, with n commas.
func para(n int) string {
	return "<p>" + strings.Repeat("Words of a sentence, ", n) + strings.Repeat("more words of the article text ", 4) + "</p>"
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		desc          string
		in            string
		chars, commas int32
	}{
		{"empty", "", 0, 0},
		{"word", "word", 4, 0},
		{"spaces fold", "  a \n\t b  ", 5, 0},
		{"commas", "a, b، c，d", 9, 3},
		{"no-break space folds", "a\u00a0\u00a0b", 3, 0},
		{"invalid byte is space", "a\xffb", 3, 0},
		{"multibyte counts once", "café", 4, 0},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			c, k := measure(tc.in)
			if c != tc.chars || k != tc.commas {
				t.Errorf("measure(%q) = %d, %d; want %d, %d", tc.in, c, k, tc.chars, tc.commas)
			}
		})
	}
}

func TestFoldWords(t *testing.T) {
	tests := []struct {
		desc string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"white space", " \t\n", nil},
		{"words", " a  b\u00a0c\u200bd ", []string{"a", "b", "c", "d"}},
		{"invalid bytes split", "ab\xffcd", []string{"ab", "cd"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := foldWords(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("foldWords(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestBlockBuilder(t *testing.T) {
	// An op adds page[from:to] as a text node, or with br a break at from.
	type op struct {
		from, to int
		br       bool
	}
	tests := []struct {
		desc string
		page string
		ops  []op
		text string
		// word is a word of text whose page range is checked.
		word string
	}{
		{"folds and trims", "  Hello,\n  world  ", []op{{0, 18, false}}, "Hello, world", "world"},
		{"white space across nodes", "a \n b", []op{{0, 2, false}, {2, 5, false}}, "a b", "b"},
		{"a break is a space", "worldagain", []op{{0, 5, false}, {5, 5, true}, {5, 10, false}}, "world again", "again"},
		{"invalid byte reads as space", "again\xff!", []op{{0, 7, false}}, "again !", "!"},
		{"leading break is dropped", "x", []op{{0, 0, true}, {0, 1, false}}, "x", "x"},
		{"nothing but space", "  ", []op{{0, 2, false}}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var bb blockBuilder
			for _, o := range tc.ops {
				if o.br {
					bb.space(o.from)
				} else {
					bb.add(tc.page[o.from:o.to], o.from)
				}
			}
			b, ok := bb.block(Paragraph, 0)
			if b.Text != tc.text || ok != (tc.text != "") {
				t.Fatalf("text %q, %v; want %q", b.Text, ok, tc.text)
			}
			if tc.word == "" {
				return
			}
			i := strings.Index(b.Text, tc.word)
			s, e := b.PageRange(i, i+len(tc.word))
			if tc.page[s:e] != tc.word {
				t.Errorf("page range of %q = %q", tc.word, tc.page[s:e])
			}
			if s, e := b.PageRange(0, len(b.Text)); s < 0 || e > len(tc.page) {
				t.Errorf("range [%d, %d) outside page of %d bytes", s, e, len(tc.page))
			}
		})
	}
}

func TestMatcher(t *testing.T) {
	tests := []struct {
		in   string
		want uint16
	}{
		{"", 0},
		{"plain", 0},
		{"Sidebar", kwUnlikely | kwNegative},
		{"main-content", kwMaybe | kwPositive},
		{"entry-content", kwPositive | kwMaybe},
		{"social-share", kwUnlikely | kwNegative | kwShare},
		{"twitter-tweet", kwPost},
		{"wp-caption-text", kwCaption | kwPositive},
		{"visually-hidden", kwUnseen | kwHid | kwNegative},
		{"naïve-sidebar", kwUnlikely | kwNegative},
	}
	m := keywords()
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := m.find(tc.in); got != tc.want {
				t.Errorf("find(%q) = %b, want %b", tc.in, got, tc.want)
			}
		})
	}
}

func TestJudgeClass(t *testing.T) {
	tests := []struct {
		class, id string
		want      classInfo
	}{
		{"", "", classInfo{}},
		{"sidebar", "", classInfo{classUnlikely, -classWeight}},
		{"sidebar main", "", classInfo{0, 0}},
		{"article-body", "story", classInfo{0, 2 * classWeight}},
		{"hid", "", classInfo{0, -classWeight}},
		{"hidden-xs", "", classInfo{0, -classWeight}},
		{"share-tools", "", classInfo{classShare, -classWeight}},
		{"sharedaddy", "", classInfo{classShare, -classWeight}},
		{"shares-count", "", classInfo{0, -classWeight}},
		{"twitter-tweet", "", classInfo{classPost, 0}},
		{"social-post", "", classInfo{classUnlikely | classPost, classWeight}},
		{"embedded-post", "", classInfo{classPost, classWeight}},
		{"tweetable", "", classInfo{0, 0}},
		{"caption", "", classInfo{classCaption, 0}},
		{"sr-only", "", classInfo{classUnseen, 0}},
		{"article-dek", "", classInfo{classSummary, classWeight}},
		{"bajada", "", classInfo{classSummary, 0}},
		{"", "linha-fina", classInfo{classSummary, 0}},
		{"leaderboard", "", classInfo{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.class+"#"+tc.id, func(t *testing.T) {
			if got := judgeClass(tc.class, tc.id); got != tc.want {
				t.Errorf("judgeClass(%q, %q) = %+v, want %+v", tc.class, tc.id, got, tc.want)
			}
		})
	}
}

func TestHasToken(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"hid", true}, {"a HID b", true}, {"hidden", false}, {"", false}, {"x\thid", true},
	}
	for _, tc := range tests {
		if got := hasToken(tc.s, "hid"); got != tc.want {
			t.Errorf("hasToken(%q, hid) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestNewPage(t *testing.T) {
	tests := []struct {
		desc     string
		src      string
		text     string
		nodes    int
		checkID  string
		wantEnd  int32 // index past the last descendant of checkID
		wantDrop bool
	}{
		{"empty body", "<body></body>", "", 1, "", 0, false},
		{"page text skips scripts", "<body><p id=a>x<script>y</script>z</p></body>", "xz", 5, "a", 5, false},
		{"nested ranges", "<body><div id=a><p>1</p><p>2</p></div><p>3</p></body>", "123", 8, "a", 6, false},
		{"hidden is dropped but is page text", "<body><div id=a hidden>x</div></body>", "x", 3, "a", 3, true},
		{"nav is dropped", "<body><nav id=a>x</nav></body>", "x", 3, "a", 3, true},
		{"screen reader text is dropped", "<body><span id=a class=sr-only>x</span></body>", "x", 3, "a", 3, true},
		{"invisible style", `<body><div id=a style="display: none">x</div></body>`, "x", 3, "a", 3, true},
		{"head text is not page text", "<head><title>T</title></head><body>b</body>", "b", 2, "", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, tc.src)
			if p.text != tc.text || len(p.nodes) != tc.nodes {
				t.Errorf("text %q with %d nodes, want %q with %d", p.text, len(p.nodes), tc.text, tc.nodes)
			}
			if p.nodes[0].end != int32(len(p.nodes)) {
				t.Errorf("body ends at %d, want %d", p.nodes[0].end, len(p.nodes))
			}
			if tc.checkID != "" {
				i := byID(t, p, tc.checkID)
				if p.nodes[i].end != tc.wantEnd || p.nodes[i].drop != tc.wantDrop {
					t.Errorf("#%s ends at %d, drop %v; want %d, %v", tc.checkID, p.nodes[i].end, p.nodes[i].drop, tc.wantEnd, tc.wantDrop)
				}
			}
			for i, nd := range p.nodes {
				if nd.n.Type == html.TextNode && p.text[nd.off:int(nd.off)+len(nd.n.Data)] != nd.n.Data {
					t.Errorf("node %d: offset %d does not point at its text", i, nd.off)
				}
			}
		})
	}
}

func TestPrune(t *testing.T) {
	src := `<body><div id=side class=sidebar><p id=inside>x</p></div>
		<div id=main class="sidebar main">y</div>
		<div id=menu role=navigation>z</div>
		<table><tr><td><div id=cell class=comment>w</div></td></tr></table>
		<div class=social><blockquote id=tweet class=twitter-tweet>t</blockquote></div>
		<p id=by class=byline>By A. Writer</p><p id=by2 rel=author>B. Writer</p>
		<div id=bio class=author-bio>` + strings.Repeat("A long biography of the author. ", 10) + `</div></body>`
	tests := []struct {
		id    string
		f     flags
		gone  bool
		label string
	}{
		{"side", allFlags, true, "unlikely class"},
		{"inside", allFlags, true, "inside an unlikely box"},
		{"side", 0, false, "unlikely class without the flag"},
		{"main", allFlags, false, "unlikely but maybe a candidate"},
		{"menu", 0, true, "navigation role"},
		{"by", 0, true, "first byline"},
		{"by2", 0, false, "second byline"},
		{"bio", 0, false, "long author box"},
		{"cell", allFlags, false, "inside a table"},
		{"tweet", allFlags, false, "a post in an unlikely box"},
	}
	p := testPage(t, src)
	for _, tc := range tests {
		t.Run(tc.label, func(t *testing.T) {
			a := newAttempt(p, tc.f, nil)
			a.prune()
			if got := a.removed[byID(t, p, tc.id)]; got != tc.gone {
				t.Errorf("#%s removed = %v, want %v", tc.id, got, tc.gone)
			}
		})
	}
}

func TestScoreParagraphs(t *testing.T) {
	tests := []struct {
		desc string
		src  string
		id   string
		want float32
	}{
		// A div starts at 5; a paragraph of 24 words and 1 comma scores 1 +
		// 1 + 1 (a hundred characters) for its parent.
		{"parent takes the paragraph's score", "<body><div id=a>" + para(1) + "</div></body>", "a", 5 + 3},
		{"grandparent takes half", "<body><div id=a><div>" + para(1) + "</div></div></body>", "a", 5 + 1.5},
		{"positive class", "<body><div id=a class=article>" + para(1) + "</div></body>", "a", 5 + 25 + 3},
		{"loose text of a div scores for the div", "<body><div id=a><p>x</p>" + strings.Repeat("loose words, ", 10) + "</div></body>", "a", 5 + 1 + 10 + 1},
		{"short paragraphs do not score", "<body><div id=a><p>too short</p></div></body>", "a", 0},
		{"links lower the score", "<body><div id=a><p><a href=/x>" + strings.Repeat("linked words ", 10) + "</a></p></div></body>", "a", 0},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, tc.src)
			a := scored(p, allFlags)
			if got := a.score[byID(t, p, tc.id)]; got != tc.want {
				t.Errorf("score of #%s = %v, want %v", tc.id, got, tc.want)
			}
		})
	}
}

func TestTopCandidates(t *testing.T) {
	p := testPage(t, "<body><div id=a>"+para(1)+"</div><div id=b>"+para(3)+"</div><div id=c>"+para(1)+"</div></body>")
	a := scored(p, allFlags)
	top := a.topCandidates()
	var got []string
	for _, c := range top {
		got = append(got, attr(p.nodes[c].n, "id"))
	}
	// b scores most; a and c tie and keep document order; body follows.
	if want := []string{"b", "a", "c", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("top candidates %q, want %q", got, want)
	}
}

func TestCommonAncestorAndClimb(t *testing.T) {
	threeParts := "<body><div id=wrap><div id=x>" + para(2) + "</div><div>" + para(2) + "</div><div>" + para(2) + "</div><div>" + para(2) + "</div></div><div>" + para(0) + "</div></body>"
	tests := []struct {
		desc, src, want string
	}{
		{"near-equal parts lead to their parent", threeParts, "wrap"},
		{"one clear winner stays", "<body><div id=w><div id=x>" + para(5) + para(5) + "</div><div>" + para(0) + "</div></div></body>", "x"},
		{"single-child wrappers are climbed", "<body><div id=outer><div id=x>" + para(2) + "</div></div><p>" + strings.Repeat("z", 30) + "</p></body>", "outer"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, tc.src)
			a := scored(p, allFlags)
			c := a.climb(a.commonAncestor(a.topCandidates()))
			if got := attr(p.nodes[c].n, "id"); got != tc.want {
				t.Errorf("article root #%s, want #%s", got, tc.want)
			}
		})
	}
}

func TestSiblings(t *testing.T) {
	long := strings.Repeat("A sentence of the article. ", 4)
	tests := []struct {
		desc, src string
		want      []string
	}{
		{"text paragraph beside joins", "<body><div id=top>" + para(3) + para(3) + "</div><p id=p>" + long + "</p></body>", []string{"top"}},
		{"link paragraph beside stays out", "<body><div id=top>" + para(3) + para(3) + "</div><p id=p><a href=/>" + long + "</a></p></body>", []string{"top"}},
		{"short sentence joins", "<body><div id=top>" + para(3) + para(3) + "</div><div id=n>nav</div><p id=s>It ended.</p></body>", []string{"top", "s"}},
		{"same class joins", "<body><div id=top class='item a'>" + para(3) + para(3) + "</div><div id=more class='item b'>" + para(0) + "</div></body>", []string{"top"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, tc.src)
			a := scored(p, allFlags)
			got := ids(p, a.siblings(byID(t, p, "top")))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("spans start at %q, want %q", got, tc.want)
			}
		})
	}
}

func TestConditionalRemove(t *testing.T) {
	links := "<ul id=x>" + strings.Repeat(`<li><a href="/a">A headline, “quoted”</a></li>`, 5) + "</ul>"
	tests := []struct {
		desc, box string
		gone      bool
	}{
		{"list of links stays, as in Readability", links, false},
		{"list of text", "<ul id=x>" + strings.Repeat("<li>An item of text that reads as prose, really.</li>", 3) + "</ul>", false},
		{"negative class", "<div id=x class=promo>" + para(1) + "<p>x</p></div>", true},
		{"box of links", "<div id=x><p><a href=/>Read more</a></p><p><a href=/>And more</a></p></div>", true},
		{"form fields", "<div id=x><p>Sign up</p><input><input></div>", true},
		{"linked prose with many commas stays", "<div id=x><p><a href=/>" + strings.Repeat("a clause, ", 12) + "</a></p><p>x</p></div>", false},
		{"data table stays", "<table id=x><thead><tr><th>a</th></tr></thead><tr><td><a href=/>1</a></td></tr></table>", false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, "<body><div id=top>"+para(3)+tc.box+para(3)+"</div></body>")
			a := scored(p, allFlags)
			top := byID(t, p, "top")
			a.clean([]span{{top, p.nodes[top].end}})
			if got := a.removed[byID(t, p, "x")]; got != tc.gone {
				t.Errorf("removed = %v, want %v", got, tc.gone)
			}
		})
	}
}

func TestEmitBlocks(t *testing.T) {
	tests := []struct {
		desc, src string
		want      []string // "kind group text"
	}{
		{"heading and paragraph", "<body><h2>Title</h2><p>Text <b>bold</b>.</p></body>", []string{"heading 0 Title", "paragraph 0 Text bold."}},
		{"block quotation groups its paragraphs", "<body><blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p></body>",
			[]string{"quotation 1 One.", "quotation 1 Two.", "paragraph 0 After."}},
		{"post with signature", `<body><blockquote class="twitter-tweet"><p>We agree.<br>Soon.</p>— A (@a) <a href=/>May 1</a></blockquote></body>`,
			[]string{"post 1 We agree. Soon.", "post 1 — A (@a) May 1"}},
		{"two quotations two groups", "<body><blockquote>A</blockquote><blockquote>B</blockquote></body>", []string{"quotation 1 A", "quotation 2 B"}},
		{"caption and list", "<body><figure><figcaption>Cap</figcaption></figure><ul><li>One</li></ul></body>", []string{"caption 0 Cap", "list-item 0 One"}},
		{"preformatted", "<body><pre>a  b</pre></body>", []string{"preformatted 0 a b"}},
		{"two breaks end a paragraph", "<body><p>a<br>b<br> <br><br>c</p></body>", []string{"paragraph 0 a b", "paragraph 0 c"}},
		{"hidden text left out", "<body><p>a<span hidden>x</span>b</p></body>", []string{"paragraph 0 ab"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, tc.src)
			a := newAttempt(p, allFlags, nil)
			a.prune()
			var got []string
			for _, b := range emitBlocks(p, a.removed, []span{{0, p.nodes[0].end}}) {
				got = append(got, strings.Join([]string{b.Kind.String(), string(rune('0' + b.Group)), b.Text}, " "))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("blocks\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestFindHeadline(t *testing.T) {
	tests := []struct {
		desc, src, title, want string
	}{
		{"h1 matching the title", "<body><h1 id=h>Big news today</h1><p id=s>x</p></body>", "Big news today | Site", "h"},
		{"h1 not matching", "<body><h1 id=h>Site name</h1><p id=s>x</p></body>", "Big news today", ""},
		{"h2 when no h1 matches", "<body><h1>Site</h1><h2 id=h>Big news</h2><p id=s>x</p></body>", "Big news", "h"},
		{"no title takes the first h1", "<body><h1 id=h>Anything</h1><p id=s>x</p></body>", "", "h"},
		{"hidden h1 is skipped", "<body><h1 id=h hidden>Big news</h1><p id=s>x</p></body>", "Big news", ""},
		{"h1 after the article is not taken", "<body><p id=s>x</p><h1 id=h>Big news</h1></body>", "Big news", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, tc.src)
			h := p.findHeadline(tc.title, p.nodes[byID(t, p, "s")].off+1)
			got := ""
			if h >= 0 {
				got = attr(p.nodes[h].n, "id")
			}
			if got != tc.want {
				t.Errorf("headline #%s, want #%s", got, tc.want)
			}
		})
	}
}

func TestFlatten(t *testing.T) {
	deep := "<body>" + strings.Repeat("<div>", maxNesting+50) + "<p>x</p>" + strings.Repeat("</div>", maxNesting+50)
	out := string(flatten([]byte(deep), maxNesting))
	if got := strings.Count(out, "<div>"); got != maxNesting-1 {
		t.Errorf("kept %d div start tags, want %d", got, maxNesting-1)
	}
	if !strings.Contains(out, "x") {
		t.Errorf("text lost")
	}
	if _, err := html.Parse(strings.NewReader(out)); err != nil {
		t.Errorf("flattened page does not parse: %v", err)
	}
	if text := string(flatten([]byte(deep), 0)); text != "x" {
		t.Errorf("flattened to depth 0: %.60q", text)
	}
}

func TestFromText(t *testing.T) {
	d := FromText("Headline\n\n  A paragraph,  folded. \nLast\xff line")
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Kind.String()+" "+b.Text)
	}
	want := []string{"heading Headline", "paragraph A paragraph, folded.", "paragraph Last\ufffd line"}
	if !reflect.DeepEqual(got, want) || d.Title != "Headline" {
		t.Errorf("blocks %q, title %q; want %q", got, d.Title, want)
	}
	if d := FromText(" \n "); d.Reason == "" || len(d.Blocks) > 0 {
		t.Errorf("blank text: %d blocks, reason %q", len(d.Blocks), d.Reason)
	}
}

func TestSeedArticle(t *testing.T) {
	d, err := ParseBytes(readShared(t, "seed/article.html"))
	if err != nil {
		t.Fatal(err)
	}
	text := blocksText(d)
	for _, in := range []string{"President Claudia Sheinbaum has expressed", "(Photo: Moisés Pablo Nava/Cuartoscuro.)", "he highlights."} {
		if !strings.Contains(text, in) {
			t.Errorf("missing %q", in)
		}
	}
	for _, out := range []string{"Most read", "We will not back down", "Morning Ledger", "All rights reserved", "Subscribe"} {
		if strings.Contains(text, out) {
			t.Errorf("has %q", out)
		}
	}
	var post []Block
	for _, b := range d.Blocks {
		if b.Kind == Post {
			post = append(post, b)
		}
	}
	// The post's two paragraphs (split at <br><br>) and its signature.
	if len(post) != 3 || post[0].Group != post[2].Group || post[1].Group != post[2].Group ||
		post[2].Text != "— Claudia Sheinbaum Pardo (@Claudiashein) January 29, 2026" {
		t.Errorf("post blocks %+v, want the post and its signature in one group", post)
	}
	for _, b := range d.Blocks {
		if strings.HasPrefix(b.Text, "By Staff writer") {
			t.Errorf("byline in the article: %q", b.Text)
		}
	}
	if d.Blocks[0].Kind != Heading || d.Title != "Between a possible intervention and more cooperation" {
		t.Errorf("first block %v %q, title %q", d.Blocks[0].Kind, d.Blocks[0].Text, d.Title)
	}
}

func TestCleanLinkLists(t *testing.T) {
	links := "<ul id=x>" + strings.Repeat(`<li><a href="/a">Senator: “We will not back down”</a></li>`, 3) + "</ul>"
	tests := []struct {
		desc, box string
		gone      bool
	}{
		{"most read list", "<h2>Most read</h2>" + links, true},
		{"related stories in Spanish", "<h3>Lo más leído</h3>" + links, true},
		{"a list the article names", "<h2>Sources</h2>" + links, false},
		{"related prose stays", "<h2>Related</h2><div id=x>" + para(1) + "</div>", false},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := testPage(t, "<body><div id=top>"+para(3)+tc.box+para(3)+"</div></body>")
			a := scored(p, allFlags)
			top := byID(t, p, "top")
			a.clean([]span{{top, p.nodes[top].end}})
			if got := a.removed[byID(t, p, "x")]; got != tc.gone {
				t.Errorf("removed = %v, want %v", got, tc.gone)
			}
		})
	}
}

func TestBlank(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{{"", true}, {" ", true}, {" \n\t ", true}, {"\u00a0", true}, {"\xff", true}, {"x", false}, {" x", false}, {"é", false}} {
		c, _ := measure(tc.s)
		if got := blank(tc.s, c); got != tc.want {
			t.Errorf("blank(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestPageMeta(t *testing.T) {
	tests := []struct {
		desc, src, title, lang, description string
	}{
		{"og title first", `<html lang="ES-ar"><head><title>T | Site</title><meta property="og:title" content=" Og  T "></head></html>`, "Og T", "es-ar", ""},
		{"title", `<title>T  | Site</title>`, "T | Site", "", ""},
		{"content language", `<meta http-equiv="Content-Language" content="pt"><title>T</title>`, "T", "pt", ""},
		{"head in the body", `stray<title>T</title><p>x</p>`, "T", "", ""},
		{"svg title is not the title", `<body><svg><title>icon</title></svg></body>`, "", "", ""},
		{"og description first", `<meta name="description" content="Plain"><meta property="og:description" content=" Og  d ">`, "", "", "Og d"},
		{"meta description", `<meta name="Description" content="Plain d">`, "", "", "Plain d"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if title, lang, desc := pageMeta(root); title != tc.title || lang != tc.lang || desc != tc.description {
				t.Errorf("pageMeta = %q, %q, %q; want %q, %q, %q", title, lang, desc, tc.title, tc.lang, tc.description)
			}
		})
	}
}

func TestByteOrderMark(t *testing.T) {
	d, err := ParseBytes([]byte("\xef\xbb\xbf<!DOCTYPE html><html><head><title>T</title></head><body><p>Body text.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if d.PageText != "Body text." || d.Title != "T" {
		t.Errorf("page text %q, title %q", d.PageText, d.Title)
	}
}
