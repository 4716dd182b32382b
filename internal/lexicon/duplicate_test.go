package lexicon

import (
	"reflect"
	"testing"
)

// TestNoDuplicateInAList fails on a word written twice in one list of a
// language's Data or DisputeData: a set makes the second copy dead weight,
// and a reader who edits one copy is misled by the other. Every slice field
// is checked, whatever its element ([]string, [][2]string, []MarkPair).
func TestNoDuplicateInAList(t *testing.T) {
	for _, code := range Codes() {
		t.Run(code, func(t *testing.T) {
			checkNoDuplicates(t, "Data", reflect.ValueOf(registry[code]()))
			checkNoDuplicates(t, "DisputeData", reflect.ValueOf(disputeRegistry[code]()))
		})
	}
}

// checkNoDuplicates reports every element that repeats an earlier one in
// the same slice field of the struct v.
func checkNoDuplicates(t *testing.T, name string, v reflect.Value) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() != reflect.Slice || !f.Type().Elem().Comparable() {
			continue
		}
		seen := make(map[any]bool, f.Len())
		for j := 0; j < f.Len(); j++ {
			e := f.Index(j).Interface()
			if seen[e] {
				t.Errorf("%s.%s: %v is listed twice", name, v.Type().Field(i).Name, e)
			}
			seen[e] = true
		}
	}
}
