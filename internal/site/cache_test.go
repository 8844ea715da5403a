package site

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/lint"
	"github.com/claritynotes/gen/internal/output"
)

// cachedBuild runs one full build of root with or without the cache, as
// gen build does: staged and published, then its cache saved. With the
// cache it publishes to root's public/, taking unchanged files from the
// previous build there; without, to a folder of its own. The result's
// Files are read back from the published folder.
func cachedBuild(t *testing.T, root string, cache bool) *Result {
	t.Helper()
	_, res := cachedBuilder(t, root, cache)
	return res
}

// cachedBuilder is cachedBuild, with the builder that made the result.
func cachedBuilder(t *testing.T, root string, cache bool) (*Builder, *Result) {
	t.Helper()
	opts := Options{Source: root, Now: buildTime, Cache: cache}
	if !cache {
		opts.Destination = filepath.Join(t.TempDir(), "public")
	}
	b, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	res, staged, err := b.BuildStaged(ctx, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	published, err := staged.Publish(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range slices.Concat(res.Warnings, published, b.SaveCache()) {
		if strings.HasPrefix(w, buildcache.Dir) || strings.HasPrefix(w, "build cache") {
			t.Errorf("cache warning: %s", w)
		}
	}
	res.Files = publishedFiles(t, b.Destination())
	return b, res
}

// publishedFiles reads the files of a published site, but gen's marker.
func publishedFiles(t *testing.T, dest string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dest, p)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); rel != output.Marker {
			files[rel] = mustReadBytes(t, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// sameBuild fails unless two builds made the same files and lint results.
func sameBuild(t *testing.T, what string, got, want *Result) {
	t.Helper()
	sameFiles(t, got.Files, want.Files)
	if g, w := quotedResults(got.Lint), quotedResults(want.Lint); !reflect.DeepEqual(g, w) {
		t.Errorf("%s: lint results differ from a clean build's", what)
	}
	if !reflect.DeepEqual(got.Warnings, want.Warnings) {
		t.Errorf("%s: warnings differ:\n got %q\nwant %q", what, got.Warnings, want.Warnings)
	}
}

// quotedResults are a build's lint results as its report reads them:
// with the source of each page that has findings (the lines it quotes),
// and none for a page without, which a warm build did not read.
func quotedResults(s *LintSet) []lint.Result {
	out := s.Quoted()
	for i := range out {
		if len(out[i].Diagnostics) == 0 {
			out[i].Source = nil
		}
	}
	return out
}

func TestCacheWarmBuildIsIdentical(t *testing.T) {
	for _, tc := range []struct {
		name string
		root func(t *testing.T) string
	}{
		{"sample site", newSite},
		{"generated site", func(t *testing.T) string { return writeCorpus(t, 120) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := tc.root(t)
			clean := cachedBuild(t, root, false)
			if _, err := os.Stat(filepath.Join(root, buildcache.Dir)); err == nil {
				t.Fatalf("a build without the cache wrote %s", buildcache.Dir)
			}
			cold := cachedBuild(t, root, true)
			sameBuild(t, "cold cache", cold, clean)
			if cold.Cache.Hits != 0 || cold.Cache.Rendered == 0 || cold.Cache.Linted == 0 || cold.Cache.Emailed == 0 || cold.Cache.Pages == 0 {
				t.Errorf("cold build: %+v, want everything computed", cold.Cache)
			}
			warm := cachedBuild(t, root, true)
			sameBuild(t, "warm cache", warm, clean)
			if warm.Cache.Rendered != 0 || warm.Cache.Linted != 0 || warm.Cache.Emailed != 0 || warm.Cache.Pages != 0 || warm.Cache.Cards != 0 || warm.Cache.Lists != 0 {
				t.Errorf("warm build recomputed pages: %+v", warm.Cache)
			}
			if want := cold.Cache.Rendered + cold.Cache.Linted + cold.Cache.Emailed + cold.Cache.Pages + cold.Cache.Cards + cold.Cache.Lists; warm.Cache.Hits != want {
				t.Errorf("warm build: %d parts from the cache, want %d", warm.Cache.Hits, want)
			}
		})
	}
}

func TestCacheRecomputesOnlyTheEditedPage(t *testing.T) {
	const n = 60
	root := writeCorpus(t, n)
	cachedBuild(t, root, true)
	for _, tc := range []struct {
		name    string
		page    int
		emailed int64
		// lists: its section's and two tags', and for an issue the
		// newsletter feed (the site's feeds show the newest 20 posts).
		lists int64
	}{
		{"an article", 4, 0, 3},
		{"an issue", 19, 1, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A finding the old text did not have: the cached result would show.
			writeFile(root, corpusPath(tc.page), corpusPage(tc.page, n, "Act now, this is your last chance!! Buy now!"))
			warm := cachedBuild(t, root, true)
			if warm.Cache.Rendered != 1 || warm.Cache.Linted != 1 || warm.Cache.Emailed != tc.emailed || warm.Cache.Pages != 1 || warm.Cache.Cards != 1 || warm.Cache.Lists != tc.lists {
				t.Errorf("after editing %s: %+v, want 1 rendered, 1 linted, 1 page, 1 card, %d lists, %d emailed",
					corpusPath(tc.page), warm.Cache, tc.lists, tc.emailed)
			}
			sameBuild(t, "after the edit", warm, cachedBuild(t, root, false))
			if !strings.Contains(string(warm.Files[strings.TrimPrefix(corpusURL(tc.page), "/")+"index.html"]), "last chance") {
				t.Errorf("the edited page does not show the edit")
			}
		})
	}
}

// TestCacheTitleEditRerendersNeighbours: the older and newer links of the
// pages beside an edited page show its title, so those pages are made
// again; the rest come from the cache.
func TestCacheTitleEditRerendersNeighbours(t *testing.T) {
	const n = 40
	root := writeCorpus(t, n)
	cachedBuild(t, root, true)
	page := 5
	src := strings.Replace(corpusPage(page, n, ""), "title: \"", "title: \"Renamed ", 1)
	writeFile(root, corpusPath(page), src)
	warm := cachedBuild(t, root, true)
	if warm.Cache.Rendered != 1 || warm.Cache.Pages != 3 {
		t.Errorf("after renaming a page: %+v, want 1 body rendered and 3 pages (it and its two neighbours)", warm.Cache)
	}
	sameBuild(t, "after the rename", warm, cachedBuild(t, root, false))
}

func TestCacheKeyedByConfigAndTheme(t *testing.T) {
	root := writeCorpus(t, 30)
	cachedBuild(t, root, true)
	for _, tc := range []struct {
		name string
		edit func()
	}{
		{"gen.toml", func() { writeFile(root, "gen.toml", corpusConfig+"[markdown]\nunsafe = true\n") }},
		{"a layout override", func() {
			data := readFile(root, "themes/clarity/layouts/single.html")
			writeFile(root, "layouts/single.html", data+"\n")
		}},
		{"an email template override", func() {
			data := readFile(root, "themes/clarity/email/email.html")
			writeFile(root, "layouts/email/email.html", strings.Replace(data, "</body>", "<p>Thanks</p></body>", 1))
		}},
		{"a static file of the theme", func() {
			data := readFile(root, "themes/clarity/static/css/clarity.css")
			writeFile(root, "themes/clarity/static/css/clarity.css", data+"\n.note { color: teal; }\n")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.edit()
			res := cachedBuild(t, root, true)
			if res.Cache.Hits != 0 {
				t.Errorf("after changing %s, %d parts came from the cache", tc.name, res.Cache.Hits)
			}
			sameBuild(t, "after changing "+tc.name, res, cachedBuild(t, root, false))
		})
	}
}

func TestCorruptCacheIsIgnored(t *testing.T) {
	for _, tc := range []struct {
		name string
		harm func(t *testing.T, files []string)
	}{
		{"truncated", func(t *testing.T, files []string) {
			for _, f := range files {
				data := mustReadBytes(t, f)
				os.WriteFile(f, data[:len(data)/2], 0o644)
			}
		}},
		{"a flipped payload byte", func(t *testing.T, files []string) {
			for _, f := range files {
				data := mustReadBytes(t, f)
				data[len(data)-1] ^= 0x55
				os.WriteFile(f, data, 0o644)
			}
		}},
		{"another format version", func(t *testing.T, files []string) {
			for _, f := range files {
				data := mustReadBytes(t, f)
				data[8]++
				os.WriteFile(f, data, 0o644)
			}
		}},
		{"entries swapped between pages", func(t *testing.T, files []string) {
			first := mustReadBytes(t, files[0])
			for i := range len(files) - 1 {
				os.WriteFile(files[i], mustReadBytes(t, files[i+1]), 0o644)
			}
			os.WriteFile(files[len(files)-1], first, 0o644)
		}},
		{"not a cache file", func(t *testing.T, files []string) {
			for _, f := range files {
				os.WriteFile(f, []byte("<html>not a cache</html>"), 0o644)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := writeCorpus(t, 30)
			clean := cachedBuild(t, root, false)
			cold := cachedBuild(t, root, true)
			files := cacheFiles(t, root)
			if len(files) < 2 {
				t.Fatalf("%d cache files", len(files))
			}
			tc.harm(t, files)
			res := cachedBuild(t, root, true)
			sameBuild(t, tc.name, res, clean)
			if res.Cache.Hits != 0 || res.Cache.Invalid != int64(len(files)) {
				t.Errorf("%s: %+v; want no hits and %d invalid entries", tc.name, res.Cache, len(files))
			}
			if res.Cache.Rendered != cold.Cache.Rendered {
				t.Errorf("%s: %d pages rendered, want %d", tc.name, res.Cache.Rendered, cold.Cache.Rendered)
			}
			// The build rewrote the entries it could not trust.
			if again := cachedBuild(t, root, true); again.Cache.Invalid != 0 || again.Cache.Rendered != 0 {
				t.Errorf("the build after: %+v, want every entry good again", again.Cache)
			}
		})
	}
}

func TestCachePrunesRemovedPages(t *testing.T) {
	root := writeCorpus(t, 30)
	brokenLinksWarn(root) // the next page links to the one removed
	cachedBuild(t, root, true)
	before := len(cacheFiles(t, root))
	if err := os.Remove(filepath.Join(root, corpusPath(3))); err != nil {
		t.Fatal(err)
	}
	cachedBuild(t, root, true)
	if after := len(cacheFiles(t, root)); after != before-1 {
		t.Errorf("%d cache entries after removing a page, want %d", after, before-1)
	}
}

func cacheFiles(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(filepath.Join(root, buildcache.Dir), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mustReadBytes(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestCacheThatCannotBeWritten: a .gen-cache that is not a folder makes
// the build warn, with the same output, and is left as it was.
func TestCacheThatCannotBeWritten(t *testing.T) {
	root := writeCorpus(t, 10)
	writeFile(root, buildcache.Dir, "someone's notes")
	clean := cachedBuild(t, root, false)
	b, err := New(Options{Source: root, Now: buildTime, Cache: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := b.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sameFiles(t, res.Files, clean.Files)
	warnings := b.SaveCache()
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], buildcache.Dir+"/: the build cache could not be saved") {
		t.Errorf("warnings = %q, want one saying the cache could not be saved", warnings)
	}
	if got := readFile(root, buildcache.Dir); got != "someone's notes" {
		t.Errorf("%s was changed to %q", buildcache.Dir, got)
	}
}

// TestCacheKeyedByBundleFiles: an article shows its bundle's images with
// their sizes, so replacing an image with one of another size must not
// leave the cached page with the old width and height.
func TestCacheKeyedByBundleFiles(t *testing.T) {
	root := newSite(t)
	cover := filepath.Join(root, "content", "articles", "bundled", "cover.png")
	cachedBuild(t, root, true)
	img := image.NewRGBA(image.Rect(0, 0, 37, 23))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cover, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	warm := cachedBuild(t, root, true)
	clean := cachedBuild(t, root, false)
	sameBuild(t, "after the bundle's image changed", warm, clean)
	if page := string(clean.Files["articles/bundled/index.html"]); !strings.Contains(page, `width="37"`) {
		t.Errorf("the clean build does not show the new image's width:\n%s", page)
	}
}

// TestWarmBuildRemakesOutputEditedByHand: a warm build takes unchanged
// files from the previous public/, but never one that was changed since
// gen wrote it (even keeping its size and time), replaced or removed.
func TestWarmBuildRemakesOutputEditedByHand(t *testing.T) {
	root := writeCorpus(t, 30)
	cachedBuild(t, root, true)
	public := filepath.Join(root, "public")
	page := func(i int) string {
		return filepath.Join(public, filepath.FromSlash(strings.TrimPrefix(corpusURL(i), "/")), "index.html")
	}
	// In place, same size, the time put back.
	edited := page(3)
	info, err := os.Stat(edited)
	if err != nil {
		t.Fatal(err)
	}
	data := mustReadBytes(t, edited)
	copy(data[len(data)-12:], "hand edited!")
	if err := os.WriteFile(edited, data, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(edited, info.ModTime(), info.ModTime())
	// Replaced by another file, and removed.
	writeFile(public, strings.TrimPrefix(page(4), public+"/"), "<p>someone else's</p>")
	if err := os.Remove(page(5)); err != nil {
		t.Fatal(err)
	}
	warm := cachedBuild(t, root, true)
	sameBuild(t, "after public/ was edited", warm, cachedBuild(t, root, false))
	if warm.Cache.Pages != 3 {
		t.Errorf("%d pages made afresh, want the 3 edited in public/", warm.Cache.Pages)
	}
}

// TestWarmBuildIgnoresAForeignManifest: the record of the previous
// public/ is a cache entry like any other; one that does not verify is
// ignored and every file made afresh.
func TestWarmBuildIgnoresAForeignManifest(t *testing.T) {
	root := writeCorpus(t, 20)
	cachedBuild(t, root, true)
	b, err := New(Options{Source: root})
	if err != nil {
		t.Fatal(err)
	}
	key := b.manifestKey().String()
	entry := filepath.Join(root, buildcache.Dir, key[:2], key[2:])
	data := mustReadBytes(t, entry)
	data[len(data)-1] ^= 0x55
	if err := os.WriteFile(entry, data, 0o644); err != nil {
		t.Fatal(err)
	}
	warm := cachedBuild(t, root, true)
	sameBuild(t, "after the manifest was damaged", warm, cachedBuild(t, root, false))
	if warm.Cache.Invalid != 1 || warm.Cache.Pages == 0 {
		t.Errorf("%+v, want the manifest invalid and every page made afresh", warm.Cache)
	}
}
