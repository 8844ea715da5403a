package site

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestPatch edits one page in ways that keep or change how other pages
// list it. Either way the rebuild must give exactly the files and lint
// results of a full build of the edited tree; edits that keep every list
// as it was must take the in-place patch, which re-runs only the jobs
// reading the page.
func TestPatch(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		patched              bool
	}{
		{"body", "content/articles/second.md", "The second article.", "The second article, edited.", true},
		{"summary only", "content/articles/second.md", "The second article.", "A new first paragraph.\n\nThe second article.", true},
		{"params", "content/articles/second.md", "tags: [writing]", "tags: [writing]\nauthor: Sam", true},
		{"issue", "content/newsletter/issue-one.md", "\n\n", "\n\nA new line for readers.\n\n", true},
		{"draft body", "content/articles/draft.md", "\n---\n", "\n---\n\nMore draft text.\n", true},
		{"title", "content/articles/second.md", `title: "Second article"`, `title: "Second, retitled"`, false},
		{"date", "content/articles/second.md", "date: 2026-05-02", "date: 2026-04-01", false},
		{"tags", "content/articles/second.md", "tags: [writing]", "tags: [writing, email]", false},
		{"draft flag", "content/articles/second.md", "tags: [writing]", "tags: [writing]\ndraft: true", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := newSite(t)
			// Drafting a page breaks the links to it; this test is about
			// what a rebuild renders, so broken links only warn.
			brokenLinksWarn(root)
			b, before := build(t, root)
			src := readFile(root, tt.file)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("%s lacks %q", tt.file, tt.old)
			}
			writeFile(root, tt.file, strings.Replace(src, tt.old, tt.new, 1))
			res, err := b.Rebuild(context.Background(), []string{tt.file})
			if err != nil {
				t.Fatal(err)
			}
			if patched := b.dependents != nil; patched != tt.patched {
				t.Errorf("patched = %v, want %v", patched, tt.patched)
			}
			_, full := build(t, root)
			sameFiles(t, res.Files, full.Files)
			if !reflect.DeepEqual(res.Lint.Results(), full.Lint.Results()) {
				t.Error("lint results differ from a full build")
			}
			if res.Pages != full.Pages || res.Feeds != full.Feeds || res.Emails != full.Emails {
				t.Errorf("counts %d/%d/%d, full build %d/%d/%d", res.Pages, res.Feeds, res.Emails, full.Pages, full.Feeds, full.Emails)
			}
			for _, name := range res.Changed {
				if bytes.Equal(before.Files[name], res.Files[name]) {
					t.Errorf("%s reported changed but is not", name)
				}
			}
		})
	}
}

// TestPatchFailureKeepsLastBuild: when a patched page cannot be rendered,
// the rebuild fails and the builder is exactly as before, so the next
// good edit gives the same files as a full build.
func TestPatchFailureKeepsLastBuild(t *testing.T) {
	root := newSite(t)
	single := readFile(root, "themes/clarity/layouts/single.html")
	// A layout that fails on one page's parameter.
	writeFile(root, "layouts/single.html", strings.Replace(single, `{{ define "main" }}{{ with .Page }}`,
		`{{ define "main" }}{{ with .Page }}{{ with .Params.pick }}{{ index . 5 }}{{ end }}`, 1))
	b, good := build(t, root)
	file := "content/articles/second.md"
	src := readFile(root, file)

	writeFile(root, file, strings.Replace(src, "tags: [writing]", "tags: [writing]\npick: [1]", 1))
	if _, err := b.Rebuild(context.Background(), []string{file}); err == nil || !strings.Contains(err.Error(), "single.html") {
		t.Fatalf("want a template error naming single.html, got %v", err)
	}
	if b.dependents == nil {
		t.Fatal("the failing edit did not take the patch path")
	}
	sameFiles(t, b.files, good.Files)

	// Its neighbour's page links to it: editing the neighbour re-renders
	// it from the last good version, not from the failed one.
	third := "content/articles/third.md"
	writeFile(root, third, strings.Replace(readFile(root, third), "The third article", "The third article, edited", 1))
	res, err := b.Rebuild(context.Background(), []string{third})
	if err != nil {
		t.Fatalf("the failed edit leaked into the next rebuild: %v", err)
	}
	writeFile(root, file, src)
	_, full := build(t, root)
	sameFiles(t, res.Files, full.Files)
}

// TestPatchFallsBack: deleting an edited file, or editing a bundle's
// resource, is not a patch.
func TestPatchFallsBack(t *testing.T) {
	root := newSite(t)
	brokenLinksWarn(root) // deleting second.md breaks the links to it
	b, _ := build(t, root)
	if err := os.WriteFile(filepath.Join(root, "content/articles/bundled/cover.png"), []byte("new image"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := b.Rebuild(context.Background(), []string{"content/articles/bundled/cover.png"})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Files["articles/bundled/cover.png"]) != "new image" {
		t.Error("bundle resource not republished")
	}
	os.Remove(filepath.Join(root, "content/articles/second.md"))
	res, err = b.Rebuild(context.Background(), []string{"content/articles/second.md"})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := res.Files["articles/second/index.html"]; ok {
		t.Error("deleted page still published")
	}
	if !slices.ContainsFunc(res.Warnings, func(w string) bool { return strings.Contains(w, `broken link "/articles/second/"`) }) {
		t.Errorf("the rebuild did not report the links to the deleted page: %q", res.Warnings)
	}
	_, full := build(t, root)
	sameFiles(t, res.Files, full.Files)
}

func sameFiles(t *testing.T, got, want map[string][]byte) {
	t.Helper()
	for name, data := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("missing %s", name)
		} else if !bytes.Equal(g, data) {
			t.Errorf("%s differs from a full build", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("extra file %s", name)
		}
	}
}

// brokenLinksWarn makes broken links warnings in the site at root.
func brokenLinksWarn(root string) {
	writeFile(root, "gen.toml", readFile(root, "gen.toml")+"\n[build]\nbrokenLinks = \"warning\"\n")
}
