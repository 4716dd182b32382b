package analysis

import (
	"strings"
	"unicode/utf8"
)

// window returns s when it is at most limit bytes long; else about limit
// bytes of s around the first place part stands in it (its start when part
// is not in it), cut between words when it can be, with "…" where s was
// cut. The result is at most limit bytes and two "…" long.
func window(s, part string, limit int) string {
	if len(s) <= limit {
		return s
	}
	at := max(0, strings.Index(s, part))
	start := max(0, at-(limit-min(len(part), limit))/2)
	end := min(len(s), start+limit)
	start = max(0, end-limit)
	if start > 0 {
		if i := strings.IndexByte(s[start:end], ' '); i >= 0 && i < limit/4 {
			start += i + 1
		}
	}
	if end < len(s) {
		if i := strings.LastIndexByte(s[start:end], ' '); i > (end-start)*3/4 {
			end = start + i
		}
	}
	for start < end && !utf8.RuneStart(s[start]) {
		start++
	}
	for end > start && end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	out := s[start:end]
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

// cutContent returns the end of reported content text[start:end] cut to
// at most MaxContentBytes: at the last space that fits, or else at a
// character.
func cutContent(text string, start, end int) int {
	if end-start <= MaxContentBytes {
		return end
	}
	cut := start + MaxContentBytes
	if i := strings.LastIndexByte(text[start:cut], ' '); i > 0 {
		return start + i
	}
	for cut > start && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}
