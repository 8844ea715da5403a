package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/claritynotes/gen/internal/sitefs"
)

// defaultPollInterval is how often --poll rescans the watched folders.
const defaultPollInterval = 500 * time.Millisecond

// fileStamp is what polling compares to notice a change.
type fileStamp struct {
	size    int64
	modTime time.Time
	mode    fs.FileMode
}

// poller finds changes by rescanning the watched folders, for file systems
// where kernel notifications do not arrive (network drives, some VMs and
// containers).
type poller struct {
	w     *Watcher
	stamp map[string]fileStamp
}

func newPoller(w *Watcher) *poller {
	p := &poller{w: w}
	p.stamp = p.snapshot()
	return p
}

// snapshot stats every file the site reads.
func (p *poller) snapshot() map[string]fileStamp {
	out := map[string]fileStamp{}
	p.w.mu.Lock()
	dirs := slices.Clone(p.w.dirs)
	p.w.mu.Unlock()
	for name := range p.w.files {
		if info, err := os.Stat(p.w.abs(name)); err == nil && !info.IsDir() {
			out[name] = stampOf(info)
		}
	}
	for _, d := range dirs {
		_ = filepath.WalkDir(p.w.abs(d), func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil // vanished while scanning: the next scan sees it
			}
			if e.IsDir() {
				if skippedDirs[e.Name()] {
					return filepath.SkipDir
				}
				return nil
			}
			rel, err := filepath.Rel(p.w.root, path)
			if err != nil {
				return nil
			}
			rel = filepath.ToSlash(rel)
			if sitefs.IsEditorTemp(rel) {
				return nil
			}
			if info, err := e.Info(); err == nil {
				out[rel] = stampOf(info)
			}
			return nil
		})
	}
	return out
}

func stampOf(info fs.FileInfo) fileStamp {
	return fileStamp{size: info.Size(), modTime: info.ModTime(), mode: info.Mode()}
}

// scan rescans and returns the files created, changed or removed since the
// previous scan, sorted.
func (p *poller) scan() []string {
	now := p.snapshot()
	var changed []string
	for name, st := range now {
		if old, ok := p.stamp[name]; !ok || old != st {
			changed = append(changed, name)
		}
	}
	for name := range p.stamp {
		if _, ok := now[name]; !ok {
			changed = append(changed, name)
		}
	}
	p.stamp = now
	slices.Sort(changed)
	return changed
}

// watchPoll rescans every interval and sends the changes on out until ctx
// is done.
func watchPoll(ctx context.Context, w *Watcher, out chan<- Batch, interval time.Duration) func() {
	p := newPoller(w)
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if changed := p.scan(); len(changed) > 0 {
					select {
					case out <- Batch{Paths: changed}:
					case <-ctx.Done():
						return
					}
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}
