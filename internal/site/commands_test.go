package site

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claritynotes/gen/internal/content"
)

// contentFiles counts the Markdown files under a site's content/.
func contentFiles(t *testing.T, root string) int {
	t.Helper()
	files, err := content.Files(root)
	if err != nil {
		t.Fatal(err)
	}
	return len(files)
}

func TestWriteEmailsLoadsContentOnce(t *testing.T) {
	root := newSite(t)
	writeFile(root, "content/newsletter/issue-two.md", "---\ntitle: Two\ndate: 2026-05-12\nissue: 2\ndraft: true\n---\n\nDear reader, the second issue.\n")
	n := int64(contentFiles(t, root))
	for _, tc := range []struct {
		name       string
		issues     []string
		checkLinks bool
		want       []string
	}{
		{"every published issue", nil, false, []string{"issue-one"}},
		{"named, a draft too", []string{"2", "content/newsletter/issue-one.md"}, false, []string{"issue-two", "issue-one"}},
		{"links checked by a build", nil, true, []string{"issue-one"}},
		{"named, links checked by a build", []string{"issue-two"}, true, []string{"issue-two"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := New(Options{Source: root, Now: buildTime})
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			run, err := b.WriteEmails(context.Background(), EmailOptions{Issues: tc.issues, Destination: out, CheckLinks: tc.checkLinks})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range run.Issues {
				if e.Err != nil {
					t.Fatal(e.Err)
				}
				got = append(got, e.Page.Slug)
				if _, err := os.Stat(filepath.Join(out, "email", e.Page.Slug, "message.eml")); err != nil {
					t.Error(err)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("issues %v, want %v", got, tc.want)
			}
			if loads := b.loads.Load(); loads != n {
				t.Errorf("read %d content files for %d files, want each once", loads, n)
			}
		})
	}
}

func TestWriteEmailsUnknownIssue(t *testing.T) {
	b, err := New(Options{Source: newSite(t), Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.WriteEmails(context.Background(), EmailOptions{Issues: []string{"nope"}, Destination: t.TempDir()})
	var nf *IssueNotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want *IssueNotFoundError", err)
	}
}

func TestLintPathsReadsEachFileOnce(t *testing.T) {
	root := newSite(t)
	t.Chdir(root)
	n := int64(contentFiles(t, root))
	before := lintLoads.Load()
	// The folder and a file in it overlap: the file is still read once.
	run, err := LintPaths(context.Background(), LintOptions{Paths: []string{"content", "content/about.md"}})
	if err != nil {
		t.Fatal(err)
	}
	if loads := lintLoads.Load() - before; loads != n || int64(len(run.Results)) != n {
		t.Errorf("read %d files into %d results for %d files, want each once", loads, len(run.Results), n)
	}
	for _, r := range run.Results {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
		}
	}
}

func TestWriteEmailsReportsTheIssuesBrokenLinks(t *testing.T) {
	root := newSite(t)
	writeFile(root, "content/newsletter/issue-two.md", "---\ntitle: Two\ndate: 2026-05-12\nissue: 2\ndraft: true\n---\n\nRead [the missing page](/articles/missing/).\n")
	b, err := New(Options{Source: root, Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	run, err := b.WriteEmails(context.Background(), EmailOptions{Issues: []string{"issue-one", "issue-two"}, Destination: t.TempDir(), CheckLinks: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(run.LinkErrors) != 1 || run.LinkErrors[0].Path != "content/newsletter/issue-two.md" {
		t.Errorf("link errors = %v, want one in issue-two", run.LinkErrors)
	}
	if len(run.Issues) != 2 {
		t.Errorf("%d issues written, want 2", len(run.Issues))
	}
	if loads, n := b.loads.Load(), int64(contentFiles(t, root)); loads != n {
		t.Errorf("read %d content files for %d files, want each once", loads, n)
	}
}

// TestNewPageStopsWhenDone: a gen new interrupted while it reads the site
// writes no page.
func TestNewPageStopsWhenDone(t *testing.T) {
	root := newSite(t)
	before := contentFiles(t, root)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewPage(ctx, root, "article", "An interrupted draft", buildTime); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if after := contentFiles(t, root); after != before {
		t.Errorf("%d content files after an interrupted gen new, want %d", after, before)
	}
	rel, err := NewPage(context.Background(), root, "article", "A finished draft", buildTime)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
		t.Errorf("gen new did not write its page: %v", err)
	}
}
