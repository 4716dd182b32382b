// Package jsontext reads and writes JSON text without reflection, the way
// encoding/json does for the few documents Quotelens sends and receives.
//
// A Writer writes JSON text: compact, or indented as json.Encoder.SetIndent
// lays it out, with strings and numbers formatted byte for byte as
// encoding/json formats them. Parse reads JSON text into a tree of Values,
// rejecting what json.Valid rejects with the error json.Unmarshal gives, and
// a Decoder stores a Value into Go values with the type errors and the
// null, duplicate-name and case-insensitive-name rules of json.Unmarshal.
//
// The package exists to keep encoding/json, and the reflection it brings,
// out of the WebAssembly engine.
package jsontext

// Kind is the kind of a JSON value.
type Kind uint8

// The kinds of JSON value.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String returns the name encoding/json uses for the kind in its errors:
// "null", "bool", "number", "string", "array" or "object".
func (k Kind) String() string {
	switch k {
	case Bool:
		return "bool"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	case Object:
		return "object"
	}
	return "null"
}

// Value is one parsed JSON value.
type Value struct {
	// Kind is the kind of the value.
	Kind Kind
	// Bool is the value of a Bool.
	Bool bool
	// Text is the decoded text of a String (escapes resolved, invalid UTF-8
	// replaced by U+FFFD), or the literal of a Number as written.
	Text string
	// Elems are the elements of an Array.
	Elems []Value
	// Members are the members of an Object, in the order written,
	// duplicates included.
	Members []Member
}

// Member is one name and value of an Object.
type Member struct {
	Name  string
	Value Value
}
