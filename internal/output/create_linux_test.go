package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestFileCalls makes folders and files both ways (raw, and through the
// scheduler once blocking) and checks what they hold and the errors
// that name their path.
func TestFileCalls(t *testing.T) {
	for _, blocking := range []bool{false, true} {
		dir := t.TempDir()
		var c fileCalls
		c.blocking.Store(blocking)
		folder := filepath.Join(dir, "page")
		if err := c.mkdir(folder); err != nil {
			t.Fatalf("blocking=%v: mkdir: %v", blocking, err)
		}
		if info, err := os.Stat(folder); err != nil || !info.IsDir() || info.Mode().Perm() != 0o755&^umask(t) {
			t.Errorf("blocking=%v: folder %v, %v", blocking, info, err)
		}
		file := filepath.Join(folder, "index.html")
		data := []byte("<p>a page</p>\n")
		if err := c.writeNew(file, data); err != nil {
			t.Fatalf("blocking=%v: writeNew: %v", blocking, err)
		}
		if got, err := os.ReadFile(file); err != nil || string(got) != string(data) {
			t.Errorf("blocking=%v: file holds %q, %v", blocking, got, err)
		}
		if info, err := os.Stat(file); err != nil || info.Mode().Perm() != 0o644&^umask(t) {
			t.Errorf("blocking=%v: file %v, %v", blocking, info, err)
		}
		if err := c.writeNew(filepath.Join(dir, "empty"), nil); err != nil {
			t.Errorf("blocking=%v: empty file: %v", blocking, err)
		}
		errs := []struct {
			name string
			err  error
			want error
			path string
		}{
			{"folder again", c.mkdir(folder), fs.ErrExist, folder},
			{"file again", c.writeNew(file, data), fs.ErrExist, file},
			{"folder in none", c.mkdir(filepath.Join(dir, "none", "page")), fs.ErrNotExist, filepath.Join(dir, "none", "page")},
			{"file in none", c.writeNew(filepath.Join(dir, "none", "index.html"), data), fs.ErrNotExist, filepath.Join(dir, "none", "index.html")},
		}
		for _, e := range errs {
			var pe *fs.PathError
			if !errors.Is(e.err, e.want) || !errors.As(e.err, &pe) || pe.Path != e.path {
				t.Errorf("blocking=%v: %s: got %v, want %v naming %s", blocking, e.name, e.err, e.want, e.path)
			}
		}
		if c.blocking.Load() != blocking {
			t.Errorf("blocking=%v: calls on a local folder changed it", blocking)
		}
	}
}

// umask is the process's file creation mask, which the kernel takes from
// the modes asked for.
func umask(t *testing.T) fs.FileMode {
	dir := t.TempDir()
	p := filepath.Join(dir, "probe")
	if err := os.WriteFile(p, nil, 0o777); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return 0o777 &^ info.Mode().Perm()
}

// TestFileCallsBlocking checks when a stage stops making raw calls:
// after a round with more than one slow call in slowShare, and not for a
// slow call now and then.
func TestFileCallsBlocking(t *testing.T) {
	tests := []struct {
		name   string
		rounds int
		slowIn int // every slowIn-th call is slow; 0 for none
		want   bool
	}{
		{"no slow call", 4, 0, false},
		{"a slow call a round", 4, callRound, false},
		{"one in slowShare", 4, slowShare, false},
		{"one in four", 1, 4, true},
		{"every call", 1, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c fileCalls
			fast, slow := time.Now(), time.Now().Add(-time.Second)
			for i := 1; i <= tt.rounds*callRound; i++ {
				start := fast
				if tt.slowIn > 0 && i%tt.slowIn == 0 {
					start = slow
				}
				c.timed(start)
			}
			if got := c.blocking.Load(); got != tt.want {
				t.Errorf("blocking = %v, want %v", got, tt.want)
			}
		})
	}
}
