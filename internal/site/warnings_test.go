package site

import (
	"context"
	"strings"
	"testing"
)

// TestPageWarnings: a misspelt front matter key reaches the build's
// warnings, which gen build and gen serve print, on a full build and on
// a rebuild after an edit (gen serve's path), and goes once fixed.
func TestPageWarnings(t *testing.T) {
	root := newSite(t)
	const page = "content/articles/second.md"
	orig := readFile(root, page)
	writeFile(root, page, strings.Replace(orig, "title:", "descripton: \"One sentence.\"\ntitle:", 1))
	b, res := build(t, root)
	want := page + `:2:1: unknown front matter key "descripton"; did you mean "description"?`
	if !hasWarning(res.Warnings, want) {
		t.Errorf("build warnings = %q, want %q", res.Warnings, want)
	}

	writeFile(root, page, strings.Replace(orig, "title:", "subjet: \"Hi\"\ntitle:", 1))
	res, err := b.Rebuild(context.Background(), []string{page})
	if err != nil {
		t.Fatal(err)
	}
	want = page + `:2:1: unknown front matter key "subjet"; did you mean "subject"?`
	if !hasWarning(res.Warnings, want) || len(res.Warnings) != 1 {
		t.Errorf("rebuild warnings = %q, want only %q", res.Warnings, want)
	}

	writeFile(root, page, orig)
	if res, err = b.Rebuild(context.Background(), []string{page}); err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings after the fix = %q", res.Warnings)
	}
}

func hasWarning(warnings []string, first string) bool {
	for _, w := range warnings {
		if strings.SplitN(w, "\n", 2)[0] == first {
			return true
		}
	}
	return false
}
