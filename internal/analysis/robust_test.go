package analysis

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBadInput feeds the engine pages that break naive parsers. Each must
// give a valid Analysis (possibly empty, with a reason) or a clear error,
// never a panic.
func TestBadInput(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	garbage := make([]byte, 1<<16)
	rng.Read(garbage)
	nested := strings.Repeat("<div>", 100000) + "“Deep,” he said." + strings.Repeat("</div>", 100000)
	big := "<html><body><article>" + strings.Repeat("<p>“This is a quote that goes on,” the minister said, and the crowd listened.</p>\n", 260000) + "</article></body></html>"
	tests := []struct {
		desc    string
		page    []byte
		wantErr bool
	}{
		{"empty", nil, false},
		{"binary garbage", garbage, false},
		{"invalid UTF-8", []byte("<p>\xff\xfe “broken \xc3\x28 text,” she said.</p>"), false},
		{"only quotation marks", []byte("<p>" + strings.Repeat("“”\"«»„‘’", 5000) + "</p>"), false},
		{"unbalanced marks", []byte("<p>“Open and never closed, he said. ” « ‹ „</p>"), false},
		{"100,000 nested elements", []byte(nested), false},
		{"no article", []byte("<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>"), false},
		{"20 MB page", []byte(big), false},
		{"over the size limit", bytes.Repeat([]byte("a"), 33<<20), true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			a, err := HTML(tc.page, Options{})
			if tc.wantErr {
				if err == nil {
					t.Fatal("want an error, got none")
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			checkAnalysis(t, a)
			if len(a.Quotes) == 0 && a.Reason == "" {
				t.Error("an empty Analysis must say why")
			}
		})
	}
}

// checkAnalysis checks the invariants every Analysis keeps.
func checkAnalysis(t *testing.T, a *Analysis) {
	t.Helper()
	if a.Quotes == nil || a.Speakers == nil || a.Disputes == nil {
		t.Fatal("lists must be empty, not null")
	}
	if len(a.Quotes) > MaxQuotes {
		t.Errorf("%d quotes, more than MaxQuotes", len(a.Quotes))
	}
	ids := map[string]bool{}
	for _, s := range a.Speakers {
		ids[s.ID] = true
		if s.Name == "" {
			t.Errorf("speaker %s has no name", s.ID)
		}
	}
	for _, q := range a.Quotes {
		if q.Kind != KindDirect && q.Kind != KindIndirect {
			t.Errorf("quote %s has kind %q", q.ID, q.Kind)
		}
		if q.Text == "" || !utf8.ValidString(q.Text) {
			t.Errorf("quote %s has text %q", q.ID, q.Text)
		}
		if q.Speaker != nil && !ids[*q.Speaker] {
			t.Errorf("quote %s names unknown speaker %s", q.ID, *q.Speaker)
		}
		if q.Confidence < 0 || q.Confidence > 1 {
			t.Errorf("quote %s has confidence %v", q.ID, q.Confidence)
		}
		if len(q.Selectors) != 2 || q.Selectors[1].Start == nil || *q.Selectors[1].Start > *q.Selectors[1].End {
			t.Errorf("quote %s has bad selectors %+v", q.ID, q.Selectors)
		}
	}
	if _, err := json.Marshal(a); err != nil {
		t.Errorf("Analysis does not encode: %v", err)
	}
}

// FuzzHTML checks that no page makes the engine panic or break the
// Analysis invariants, or grow its result past its budget. Its seed corpus
// is in testdata/fuzz/FuzzHTML, with the hostile pages of hostile_test.go
// (hostile_*) at 2 KB.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<p>“A,” he said. “B.”</p>"))
	f.Add([]byte("<article><h1>T</h1><p>Smith said that it was “fine”.</p><blockquote class=twitter-tweet><p>Hi</p>— X (@x) Jan 1</blockquote></article>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := HTML(page, Options{})
		if err != nil {
			return
		}
		checkAnalysis(t, a)
		// The result stays within its budget (limits.go), however
		// hostile the page.
		out, err := json.MarshalIndent(a, "", "  ")
		if err == nil && len(out) > max(40*len(page), 2*MinResultBytes) {
			t.Errorf("JSON is %d bytes for a page of %d", len(out), len(page))
		}
	})
}

// FuzzText feeds plain text straight to quote finding and attribution,
// where HTML's structure would take the fuzzer longer to reach. Its seed
// corpus is in testdata/fuzz/FuzzText.
func FuzzText(f *testing.F) {
	f.Add("T\n“A,” he said. “B.”\n“C,” said Ana Ruiz, a nurse.")
	f.Add("T\nThe director of the FBI, Kash Patel, stated that it was joint, Sheinbaum ruled out a joint operation.")
	f.Add("T\n''We won,'' Mr. Smith said, and added: ''Again.''\nAccording to a poll, 47 percent said they were angry.")
	f.Add("T\nEl ministro, Luis Caputo, dijo que «bajará», según el banco central.\nO técnico Tite disse que errou.")
	f.Add(",)add")
	f.Fuzz(func(t *testing.T, text string) {
		checkAnalysis(t, Text(text, Options{}))
	})
}
