package quote

import (
	"sort"
	"strings"

	"github.com/quotelens/quotelens/internal/article"
)

// posts finds embedded social posts: a signature line "— Name (@handle)
// date" and the text before it, the blocks of the same post group in a page,
// or the lines before it in plain text back to the first line that holds a
// quotation mark (at most three lines). It marks the blocks it takes.
func posts(doc *article.Document, used []bool) []Span {
	var out []Span
	for b := range doc.Blocks {
		blk := &doc.Blocks[b]
		author, handle, ok := signature(blk.Text)
		if !ok {
			continue
		}
		first := b
		for first > 0 && b-first < 3 {
			prev := &doc.Blocks[first-1]
			if blk.Group != 0 && prev.Group != blk.Group || blk.Group == 0 && (prev.Kind != article.Paragraph || hasMark(prev.Text)) || used[first-1] {
				break
			}
			first--
		}
		if first == b {
			continue
		}
		end := trimLinks(doc.Blocks[b-1].Text)
		s := Span{Block: first, EndBlock: b - 1, Start: 0, End: end, Origin: SocialPost, Open: -1, Close: -1, CloseEnd: -1,
			Author: author, Handle: handle}
		for k := first; k <= b; k++ {
			used[k] = true
		}
		out = append(out, s)
	}
	return out
}

func hasMark(s string) bool {
	return strings.ContainsAny(s, "“”\"«»„")
}

func sortSpans(s []Span) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Block != s[j].Block {
			return s[i].Block < s[j].Block
		}
		return s[i].Start < s[j].Start
	})
}

// Bounds of a post signature.
const (
	maxAuthorBytes = 80
	maxHandleBytes = 40
)

// signature reads "— Name (@handle) date", the line that signs an embedded
// post, and returns the name and the handle.
func signature(line string) (author, handle string, ok bool) {
	rest := ""
	for _, dash := range []string{"—", "–", "-"} {
		if strings.HasPrefix(line, dash) {
			rest = line[len(dash):]
			break
		}
	}
	open := strings.Index(rest, "(@")
	if open < 0 {
		return "", "", false
	}
	author = strings.TrimSpace(rest[:open])
	if len(author) < 2 || len(author) > maxAuthorBytes || strings.ContainsAny(author, "()@") {
		return "", "", false
	}
	end := strings.IndexByte(rest[open:], ')')
	if end < 0 {
		return "", "", false
	}
	handle = rest[open+1 : open+end]
	if len(handle) < 2 || len(handle) > maxHandleBytes+1 {
		return "", "", false
	}
	for _, c := range []byte(handle[1:]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return "", "", false
		}
	}
	return author, handle, true
}

// trimLinks returns where the text of a post ends once the links and tags
// it closes with are cut: "… his wife… pic.twitter.com/5ZqT4BgPOI".
func trimLinks(text string) int {
	end := len(strings.TrimRight(text, " "))
	for {
		sp := strings.LastIndexByte(text[:end], ' ')
		if sp < 0 {
			return end
		}
		last := text[sp+1 : end]
		if !strings.HasPrefix(last, "pic.twitter.com/") && !strings.HasPrefix(last, "http://") && !strings.HasPrefix(last, "https://") && !strings.HasPrefix(last, "#") {
			return end
		}
		end = sp
	}
}
