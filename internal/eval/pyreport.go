package eval

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// PyRound rounds x to nd decimals as Python's round(x, nd) does: from the
// exact binary value, halves to even. strconv's fixed-precision formatting is
// correctly rounded the same way.
func PyRound(x float64, nd int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', nd, 64), 64)
	if err != nil {
		return x
	}
	return v
}

// pyFloat formats x as Python's repr() does for the rounded scores score.py
// prints (plain decimal with at least one fractional digit); it does not
// switch to exponent notation, which those scores never need.
func pyFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEnN") {
		s += ".0"
	}
	return s
}

// pyOptFloat formats an optional score: "None"/"null" when absent.
func pyOptFloat(x float64, ok bool, null string) string {
	if !ok {
		return null
	}
	return pyFloat(x)
}

// Headline holds score.py's result dictionary: totals rounded to three
// decimals.
type Headline struct {
	Direct, Indirect KindHeadline
	Disputes         KindHeadline
}

// KindHeadline is one entry of Headline. The speaker accuracies are only set
// for quotes, and their Has flags are false where score.py prints None.
type KindHeadline struct {
	P, R, F1                            float64
	SpeakerAcc, SpeakerAccMatched       float64
	HasSpeakerAcc, HasSpeakerAccMatched bool
}

func kindHeadline(c QuoteCounts) KindHeadline {
	p, r, f := c.PRF()
	h := KindHeadline{P: PyRound(p, 3), R: PyRound(r, 3), F1: PyRound(f, 3)}
	h.SpeakerAcc, h.HasSpeakerAcc = c.SpeakerAcc()
	h.SpeakerAccMatched, h.HasSpeakerAccMatched = c.SpeakerAccMatched()
	h.SpeakerAcc, h.SpeakerAccMatched = PyRound(h.SpeakerAcc, 3), PyRound(h.SpeakerAccMatched, 3)
	return h
}

// HeadlineOf rounds the totals as score.py does.
func HeadlineOf(total PageScore) Headline {
	p, r, f := total.Disputes.PRF()
	return Headline{
		Direct:   kindHeadline(total.Direct),
		Indirect: kindHeadline(total.Indirect),
		Disputes: KindHeadline{P: PyRound(p, 3), R: PyRound(r, 3), F1: PyRound(f, 3)},
	}
}

// Total sums page scores.
func Total(pages []PageScore) PageScore {
	var t PageScore
	for _, p := range pages {
		t.Add(p)
	}
	return t
}

// PyPageLine is the line score.py prints for one page.
func PyPageLine(s PageScore) string {
	d, i, x := s.Direct, s.Indirect, s.Disputes
	return fmt.Sprintf("%-16s direct %3d/%3d gold %3d pred, speaker %3d/%3d | indirect %3d/%3d gold %3d pred | disputes %d/%d gold %d pred",
		s.Page, d.TP, d.NGold, d.NPred, d.SpeakerOK, d.SpeakerGold, i.TP, i.NGold, i.NPred, x.TP, x.NGold, x.NPred)
}

// PyJSON is the line score.py prints with --json, byte for byte.
func (h Headline) PyJSON() string {
	q := func(k KindHeadline) string {
		return fmt.Sprintf(`{"p": %s, "r": %s, "f1": %s, "speaker_acc": %s, "speaker_acc_matched": %s}`,
			pyFloat(k.P), pyFloat(k.R), pyFloat(k.F1),
			pyOptFloat(k.SpeakerAcc, k.HasSpeakerAcc, "null"), pyOptFloat(k.SpeakerAccMatched, k.HasSpeakerAccMatched, "null"))
	}
	x := h.Disputes
	return fmt.Sprintf(`{"direct": %s, "indirect": %s, "disputes": {"p": %s, "r": %s, "f1": %s}}`,
		q(h.Direct), q(h.Indirect), pyFloat(x.P), pyFloat(x.R), pyFloat(x.F1))
}

// PyLine is score.py's last line, the headline, byte for byte.
func (h Headline) PyLine() string {
	d, i, x := h.Direct, h.Indirect, h.Disputes
	return fmt.Sprintf("direct P %s R %s F1 %s speaker %s | indirect F1 %s speaker %s | disputes F1 %s",
		pyFloat(d.P), pyFloat(d.R), pyFloat(d.F1), pyOptFloat(d.SpeakerAcc, d.HasSpeakerAcc, "None"),
		pyFloat(i.F1), pyOptFloat(i.SpeakerAcc, i.HasSpeakerAcc, "None"), pyFloat(x.F1))
}

// PyOutput is everything score.py prints for these page scores: one line a
// page, the --json line when withJSON, and the headline.
func PyOutput(pages []PageScore, withJSON bool) string {
	var b strings.Builder
	for _, p := range pages {
		b.WriteString(PyPageLine(p))
		b.WriteByte('\n')
	}
	h := HeadlineOf(Total(pages))
	if withJSON {
		b.WriteString(h.PyJSON())
		b.WriteByte('\n')
	}
	b.WriteString(h.PyLine())
	b.WriteByte('\n')
	return b.String()
}
