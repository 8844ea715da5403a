package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claritynotes/gen/internal/diag"
)

// TestStageReportsAFileItCannotMake: a file the writer cannot make (its
// folder's name is taken by a file) fails Flush and Commit with the
// file's name, and the previous site stays as it was.
func TestStageReportsAFileItCannotMake(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	stageSite(t, dest, nil, map[string]string{"index.html": "old home"}, nil)
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		flush bool
	}{{"flushed", true}, {"committed", false}} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Begin(ctx, dest, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Abort()
			for _, name := range []string{"index.html", "a", "a/index.html"} {
				if _, err := st.Write(name, []byte("new "+name)); err != nil {
					t.Fatalf("Write(%s) = %v, want the error reported later", name, err)
				}
			}
			if tc.flush {
				err = st.Flush()
			} else {
				_, _, err = st.Commit(ctx)
				var de *diag.Error
				if !errors.As(err, &de) || de.Path != dest || de.Hint == "" {
					t.Errorf("Commit error = %#v, want a diag.Error on %s with a hint", err, dest)
				}
			}
			if err == nil || !strings.Contains(err.Error(), "a/index.html") {
				t.Fatalf("error = %v, want one naming a/index.html", err)
			}
			if _, err := st.Write("b/index.html", []byte("b")); err == nil {
				t.Error("a Write after a failed one succeeded")
			}
			if got := readTree(t, dest); got["index.html"] != "old home" || len(got) != 2 {
				t.Errorf("destination = %v, want the previous site", got)
			}
		})
	}
}

// TestStageWritesInOrder: files written twice, and read back before or
// after the writer made them, have the bytes of the last Write.
func TestStageWritesInOrder(t *testing.T) {
	ctx := context.Background()
	st, dest := begin(t)
	const n = 300
	for i := range n {
		name := fmt.Sprintf("p/%d/index.html", i%50)
		if _, err := st.Write(name, []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
		if got, err := st.Read(name); err != nil || string(got) != fmt.Sprint(i) {
			t.Fatalf("Read(%s) = %q, %v; want %d", name, got, err, i)
		}
	}
	if _, _, err := st.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)
	for i := n - 50; i < n; i++ {
		name := fmt.Sprintf("p/%d/index.html", i%50)
		if got[name] != fmt.Sprint(i) {
			t.Errorf("%s = %q, want %d", name, got[name], i)
		}
	}
}

// TestStageAbortsWhileWriting: Abort called while files are being
// written stops the writes, leaves nothing behind and no destination.
func TestStageAbortsWhileWriting(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	st, err := Begin(context.Background(), dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var writers sync.WaitGroup
	for w := range 4 {
		writers.Go(func() {
			for i := range 200 {
				if _, err := st.Write(fmt.Sprintf("w%d/%d/index.html", w, i), make([]byte, 64<<10)); err != nil {
					return // stopped
				}
			}
		})
	}
	st.Abort()
	writers.Wait()
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestStageWritesWhatItWasGiven: a caller reuses its buffer as soon as
// Write returns (a staged build renders every page into pooled buffers);
// each file holds the bytes of its own call.
func TestStageWritesWhatItWasGiven(t *testing.T) {
	ctx := context.Background()
	st, dest := begin(t)
	buf := make([]byte, 0, 64)
	want := map[string]string{}
	for i := range 50 {
		name := fmt.Sprintf("p%d/index.html", i)
		buf = fmt.Appendf(buf[:0], "page %d", i)
		if _, err := st.Write(name, buf); err != nil {
			t.Fatal(err)
		}
		want[name] = string(buf)
		copy(buf, "overwritten")
	}
	if _, _, err := st.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s = %q, want %q", name, got[name], w)
		}
	}
}

// begin starts a stage into a new destination, aborted when the test ends
// (after a Commit, Abort does nothing).
func begin(t *testing.T) (*Stage, string) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	st, err := Begin(context.Background(), dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Abort() })
	return st, dest
}
