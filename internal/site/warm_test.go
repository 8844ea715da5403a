package site

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claritynotes/gen/internal/buildcache"
	"github.com/claritynotes/gen/internal/lint"
)

// fileID identifies a file or folder, to tell a site changed in place
// from one swapped in whole (os.SameFile).
func fileID(t *testing.T, name string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// pageFile is the published file of the generated page i under public.
func pageFile(public string, i int) string {
	return filepath.Join(public, filepath.FromSlash(strings.TrimPrefix(corpusURL(i), "/")), "index.html")
}

// TestWarmBuildMatchesCleanAfterEdits: after each kind of edit, a build
// from the cache's page index publishes in place exactly what a build
// without the cache makes, with the same lint findings and warnings, and
// reads fewer pages than the site has.
func TestWarmBuildMatchesCleanAfterEdits(t *testing.T) {
	const n = 60
	root := writeCorpus(t, n)
	brokenLinksWarn(root) // deleting and renaming pages breaks links to them
	cachedBuild(t, root, true)
	public := filepath.Join(root, "public")
	edit := func(i int, from, to string) func() {
		return func() {
			src := readFile(root, corpusPath(i))
			if !strings.Contains(src, from) {
				t.Fatalf("%s has no %q", corpusPath(i), from)
			}
			writeFile(root, corpusPath(i), strings.Replace(src, from, to, 1))
		}
	}
	foundAny := false // the findings of unchanged pages were counted
	defer func() {
		if !foundAny {
			t.Error("no build had lint findings to compare")
		}
	}()
	for _, tc := range []struct {
		name   string
		change func()
		// inPlace: the edit leaves the rest of public/ where it is.
		inPlace bool
		// readsAll: every page shows what changed (the menu, gen.toml,
		// a layout), so every page is read.
		readsAll bool
	}{
		{"a section index", func() {
			writeFile(root, "content/articles/_index.md", "---\ntitle: Our articles\ndescription: Everything we wrote, newest first.\n---\n\nThe articles.\n")
		}, true, true},
		{"an article's body", edit(4, "<!--more-->", "<!--more-->\n\nA paragraph added. Act now, last chance!!"), true, false},
		{"an issue's body", edit(19, "<!--more-->", "<!--more-->\n\nA paragraph added to the issue."), true, false},
		{"a title", edit(6, `title: "`, `title: "Renamed `), true, false},
		{"a new page", func() {
			writeFile(root, "content/articles/brand-new.md", "---\ntitle: Brand new\ndate: 2025-06-01\ntags: [empathy, fresh]\n---\n\nA new page, [linking back](/articles/).\n")
		}, true, false},
		{"a deleted page", func() {
			if err := os.Remove(filepath.Join(root, corpusPath(7))); err != nil {
				t.Fatal(err)
			}
		}, true, false},
		{"a renamed page", func() {
			if err := os.Rename(filepath.Join(root, corpusPath(8)), filepath.Join(root, "content", "articles", "renamed-page.md")); err != nil {
				t.Fatal(err)
			}
		}, true, false},
		{"a draft", edit(10, "---\n\n", "draft: true\n---\n\n"), true, false},
		{"a draft published again", edit(10, "draft: true\n", ""), true, false},
		{"gen.toml", func() {
			writeFile(root, "gen.toml", strings.Replace(readFile(root, "gen.toml"), `title = "Corpus"`, `title = "Corpus Two"`, 1))
		}, true, true},
		{"a theme file", func() {
			writeFile(root, "layouts/single.html", readFile(root, "themes/clarity/layouts/single.html")+"\n<!-- edited -->\n")
		}, true, true},
		{"nothing", func() {}, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dirBefore := fileID(t, public)
			tc.change()
			b, warm := cachedBuilder(t, root, true)
			clean := cachedBuild(t, root, false)
			sameBuild(t, "after editing "+tc.name, warm, clean)
			we, ww, wi := lint.Counts(warm.Lint.Results())
			ce, cw, ci := lint.Counts(clean.Lint.Results())
			if we != ce || ww != cw || wi != ci {
				t.Errorf("lint counts %d/%d/%d, want a clean build's %d/%d/%d", we, ww, wi, ce, cw, ci)
			}
			if we+ww+wi > 0 {
				foundAny = true
			}
			if tc.inPlace && !os.SameFile(fileID(t, public), dirBefore) {
				t.Errorf("public/ was swapped, not changed in place")
			}
			if _, err := os.Stat(b.journalPath()); err == nil {
				t.Errorf("the journal %s was left", b.journalPath())
			}
			if files := contentFiles(t, root); b.loads.Load() >= int64(files) && !tc.readsAll {
				t.Errorf("read %d pages of %d: the index was not used", b.loads.Load(), files)
			}
		})
	}
}

