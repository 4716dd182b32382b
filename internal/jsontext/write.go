package jsontext

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// Writer builds JSON text in memory. Values are written in document order:
// BeginObject, then Name and a value for each member, then EndObject;
// BeginArray, the elements, EndArray. Separators and indentation are the
// Writer's business.
//
// The zero Writer writes compact JSON without HTML escaping, as a
// json.Encoder does after SetEscapeHTML(false).
type Writer struct {
	// Indent, when not empty, puts every member and element on a line of
	// its own, indented by Indent once per level, and a space after each
	// colon, as json.Encoder.SetIndent("", Indent) does. Empty objects and
	// arrays stay {} and [].
	Indent string
	// EscapeHTML escapes <, > and & in strings as \u003c, \u003e and
	// \u0026, as encoding/json does unless told otherwise.
	EscapeHTML bool

	buf   []byte
	depth int  // open objects and arrays
	empty bool // the innermost open object or array has nothing in it yet
	named bool // a member name was just written: its value comes next
	err   error
}

// Bytes returns the text written so far. It is meaningful only when Err is
// nil.
func (w *Writer) Bytes() []byte { return w.buf }

// Err returns the first error met: a float that JSON cannot represent (NaN
// or an infinity), reported as encoding/json reports it.
func (w *Writer) Err() error { return w.err }

// Reset empties the Writer for reuse, keeping Indent and EscapeHTML.
func (w *Writer) Reset() {
	w.buf, w.depth, w.empty, w.named, w.err = w.buf[:0], 0, false, false, nil
}

// BeginObject opens an object.
func (w *Writer) BeginObject() { w.open('{') }

// EndObject closes the innermost open object.
func (w *Writer) EndObject() { w.close('}') }

// BeginArray opens an array.
func (w *Writer) BeginArray() { w.open('[') }

// EndArray closes the innermost open array.
func (w *Writer) EndArray() { w.close(']') }

// Name writes the name of the next member of the open object.
func (w *Writer) Name(name string) {
	w.next()
	w.buf = appendString(w.buf, name, w.EscapeHTML)
	w.buf = append(w.buf, ':')
	if w.Indent != "" {
		w.buf = append(w.buf, ' ')
	}
	w.named = true
}

// String writes a string, escaped as encoding/json escapes it: ", \ and
// control characters (\b, \f, \n, \r, \t, or \u00XX), U+2028 and U+2029
// always, <, > and & when EscapeHTML is set, and each byte of invalid UTF-8
// as \ufffd.
func (w *Writer) String(s string) {
	w.next()
	w.buf = appendString(w.buf, s, w.EscapeHTML)
}

// StringMember writes a member whose value is a string.
func (w *Writer) StringMember(name, s string) {
	w.Name(name)
	w.String(s)
}

// OmitEmptyString writes a string member unless s is empty, as the
// omitempty option of encoding/json does.
func (w *Writer) OmitEmptyString(name, s string) {
	if s != "" {
		w.StringMember(name, s)
	}
}

// OmitNilInt writes an integer member unless p is nil, as the omitempty
// option of encoding/json does for a pointer.
func (w *Writer) OmitNilInt(name string, p *int) {
	if p != nil {
		w.Name(name)
		w.Int(*p)
	}
}

// Int writes an integer.
func (w *Writer) Int(n int) {
	w.next()
	w.buf = strconv.AppendInt(w.buf, int64(n), 10)
}

// Float writes a float64 as encoding/json does: like JavaScript, in plain
// decimals unless it is below 1e-6 or from 1e21 up, then with an exponent
// (1e-7, 1e+21), always in the fewest digits that read back the same. NaN
// and the infinities are errors (see Err); null stands in for them.
func (w *Writer) Float(f float64) {
	w.next()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if w.err == nil {
			w.err = errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.buf = append(w.buf, "null"...)
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.buf = strconv.AppendFloat(w.buf, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json cleans it up.
		b := w.buf
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			w.buf = b[:n-1]
		}
	}
}

// Bool writes true or false.
func (w *Writer) Bool(b bool) {
	w.next()
	w.buf = strconv.AppendBool(w.buf, b)
}

// Null writes null.
func (w *Writer) Null() {
	w.next()
	w.buf = append(w.buf, "null"...)
}

func (w *Writer) open(c byte) {
	w.next()
	w.buf = append(w.buf, c)
	w.depth++
	w.empty = true
}

func (w *Writer) close(c byte) {
	w.depth--
	if !w.empty {
		w.newline()
	}
	w.buf = append(w.buf, c)
	w.empty = false
}

// next writes what goes before a value or a member name: nothing after a
// name or at the top level, else a comma unless it is the first in its
// object or array, and the line break and indentation.
func (w *Writer) next() {
	if w.named {
		w.named = false
		return
	}
	if w.depth == 0 {
		return
	}
	if !w.empty {
		w.buf = append(w.buf, ',')
	}
	w.empty = false
	w.newline()
}

func (w *Writer) newline() {
	if w.Indent == "" {
		return
	}
	w.buf = append(w.buf, '\n')
	for range w.depth {
		w.buf = append(w.buf, w.Indent...)
	}
}

const hex = "0123456789abcdef"

// appendString appends s quoted, as encoding/json's appendString does.
func appendString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= ' ' && b != '"' && b != '\\' && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				// Other control characters, and <, > and & for HTML.
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are valid
		// JSON but not valid JavaScript (before ES2019); encoding/json
		// escapes them always.
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
