package analysis

import "github.com/quotelens/quotelens/internal/jsontext"

// The Analysis is written and read by hand rather than by encoding/json,
// which would cost the WebAssembly engine half a megabyte. The JSON names
// are those of the struct tags, which stay the contract: the tests check
// that EncodeJSON writes what json.Marshal writes and DecodeJSON reads what
// json.Unmarshal reads.

// EncodeJSON writes a as a JSON object, as json.Marshal would: empty
// strings and nil pointers that are omitempty are left out, other nil
// pointers and nil lists are null. A nil Analysis is null.
func (a *Analysis) EncodeJSON(w *jsontext.Writer) {
	a.EncodeJSONYield(w, nil)
}

// EncodeJSONYield is EncodeJSON that calls yield (when not nil) every
// encodeYieldEvery quotes, speakers or disputes written: the JSON of a
// hostile page's Analysis can be megabytes, and a host whose engine shares
// its thread (Options.Yield) gives it up there too. The bytes are the same.
func (a *Analysis) EncodeJSONYield(w *jsontext.Writer, yield func()) {
	if a == nil {
		w.Null()
		return
	}
	w.BeginObject()
	a.encodeMembers(w, yield)
	w.EndObject()
}

// EncodeJSONMembers writes the members of a's JSON object into the object w
// has open, for a document that embeds the Analysis's fields among its own.
func (a *Analysis) EncodeJSONMembers(w *jsontext.Writer) {
	a.encodeMembers(w, nil)
}

// encodeYieldEvery is how many items of an Analysis's lists are written
// between two calls of EncodeJSONYield's yield.
const encodeYieldEvery = 16

func (a *Analysis) encodeMembers(w *jsontext.Writer, yield func()) {
	w.StringMember("engine", a.Engine)
	w.OmitEmptyString("url", a.URL)
	w.StringMember("title", a.Title)
	w.StringMember("language", a.Language)
	w.Name("quotes")
	encodeListYield(w, a.Quotes, (*Quote).encodeJSON, yield)
	w.Name("speakers")
	encodeListYield(w, a.Speakers, (*Speaker).encodeJSON, yield)
	w.Name("disputes")
	encodeListYield(w, a.Disputes, (*Dispute).encodeJSON, yield)
	w.OmitEmptyString("reason", a.Reason)
	w.OmitEmptyString("text", a.Text)
	w.OmitEmptyString("truncated", a.Truncated)
}

// encodeList writes a list as an array, or null when it is nil.
func encodeList[T any](w *jsontext.Writer, list []T, encode func(*T, *jsontext.Writer)) {
	encodeListYield(w, list, encode, nil)
}

// encodeListYield is encodeList that calls yield, when not nil, every
// encodeYieldEvery items.
func encodeListYield[T any](w *jsontext.Writer, list []T, encode func(*T, *jsontext.Writer), yield func()) {
	if list == nil {
		w.Null()
		return
	}
	w.BeginArray()
	for i := range list {
		if yield != nil && i%encodeYieldEvery == encodeYieldEvery-1 {
			yield()
		}
		encode(&list[i], w)
	}
	w.EndArray()
}

func encodeString(s *string, w *jsontext.Writer) { w.String(*s) }

// encodeStringPtr writes *s, or null when s is nil.
func encodeStringPtr(w *jsontext.Writer, s *string) {
	if s == nil {
		w.Null()
		return
	}
	w.String(*s)
}

func (q *Quote) encodeJSON(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("id", q.ID)
	w.StringMember("kind", q.Kind)
	w.StringMember("text", q.Text)
	w.Name("speaker")
	encodeStringPtr(w, q.Speaker)
	w.StringMember("cue", q.Cue)
	w.OmitEmptyString("sentence", q.Sentence)
	w.OmitEmptyString("evidence", q.Evidence)
	w.Name("confidence")
	w.Float(q.Confidence)
	w.Name("selectors")
	encodeList(w, q.Selectors, (*Selector).encodeJSON)
	w.EndObject()
}

func (s *Speaker) encodeJSON(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("id", s.ID)
	w.StringMember("name", s.Name)
	w.Name("aliases")
	encodeList(w, s.Aliases, encodeString)
	w.StringMember("role", s.Role)
	w.Name("quotes")
	w.Int(s.Quotes)
	w.EndObject()
}

func (d *Dispute) encodeJSON(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("id", d.ID)
	w.Name("claim")
	d.Claim.encodeJSON(w)
	w.Name("dispute")
	d.Dispute.encodeJSON(w)
	w.StringMember("cue", d.Cue)
	w.Name("confidence")
	w.Float(d.Confidence)
	w.EndObject()
}

func (s *Side) encodeJSON(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("text", s.Text)
	w.Name("speaker")
	encodeStringPtr(w, s.Speaker)
	w.OmitEmptyString("quote", s.Quote)
	w.Name("selectors")
	encodeList(w, s.Selectors, (*Selector).encodeJSON)
	w.EndObject()
}

func (s *Selector) encodeJSON(w *jsontext.Writer) {
	w.BeginObject()
	w.StringMember("type", s.Type)
	w.OmitEmptyString("exact", s.Exact)
	w.OmitEmptyString("prefix", s.Prefix)
	w.OmitEmptyString("suffix", s.Suffix)
	w.OmitNilInt("start", s.Start)
	w.OmitNilInt("end", s.End)
	w.EndObject()
}

