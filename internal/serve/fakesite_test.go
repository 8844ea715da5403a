package serve

import (
	"bytes"
	"context"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/claritynotes/gen/internal/diag"
)

// fileSite is a tiny real builder for tests: content/<slug>.md becomes
// <slug>/index.html wrapping the file's text, static/ is copied, and a
// line containing BROKEN is a build error at that line.
type fileSite struct {
	root string
	mu   sync.Mutex
	prev map[string][]byte
	// lint is returned as the snapshot's Lint.
	lint func(string) *PageLint
}

func (f *fileSite) Root() string        { return f.root }
func (f *fileSite) WatchDirs() []string { return []string{"content", "static"} }

func (f *fileSite) Rebuild(ctx context.Context, _ []string) (*Snapshot, error) { return f.Build(ctx) }

func (f *fileSite) Build(context.Context) (*Snapshot, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	start := time.Now()
	files := map[string][]byte{
		"404.html": []byte("<!doctype html><html><body><h1>Site 404</h1></body></html>"),
	}
	var errs []error
	err := filepath.WalkDir(f.root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(f.root, p)
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch {
		case strings.HasPrefix(rel, "content/") && strings.HasSuffix(rel, ".md"):
			for i, line := range strings.Split(string(data), "\n") {
				if strings.Contains(line, "BROKEN") {
					errs = append(errs, diag.Errorf(rel, i+1, strings.Index(line, "BROKEN")+1, "remove it", "broken marker"))
				}
			}
			slug := strings.TrimSuffix(strings.TrimPrefix(rel, "content/"), ".md")
			html := `<!doctype html><html><head><link rel="stylesheet" href="/site.css"></head><body><main><article>` +
				string(data) + "</article></main></body></html>"
			files[path.Join(slug, "index.html")] = []byte(html)
		case strings.HasPrefix(rel, "static/"):
			files[strings.TrimPrefix(rel, "static/")] = data
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := diag.Join(errs); err != nil {
		return nil, err
	}
	snap := &Snapshot{Files: files, Lint: f.lint, Summary: "test site", Duration: time.Since(start)}
	for name, data := range files {
		if old, ok := f.prev[name]; !ok || !bytes.Equal(old, data) {
			snap.Changed = append(snap.Changed, name)
		}
	}
	for name := range f.prev {
		if _, ok := files[name]; !ok {
			snap.Removed = append(snap.Removed, name)
		}
	}
	f.prev = files
	return snap, nil
}
