package site

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/claritynotes/gen/internal/diag"
	"github.com/claritynotes/gen/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite golden files")

var buildTime = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

// newSite copies testdata/site and the repository's clarity theme into a
// temporary site root.
func newSite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	testutil.CopyDir(t, "testdata/site", root)
	testutil.CopyDir(t, "../../themes/clarity", filepath.Join(root, "themes", "clarity"))
	return root
}

func build(t *testing.T, root string) (*Builder, *Result) {
	t.Helper()
	b, err := New(Options{Source: root, Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	res, err := b.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return b, res
}

func TestOutputTree(t *testing.T) {
	_, res := build(t, newSite(t))
	want := []string{
		"index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml", "atom.xml", "feed.json",
		"newsletter/feed.xml", "newsletter/index.html", "newsletter/issue-one/index.html",
		"articles/index.html", "articles/page/2/index.html", "articles/first-article/index.html",
		"articles/bundled/index.html", "articles/bundled/cover.png", "about/index.html",
		"tags/index.html", "tags/writing/index.html", "tags/email/index.html",
		"css/clarity.css", "css/syntax.css", "favicon.svg",
	}
	for _, w := range want {
		if _, ok := res.Files[w]; !ok {
			t.Errorf("missing %s", w)
		}
	}
	if _, ok := res.Files["articles/draft/index.html"]; ok {
		t.Error("draft was published")
	}
	if _, ok := res.Files["articles/page/1/index.html"]; ok {
		t.Error("page/1 duplicates the list's first page")
	}
	if res.Pages == 0 || res.Feeds != 5 {
		t.Errorf("counts: %d pages, %d feeds", res.Pages, res.Feeds)
	}
}

// TestGolden compares one article, one issue and one list page with the
// files in testdata/golden. Run with -update to accept a change.
func TestGolden(t *testing.T) {
	_, res := build(t, newSite(t))
	for golden, out := range map[string]string{
		"article.html": "articles/first-article/index.html",
		"issue.html":   "newsletter/issue-one/index.html",
		"list.html":    "articles/index.html",
	} {
		path := filepath.Join("testdata", "golden", golden)
		got := res.Files[out]
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run go test ./internal/site -update to accept):\n got: %.400s\nwant: %.400s", out, path, got, want)
		}
	}
}

func TestMarkdownFeatures(t *testing.T) {
	_, res := build(t, newSite(t))
	html := string(res.Files["articles/first-article/index.html"])
	for _, want := range []string{
		"<table>", "<del>strike</del>", `type="checkbox"`, "<dl>", `class="footnotes"`,
		`<h2 id="a-table">`, `class="anchor" href="#a-table"`, `class="chroma"`,
		"&ldquo;this&rdquo; &ndash;", // typographer
	} {
		if !strings.Contains(html, want) {
			t.Errorf("article lacks %q", want)
		}
	}
	if strings.Contains(html, "<div>raw html") {
		t.Error("raw HTML rendered without [markdown] unsafe = true")
	}
}

// feedNames are the feeds the test site builds.
var feedNames = []string{"feed.xml", "atom.xml", "feed.json", "newsletter/feed.xml"}

