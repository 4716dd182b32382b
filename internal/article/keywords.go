package article

import (
	"strings"
	"sync"
)

// Keyword classes: what a keyword found in a class or id says.
const (
	kwUnlikely uint16 = 1 << iota
	kwMaybe
	kwPositive
	kwNegative
	kwShare   // a hint, confirmed by hasWord(s, shareWords)
	kwPost    // a hint, confirmed by hasWord(s, postWords)
	kwCaption // a hint, confirmed by hasWord(s, captionWords)
	kwHid     // a hint, confirmed by hasToken(s, "hid")
	kwUnseen  // text for screen readers only
	kwByline  // the author's name and the date
	kwSummary // a hint, confirmed by hasWord(s, summaryWords)
)

// keywordLists are the words looked for, case-folded, anywhere in class and
// id attributes, as Readability's regular expressions look for them.
var keywordLists = [...]struct {
	class uint16
	words string
}{
	{kwUnlikely, "-ad- ai2html banner breadcrumbs combx comment community cover-wrap disqus extra footer gdpr header legends menu related remark replies rss shoutbox sidebar skyscraper social sponsor supplemental ad-break agegate pagination pager popup yom-remote newsletter cookie consent subscribe signup sign-up most-read mostread most-popular mostpopular trending outbrain taboola recirc"},
	{kwMaybe, "and article body column content main mathjax shadow"},
	{kwPositive, "article body content entry hentry h-entry main page pagination post text blog story"},
	{kwNegative, "-ad- hidden banner combx comment com- contact footer gdpr masthead media meta outbrain promo related scroll share shoutbox sidebar skyscraper sponsor shopping tags widget newsletter most-read mostread taboola"},
	{kwShare, "share"},
	{kwPost, "tweet twitter-video instagram-media tiktok-embed bluesky-embed mastodon-embed fb-post threads-post reddit-card social-post embedded-post post-embed"},
	{kwCaption, "caption"},
	{kwHid, "hid"},
	{kwByline, "byline author dateline writtenby p-author"},
	{kwSummary, strings.Join(summaryWords, " ")},
	{kwUnseen, "visually-hidden visuallyhidden sr-only screen-reader-text screen-reader-only element-invisible"},
}

// matcher finds all keywords of keywordLists in one pass over a string: an
// Aho-Corasick automaton over ASCII bytes folded to lower case. Regular
// expressions cost a hundred times more on the class names of a page.
type matcher struct {
	next [][128]int32 // state × byte → state
	out  []uint16     // state → keyword classes found on reaching it
}

// keywords builds the matcher on first use.
var keywords = sync.OnceValue(func() *matcher {
	m := &matcher{next: make([][128]int32, 1), out: make([]uint16, 1)}
	for _, l := range keywordLists {
		for _, w := range strings.Fields(l.words) {
			s := int32(0)
			for i := 0; i < len(w); i++ {
				c := w[i]
				if m.next[s][c] == 0 {
					m.next = append(m.next, [128]int32{})
					m.out = append(m.out, 0)
					m.next[s][c] = int32(len(m.next) - 1)
				}
				s = m.next[s][c]
			}
			m.out[s] |= l.class
		}
	}
	m.link()
	return m
})

// link turns the trie into an automaton: breadth first, every missing edge
// goes where the longest proper suffix leads, and every state reports what
// its suffixes report.
func (m *matcher) link() {
	fail := make([]int32, len(m.next))
	var queue []int32
	for c := range 128 {
		if s := m.next[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		m.out[s] |= m.out[fail[s]]
		for c := range 128 {
			t := m.next[s][c]
			if t == 0 {
				m.next[s][c] = m.next[fail[s]][c]
				continue
			}
			fail[t] = m.next[fail[s]][c]
			queue = append(queue, t)
		}
	}
}

// find returns the classes of the keywords in s, ignoring ASCII case. A
// byte outside ASCII restarts the search.
func (m *matcher) find(s string) uint16 {
	var found uint16
	state := int32(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			state = 0
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		state = m.next[state][c]
		found |= m.out[state]
	}
	return found
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// ASCII case.
func hasToken(s, tok string) bool {
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t\n\f\r")
		f := s
		if k := strings.IndexAny(s, " \t\n\f\r"); k >= 0 {
			f, s = s[:k], s[k:]
		} else {
			s = ""
		}
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
