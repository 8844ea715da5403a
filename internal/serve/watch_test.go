package serve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tempSite makes a small site tree and returns its root.
func tempSite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range map[string]string{
		"gen.toml":                       "title = 'x'\n",
		"content/articles/a.md":          "# a\n",
		"content/articles/sub/one.md":    "# one\n",
		"content/articles/sub/two.md":    "# two\n",
		"layouts/_default/single.html":   "{{ .Content }}",
		"themes/clarity/static/site.css": "body{}",
		"public/index.html":              "old output",
	} {
		writeFile(t, filepath.Join(root, name), body)
	}
	return root
}

func writeFile(t *testing.T, name, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

var watchedDirs = []string{"content", "layouts", "static", "themes/clarity"}

// startWatch runs the fsnotify watcher on root and returns its changes.
func startWatch(t *testing.T, root string) (*Watcher, <-chan Batch) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan Batch, 1024)
	w := newTracker(root, watchedDirs, []string{"gen.toml"})
	stop, err := watchNotify(ctx, w, out, func(err error) { t.Errorf("watch: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); stop() })
	return w, out
}

// await collects reported paths until every wanted one has been seen, then
// checks that nothing outside allowed was reported.
func await(t *testing.T, ch <-chan Batch, want []string, allowed ...string) {
	t.Helper()
	seen := map[string]bool{}
	timeout := time.After(20 * time.Second)
	for !hasAll(seen, want) {
		select {
		case b := <-ch:
			for _, p := range b.Paths {
				seen[p] = true
			}
		case <-timeout:
			t.Fatalf("saw %v, still waiting for %v", keys(seen), want)
		}
	}
	for p := range seen {
		if !slices.Contains(want, p) && !slices.Contains(allowed, p) {
			t.Errorf("unexpected change reported: %s", p)
		}
	}
}

// eventually waits, with a generous timeout, for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func hasAll(seen map[string]bool, want []string) bool {
	for _, w := range want {
		if !seen[w] {
			return false
		}
	}
	return true
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestWatchEditInPlace(t *testing.T) {
	root := tempSite(t)
	_, ch := startWatch(t, root)
	writeFile(t, filepath.Join(root, "content/articles/a.md"), "# edited\n")
	await(t, ch, []string{"content/articles/a.md"})
}

func TestWatchRenameOverSaves(t *testing.T) {
	root := tempSite(t)
	_, ch := startWatch(t, root)
	a := filepath.Join(root, "content/articles/a.md")
	rename := func(from, to string) {
		if err := os.Rename(from, to); err != nil {
			t.Fatal(err)
		}
	}

	// JetBrains safe write.
	writeFile(t, a+"___jb_tmp___", "# jetbrains\n")
	rename(a, a+"___jb_old___")
	rename(a+"___jb_tmp___", a)
	os.Remove(a + "___jb_old___")
	// vim with a backup: probe file, rename to a~, write anew, drop the backup.
	probe := filepath.Join(root, "content/articles/4913")
	writeFile(t, probe, "")
	os.Remove(probe)
	rename(a, a+"~")
	writeFile(t, a, "# vim\n")
	os.Remove(a + "~")
	// emacs lock and auto-save files, a swap file and Helix's backup.
	writeFile(t, filepath.Join(root, "content/articles/#a.md#"), "x")
	writeFile(t, filepath.Join(root, "content/articles/.a.md.swp"), "x")
	writeFile(t, a+".bck", "x")
	// gen.toml saved by rename-over, through the root folder's watch.
	toml := filepath.Join(root, "gen.toml")
	writeFile(t, toml+".tmp", "title = 'y'\n")
	rename(toml+".tmp", toml)
	// Output and stray root files are not watched.
	writeFile(t, filepath.Join(root, "public/index.html"), "new output")
	writeFile(t, filepath.Join(root, "notes.txt"), "x")

	await(t, ch, []string{"content/articles/a.md", "gen.toml"})
}

func TestWatchNewSubdirectory(t *testing.T) {
	root := tempSite(t)
	w, ch := startWatch(t, root)
	// Written right after mkdir, possibly before the watch on it exists:
	// the walk of the new folder must find it.
	writeFile(t, filepath.Join(root, "content/articles/new/deep/index.md"), "# new\n")
	await(t, ch, []string{"content/articles/new/deep/index.md"})
	if !slices.Contains(w.Watched(), "content/articles/new/deep") {
		t.Fatalf("new folder not watched: %v", w.Watched())
	}
	// And later changes inside it are seen.
	writeFile(t, filepath.Join(root, "content/articles/new/deep/index.md"), "# newer\n")
	writeFile(t, filepath.Join(root, "content/articles/new/deep/more.md"), "# more\n")
	await(t, ch, []string{"content/articles/new/deep/index.md", "content/articles/new/deep/more.md"})
}

func TestWatchNewTopLevelFolder(t *testing.T) {
	root := tempSite(t)
	w, ch := startWatch(t, root)
	// static/ did not exist at start; it appears with a file.
	writeFile(t, filepath.Join(root, "static/img/logo.svg"), "<svg/>")
	await(t, ch, []string{"static/img/logo.svg"})
	if !slices.Contains(w.Watched(), "static/img") {
		t.Fatalf("static/img not watched: %v", w.Watched())
	}
}

func TestWatchDelete(t *testing.T) {
	root := tempSite(t)
	w, ch := startWatch(t, root)
	if err := os.Remove(filepath.Join(root, "content/articles/a.md")); err != nil {
		t.Fatal(err)
	}
	await(t, ch, []string{"content/articles/a.md"})

	if err := os.RemoveAll(filepath.Join(root, "content/articles/sub")); err != nil {
		t.Fatal(err)
	}
	await(t, ch, []string{"content/articles/sub/one.md", "content/articles/sub/two.md"})
	// The folder's own event follows its files' events.
	eventually(t, "the deleted folder's watch dropped", func() bool {
		return !slices.Contains(w.Watched(), "content/articles/sub")
	})
}

func TestWatchRenameDirectory(t *testing.T) {
	root := tempSite(t)
	w, ch := startWatch(t, root)
	writeFile(t, filepath.Join(root, "content/articles/sub/deeper/three.md"), "# three\n")
	await(t, ch, []string{"content/articles/sub/deeper/three.md"})

	if err := os.Rename(filepath.Join(root, "content/articles/sub"), filepath.Join(root, "content/articles/moved")); err != nil {
		t.Fatal(err)
	}
	await(t, ch, []string{
		"content/articles/sub/one.md", "content/articles/sub/two.md", "content/articles/sub/deeper/three.md",
		"content/articles/moved/one.md", "content/articles/moved/two.md", "content/articles/moved/deeper/three.md",
	})
	eventually(t, "the renamed folder's old watches dropped", func() bool {
		return !slices.ContainsFunc(w.Watched(), func(d string) bool { return strings.HasPrefix(d, "content/articles/sub") })
	})
	// A change in the moved folder is reported under its new name.
	writeFile(t, filepath.Join(root, "content/articles/moved/deeper/three.md"), "# 3\n")
	await(t, ch, []string{"content/articles/moved/deeper/three.md"})
}

func TestWatchBurstOfWrites(t *testing.T) {
	root := tempSite(t)
	_, raw := startWatch(t, root)
	batches := make(chan Batch)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go coalesce(ctx, raw, batches, defaultQuiet, defaultMaxWait)

	a := filepath.Join(root, "content/articles/a.md")
	for i := range 100 {
		writeFile(t, a, fmt.Sprintf("# edit %d\n", i))
	}
	// A sentinel written after the burst: once it is reported, every write
	// before it has been too, and nothing else was.
	writeFile(t, filepath.Join(root, "content/articles/done.md"), "# done\n")
	n := 0
	seen := map[string]bool{}
	for !seen["content/articles/done.md"] {
		b := <-batches
		n++
		for _, p := range b.Paths {
			seen[p] = true
		}
	}
	if want := []string{"content/articles/a.md", "content/articles/done.md"}; !slices.Equal(keys(seen), want) {
		t.Fatalf("reported %v, want %v", keys(seen), want)
	}
	if n > 101 {
		t.Errorf("%d rebuilds for 101 writes: events were not coalesced", n)
	}
}

func TestWatchLimitMessage(t *testing.T) {
	root := tempSite(t)
	w := newTracker(root, watchedDirs, []string{"gen.toml"})
	n := 0
	w.add = func(string) error {
		n++
		if n > 2 {
			return fmt.Errorf("add watch: %w", syscall.ENOSPC)
		}
		return nil
	}
	err := watchLimitError(w.start())
	if !errors.Is(err, errWatchLimit) {
		t.Fatalf("err = %v, want the watch limit error", err)
	}
	for _, want := range []string{"max_user_watches", "sudo sysctl fs.inotify.max_user_watches=", "--poll"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q:\n%v", want, err)
		}
	}
	if other := watchLimitError(os.ErrPermission); errors.Is(other, errWatchLimit) {
		t.Errorf("permission error reported as the watch limit")
	}
}

func TestPollScan(t *testing.T) {
	root := tempSite(t)
	w := newTracker(root, watchedDirs, []string{"gen.toml"})
	p := newPoller(w)
	if got := p.scan(); len(got) != 0 {
		t.Fatalf("first scan reported %v", got)
	}
	a := filepath.Join(root, "content/articles/a.md")
	writeFile(t, a, "# a longer body\n")
	writeFile(t, filepath.Join(root, "content/articles/new/b.md"), "# b\n")
	writeFile(t, filepath.Join(root, "content/articles/b.md~"), "backup")
	writeFile(t, filepath.Join(root, "public/x.html"), "out")
	os.RemoveAll(filepath.Join(root, "content/articles/sub"))
	writeFile(t, filepath.Join(root, "gen.toml"), "title = 'changed'\n")
	want := []string{
		"content/articles/a.md", "content/articles/new/b.md",
		"content/articles/sub/one.md", "content/articles/sub/two.md", "gen.toml",
	}
	if got := p.scan(); !slices.Equal(got, want) {
		t.Fatalf("scan = %v, want %v", got, want)
	}
	if got := p.scan(); len(got) != 0 {
		t.Fatalf("unchanged rescan reported %v", got)
	}
}

// TestWatchThemeFolderMadeLater: the built-in theme needs no folder, so a
// site makes themes/clarity/ while gen serve runs, with or without a
// themes/ folder already there. Other themes' files do not count.
func TestWatchThemeFolderMadeLater(t *testing.T) {
	for _, themesExists := range []bool{false, true} {
		t.Run(fmt.Sprintf("themes/ exists: %v", themesExists), func(t *testing.T) {
			root := t.TempDir()
			writeFile(t, filepath.Join(root, "content/a.md"), "# a\n")
			if themesExists {
				writeFile(t, filepath.Join(root, "themes/other/layouts/x.html"), "x")
			}
			w, ch := startWatch(t, root)
			writeFile(t, filepath.Join(root, "themes/other/layouts/y.html"), "y")
			writeFile(t, filepath.Join(root, "themes/clarity/layouts/single.html"), "mine")
			await(t, ch, []string{"themes/clarity/layouts/single.html"})
			if !slices.Contains(w.Watched(), "themes/clarity/layouts") {
				t.Fatalf("themes/clarity/layouts not watched: %v", w.Watched())
			}
			writeFile(t, filepath.Join(root, "themes/clarity/static/site.css"), "body{}")
			// The first file's write may come after its create.
			await(t, ch, []string{"themes/clarity/static/site.css"}, "themes/clarity/layouts/single.html")
			if err := os.RemoveAll(filepath.Join(root, "themes")); err != nil {
				t.Fatal(err)
			}
			await(t, ch, []string{"themes/clarity/layouts/single.html", "themes/clarity/static/site.css"},
				"themes/clarity", "themes/clarity/layouts", "themes/clarity/static")
		})
	}
}
