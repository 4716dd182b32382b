package attribution

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quotelens/quotelens/internal/quote"
	"github.com/quotelens/quotelens/internal/speaker"
	"github.com/quotelens/quotelens/internal/token"
)

// minInnerWords is the fewest words a quotation inside a quotation needs to
// be a quote of its own: shorter ones are terms and scare quotes ("the
// ‘Giuliani problem’", "‘accurate’").
const minInnerWords = 3

// innerQuotes records the quotations nested in the direct quote outer that
// reproduce what someone said (GUIDE: "A quotation inside a quotation is a
// quote of its own when it reproduces what someone said"): “I then heard
// President Trump ask, quote, ‘So he’s going to do the investigation?’”.
// Each is spoken by the source the outer quotation names before it, or by
// the outer quotation's speaker.
func (a *attributor) innerQuotes(r *blockRead, outer Attribution) {
	s := outer.Span
	if s.Origin != quote.Marks || s.EndBlock != s.Block {
		return
	}
	for _, in := range s.Inner {
		if !a.reportedInner(r.text, s.Start, in) {
			continue
		}
		att := Attribution{Direct: true, Block: s.Block, Start: in[0], End: in[1], Sentence: outer.Sentence}
		att.Span = quote.Span{Block: s.Block, EndBlock: s.Block, Start: in[0], End: in[1], Origin: quote.Marks, Open: -1, Close: -1, CloseEnd: -1}
		att.Speaker = a.innerSpeaker(r, s, in)
		if att.Speaker == nil {
			att.Speaker = outer.Speaker
		}
		att.Evidence, att.Confidence = "quotation inside a quotation", confContinues
		if att.Speaker == nil {
			att.Evidence = "no source found"
		}
		a.out = append(a.out, att)
	}
}

// reportedInner reports an inner quotation text[in[0]:in[1]] of an outer
// one that opens at start which the outer one reports as speech: a
// complementizer or a spoken "quote" introduces it ("replied that ‘…’",
// "ask, quote, ‘…’"), it runs to minInnerWords, and it follows no word that
// makes it imagined ("would say that ‘…’") or names it as a term. An inner
// quotation after a bare comma ("he said, ‘…’") is left inside its outer
// one: PolNeAR counts those as part of the outer passage.
func (a *attributor) reportedInner(text string, start int, in [2]int) bool {
	if len(strings.Fields(text[in[0]:in[1]])) < minInnerWords {
		return false
	}
	lead := strings.TrimSpace(strings.TrimRight(text[start:in[0]], "'‘’\"“”«»‹›‚„"))
	f := strings.Fields(lead)
	if len(f) == 0 {
		return false
	}
	// "replied that ‘…’" (not "notions that, ‘…’"), "ask, quote, ‘…’".
	last := strings.ToLower(f[len(f)-1])
	if !a.lang.IsComplementizer(last) && !a.lang.IsQuoteWord(strings.TrimRight(last, ",:")) {
		return false
	}
	for i := len(f) - 1; i >= 0 && i >= len(f)-maxHypotheticalGap; i-- {
		if a.lang.IsHypothetical(strings.ToLower(strings.Trim(f[i], ",.;:"))) {
			return false
		}
	}
	// The opening mark may be several bytes ("‘").
	_, size := utf8.DecodeLastRuneInString(text[:in[0]])
	return !a.named(text, in[0]-size)
}

// maxHypotheticalGap is how many words before an inner quotation a word
// that makes it imagined may stand.
const maxHypotheticalGap = 6

// innerSpeaker finds the source the outer quotation s names before its
// inner quotation in: the nearest name or description before the mark, or
// before the complementizer that introduces it ("Ambassador Sondland
// replied that ‘…’"), or nil.
func (a *attributor) innerSpeaker(r *blockRead, s quote.Span, in [2]int) *speaker.Entity {
	toks := r.info.toks
	// The tokens of the outer quotation before the inner one, [lo, end).
	lo := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s.Start })
	end := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= in[0] })
	if lo >= end {
		return nil
	}
	inq := make([]bool, end)
	for k := lo; k < end; k++ {
		for _, o := range s.Inner {
			inq[k] = inq[k] || toks[k].Start >= o[0]-1 && toks[k].Start < o[1]+1
		}
	}
	for k := end - 1; k >= lo; k-- {
		if !inq[k] && toks[k].Kind == token.Word && a.lang.IsComplementizer(toks[k].Lower()) {
			end = k
			break
		}
	}
	m, _, ok := nearestSource(r.text, toks, lo, end, inq, a.lang)
	if !ok {
		return nil
	}
	return a.reg.Resolve(m)
}
