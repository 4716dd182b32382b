package jsontext

import (
	"slices"
	"strconv"
	"strings"
)

// TypeError describes a JSON value that does not fit the Go value it is
// decoded into, in the words of encoding/json's UnmarshalTypeError.
type TypeError struct {
	// Value is what the JSON value is: "string", "number", "number 1.5"
	// (a number that does not fit), "bool", "array" or "object".
	Value string
	// Type is the Go type, as reflect names it ("int", "[]analysis.Quote").
	Type string
	// Struct is the name of the innermost struct type whose field was
	// being decoded, or "" at the top level.
	Struct string
	// Field is the path of JSON names from the top, dot-separated.
	Field string
}

// Error returns the message json.Unmarshal gives: "json: cannot unmarshal
// VALUE into Go struct field STRUCT.FIELD of type TYPE", or "… into Go value
// of type TYPE" at the top level.
func (e *TypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type
}

// Decoder stores parsed Values into Go values by the rules of
// json.Unmarshal:
//
//   - null leaves a string, number or struct as it was, and sets a pointer
//     or slice to nil;
//   - an object decodes into the struct as it is, member by member, so a
//     member written twice is decoded twice, and members that name no
//     field are ignored; names match fields exactly or else without
//     regard to case (Unicode simple folding, as strings.EqualFold);
//   - an array decodes into the slice's existing elements before it
//     appends, and [] makes an empty, non-nil slice;
//   - a value of the wrong kind is a TypeError; decoding goes on, and Err
//     reports the first such error.
//
// The zero Decoder is ready to use.
type Decoder struct {
	err    *TypeError
	strct  string   // name of the innermost struct being decoded
	fields []string // JSON names of the fields being decoded
}

// Err returns the first TypeError met, or nil.
func (d *Decoder) Err() error {
	if d.err == nil {
		return nil
	}
	return d.err
}

func (d *Decoder) typeError(value, typ string) {
	if d.err == nil {
		d.err = &TypeError{Value: value, Type: typ, Struct: d.strct, Field: strings.Join(d.fields, ".")}
	}
}

// Object decodes v into a struct of type typ (as reflect names it:
// "pkg.Name") whose fields have the JSON names given: it calls field, with
// the name of the field, for each member of v that names one.
func (d *Decoder) Object(v *Value, typ string, names []string, field func(name string, v *Value)) {
	switch v.Kind {
	case Null:
		return
	case Object:
	default:
		d.typeError(v.Kind.String(), typ)
		return
	}
	strct, n := d.strct, len(d.fields)
	name := typ[strings.LastIndexByte(typ, '.')+1:]
	for i := range v.Members {
		m := &v.Members[i]
		f, ok := match(names, m.Name)
		if !ok {
			continue
		}
		d.strct, d.fields = name, append(d.fields, f)
		field(f, &m.Value)
		d.strct, d.fields = strct, d.fields[:n]
	}
}

// match returns the name of names that key names: the same, else the same
// but for case.
func match(names []string, key string) (string, bool) {
	for _, n := range names {
		if n == key {
			return n, true
		}
	}
	for _, n := range names {
		if strings.EqualFold(n, key) {
			return n, true
		}
	}
	return "", false
}

// String decodes v into a string.
func (d *Decoder) String(v *Value, p *string) {
	switch v.Kind {
	case Null:
	case String:
		*p = v.Text
	default:
		d.typeError(v.Kind.String(), "string")
	}
}

// StringPtr decodes v into a *string: null makes it nil.
func (d *Decoder) StringPtr(v *Value, p **string) {
	if v.Kind == Null {
		*p = nil
		return
	}
	if *p == nil {
		*p = new(string)
	}
	d.String(v, *p)
}

// Int decodes v into an int; a number with a fraction or an exponent, or
// too large, is an error.
func (d *Decoder) Int(v *Value, p *int) {
	switch v.Kind {
	case Null:
	case Number:
		n, err := strconv.ParseInt(v.Text, 10, 0)
		if err != nil {
			d.typeError("number "+v.Text, "int")
			return
		}
		*p = int(n)
	default:
		d.typeError(v.Kind.String(), "int")
	}
}

// IntPtr decodes v into an *int: null makes it nil.
func (d *Decoder) IntPtr(v *Value, p **int) {
	if v.Kind == Null {
		*p = nil
		return
	}
	if *p == nil {
		*p = new(int)
	}
	d.Int(v, *p)
}

// Float64 decodes v into a float64; a number out of its range is an error.
func (d *Decoder) Float64(v *Value, p *float64) {
	switch v.Kind {
	case Null:
	case Number:
		f, err := strconv.ParseFloat(v.Text, 64)
		if err != nil {
			d.typeError("number "+v.Text, "float64")
			return
		}
		*p = f
	default:
		d.typeError(v.Kind.String(), "float64")
	}
}

// Slice decodes v into a slice of type typ (as reflect names it:
// "[]pkg.Name"), decoding each element with elem.
func Slice[T any](d *Decoder, v *Value, typ string, p *[]T, elem func(d *Decoder, v *Value, e *T)) {
	switch v.Kind {
	case Null:
		*p = nil
		return
	case Array:
	default:
		d.typeError(v.Kind.String(), typ)
		return
	}
	if len(v.Elems) == 0 {
		*p = make([]T, 0)
		return
	}
	// Like encoding/json, decode into the elements there are (up to the
	// capacity), then grow.
	s := *p
	for i := range v.Elems {
		if i >= cap(s) {
			s = slices.Grow(s, 1)
		}
		if i >= len(s) {
			s = s[:i+1]
		}
		elem(d, &v.Elems[i], &s[i])
	}
	*p = s[:len(v.Elems)]
}
