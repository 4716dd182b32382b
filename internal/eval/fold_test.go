package eval

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"empty", "", nil},
		{"ascii punctuation", "Hello, World! It's 2024_x.", []string{"hello", "world", "it", "s", "2024_x"}},
		{"accents stripped", "José Pérez Ñandú Müller", []string{"jose", "perez", "nandu", "muller"}},
		{"combining mark dropped", "Jose\u0301", []string{"jose"}},
		{"ligature and width", "ﬁnal ＡＢＣ １２", []string{"final", "abc", "12"}},
		{"curly quotes split", "“We’re done,” she said", []string{"we", "re", "done", "she", "said"}},
		{"superscript digit", "x²", []string{"x2"}},
		{"final sigma", "ΟΔΟΣ ΣΑΣ", []string{"οδος", "σας"}},
		{"dotted capital I", "İstanbul", []string{"istanbul"}},
		{"hangul decomposed", "한", []string{"\u1112\u1161\u11AB"}},
		{"non-breaking space", "a\u00a0b", []string{"a", "b"}},
		{"dashes and ellipsis", "well—no…yes", []string{"well", "no", "yes"}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWordF1(t *testing.T) {
	tests := []struct {
		desc, a, b string
		want       float64
	}{
		{"identical", "a b c", "A, B; C", 1},
		{"empty a", "", "a", 0},
		{"empty b", "a", "...", 0},
		{"disjoint", "a b", "c d", 0},
		{"half", "a b c d", "a b", 2 * 0.5 * 1 / 1.5},
		{"multiset", "a a b", "a b b", 2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3)},
		{"accent-blind", "Pérez said", "perez SAID", 1},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			if got := WordF1(tt.a, tt.b); got != tt.want {
				t.Errorf("WordF1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Claudia Sheinbaum Pardo", "claudia sheinbaum pardo"},
		{"  @Claudiashein ", "claudiashein"},
		{"Andrés Manuel López-Obrador", "andres manuel lopez obrador"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NameKey(tt.in); got != tt.want {
			t.Errorf("NameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFoldEveryRune checks Fold and the \w test against Python's on every
// code point but the surrogates.
func TestFoldEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: compares 1.1 million code points with Python")
	}
	var py struct {
		Fold map[string]string `json:"fold"`
		Word [][2]int          `json:"word"`
		Uver string            `json:"uver"`
	}
	runPython(t, `
import json, re, sys
from score import fold
w = re.compile(r"\w")
out = {"fold": {}, "word": [], "uver": __import__("unicodedata").unidata_version}
start = None
for cp in range(0x110001):
    ok = cp < 0x110000 and not (0xD800 <= cp < 0xE000)
    c = chr(cp) if ok else ""
    if ok and fold(c) != c:
        out["fold"][str(cp)] = fold(c)
    iw = ok and bool(w.match(c))
    if iw and start is None:
        start = cp
    if not iw and start is not None:
        out["word"].append((start, cp - 1)); start = None
json.dump(out, sys.stdout)
`, nil, &py)
	if py.Uver != pyUnicodeVersion {
		t.Logf("python3 has Unicode %s, the tables %s: regenerate foldtable.go (go generate)", py.Uver, pyUnicodeVersion)
	}
	word := make(map[rune]bool)
	for _, r := range py.Word {
		for c := r[0]; c <= r[1]; c++ {
			word[rune(c)] = true
		}
	}
	bad := 0
	for r := rune(0); r <= utf8.MaxRune && bad < 20; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r)
		want, ok := py.Fold[strconv.Itoa(int(r))]
		if !ok {
			want = s
		}
		if got := Fold(s); got != want {
			t.Errorf("Fold(%U) = %q, python %q", r, got, want)
			bad++
		}
		if isWordRune(r) != word[r] {
			t.Errorf("isWordRune(%U) = %v, python %v", r, isWordRune(r), word[r])
			bad++
		}
	}
}

// TestWordsAgreeWithPython compares Words with score.py's words() on tricky
// random strings, on every gold text and on the PolNeAR dev articles.
func TestWordsAgreeWithPython(t *testing.T) {
	pool := []rune("aZ _'’.Σσςΐ\u0345\u0301\u0327\u05B0ΑΣʹ;ǅﬁİı한각ｶ①²ǈß\u00a0\u200b-Ωx9٣")
	rng := rand.New(rand.NewSource(1))
	var in []string
	for i := 0; i < 3000; i++ {
		n := 1 + rng.Intn(8)
		rs := make([]rune, n)
		for j := range rs {
			rs[j] = pool[rng.Intn(len(pool))]
		}
		in = append(in, string(rs))
	}
	shared := testShared(t)
	golds, err := LoadGold(filepath.Join(shared, "corpus", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		for _, q := range g.Quotes {
			in = append(in, q.Text, q.Cue, q.Role)
			in = append(in, q.Speaker...)
		}
		for _, d := range g.Disputes {
			in = append(in, d.Claim, d.Dispute)
		}
	}
	texts, _ := filepath.Glob(filepath.Join(shared, "corpus", "polnear", "dev", "text", "*.txt"))
	for _, f := range texts {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, string(data))
	}
	var want [][]string
	runPython(t, `
import json, sys
from score import words
json.dump([words(s) for s in json.load(sys.stdin)], sys.stdout)
`, in, &want)
	for i, s := range in {
		got := Words(s)
		if len(got) == 0 && len(want[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("Words(%q) = %q, python %q", s, got, want[i])
		}
	}
}
