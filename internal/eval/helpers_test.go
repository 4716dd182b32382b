package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/quotelens/quotelens/internal/corpus"
)

// testShared returns the shared directory, or skips the test when it is
// missing.
func testShared(t *testing.T) string {
	t.Helper()
	dir, err := corpus.Dir()
	if err != nil {
		t.Skipf("shared directory not found (set %s): %v", corpus.Env, err)
	}
	return dir
}

// testPython returns the python3 path, or skips the test.
func testPython(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: cannot compare with score.py")
	}
	return py
}

// scorePy returns the path of the reference scorer, or skips the test.
func scorePy(t *testing.T) string {
	t.Helper()
	p := filepath.Join(testShared(t), "corpus", "score.py")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("reference scorer missing: %v", err)
	}
	return p
}

// runPython runs a Python script that reads JSON input from stdin and
// decodes its JSON output into out. The script can import score.py's
// functions as "score" (its directory is put on sys.path).
func runPython(t *testing.T, script string, input, out any) {
	t.Helper()
	py := testPython(t)
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Env = append(os.Environ(), "PYTHONPATH="+filepath.Dir(scorePy(t)))
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatalf("python output: %v", err)
	}
}
