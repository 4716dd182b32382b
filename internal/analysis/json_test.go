package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
	"github.com/quotelens/quotelens/internal/jsontext"
)

func ptrTo[T any](v T) *T { return &v }

// edgeAnalysis is a hand-made Analysis with every corner of the encoding:
// escapes, invalid UTF-8, line separators, HTML, emoji, empty and nil
// lists, nil and zero pointers, and floats at the ends of their formats.
func edgeAnalysis() *Analysis {
	return &Analysis{
		Engine:   Version,
		URL:      "https://example.com/a?b=1&c=<2>",
		Title:    "Title with \"quotes\", \\backslash\\, \x00\x01\x1f controls, \t\n\r",
		Language: "en",
		Quotes: []Quote{
			{ID: "q1", Kind: KindDirect, Text: "<script>alert('x')</script> & \u2028\u2029 end", Speaker: ptrTo("s1"), Cue: "said", Sentence: "bad \xff\xfe utf-8 \xed\xa0\x80", Evidence: "emoji 😀👩‍👩‍👧🇫🇷", Confidence: 0.7,
				Selectors: []Selector{{Type: "TextQuoteSelector", Exact: "x", Prefix: "\ufffd", Suffix: "\x7f"}, {Type: "TextPositionSelector", Start: ptrTo(0), End: ptrTo(-1)}}},
			{ID: "q2", Kind: KindIndirect, Speaker: nil, Confidence: math.Copysign(0, -1), Selectors: nil},
			{ID: "q3", Confidence: 1e-7, Selectors: []Selector{}},
			{ID: "q4", Confidence: 1e21, Selectors: []Selector{{}}},
			{ID: "q5", Confidence: 123456789.123456789, Speaker: ptrTo("")},
			{ID: "q6", Confidence: 5e-324},
			{ID: "q7", Confidence: math.MaxFloat64},
			{ID: "q8", Confidence: 1.0 / 3},
			{ID: "q9", Confidence: 1e-6},
			{ID: "q10", Confidence: -2.5e-10},
		},
		Speakers: []Speaker{
			{ID: "s1", Name: "Jane", Aliases: []string{"J", "", "\u2028"}, Role: "<b>", Quotes: math.MaxInt},
			{ID: "s2", Aliases: nil, Quotes: -1},
			{ID: "s3", Aliases: []string{}},
		},
		Disputes: []Dispute{
			{ID: "d1", Claim: Side{Text: "a", Speaker: ptrTo("s1"), Quote: "q1", Selectors: []Selector{{Type: "TextPositionSelector", Start: ptrTo(3)}}}, Dispute: Side{}, Cue: "denied", Confidence: 0.6},
			{},
		},
		Reason:    "reason \u2029",
		Text:      strings.Repeat("long text ", 100),
		Truncated: LimitQuotes,
	}
}

