package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/fsnotify/fsnotify"

	"github.com/claritynotes/gen/internal/sitefs"
)

// Watcher reports changed files under a site's watched folders. It watches
// every folder recursively (adding new ones as they appear and dropping
// removed ones), plus chosen files in the site root, such as gen.toml,
// through the root folder's own watch so rename-over saves are seen.
type Watcher struct {
	root  string          // absolute site root
	dirs  []string        // site-relative folders watched recursively
	files map[string]bool // site-relative files in the root that count

	mu      sync.Mutex
	watched map[string]bool // site-relative folders with a watch ("." for the root)
	known   map[string]bool // site-relative files seen, to expand folder removals

	add    func(dir string) error // adds a watch on an absolute folder
	remove func(dir string) error
}

// newTracker prepares the bookkeeping shared by the fsnotify and polling
// watchers; add and remove manage the kernel watches (no-ops when polling).
func newTracker(root string, dirs, rootFiles []string) *Watcher {
	w := &Watcher{
		root:    root,
		files:   map[string]bool{},
		watched: map[string]bool{},
		known:   map[string]bool{},
		add:     func(string) error { return nil },
		remove:  func(string) error { return nil },
	}
	for _, d := range dirs {
		d = path.Clean(filepath.ToSlash(d))
		if d == "." || d == "" || strings.HasPrefix(d, "../") || d == ".." {
			continue // never the whole root: that would watch public/
		}
		w.dirs = append(w.dirs, d)
	}
	for _, f := range rootFiles {
		w.files[f] = true
	}
	return w
}

func (w *Watcher) abs(rel string) string {
	return filepath.Join(w.root, filepath.FromSlash(rel))
}

// start adds the root watch and walks every watched folder.
func (w *Watcher) start() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.add(w.root); err != nil {
		return err
	}
	w.watched["."] = true
	for _, d := range w.dirs {
		if err := w.watchParents(d); err != nil {
			return err
		}
		if _, err := w.walk(d, nil); err != nil {
			return err
		}
	}
	return nil
}

// watchParents watches the existing folders between the root and a
// watched folder (themes/ for themes/clarity), so the watched folder is
// seen when it is made. Callers hold w.mu.
func (w *Watcher) watchParents(dir string) error {
	for i := strings.IndexByte(dir, '/'); i >= 0; i = nextSlash(dir, i) {
		parent := dir[:i]
		if w.watched[parent] {
			continue
		}
		if st, err := os.Lstat(w.abs(parent)); err != nil || !st.IsDir() {
			return nil // made later: the watch above it sees it
		}
		if err := w.add(w.abs(parent)); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		w.watched[parent] = true
	}
	return nil
}

// nextSlash returns the index of the next "/" in s after i, or -1.
func nextSlash(s string, i int) int {
	if j := strings.IndexByte(s[i+1:], '/'); j >= 0 {
		return i + 1 + j
	}
	return -1
}

// walk adds watches on dir and every folder below it, records its files and
// appends them to changed. Missing folders are fine: a site need not have
// layouts/ or static/, and the root watch sees them appear.
func (w *Watcher) walk(dir string, changed []string) ([]string, error) {
	err := filepath.WalkDir(w.abs(dir), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		rel, relErr := filepath.Rel(w.root, p)
		if relErr != nil {
			return relErr
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if skippedDirs[d.Name()] {
				return filepath.SkipDir
			}
			if w.watched[rel] {
				return nil
			}
			if err := w.add(p); err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return filepath.SkipDir // removed while we walked
				}
				return err
			}
			w.watched[rel] = true
			return nil
		}
		if sitefs.IsEditorTemp(rel) {
			return nil
		}
		w.known[rel] = true
		changed = append(changed, rel)
		return nil
	})
	return changed, err
}

