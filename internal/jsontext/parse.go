package jsontext

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth is how deeply objects and arrays may nest, as in encoding/json.
const maxDepth = 10000

// SyntaxError describes malformed JSON text in the words json.Unmarshal
// uses ("invalid character 'x' after object key", "unexpected end of JSON
// input").
type SyntaxError struct {
	msg string
	// Offset is the number of bytes read when the error was found.
	Offset int64
}

// Error returns the description, without the offset, as encoding/json does.
func (e *SyntaxError) Error() string { return e.msg }

// Parse parses data, which must hold exactly one JSON value with optional
// white space around it. It accepts what json.Valid accepts, strings with
// invalid UTF-8 included, and nesting up to 10000 levels deep.
func Parse(data []byte) (*Value, error) {
	p := parser{data: data}
	v := new(Value)
	if err := p.value(v); err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		return nil, p.errorAt(p.data[p.pos], "after top-level value")
	}
	return v, nil
}

// parser is a recursive-descent JSON parser. Its errors are those of
// encoding/json's scanner, which reports the first byte that cannot
// continue valid JSON; at the end of the input it behaves as if a space
// followed, as the scanner does.
type parser struct {
	data  []byte
	pos   int
	depth int
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// errorAt reports c, the byte at p.pos, as invalid in the context given.
func (p *parser) errorAt(c byte, context string) error {
	return &SyntaxError{msg: "invalid character " + quoteChar(c) + " " + context, Offset: int64(p.pos + 1)}
}

// errorEnd reports the end of the input inside a token: as a space if a
// space is invalid in that context, as the scanner does.
func (p *parser) errorEnd(context string) error {
	return &SyntaxError{msg: "invalid character ' ' " + context, Offset: int64(len(p.data))}
}

func (p *parser) unexpectedEnd() error {
	return &SyntaxError{msg: "unexpected end of JSON input", Offset: int64(len(p.data))}
}

// quoteChar formats c as encoding/json's scanner does.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// value parses the value after any white space at p.pos into v.
func (p *parser) value(v *Value) error {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return p.unexpectedEnd()
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(v)
	case c == '[':
		return p.array(v)
	case c == '"':
		s, err := p.str()
		v.Kind, v.Text = String, s
		return err
	case c == '-' || '0' <= c && c <= '9':
		s, err := p.number()
		v.Kind, v.Text = Number, s
		return err
	case c == 't':
		v.Kind, v.Bool = Bool, true
		return p.literal("true")
	case c == 'f':
		v.Kind = Bool
		return p.literal("false")
	case c == 'n':
		v.Kind = Null
		return p.literal("null")
	default:
		return p.errorAt(c, "looking for beginning of value")
	}
}

// enter enters an object or array, whose opening byte is c, and reports
// whether it is empty: closed at once by end, which it then leaves.
func (p *parser) enter(c, end byte) (empty bool, err error) {
	p.depth++
	if p.depth > maxDepth {
		return false, p.errorAt(c, "exceeded max depth")
	}
	p.pos++
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == end {
		p.leave()
		return true, nil
	}
	return false, nil
}

// leave steps over the closing byte of an object or array.
func (p *parser) leave() {
	p.pos++
	p.depth--
}

func (p *parser) object(v *Value) error {
	v.Kind = Object
	if empty, err := p.enter('{', '}'); empty || err != nil {
		return err
	}
	for {
		if p.pos >= len(p.data) {
			return p.unexpectedEnd()
		}
		if c := p.data[p.pos]; c != '"' {
			return p.errorAt(c, "looking for beginning of object key string")
		}
		name, err := p.str()
		if err != nil {
			return err
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			return p.unexpectedEnd()
		}
		if c := p.data[p.pos]; c != ':' {
			return p.errorAt(c, "after object key")
		}
		p.pos++
		v.Members = append(v.Members, Member{Name: name})
		if err := p.value(&v.Members[len(v.Members)-1].Value); err != nil {
			return err
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			return p.unexpectedEnd()
		}
		switch c := p.data[p.pos]; c {
		case ',':
			p.pos++
			p.skipSpace()
		case '}':
			p.leave()
			return nil
		default:
			return p.errorAt(c, "after object key:value pair")
		}
	}
}

