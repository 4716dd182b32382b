package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(Env, dir)
	got, err := Dir()
	if err != nil || got != filepath.Clean(dir) {
		t.Fatalf("Dir() = %q, %v; want %q", got, err, dir)
	}
	t.Setenv(Env, filepath.Join(dir, "absent"))
	if _, err := Dir(); err == nil {
		t.Fatal("Dir() of a missing directory: want an error")
	}
}

func TestReadability(t *testing.T) {
	shared := t.TempDir()
	for _, name := range []string{"b-page", "a-page", "empty"} {
		if err := os.MkdirAll(filepath.Join(ReadabilityDir(shared), name), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"a-page", "b-page"} {
		if err := os.WriteFile(filepath.Join(ReadabilityDir(shared), name, "source.html"), []byte("<p>"+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages, err := Readability(shared)
	if err != nil || len(pages) != 2 || pages[0].Name != "a-page" || string(pages[1].Source) != "<p>b-page" {
		t.Fatalf("Readability = %+v, %v", pages, err)
	}
}

func TestLineDiff(t *testing.T) {
	got := LineDiff("a\nb\nc", "a\nc\nd")
	if got != "- b\n+ d\n" {
		t.Errorf("LineDiff = %q", got)
	}
}