// inScope reports whether a site-relative path is one the site reads.
// Callers hold w.mu.
func (w *Watcher) inScope(rel string) bool {
	if !strings.Contains(rel, "/") {
		if w.files[rel] {
			return true
		}
	}
	for _, d := range w.dirs {
		if rel == d || strings.HasPrefix(rel, d+"/") {
			for _, part := range strings.Split(strings.TrimPrefix(rel, d), "/") {
				if skippedDirs[part] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// handle turns one file system event into the site-relative files it
// changed, keeping the watches in step with the folders. A created folder is
// walked (its files may have been written before its watch existed); a
// removed or renamed-away folder reports every file that was in it.
func (w *Watcher) handle(ev fsnotify.Event) ([]string, error) {
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil || !filepath.IsLocal(rel) {
		return nil, nil
	}
	rel = filepath.ToSlash(rel)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.holdsWatchedDir(rel) {
		return w.handleParent(rel, ev)
	}
	if !w.inScope(rel) || sitefs.IsEditorTemp(rel) {
		return nil, nil
	}

	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if gone := w.dropDir(rel); gone != nil {
			return gone, nil
		}
		delete(w.known, rel)
		return []string{rel}, nil
	}
	// Create, Write, Chmod. Stat to tell folders from files: the event
	// does not say, and a folder may have been replaced by a file.
	info, err := os.Lstat(ev.Name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Already gone again: report it so a page created and deleted in
		// one burst is not left behind.
		delete(w.known, rel)
		return []string{rel}, nil
	case err != nil:
		return nil, err
	case info.IsDir():
		if ev.Has(fsnotify.Create) {
			return w.walk(rel, nil)
		}
		return nil, nil
	}
	w.known[rel] = true
	return []string{rel}, nil
}

// holdsWatchedDir reports whether rel is a folder above a watched one, such
// as themes/ for themes/clarity: the theme gen has built in needs no folder,
// so a site often makes themes/<name>/ only while gen serve runs.
// Callers hold w.mu.
func (w *Watcher) holdsWatchedDir(rel string) bool {
	for _, d := range w.dirs {
		if strings.HasPrefix(d, rel+"/") {
			return true
		}
	}
	return false
}

// handleParent keeps a folder above watched ones watched, so the watched
// folder is seen when it is made, and walks the watched folders inside it;
// nothing else in it counts. Callers hold w.mu.
func (w *Watcher) handleParent(rel string, ev fsnotify.Event) ([]string, error) {
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		return w.dropDir(rel), nil
	}
	info, err := os.Lstat(ev.Name)
	if err != nil || !info.IsDir() || !ev.Has(fsnotify.Create) || w.watched[rel] {
		return nil, nil
	}
	var changed []string
	for _, d := range w.dirs {
		if strings.HasPrefix(d, rel+"/") {
			if err := w.watchParents(d); err != nil {
				return nil, err
			}
			if changed, err = w.walk(d, changed); err != nil {
				return changed, err
			}
		}
	}
	return changed, nil
}

// dropDir forgets a removed folder: its watches (the kernel keeps a moved
// folder's watch under the old name, which would report wrong paths) and its
// files, which it returns. It returns nil if rel was not a watched folder.
func (w *Watcher) dropDir(rel string) []string {
	if !w.watched[rel] {
		return nil
	}
	prefix := rel + "/"
	for d := range w.watched {
		if d == rel || strings.HasPrefix(d, prefix) {
			delete(w.watched, d)
			_ = w.remove(w.abs(d)) // fails when the kernel dropped it already: fine
		}
	}
	var gone []string
	for f := range w.known {
		if strings.HasPrefix(f, prefix) {
			gone = append(gone, f)
			delete(w.known, f)
		}
	}
	slices.Sort(gone)
	return gone
}

// Watched returns the site-relative folders being watched, sorted.
func (w *Watcher) Watched() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for d := range w.watched {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

// watchNotify watches with fsnotify and sends each event's changes on out
// until ctx is done. The watches are set up before it returns, so a change
// made after it returns is never missed.
func watchNotify(ctx context.Context, w *Watcher, out chan<- Batch, warn func(error)) (func(), error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, watchLimitError(err)
	}
	w.add, w.remove = fsw.Add, fsw.Remove
	if err := w.start(); err != nil {
		fsw.Close()
		return nil, watchLimitError(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-fsw.Events:
				if !ok {
					return
				}
				changed, err := w.handle(ev)
				if err != nil {
					warn(watchLimitError(err))
				}
				if len(changed) > 0 {
					select {
					case out <- Batch{Paths: changed}:
					case <-ctx.Done():
						return
					}
				}
			case err, ok := <-fsw.Errors:
				if !ok {
					return
				}
				if errors.Is(err, fsnotify.ErrEventOverflow) {
					// Events were lost: only a full build is safe.
					select {
					case out <- Batch{Full: true}:
					case <-ctx.Done():
						return
					}
					continue
				}
				warn(err)
			}
		}
	}()
	stop := func() {
		fsw.Close()
		<-done
	}
	return stop, nil
}

// errWatchLimit marks running out of kernel watches or watcher instances.
var errWatchLimit = errors.New("the system limit on watched folders is reached")

// watchLimitError explains inotify's limits, which surface as the
// unhelpful "no space left on device" or "too many open files".
func watchLimitError(err error) error {
	if err == nil {
		return nil
	}
	if !isWatchLimit(err) {
		return err
	}
	watches := readSysctl("/proc/sys/fs/inotify/max_user_watches")
	instances := readSysctl("/proc/sys/fs/inotify/max_user_instances")
	return fmt.Errorf("%w (fs.inotify.max_user_watches = %s, max_user_instances = %s): %v\n"+
		"  hint: raise the limits with\n"+
		"    sudo sysctl fs.inotify.max_user_watches=524288 fs.inotify.max_user_instances=512\n"+
		"  (add both to /etc/sysctl.d/99-gen.conf to keep them after a restart),\n"+
		"  close other programs that watch many files, or run gen serve --poll",
		errWatchLimit, watches, instances, err)
}

func readSysctl(name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}

// setDirs starts watching folders that are new in dirs (the site switched
// themes). Folders no longer listed stay watched: a rebuild for a file the
// site no longer reads is harmless.
func (w *Watcher) setDirs(dirs []string) {
	next := newTracker(w.root, dirs, nil).dirs
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, d := range next {
		if !slices.Contains(w.dirs, d) {
			w.dirs = append(w.dirs, d)
			_ = w.watchParents(d)
			w.walk(d, nil)
		}
	}
}
