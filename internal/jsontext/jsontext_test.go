package jsontext

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// edgeStrings are strings whose escaping encoding/json treats specially.
var edgeStrings = []string{
	"", "plain", `"quoted" \back\slash/`, "\x00\x01\x07\b\t\n\v\f\r\x1b\x1f", "\x7f",
	"<script>alert('x')</script> & more", "line\u2028sep\u2029para", "\u2027\u202a",
	"bad \xff utf-8 \xc3", "\xed\xa0\x80 surrogate half", "truncated \xe2\x82", "\ufffd real replacement",
	"emoji 😀 and ZWJ 👩‍👩‍👧 and flag 🇫🇷", "combining é and CJK 中文", "\u00ad\u200b\ufeff",
}

// encodeRef encodes v as encoding/json does, with a final newline.
func encodeRef(t testing.TB, v any, indent string, escapeHTML bool) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// writeAny writes a value as encoding/json decodes it into an any (maps
// with their keys sorted, as encoding/json writes them).
func writeAny(w *Writer, v any) {
	switch v := v.(type) {
	case nil:
		w.Null()
	case bool:
		w.Bool(v)
	case float64:
		w.Float(v)
	case int:
		w.Int(v)
	case string:
		w.String(v)
	case []any:
		w.BeginArray()
		for _, e := range v {
			writeAny(w, e)
		}
		w.EndArray()
	case map[string]any:
		w.BeginObject()
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			w.Name(k)
			writeAny(w, v[k])
		}
		w.EndObject()
	default:
		panic("writeAny: unexpected type")
	}
}

// checkWrite compares the Writer's text for v with encoding/json's, in
// every layout.
func checkWrite(t *testing.T, v any) {
	t.Helper()
	for _, indent := range []string{"", "  ", "\t"} {
		for _, html := range []bool{false, true} {
			w := Writer{Indent: indent, EscapeHTML: html}
			writeAny(&w, v)
			if err := w.Err(); err != nil {
				t.Fatal(err)
			}
			got, want := string(w.Bytes())+"\n", encodeRef(t, v, indent, html)
			if got != want {
				t.Fatalf("indent %q html %v: %#v\n got %q\nwant %q", indent, html, v, got, want)
			}
		}
	}
}

func TestWriteStrings(t *testing.T) {
	for _, s := range edgeStrings {
		checkWrite(t, s)
	}
	// Every byte, alone and in a string.
	for b := range 256 {
		checkWrite(t, string([]byte{byte(b)}))
		checkWrite(t, "a"+string([]byte{byte(b)})+"z")
	}
	// Every character escaping may treat specially, and some others.
	for r := rune(0); r < 0x3000; r++ {
		checkWrite(t, "x"+string(r))
	}
}