// parseFeed reads a built feed as a feed reader does, failing the test
// when it does not parse.
func parseFeed(t *testing.T, name string, b []byte) *gofeed.Feed {
	t.Helper()
	f, err := gofeed.NewParser().ParseString(string(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

func TestFeeds(t *testing.T) {
	_, res := build(t, newSite(t))
	for _, name := range feedNames {
		f := parseFeed(t, name, res.Files[name])
		if len(f.Items) == 0 {
			t.Fatalf("%s has no items", name)
		}
		for _, it := range f.Items {
			if !strings.HasPrefix(it.Link, "https://notes.example/") {
				t.Errorf("%s: item link %q is not absolute", name, it.Link)
			}
			if it.Content == "" {
				t.Errorf("%s: item %q has no full content", name, it.Title)
			}
			if it.Image != nil && !strings.HasPrefix(it.Image.URL, "https://notes.example/") {
				t.Errorf("%s: item %q image %q is not absolute", name, it.Title, it.Image.URL)
			}
			for _, rel := range []string{`href="/`, `src="/`, `href="../`, `src="cover.png"`} {
				if strings.Contains(it.Content, rel) {
					t.Errorf("%s: item %q keeps a relative URL %s", name, it.Title, rel)
				}
			}
		}
	}
	rss := string(res.Files["feed.xml"])
	for _, want := range []string{`<atom:link href="https://notes.example/feed.xml" rel="self"`, "<content:encoded>",
		`https://notes.example/articles/second/`, `https://notes.example/articles/bundled/cover.png`} {
		if !strings.Contains(rss, want) {
			t.Errorf("feed.xml lacks %s", want)
		}
	}
	nl := parseFeed(t, "newsletter/feed.xml", res.Files["newsletter/feed.xml"])
	if len(nl.Items) != 1 || nl.Items[0].Title != "Issue one: start with the reader" {
		t.Errorf("newsletter feed items: %+v", nl.Items)
	}
}

func TestSitemap(t *testing.T) {
	_, res := build(t, newSite(t))
	var sm struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			Lastmod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(res.Files["sitemap.xml"], &sm); err != nil {
		t.Fatal(err)
	}
	var locs []string
	for _, u := range sm.URLs {
		if !strings.HasPrefix(u.Loc, "https://notes.example/") {
			t.Errorf("relative sitemap URL %q", u.Loc)
		}
		locs = append(locs, u.Loc)
	}
	for _, want := range []string{"https://notes.example/", "https://notes.example/articles/first-article/", "https://notes.example/tags/writing/"} {
		if !slices.Contains(locs, want) {
			t.Errorf("sitemap lacks %s", want)
		}
	}
	if !strings.Contains(string(res.Files["robots.txt"]), "Sitemap: https://notes.example/sitemap.xml") {
		t.Error("robots.txt does not name the sitemap")
	}
}

func TestBaseURLOverride(t *testing.T) {
	root := newSite(t)
	b, err := New(Options{Source: root, BaseURL: "https://preview.example/pr-7/", Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	res, err := b.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	html := string(res.Files["articles/second/index.html"])
	if !strings.Contains(html, `href="https://preview.example/pr-7/articles/second/"`) || !strings.Contains(html, `href="/pr-7/css/clarity.css"`) {
		t.Errorf("base URL override not applied to canonical and relative links")
	}
	if strings.Contains(string(res.Files["sitemap.xml"]), "notes.example") {
		t.Error("sitemap still uses the configured baseURL")
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(root string)
		where string // expected position prefix
		msg   string
	}{
		{"template error", func(root string) {
			writeFile(root, "layouts/single.html", "{{ define \"main\" }}\n<p>{{ .Page.NoSuchField }}</p>\n{{ end }}\n")
		}, "layouts/single.html:2:", "NoSuchField"},
		{"template syntax", func(root string) {
			writeFile(root, "layouts/partials/footer.html", "<footer>\n{{ if }}\n</footer>\n")
		}, "layouts/partials/footer.html:2", "missing value for if"},
		{"unknown theme", func(root string) {
			writeFile(root, "gen.toml", strings.Replace(readFile(root, "gen.toml"), `theme = "clarity"`, `theme = "nope"`, 1))
		}, "gen.toml", `unknown theme "nope"`},
		{"bad config", func(root string) {
			writeFile(root, "gen.toml", "title = \"x\"\nbaseURL = \n")
		}, "gen.toml:2:", "TOML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := newSite(t)
			tt.edit(root)
			b, err := New(Options{Source: root, Now: buildTime})
			if err == nil {
				_, err = b.Build(context.Background())
			}
			if err == nil {
				t.Fatal("build succeeded")
			}
			all := diag.All(err)
			if !strings.HasPrefix(all[0].Error(), tt.where) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error = %v, want %s… %s", err, tt.where, tt.msg)
			}
		})
	}
}

func writeFile(root, rel, data string) {
	p := filepath.Join(root, filepath.FromSlash(rel))
	_ = os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		panic(err)
	}
}

func readFile(root, rel string) string {
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestRebuild checks an edit re-renders the page and what lists it, and
// leaves unrelated pages alone.
func TestRebuild(t *testing.T) {
	root := newSite(t)
	b, _ := build(t, root)
	ctx := context.Background()

	writeFile(root, "content/articles/second.md", strings.Replace(readFile(root, "content/articles/second.md"), "The second article.", "The second article, edited.", 1))
	res, err := b.Rebuild(ctx, []string{"content/articles/second.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(res.Files["articles/second/index.html"]), "edited") {
		t.Error("edited page not re-rendered")
	}
	for _, want := range []string{"articles/second/index.html", "feed.xml"} {
		if !slices.Contains(res.Changed, want) {
			t.Errorf("Changed lacks %s: %v", want, res.Changed)
		}
	}
	if slices.Contains(res.Changed, "about/index.html") || slices.Contains(res.Changed, "css/clarity.css") {
		t.Errorf("unrelated outputs changed: %v", res.Changed)
	}

	// A new page appears in its section, tags and neighbours.
	writeFile(root, "content/articles/fourth.md", "---\ntitle: Fourth\ndate: 2026-05-10\ntags: [fresh]\n---\n\nNew. Reply to try it.\n")
	res, err = b.Rebuild(ctx, []string{"content/articles/fourth.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"articles/fourth/index.html", "tags/fresh/index.html", "articles/index.html"} {
		if !slices.Contains(res.Changed, want) {
			t.Errorf("after add, Changed lacks %s", want)
		}
	}

	// A broken page fails the rebuild and keeps the last good state.
	writeFile(root, "content/articles/fourth.md", "---\ntitle: [\n---\n")
	if _, err := b.Rebuild(ctx, []string{"content/articles/fourth.md"}); err == nil {
		t.Fatal("broken front matter accepted")
	}

	// Deleting the page removes its URLs.
	os.Remove(filepath.Join(root, "content/articles/fourth.md"))
	res, err = b.Rebuild(ctx, []string{"content/articles/fourth.md"})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"articles/fourth/index.html", "tags/fresh/index.html"} {
		if !slices.Contains(res.Removed, gone) {
			t.Errorf("Removed lacks %s: %v", gone, res.Removed)
		}
	}

	// Renaming a folder drops its pages and adds them under the new name.
	if err := os.Rename(filepath.Join(root, "content/articles/bundled"), filepath.Join(root, "content/articles/moved")); err != nil {
		t.Fatal(err)
	}
	res, err = b.Rebuild(ctx, []string{"content/articles/bundled", "content/articles/moved"})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := res.Files["articles/moved/cover.png"]; !ok || slices.Contains(res.Removed, "articles/moved/index.html") {
		t.Error("renamed bundle not published under its new name")
	}
	if !slices.Contains(res.Removed, "articles/bundled/index.html") {
		t.Error("old bundle URL not removed")
	}

	// A full build of the same tree gives the same files as the rebuilds.
	_, full := build(t, root)
	for name, data := range full.Files {
		if !bytes.Equal(data, res.Files[name]) {
			t.Errorf("incremental output of %s differs from a full build", name)
		}
	}
	if len(full.Files) != len(res.Files) {
		t.Errorf("incremental build has %d files, full build %d", len(res.Files), len(full.Files))
	}
}

// TestSiteOverridesTheme: a site's own layouts/ and static/ files replace
// the theme's files of the same name, one by one.
func TestSiteOverridesTheme(t *testing.T) {
	root := newSite(t)
	writeFile(root, "layouts/partials/footer.html", "<footer><p>Our own footer</p></footer>\n")
	writeFile(root, "static/css/clarity.css", "body{color:red}")
	writeFile(root, "static/extra.txt", "hello")
	_, res := build(t, root)
	html := string(res.Files["articles/second/index.html"])
	if !strings.Contains(html, "Our own footer") || !strings.Contains(html, `class="site-header"`) {
		t.Error("site partial did not replace the theme's, or other partials were lost")
	}
	if string(res.Files["css/clarity.css"]) != "body{color:red}" || string(res.Files["extra.txt"]) != "hello" {
		t.Error("site static files not used")
	}
	if _, ok := res.Files["favicon.svg"]; !ok {
		t.Error("theme static files not kept alongside the site's")
	}
}

func TestUnsafeMarkdown(t *testing.T) {
	root := newSite(t)
	writeFile(root, "gen.toml", readFile(root, "gen.toml")+"\n[markdown]\nunsafe = true\n")
	_, res := build(t, root)
	if !strings.Contains(string(res.Files["articles/first-article/index.html"]), "<div>raw html is omitted</div>") {
		t.Error("[markdown] unsafe = true did not keep raw HTML")
	}
}

// TestNoZeroDates: no output carries the zero time. A feed is as new as
// its newest entry, and an undated page has no publication date meta.
func TestNoZeroDates(t *testing.T) {
	_, res := build(t, newSite(t))
	for _, name := range feedNames {
		f := parseFeed(t, name, res.Files[name])
		var newest time.Time
		for _, it := range f.Items {
			for _, d := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
				if d == nil {
					continue
				}
				if d.Year() < 1000 {
					t.Errorf("%s: item %q has the date %s", name, it.Title, d)
				}
				if d.After(newest) {
					newest = *d
				}
			}
		}
		if name == "feed.json" {
			continue // JSON Feed has no feed-level date
		}
		if f.UpdatedParsed == nil {
			t.Errorf("%s has no updated date", name)
		} else if !f.UpdatedParsed.Equal(newest) {
			t.Errorf("%s: updated %s, want the newest entry's %s", name, f.UpdatedParsed, newest)
		}
	}
	for name, data := range res.Files {
		if bytes.Contains(data, []byte("0001-01-01")) || bytes.Contains(data, []byte("01 Jan 0001")) {
			t.Errorf("%s contains the zero date", name)
		}
	}
	about := string(res.Files["about/index.html"])
	if strings.Contains(about, "article:published_time") || !strings.Contains(about, `og:type" content="website"`) && !strings.Contains(about, `og:type content=website`) {
		t.Errorf("the undated about page has article date meta")
	}
	if !strings.Contains(string(res.Files["articles/second/index.html"]), "article:published_time") {
		t.Error("a dated article lost its article:published_time")
	}
}
