package content

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFilesRelativeToAnyRoot: the pages found are named relative to the
// site root however the root is written: absolute, relative, ".", or
// not clean.
func TestFilesRelativeToAnyRoot(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	for _, name := range []string{"content/_index.md", "content/articles/a.md", "content/articles/b.markdown",
		"content/articles/notes.txt", "content/.hidden/x.md", "content/_drafts/y.md", "content/newsletter/issue-1/index.md"} {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("# x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"content/_index.md", "content/articles/a.md", "content/articles/b.markdown", "content/newsletter/issue-1/index.md"}
	t.Chdir(dir)
	for _, root := range []string{site, "site", "./site", "site/", "site/../site", "."} {
		t.Run(root, func(t *testing.T) {
			if root == "." {
				t.Chdir(site)
			}
			got, err := Files(root)
			if err != nil || !slices.Equal(got, want) {
				t.Errorf("Files(%q) = %q, %v; want %q", root, got, err, want)
			}
		})
	}
	if got, err := Files(filepath.Join(dir, "nowhere")); err != nil || len(got) != 0 {
		t.Errorf("Files of a site without content/ = %q, %v; want none", got, err)
	}
}