func TestWriteFloats(t *testing.T) {
	floats := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 0.7, 0.754, 1.0 / 3, 2.5e-7, 1e-6, 9.999999e-7, 1e-7, -1e-7,
		1e20, 1e21, 123456789012345678901234.0, -1e21, 1e100, 1e-100, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 1 << 53, 1<<53 + 1, 12345.678, 1e-9, 1.5e-10, 3e-5,
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		f := math.Float64frombits(r.Uint64())
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			floats = append(floats, f)
		}
		floats = append(floats, r.Float64(), r.NormFloat64()*1e-6, r.ExpFloat64()*1e21)
	}
	for _, f := range floats {
		var w Writer
		w.Float(f)
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if string(w.Bytes()) != string(want) {
			t.Fatalf("Float(%v) = %s, want %s", f, w.Bytes(), want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		var w Writer
		w.BeginArray()
		w.Float(f)
		w.EndArray()
		_, want := json.Marshal(f)
		if w.Err() == nil || w.Err().Error() != want.Error() {
			t.Errorf("Float(%v): error %v, want %v", f, w.Err(), want)
		}
	}
}

func TestWriteInts(t *testing.T) {
	for _, n := range []int{0, 1, -1, 42, math.MaxInt, math.MinInt} {
		var w Writer
		w.Int(n)
		want, _ := json.Marshal(n)
		if string(w.Bytes()) != string(want) {
			t.Errorf("Int(%d) = %s, want %s", n, w.Bytes(), want)
		}
	}
}

func TestWriteNested(t *testing.T) {
	for _, v := range []any{
		nil, true, false, []any{}, map[string]any{},
		[]any{[]any{}, map[string]any{}, nil, []any{[]any{1.5}}},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": map[string]any{"d": []any{"x", 2.0, true, nil}}, "<&>": "\u2028"},
		[]any{map[string]any{"": ""}, "", 0.0},
	} {
		checkWrite(t, v)
	}
}

// errorCases are malformed JSON texts, to be rejected with the message
// json.Unmarshal gives.
var errorCases = []string{
	"", " ", "\n\t\r ", "x", "}", "]", ",", ":", "'a'", "\x00", "\xff", "\xc3\xa9", "+1", ".5",
	"t", "tr", "tru", "trux", "truE", "f", "fa", "fal", "fals", "falsy", "n", "nu", "nul", "nulL", "nill",
	"-", "-a", "--1", "- 1", "1.", "1.a", "1.e5", "1e", "1e+", "1e-", "1ea", "1E+x", "01", "00", "-01", "0x10", "1 2", "1,",
	`"`, `"abc`, `"\`, `"\x"`, `"\u`, `"\u1"`, `"\u12`, `"\u123`, `"\u123g"`, `"\uD800"x`, "\"a\x00b\"", "\"a\nb\"", "\"\x1f\"",
	"[", "[ ", "[1", "[1,", "[1,]", "[,1]", "[1 2]", "[1}", "[1:2]", "[[[]]", "]]",
	"{", "{ ", `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `{"a":1,}`, `{"a" 1}`, `{a:1}`, `{"a":1]`, `{1:2}`, `{"a"}`, `{,}`, `{"a":1 "b":2}`,
	`{"a":tru}`, `[-]`, `[1.]`, `{"a":1e}`, `{"a":"\q"}`, `{"a":1}x`, `{"a":1} x`, `{}{}`, `[] []`, "null null", `"a""b"`,
}

func TestParseErrors(t *testing.T) {
	deep := func(n int, open, close string) string { return strings.Repeat(open, n) + strings.Repeat(close, n) }
	cases := append([]string{
		deep(10001, "[", "]"), strings.Repeat(`{"a":`, 10001) + "0" + strings.Repeat("}", 10001), deep(10000, "[", "") + "{",
	}, errorCases...)
	for _, in := range cases {
		var ref any
		want := json.Unmarshal([]byte(in), &ref)
		if want == nil {
			t.Errorf("json.Unmarshal(%.40q) succeeded: not an error case", in)
			continue
		}
		_, got := Parse([]byte(in))
		if got == nil {
			t.Errorf("Parse(%.40q) = nil error, want %v", in, want)
			continue
		}
		if got.Error() != want.Error() {
			t.Errorf("Parse(%.40q) error %q, want %q", in, got, want)
		}
		var se *json.SyntaxError
		if ge, ok := got.(*SyntaxError); ok && asSyntax(want, &se) && ge.Offset != se.Offset {
			t.Errorf("Parse(%.40q) offset %d, want %d", in, ge.Offset, se.Offset)
		}
	}
	// Valid at the limit.
	for _, in := range []string{deep(10000, "[", "]"), strings.Repeat(`{"a":`, 10000) + "0" + strings.Repeat("}", 10000)} {
		if _, err := Parse([]byte(in)); err != nil {
			t.Errorf("Parse of %d bytes nested to the limit: %v", len(in), err)
		}
	}
}

func asSyntax(err error, se **json.SyntaxError) bool {
	s, ok := err.(*json.SyntaxError)
	*se = s
	return ok
}

// toAny converts a parsed Value to what json.Unmarshal makes of it with
// UseNumber: duplicate names keep the last value.
func toAny(v *Value) any {
	switch v.Kind {
	case Bool:
		return v.Bool
	case Number:
		return json.Number(v.Text)
	case String:
		return v.Text
	case Array:
		a := []any{}
		for i := range v.Elems {
			a = append(a, toAny(&v.Elems[i]))
		}
		return a
	case Object:
		m := map[string]any{}
		for i := range v.Members {
			m[v.Members[i].Name] = toAny(&v.Members[i].Value)
		}
		return m
	}
	return nil
}

// checkParse compares Parse with encoding/json on data: the same verdict,
// the same error, the same value.
func checkParse(t *testing.T, data []byte) {
	t.Helper()
	v, err := Parse(data)
	if valid := json.Valid(data); valid != (err == nil) {
		t.Fatalf("Parse(%q) error %v, but json.Valid = %v", data, err, valid)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var ref any
	if err != nil {
		want := json.Unmarshal(data, &ref)
		if want == nil || err.Error() != want.Error() {
			t.Fatalf("Parse(%q) error %q, want %v", data, err, want)
		}
		return
	}
	if err := dec.Decode(&ref); err != nil {
		t.Fatalf("json: %v", err)
	}
	if got := toAny(v); !reflect.DeepEqual(got, ref) {
		t.Fatalf("Parse(%q) = %#v, want %#v", data, got, ref)
	}
}

func TestParse(t *testing.T) {
	valid := []string{
		"0", "-0", "1", "-1.5e+10", "1E-3", "0.7", "1e-3", "123456789012345678901234567890", "true", "false", "null",
		`""`, `"a"`, `"\"\\\/\b\f\n\r\t"`, `"\u0000\u001f\u00e9\u2028\uffff"`, `"\ud83d\ude00"`, `"\uD83D\uDE00"`,
		`"\ud800"`, `"\udc00"`, `"\ud800\u0041"`, `"\ud800\ud800\udc00"`, `"\ud800x"`, `"\ud800\"`,
		"\"\xff\xfe raw\"", "\"\xed\xa0\x80\"", "\"\xf0\x9f\x98\"", "\"\xf0\x9f\x98\x80\"", "\"\xef\xbf\xbd\"",
		"[]", "{}", " [ ] ", "\t{\n}\r\n", `[1,"a",true,false,null,{},[]]`, `{"a":1,"a":2,"A":3}`,
		`{"":{"":[{"":null}]}}`, `{"a\u0062":"c"}`,
	}
	for _, in := range valid {
		checkParse(t, []byte(in))
	}
	for _, in := range errorCases {
		checkParse(t, []byte(in))
	}
}

// FuzzParse checks that Parse never panics, and agrees with encoding/json
// on every input: valid or not, the error message, and the value.
func FuzzParse(f *testing.F) {
	for _, s := range errorCases {
		f.Add([]byte(s))
	}
	for _, s := range []string{`{"a":[1,2.5e-3,"x\u00e9\ud83d\ude00",true,null,{}]}`, `"\ud800\udc00"`, "[\"\xff\"]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, data)
		// A parsed value written back is what encoding/json writes for it.
		var ref any
		if json.Unmarshal(data, &ref) == nil {
			w := Writer{EscapeHTML: true}
			writeAny(&w, ref)
			want, err := json.Marshal(ref)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(w.Bytes(), want) {
				t.Fatalf("rewrite of %q = %s, want %s", data, w.Bytes(), want)
			}
		}
	})
}