// DecodeJSON decodes the parsed JSON value v into a, as json.Unmarshal
// would (see jsontext.Decoder): names match without regard to case,
// unknown members are ignored, and the error is the first value of the
// wrong type, worded as encoding/json words it.
func (a *Analysis) DecodeJSON(v *jsontext.Value) error {
	var d jsontext.Decoder
	decodeAnalysis(&d, v, a)
	return d.Err()
}

var analysisFields = []string{"engine", "url", "title", "language", "quotes", "speakers", "disputes", "reason", "text", "truncated"}

func decodeAnalysis(d *jsontext.Decoder, v *jsontext.Value, a *Analysis) {
	d.Object(v, "analysis.Analysis", analysisFields, func(name string, v *jsontext.Value) {
		switch name {
		case "engine":
			d.String(v, &a.Engine)
		case "url":
			d.String(v, &a.URL)
		case "title":
			d.String(v, &a.Title)
		case "language":
			d.String(v, &a.Language)
		case "quotes":
			jsontext.Slice(d, v, "[]analysis.Quote", &a.Quotes, decodeQuote)
		case "speakers":
			jsontext.Slice(d, v, "[]analysis.Speaker", &a.Speakers, decodeSpeaker)
		case "disputes":
			jsontext.Slice(d, v, "[]analysis.Dispute", &a.Disputes, decodeDispute)
		case "reason":
			d.String(v, &a.Reason)
		case "text":
			d.String(v, &a.Text)
		case "truncated":
			d.String(v, &a.Truncated)
		}
	})
}

var quoteFields = []string{"id", "kind", "text", "speaker", "cue", "sentence", "evidence", "confidence", "selectors"}

func decodeQuote(d *jsontext.Decoder, v *jsontext.Value, q *Quote) {
	d.Object(v, "analysis.Quote", quoteFields, func(name string, v *jsontext.Value) {
		switch name {
		case "id":
			d.String(v, &q.ID)
		case "kind":
			d.String(v, &q.Kind)
		case "text":
			d.String(v, &q.Text)
		case "speaker":
			d.StringPtr(v, &q.Speaker)
		case "cue":
			d.String(v, &q.Cue)
		case "sentence":
			d.String(v, &q.Sentence)
		case "evidence":
			d.String(v, &q.Evidence)
		case "confidence":
			d.Float64(v, &q.Confidence)
		case "selectors":
			jsontext.Slice(d, v, "[]analysis.Selector", &q.Selectors, decodeSelector)
		}
	})
}

var speakerFields = []string{"id", "name", "aliases", "role", "quotes"}

func decodeSpeaker(d *jsontext.Decoder, v *jsontext.Value, s *Speaker) {
	d.Object(v, "analysis.Speaker", speakerFields, func(name string, v *jsontext.Value) {
		switch name {
		case "id":
			d.String(v, &s.ID)
		case "name":
			d.String(v, &s.Name)
		case "aliases":
			jsontext.Slice(d, v, "[]string", &s.Aliases, (*jsontext.Decoder).String)
		case "role":
			d.String(v, &s.Role)
		case "quotes":
			d.Int(v, &s.Quotes)
		}
	})
}

var disputeFields = []string{"id", "claim", "dispute", "cue", "confidence"}

func decodeDispute(d *jsontext.Decoder, v *jsontext.Value, p *Dispute) {
	d.Object(v, "analysis.Dispute", disputeFields, func(name string, v *jsontext.Value) {
		switch name {
		case "id":
			d.String(v, &p.ID)
		case "claim":
			decodeSide(d, v, &p.Claim)
		case "dispute":
			decodeSide(d, v, &p.Dispute)
		case "cue":
			d.String(v, &p.Cue)
		case "confidence":
			d.Float64(v, &p.Confidence)
		}
	})
}

var sideFields = []string{"text", "speaker", "quote", "selectors"}

func decodeSide(d *jsontext.Decoder, v *jsontext.Value, s *Side) {
	d.Object(v, "analysis.Side", sideFields, func(name string, v *jsontext.Value) {
		switch name {
		case "text":
			d.String(v, &s.Text)
		case "speaker":
			d.StringPtr(v, &s.Speaker)
		case "quote":
			d.String(v, &s.Quote)
		case "selectors":
			jsontext.Slice(d, v, "[]analysis.Selector", &s.Selectors, decodeSelector)
		}
	})
}

var selectorFields = []string{"type", "exact", "prefix", "suffix", "start", "end"}

func decodeSelector(d *jsontext.Decoder, v *jsontext.Value, s *Selector) {
	d.Object(v, "analysis.Selector", selectorFields, func(name string, v *jsontext.Value) {
		switch name {
		case "type":
			d.String(v, &s.Type)
		case "exact":
			d.String(v, &s.Exact)
		case "prefix":
			d.String(v, &s.Prefix)
		case "suffix":
			d.String(v, &s.Suffix)
		case "start":
			d.IntPtr(v, &s.Start)
		case "end":
			d.IntPtr(v, &s.End)
		}
	})
}
