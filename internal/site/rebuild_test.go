package site

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// devBuild starts a builder as gen serve does and makes its first build.
func devBuild(t *testing.T, root string) (*Builder, *Result, error) {
	t.Helper()
	b, err := New(Options{Source: root, Now: buildTime, Dev: true, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := b.Build(context.Background())
	return b, res, err
}

// sameAsFullBuild checks that res, made by rebuilds, has the files a
// fresh builder makes of the site as it is now, and that every HTML page
// shows want (anything, when want is "").
func sameAsFullBuild(t *testing.T, root string, res *Result, want string) {
	t.Helper()
	_, full, err := devBuild(t, root)
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for name := range full.Files {
			if !yield(name) {
				return
			}
		}
	})
	for _, name := range names {
		if !bytes.Equal(full.Files[name], res.Files[name]) {
			t.Errorf("%s differs from a full build's", name)
		}
		if strings.HasSuffix(name, ".html") && !strings.HasPrefix(name, "email/") && !strings.Contains(string(res.Files[name]), want) {
			t.Errorf("%s does not show %q", name, want)
		}
	}
	if len(full.Files) != len(res.Files) {
		t.Errorf("the rebuilds made %d files, a full build %d", len(res.Files), len(full.Files))
	}
}

// replace edits a site file, failing when it lacks from.
func replace(t *testing.T, root, rel, from, to string) {
	t.Helper()
	src := readFile(root, rel)
	if !strings.Contains(src, from) {
		t.Fatalf("%s has no %q", rel, from)
	}
	writeFile(root, rel, strings.Replace(src, from, to, 1))
}

// TestRebuildShowsSiteWideEdits: an edit that every page shows (gen.toml,
// a menu entry, a theme partial) reaches every page on the rebuild gen
// serve runs for it, as a full build would make them.
func TestRebuildShowsSiteWideEdits(t *testing.T) {
	for _, tc := range []struct {
		name    string
		changed string
		edit    func(t *testing.T, root string)
		want    string
	}{
		{"the site title in gen.toml", "gen.toml", func(t *testing.T, root string) {
			replace(t, root, "gen.toml", `title = "Test Notes"`, `title = "Fresh Notes"`)
		}, "Fresh Notes"},
		{"a page's menu entry", "content/about.md", func(t *testing.T, root string) {
			replace(t, root, "content/about.md", `title: "About"`, `title: "About us"`)
		}, `>About us</a>`},
		{"a section's menu entry", "content/articles/_index.md", func(t *testing.T, root string) {
			writeFile(root, "content/articles/_index.md", "---\ntitle: Essays\n---\n\nEvery essay.\n")
		}, `>Essays</a>`},
		{"a partial of the site's theme folder", "themes/clarity/layouts/partials/footer-site.html", func(t *testing.T, root string) {
			writeFile(root, "themes/clarity/layouts/partials/footer-site.html", "<p>An edited footer</p></div>\n")
		}, "An edited footer"},
		{"a partial of the site's layouts", "layouts/partials/header-nav.html", func(t *testing.T, root string) {
			writeFile(root, "layouts/partials/header-nav.html", "<header><p>An edited header</p></header>\n")
		}, "An edited header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := newSite(t)
			b, _, err := devBuild(t, root)
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(t, root)
			res, err := b.Rebuild(context.Background(), []string{tc.changed})
			if err != nil {
				t.Fatal(err)
			}
			sameAsFullBuild(t, root, res, tc.want)
		})
	}
}

// TestRebuildAfterFailedBuild: an edit of gen.toml made while the site
// does not build shows on every page once it builds again, whatever the
// rebuild that succeeds is told changed.
func TestRebuildAfterFailedBuild(t *testing.T) {
	const broken = "content/articles/second.md"
	for _, tc := range []struct {
		name string
		// firstFails breaks the page before gen serve starts.
		firstFails bool
		// failing and fixed are the paths the failing and the fixing
		// rebuilds are given.
		failing, fixed []string
	}{
		{"the first build failed", true, []string{"gen.toml"}, []string{broken, "gen.toml"}},
		{"the first build failed, the fix alone", true, []string{"gen.toml"}, []string{broken}},
		{"a rebuild failed", false, []string{"gen.toml", broken}, []string{broken}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := newSite(t)
			good := readFile(root, broken)
			if tc.firstFails {
				writeFile(root, broken, "---\ntitle: [\n---\n")
			}
			b, _, err := devBuild(t, root)
			if tc.firstFails != (err != nil) {
				t.Fatalf("first build: %v", err)
			}
			ctx := context.Background()
			writeFile(root, broken, "---\ntitle: [\n---\n")
			replace(t, root, "gen.toml", `title = "Test Notes"`, `title = "Fresh Notes"`)
			if _, err := b.Rebuild(ctx, tc.failing); err == nil {
				t.Fatal("a broken page built")
			}
			writeFile(root, broken, good)
			res, err := b.Rebuild(ctx, tc.fixed)
			if err != nil {
				t.Fatal(err)
			}
			sameAsFullBuild(t, root, res, "Fresh Notes")
		})
	}
}

// TestRebuildPartialCachedByPage: partialCached keeps a partial's result
// for one build: a page's view, which a list's entry is keyed by, keeps
// its pointer across rebuilds while an edit changes what it holds.
func TestRebuildPartialCachedByPage(t *testing.T) {
	root := newSite(t)
	writeFile(root, "layouts/partials/card.html", `<article class="card">{{ partialCached "partials/card-summary.html" . }}</article>`)
	writeFile(root, "layouts/partials/card-summary.html", `<p>{{ .Title }}: {{ .SummaryHTML }}</p>`)
	b, _, err := devBuild(t, root)
	if err != nil {
		t.Fatal(err)
	}
	replace(t, root, "content/articles/second.md", "The second article.", "The second article, edited.")
	res, err := b.Rebuild(context.Background(), []string{"content/articles/second.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(res.Files["tags/writing/index.html"]), "edited") {
		t.Error("a list shows the summary from before the edit")
	}
	sameAsFullBuild(t, root, res, "")
}

// TestRebuildInANewYear: the year the footer shows is the year of the
// rebuild, on every page, when gen serve runs into a new year.
func TestRebuildInANewYear(t *testing.T) {
	root := newSite(t)
	b, _, err := devBuild(t, root)
	if err != nil {
		t.Fatal(err)
	}
	b.opts.Now = buildTime.AddDate(1, 0, 0)
	replace(t, root, "content/articles/second.md", "The second article.", "The second article, edited.")
	res, err := b.Rebuild(context.Background(), []string{"content/articles/second.md"})
	if err != nil {
		t.Fatal(err)
	}
	want := "© " + strconv.Itoa(b.opts.Now.Year())
	for name, data := range res.Files {
		if strings.HasSuffix(name, ".html") && !strings.HasPrefix(name, "email/") && !strings.Contains(string(data), want) {
			t.Errorf("%s does not show %q", name, want)
		}
	}
}