// TestWarmBuildKeepsUnchangedFiles: publishing in place leaves the files
// of unchanged pages as they were (same inode), replaces the edited
// page's file, and leaves no temporary folder beside public/.
func TestWarmBuildKeepsUnchangedFiles(t *testing.T) {
	const n = 40
	root := writeCorpus(t, n)
	cachedBuild(t, root, true)
	public := filepath.Join(root, "public")
	untouched, edited := fileID(t, pageFile(public, 20)), fileID(t, pageFile(public, 4))
	writeFile(root, corpusPath(4), corpusPage(4, n, "A new paragraph."))
	warm := cachedBuild(t, root, true)
	if !os.SameFile(fileID(t, pageFile(public, 20)), untouched) {
		t.Error("an unchanged page's file was replaced")
	}
	if os.SameFile(fileID(t, pageFile(public, 4)), edited) {
		t.Error("the edited page's file was written through, not replaced")
	}
	if !strings.Contains(string(warm.Files[strings.TrimPrefix(pageFile(public, 4), public+"/")]), "A new paragraph.") {
		t.Error("the edited page does not show the edit")
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.tmp-") {
			t.Errorf("%s was left beside public/", e.Name())
		}
	}
}

// TestInterruptedPublishSwapsWhole: a journal left by a publish that
// was interrupted means public/ may be part old, part new; the next
// build publishes the whole site as a new folder and removes the
// journal.
func TestInterruptedPublishSwapsWhole(t *testing.T) {
	const n = 30
	root := writeCorpus(t, n)
	b, _ := cachedBuilder(t, root, true)
	public := filepath.Join(root, "public")
	// The publish stopped after replacing one file by another's bytes.
	if err := os.WriteFile(b.journalPath(), []byte("replace \"articles/x/index.html\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	partial := pageFile(public, 3)
	if err := os.WriteFile(partial+".new", []byte("<p>half way</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(partial+".new", partial); err != nil {
		t.Fatal(err)
	}
	dirBefore := fileID(t, public)
	warm := cachedBuild(t, root, true)
	sameBuild(t, "after an interrupted publish", warm, cachedBuild(t, root, false))
	if os.SameFile(fileID(t, public), dirBefore) {
		t.Error("public/ was changed in place despite the journal")
	}
	if _, err := os.Stat(b.journalPath()); err == nil {
		t.Error("the journal is still there")
	}
	// With the journal gone, the next build is in place again.
	dirBefore = fileID(t, public)
	writeFile(root, corpusPath(5), corpusPage(5, n, "Edited after."))
	cachedBuild(t, root, true)
	if !os.SameFile(fileID(t, public), dirBefore) {
		t.Error("the build after was not in place")
	}
}

// TestWarmBuildDropsFilesGenDidNotWrite: public/ is gen's (its marker
// says so) and every build publishes exactly the site: a file someone
// put there is dropped, as a build that swaps the whole folder drops it,
// never kept by a build that changes public/ in place.
func TestWarmBuildDropsFilesGenDidNotWrite(t *testing.T) {
	const n = 30
	root := writeCorpus(t, n)
	cachedBuild(t, root, true)
	public := filepath.Join(root, "public")
	for _, extra := range []string{"notes.txt", filepath.Join("articles", "notes.txt")} {
		if err := os.WriteFile(filepath.Join(public, extra), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		writeFile(root, corpusPath(4), corpusPage(4, n, "Edit "+extra))
		warm := cachedBuild(t, root, true)
		sameBuild(t, "after adding "+extra, warm, cachedBuild(t, root, false))
		if _, err := os.Stat(filepath.Join(public, extra)); err == nil {
			t.Errorf("%s was kept in public/", extra)
		}
	}
}

// TestCorruptIndexBuildsClean: a page index that does not verify is
// ignored: every page is read, and the build is a clean build's.
func TestCorruptIndexBuildsClean(t *testing.T) {
	for _, tc := range []struct {
		name string
		harm func(data []byte) []byte
	}{
		{"truncated", func(data []byte) []byte { return data[:len(data)/2] }},
		{"a flipped payload byte", func(data []byte) []byte { data[len(data)-10] ^= 0x55; return data }},
		{"empty", func([]byte) []byte { return nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const n = 30
			root := writeCorpus(t, n)
			cachedBuild(t, root, true)
			name := filepath.Join(root, buildcache.Dir, indexName)
			if err := os.WriteFile(name, tc.harm(mustReadBytes(t, name)), 0o644); err != nil {
				t.Fatal(err)
			}
			b, res := cachedBuilder(t, root, true)
			sameBuild(t, tc.name, res, cachedBuild(t, root, false))
			if res.Cache.Invalid == 0 {
				t.Errorf("%+v, want the index counted invalid", res.Cache)
			}
			if loads, files := b.loads.Load(), int64(contentFiles(t, root)); loads != files {
				t.Errorf("read %d pages of %d, want every one", loads, files)
			}
		})
	}
}

// TestIndexTrustsUnchangedStat: a page whose file has the size, times
// and inode the index recorded is not read at all; an edited one is.
func TestIndexTrustsUnchangedStat(t *testing.T) {
	trustFreshStats(t)
	const n = 60
	root := writeCorpus(t, n)
	cachedBuild(t, root, true)
	b, _ := cachedBuilder(t, root, true)
	first := b.loads.Load()
	if first >= n/2 {
		t.Errorf("an unchanged site read %d of its %d pages", first, n)
	}
	writeFile(root, corpusPath(30), corpusPage(30, n, "A longer body than before."))
	b, warm := cachedBuilder(t, root, true)
	sameBuild(t, "after an edit", warm, cachedBuild(t, root, false))
	if b.loads.Load() <= first {
		t.Errorf("the edited page was not read: %d pages read, %d with no edit", b.loads.Load(), first)
	}
}

// TestIndexWrittenBackMatchesEncoding: a warm build writes the entries
// of pages that stayed stubs back as the bytes it read; the index it
// writes is byte for byte what encoding its entries afresh gives.
func TestIndexWrittenBackMatchesEncoding(t *testing.T) {
	trustFreshStats(t)
	const n = 40
	root := writeCorpus(t, n)
	cachedBuild(t, root, true)
	writeFile(root, corpusPath(12), corpusPage(12, n, "An edited body."))
	b, _ := cachedBuilder(t, root, true)
	if b.loads.Load() >= int64(contentFiles(t, root)) {
		t.Fatalf("the warm build read %d of %d pages: no stubs to write back", b.loads.Load(), n)
	}
	data, err := os.ReadFile(filepath.Join(root, buildcache.Dir, indexName))
	if err != nil {
		t.Fatal(err)
	}
	// The payload follows the entry's header: magic, version, key,
	// length and CRC-32C checksum.
	const header = 8 + 4 + 32 + 8 + 4
	if len(data) < header {
		t.Fatalf("the index is %d bytes", len(data))
	}
	payload := data[header:]
	idx, err := decodeIndex(payload)
	if err != nil {
		t.Fatal(err)
	}
	reused := 0
	for _, ie := range idx.Pages {
		if ie.raw != nil {
			reused++
		}
		ie.raw = nil
	}
	if reused != len(idx.Pages) {
		t.Fatalf("%d of %d entries decoded with their bytes", reused, len(idx.Pages))
	}
	if got := encodeIndex(idx, 0); string(got) != string(payload) {
		t.Errorf("the written index (%d bytes) differs from its entries encoded afresh (%d bytes)", len(payload), len(got))
	}
}

// trustFreshStats lets the index trust the stat of files written within
// the last second, as every file of a test's corpus is, for one test.
func trustFreshStats(t *testing.T) {
	w := racyWindow
	racyWindow = 0
	t.Cleanup(func() { racyWindow = w })
}

// TestWarmBuildRemakesOnlyTheFeedsAnEditShows: the feeds and the home
// page show the newest pages; a warm build takes them from the previous
// site when the edited page is not among those, makes them afresh when
// it is, and publishes what a clean build does either way. The feed that
// warned (an entry over the feed's budget; the RSS feed warns for the
// three) is made, and warns, on every build.
func TestWarmBuildRemakesOnlyTheFeedsAnEditShows(t *testing.T) {
	const n = 60 // page n-1 is the newest issue, n-2 the newest article
	siteFeeds := []string{"feed:feed.xml", "feed:atom.xml", "feed:feed.json"}
	all := append(slices.Clone(siteFeeds), "feed:newsletter/feed.xml", "home")
	for _, tc := range []struct {
		name   string
		page   int
		budget int // the feed budget, 0 for the usual one
		remade []string
	}{
		{"the oldest article", 0, 0, nil},
		{"the newest article", n - 2, 0, append(slices.Clone(siteFeeds), "home")},
		{"the newest issue", n - 1, 0, all},
		{"the oldest article, feed entries over the budget", 0, 1 << 10, []string{"feed:feed.xml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.budget > 0 {
				budget := feedContentBudget
				feedContentBudget = tc.budget
				t.Cleanup(func() { feedContentBudget = budget })
			}
			root := writeCorpus(t, n)
			cachedBuild(t, root, true)
			writeFile(root, corpusPath(tc.page), corpusPage(tc.page, n, "An edit to "+tc.name+"."))
			b, warm := cachedBuilder(t, root, true)
			sameBuild(t, "after editing "+tc.name, warm, cachedBuild(t, root, false))
			for _, id := range all {
				j := b.jobs[id]
				if j == nil {
					t.Fatalf("no job %s", id)
				}
				if kept, want := j.reused != nil, !slices.Contains(tc.remade, id); kept != want {
					t.Errorf("%s taken from the previous site: %v, want %v", id, kept, want)
				}
			}
			if tc.budget > 0 && !slices.ContainsFunc(warm.Warnings, func(w string) bool { return strings.Contains(w, "more than a feed entry carries") }) {
				t.Errorf("no warning of a feed entry over the budget in %q", warm.Warnings)
			}
		})
	}
}
