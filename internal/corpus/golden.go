package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Golden compares got with the golden file at path, or writes got there
// when update is set (the tests' -update flag). A missing golden file fails
// with the command that writes it.
func Golden(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (rerun the test with -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update if the change is right):\n%s", path, LineDiff(string(want), got))
	}
}

// LineDiff lists the lines only in want (prefixed "- ") and only in got
// ("+ "), enough to read a golden failure.
func LineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	inW, inG := map[string]int{}, map[string]int{}
	for _, l := range w {
		inW[l]++
	}
	for _, l := range g {
		inG[l]++
	}
	var sb strings.Builder
	for _, l := range w {
		if inG[l] == 0 {
			sb.WriteString("- " + l + "\n")
		}
	}
	for _, l := range g {
		if inW[l] == 0 {
			sb.WriteString("+ " + l + "\n")
		}
	}
	return sb.String()
}
