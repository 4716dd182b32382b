package eval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// SharedEnv names the environment variable that overrides where the shared
// directory (corpus, seed page) is.
const SharedEnv = "QUOTELENS_SHARED"

// ModuleRoot walks up from dir to the first directory holding a go.mod.
func ModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("eval: module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("eval: module root: no go.mod above the working directory")
		}
		dir = parent
	}
}

// SharedDir returns the shared directory: $QUOTELENS_SHARED when set, else
// ROOT/../shared where ROOT is the module root above the working directory.
// It is an error when the directory does not exist.
func SharedDir() (string, error) {
	dir := os.Getenv(SharedEnv)
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", fmt.Errorf("eval: shared dir: %w", err)
		}
		root, err := ModuleRoot(wd)
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "..", "shared")
	}
	if fi, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("eval: shared dir: %w", err)
	} else if !fi.IsDir() {
		return "", fmt.Errorf("eval: shared dir: %s is not a directory", dir)
	}
	return filepath.Clean(dir), nil
}