// encodeRef is what encoding/json writes for v.
func encodeRef(t testing.TB, v any, indent string, escapeHTML bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkEncode compares EncodeJSON with encoding/json, in every layout.
func checkEncode(t *testing.T, name string, a *Analysis) {
	t.Helper()
	for _, indent := range []string{"", "  "} {
		for _, html := range []bool{false, true} {
			w := jsontext.Writer{Indent: indent, EscapeHTML: html}
			a.EncodeJSON(&w)
			if err := w.Err(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got, want := append(w.Bytes(), '\n'), encodeRef(t, a, indent, html)
			if !bytes.Equal(got, want) {
				t.Fatalf("%s (indent %q, html %v): EncodeJSON differs from encoding/json\n%s", name, indent, html, firstDiff(got, want))
			}
		}
	}
}

// firstDiff shows where got and want part.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-60)
	return fmt.Sprintf("at byte %d:\n got …%q\nwant …%q", i, got[lo:min(len(got), i+60)], want[lo:min(len(want), i+60)])
}

// checkDecode decodes data with DecodeJSON and with json.Unmarshal, both
// into the Analysis that fresh makes, and wants the same result: the same
// error, or the same Analysis.
func checkDecode(t *testing.T, data []byte, fresh func() *Analysis) {
	t.Helper()
	want := fresh()
	wantErr := json.Unmarshal(data, want)
	got := fresh()
	v, err := jsontext.Parse(data)
	if err == nil {
		err = got.DecodeJSON(v)
	}
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("decode %q: error %v, want %v", data, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decode %q:\n got %#v\nwant %#v", data, got, want)
	}
}

func TestEncodeJSONEdgeCases(t *testing.T) {
	checkEncode(t, "edge", edgeAnalysis())
	checkEncode(t, "zero", &Analysis{})
	checkEncode(t, "nil", nil)
	checkEncode(t, "sample", Text("“We will pay every penny,” the minister, Jane Doe, said on Monday. “No,” said John Roe.", Options{URL: "https://example.com", IncludeText: true}))
}

func TestEncodeJSONNaN(t *testing.T) {
	a := &Analysis{Quotes: []Quote{{Confidence: math.NaN()}}}
	var w jsontext.Writer
	a.EncodeJSON(&w)
	_, want := json.Marshal(a)
	if w.Err() == nil || want == nil || !strings.HasSuffix(want.Error(), w.Err().Error()) {
		t.Errorf("NaN: error %v, want %v", w.Err(), want)
	}
}

// TestJSONCorpus encodes the Analysis of every page of the Readability
// corpus and compares it with encoding/json's, then decodes it back.
func TestJSONCorpus(t *testing.T) {
	pages := corpus.Pages(t)
	if testing.Short() {
		pages = pages[:min(len(pages), 10)]
	}
	for _, p := range pages {
		a, err := HTML(p.Source, Options{URL: "https://example.com/" + p.Name, IncludeText: true})
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		checkEncode(t, p.Name, a)
		data := encodeRef(t, a, "", false)
		checkDecode(t, data, func() *Analysis { return new(Analysis) })
		checkRoundTrip(t, a)
	}
	t.Logf("%d pages encoded and decoded as encoding/json does", len(pages))
}

// checkRoundTrip encodes a, decodes it, and wants a back.
func checkRoundTrip(t *testing.T, a *Analysis) {
	t.Helper()
	var w jsontext.Writer
	a.EncodeJSON(&w)
	v, err := jsontext.Parse(w.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var got Analysis
	if err := got.DecodeJSON(v); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, a) {
		t.Fatalf("round trip:\n got %#v\nwant %#v", &got, a)
	}
}

func TestDecodeJSONRoundTrip(t *testing.T) {
	// Invalid UTF-8 is written as U+FFFD, so it does not come back.
	a := edgeAnalysis()
	a.Quotes[0].Sentence = strings.ToValidUTF8(a.Quotes[0].Sentence, "")
	checkRoundTrip(t, a)
	checkRoundTrip(t, &Analysis{})
}

// decodeCases are Analysis JSON texts to decode as json.Unmarshal does.
var decodeCases = []string{
	`{}`, `null`, ` {"engine":"0.1.0"} `, `{"quotes":[]}`, `{"quotes":null}`, `{"unknown":[1,{"x":2}],"title":"t"}`,
	`{"QUOTES":[{"ID":"q","Confidence":0.7,"SELECTORS":[{"Start":1,"END":2}]}]}`, `{"ſpeakers":[{"\u212aind":"x","name":"n"}]}`,
	`{"quotes":[{"confidence":1e-3},{"confidence":-0},{"confidence":7},{"confidence":1E+2}]}`,
	`{"quotes":[{"speaker":"s"},{"speaker":null}],"disputes":[{"claim":{"speaker":"a","selectors":[]},"dispute":null}]}`,
	`{"title":"a","title":"b","title":null}`, `{"quotes":[{"id":"a"},{"id":"b"}],"quotes":[{"kind":"k"}]}`,
	`{"quotes":[{"id":"a"},{"id":"b"}],"quotes":[{"kind":"k"}],"quotes":[{"text":"t"},{"text":"u"},{"text":"v"}]}`,
	`{"disputes":[{"claim":{"text":"a"}}],"disputes":[{"claim":{"quote":"q"}}]}`,
	`{"speakers":[{"aliases":["a","b"],"quotes":3}],"speakers":[{"aliases":["c"]}]}`,
	`{"quotes":[{"selectors":[{"start":1,"start":null}]}]}`,
	`{"text":"\ud83d\ude00 \u2028 \ud800 \"esc\"","reason":"\u00e9\t"}`, "{\"text\":\"raw \xff\"}",
	// Type errors.
	`"x"`, `1`, `true`, `[]`, `{"engine":1}`, `{"engine":true}`, `{"engine":{}}`, `{"engine":[]}`,
	`{"quotes":"many"}`, `{"quotes":{}}`, `{"quotes":[1]}`, `{"quotes":["q"]}`, `{"quotes":[[]]}`, `{"quotes":[null]}`,
	`{"quotes":[{"confidence":"0.7"}]}`, `{"quotes":[{"confidence":1e400}]}`, `{"quotes":[{"confidence":-1e400}]}`, `{"quotes":[{"confidence":1e-400}]}`,
	`{"quotes":[{"speaker":1}]}`, `{"quotes":[{"speaker":{}}]}`, `{"quotes":[{"selectors":[{"start":1.5}]}]}`,
	`{"quotes":[{"selectors":[{"start":"1"}]}]}`, `{"quotes":[{"selectors":[{"end":1e2}]}]}`, `{"quotes":[{"selectors":[{"end":99999999999999999999}]}]}`,
	`{"quotes":[{"selectors":[{"end":-0}]}]}`, `{"quotes":[{"selectors":{}}]}`, `{"speakers":[{"aliases":[1]}]}`, `{"speakers":[{"aliases":"a"}]}`,
	`{"speakers":[{"quotes":1.0}]}`, `{"speakers":[{"quotes":"1"}]}`, `{"disputes":[{"claim":"c"}]}`, `{"disputes":[{"claim":{"selectors":[{"type":2}]}}]}`,
	`{"disputes":[{"dispute":{"speaker":[]}}]}`, `{"engine":1,"quotes":[{"id":2}]}`, `{"quotes":[{"id":2}],"engine":1}`,
	`{"unknown":1,"disputes":[{"x":{"y":1},"confidence":true}]}`,
	// Syntax errors.
	``, `{`, `{"quotes":[}`, `{"engine":1} x`, `{"quotes":[{"speaker":tru}]}`,
}

func TestDecodeJSON(t *testing.T) {
	for _, c := range decodeCases {
		checkDecode(t, []byte(c), func() *Analysis { return new(Analysis) })
		checkDecode(t, []byte(c), edgeAnalysis)
	}
}

// FuzzDecodeAnalysis checks that DecodeJSON never panics and does what
// json.Unmarshal does: the same verdict on validity as json.Valid, the
// same error, the same Analysis, into an empty Analysis or a full one.
func FuzzDecodeAnalysis(f *testing.F) {
	for _, c := range decodeCases {
		f.Add([]byte(c))
	}
	var w jsontext.Writer
	edgeAnalysis().EncodeJSON(&w)
	f.Add(w.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := jsontext.Parse(data)
		if (err == nil) != json.Valid(data) {
			t.Fatalf("Parse(%q): %v, json.Valid %v", data, err, json.Valid(data))
		}
		checkDecode(t, data, func() *Analysis { return new(Analysis) })
		checkDecode(t, data, edgeAnalysis)
	})
}
