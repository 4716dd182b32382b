package analysis

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/quotelens/quotelens/internal/jsontext"
)

// TestYieldInsideAParagraph checks that one long paragraph gives the host
// a pause point every few cues (attribution calls its hook every 16 cues
// and events; each call is Yield or a clock reading), not only between
// blocks: "he said " × 4,096 has 4,096 cues, so at least 4,096/16 calls.
func TestYieldInsideAParagraph(t *testing.T) {
	var yields, reads int
	opts := Options{Yield: func() { yields++ }}
	opts.Now = func() time.Time { reads++; return time.Now() }
	a := Text("T\n"+strings.Repeat("he said ", 4096), opts)
	checkAnalysis(t, a)
	if yields+reads < 4096/16 {
		t.Errorf("%d yields and %d clock readings for 4,096 cues in one paragraph, want at least %d", yields, reads, 4096/16)
	}
	// The clock is read as often as before: about one call in 16.
	if reads > yields/8 {
		t.Errorf("%d clock readings for %d yields, want about 1 in 16", reads, yields)
	}
}

// TestEncodeJSONYield checks that the JSON written with yields is the same,
// and that the yields come every encodeYieldEvery items.
func TestEncodeJSONYield(t *testing.T) {
	a := Text("T\n"+strings.Repeat("“We will not stop at all,” said Ana Ruiz.\n", 100), Options{})
	var plain, paced jsontext.Writer
	a.EncodeJSON(&plain)
	yields := 0
	a.EncodeJSONYield(&paced, func() { yields++ })
	if !bytes.Equal(plain.Bytes(), paced.Bytes()) {
		t.Fatal("EncodeJSONYield wrote other bytes than EncodeJSON")
	}
	want := len(a.Quotes)/encodeYieldEvery + len(a.Speakers)/encodeYieldEvery + len(a.Disputes)/encodeYieldEvery
	if len(a.Quotes) < 100 || yields != want {
		t.Errorf("%d quotes, %d yields, want %d", len(a.Quotes), yields, want)
	}
}
