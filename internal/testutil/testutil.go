// Package testutil holds helpers shared by tests across packages: writing
// files and copying a site tree into a temporary root, and deciding what a
// missing external tool (chromium, html-validate) means.
package testutil

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// WriteFile writes data to root/rel (a slash-separated path), creating
// its folders.
func WriteFile(t testing.TB, root, rel, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// CopyDir copies the tree at src into dst, creating folders. A missing src
// copies nothing, so optional site folders (layouts/, static/) can be passed.
func CopyDir(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == src {
				return filepath.SkipDir
			}
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// MissingTool skips the test because an external tool is missing, or fails
// it when GEN_REQUIRE_TOOLS=1 (as in CI), where skipping would hide a gap.
func MissingTool(t testing.TB, what string) {
	t.Helper()
	if os.Getenv("GEN_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s is required (GEN_REQUIRE_TOOLS=1) but missing", what)
	}
	t.Skipf("%s missing", what)
}