func (p *parser) array(v *Value) error {
	v.Kind = Array
	if empty, err := p.enter('[', ']'); empty || err != nil {
		return err
	}
	for {
		v.Elems = append(v.Elems, Value{})
		if err := p.value(&v.Elems[len(v.Elems)-1]); err != nil {
			return err
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			return p.unexpectedEnd()
		}
		switch c := p.data[p.pos]; c {
		case ',':
			p.pos++
		case ']':
			p.leave()
			return nil
		default:
			return p.errorAt(c, "after array element")
		}
	}
}

// literal parses true, false or null, whose first byte is at p.pos.
func (p *parser) literal(word string) error {
	for i := 1; i < len(word); i++ {
		context := "in literal " + word + " (expecting " + quoteChar(word[i]) + ")"
		if p.pos+i >= len(p.data) {
			return p.errorEnd(context)
		}
		if c := p.data[p.pos+i]; c != word[i] {
			p.pos += i
			return p.errorAt(c, context)
		}
	}
	p.pos += len(word)
	return nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// number parses a number, whose first byte is at p.pos, and returns it as
// written. What follows it is for the caller to judge.
func (p *parser) number() (string, error) {
	start := p.pos
	// digits reads at least one digit, or reports what is there instead.
	digits := func(context string) error {
		if p.pos >= len(p.data) {
			return p.errorEnd(context)
		}
		if !isDigit(p.data[p.pos]) {
			return p.errorAt(p.data[p.pos], context)
		}
		for p.pos < len(p.data) && isDigit(p.data[p.pos]) {
			p.pos++
		}
		return nil
	}
	if p.data[p.pos] == '-' {
		p.pos++
	}
	if p.pos < len(p.data) && p.data[p.pos] == '0' {
		p.pos++
	} else if err := digits("in numeric literal"); err != nil {
		return "", err
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if err := digits("after decimal point in numeric literal"); err != nil {
			return "", err
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if err := digits("in exponent of numeric literal"); err != nil {
			return "", err
		}
	}
	return string(p.data[start:p.pos]), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// str parses a string, whose opening quote is at p.pos, and returns its
// text.
func (p *parser) str() (string, error) {
	p.pos++
	start := p.pos
	plain := true // no escapes and valid UTF-8: the text is the bytes
	for {
		if p.pos >= len(p.data) {
			return "", p.unexpectedEnd()
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			raw := p.data[start:p.pos]
			p.pos++
			if plain {
				return string(raw), nil
			}
			return unquote(raw), nil
		case c == '\\':
			plain = false
			p.pos++
			if p.pos >= len(p.data) {
				return "", p.errorEnd("in string escape code")
			}
			switch c := p.data[p.pos]; c {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				p.pos++
			case 'u':
				p.pos++
				for range 4 {
					if p.pos >= len(p.data) {
						return "", p.errorEnd(`in \u hexadecimal character escape`)
					}
					if c := p.data[p.pos]; !isHex(c) {
						return "", p.errorAt(c, `in \u hexadecimal character escape`)
					}
					p.pos++
				}
			default:
				return "", p.errorAt(c, "in string escape code")
			}
		case c < ' ':
			return "", p.errorAt(c, "in string literal")
		case c < utf8.RuneSelf:
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				plain = false
			}
			p.pos += size
		}
	}
}

// unquote resolves the escapes of a well-formed string body and replaces
// each byte of invalid UTF-8 by U+FFFD, as encoding/json does: a \u escape
// of a surrogate half that does not pair with the next escape is U+FFFD too.
func unquote(s []byte) string {
	b := make([]byte, 0, len(s)+2*utf8.UTFMax)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			switch s[i+1] {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := getu4(s[i:])
				i += 6
				if utf16.IsSurrogate(r) {
					if r2 := getu4(s[i:]); r2 >= 0 {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							b = utf8.AppendRune(b, dec)
							i += 6
							continue
						}
					}
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
				continue
			default: // \\, \/, \"
				b = append(b, s[i+1])
			}
			i += 2
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			b = utf8.AppendRune(b, r)
			i += size
		}
	}
	return string(b)
}

// getu4 decodes \uXXXX at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
