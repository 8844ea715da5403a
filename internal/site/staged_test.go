package site

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/testutil"
)

// TestStagedBuildMatchesBuild checks that gen build's staged build, which
// keeps only each page's metadata once the page is prepared (bodies in a
// temporary file, emails made and written as issues load, syntax trees
// dropped but for the newsletter feed's newest issues), makes the same
// files, lint findings and warnings as a build held in memory. The
// generated site has more issues than the feed shows, a draft issue and a
// scheduled one; the list layout variant shows every page's body in its
// lists.
func TestStagedBuildMatchesBuild(t *testing.T) {
	for _, tc := range []struct {
		name string
		root func(t *testing.T) string
	}{
		{"sample site", newSite},
		{"generated site", func(t *testing.T) string {
			root := writeCorpus(t, 120)
			testutil.WriteFile(t, root, "content/newsletter/draft-issue.md",
				"---\ntitle: \"A draft issue\"\ndate: 2026-01-02\ndraft: true\n---\n\nYou can read this soon.\n")
			testutil.WriteFile(t, root, "content/newsletter/scheduled-issue.md",
				fmt.Sprintf("---\ntitle: \"A scheduled issue\"\ndate: %s\n---\n\nYou can read this next year.\n", buildTime.AddDate(1, 0, 0).Format("2006-01-02")))
			return root
		}},
		{"lists showing bodies", func(t *testing.T) string {
			root := newSite(t)
			testutil.WriteFile(t, root, "layouts/list.html",
				"{{ define \"main\" }}{{ range .List.Pages }}<section>{{ .Content }}</section>{{ end }}{{ end }}\n")
			return root
		}},
	} {
		// Bodies all in memory (the budget a small site gets), all in the
		// temporary file, and some in each.
		for _, budget := range []struct {
			name  string
			bytes int64
		}{{"in memory", bodiesInMemory}, {"in the file", 0}, {"in both", 4 << 10}} {
			t.Run(tc.name+"/"+budget.name, func(t *testing.T) {
				testStagedBuild(t, tc.root(t), budget.bytes)
			})
		}
	}
}

// testStagedBuild compares the staged build of the site at root, keeping
// up to budget bytes of bodies in memory, with a build held in memory.
func testStagedBuild(t *testing.T, root string, budget int64) {
	b, err := New(Options{Source: root, Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	want, err := b.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, err = New(Options{Source: root, Now: buildTime, Destination: filepath.Join(t.TempDir(), "public")})
	if err != nil {
		t.Fatal(err)
	}
	b.bodyBudget = budget
	got, staged, err := b.BuildStaged(context.Background(), PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := staged.Publish(context.Background()); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, publishedFiles(t, b.Destination()), want.Files)
	if g, w := withoutSource(got.Lint.Results()), withoutSource(want.Lint.Results()); !reflect.DeepEqual(g, w) {
		t.Errorf("lint results differ from an in-memory build's")
	}
	if !reflect.DeepEqual(got.Warnings, want.Warnings) {
		t.Errorf("warnings differ:\n got %q\nwant %q", got.Warnings, want.Warnings)
	}
	// What the jobs keep to the end of the build is their files' names,
	// not what made them.
	for id, j := range b.jobs {
		if j.out != nil || j.render != nil || j.to.fn != nil || j.cached != nil || j.keep != nil || j.done != nil || j.deps != nil {
			t.Errorf("job %s keeps more than its files' names once it ran", id)
		}
	}
}

// withoutSource drops the results' sources, which a staged build keeps
// only for the findings gen build quotes.
func withoutSource(rs []lint.Result) []lint.Result {
	out := make([]lint.Result, len(rs))
	for i, r := range rs {
		r.Source = nil
		out[i] = r
	}
	return out
}
