package output

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

// stageSite publishes files through a Stage, giving it prev, and returns
// the new manifest.
func stageSite(t *testing.T, dest string, prev Manifest, files map[string]string, reuse map[string]string) Manifest {
	t.Helper()
	m, _ := publishVia(t, dest, "", prev, files, reuse)
	return m
}

// TestStageReusesOnlyUntouchedFiles: a file of the previous site is taken
// as it is only when its hash is the one asked for and nobody changed it
// since it was published, even keeping its size and modification time.
func TestStageReusesOnlyUntouchedFiles(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	files := map[string]string{"index.html": "home", "a/index.html": "page a", "b/index.html": "page b", "c/index.html": "page c"}
	m := stageSite(t, dest, nil, files, nil)
	recorded := 0
	for name := range m {
		if !isDirKey(name) {
			recorded++
		}
	}
	if recorded != len(files) {
		t.Fatalf("manifest has %d files, want %d", recorded, len(files))
	}
	before, err := os.Stat(filepath.Join(dest, "a", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	// b is edited in place by hand, same size, its time put back.
	b := filepath.Join(dest, "b", "index.html")
	info, _ := os.Stat(b)
	if err := os.WriteFile(b, []byte("page X"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(b, info.ModTime(), info.ModTime())
	// c is replaced by another file.
	c := filepath.Join(dest, "c", "index.html")
	os.WriteFile(c+".new", []byte("page Y"), 0o644)
	os.Rename(c+".new", c)

	ctx := context.Background()
	st, err := Begin(ctx, dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Previous(m)
	sum := func(s string) Sum { return sha256.Sum256([]byte(s)) }
	for _, tc := range []struct {
		name, data string
		want       bool
	}{
		{"a/index.html", "page a", true},
		{"index.html", "home, edited", false}, // the build made other bytes
		{"b/index.html", "page b", false},
		{"c/index.html", "page c", false},
		{"d/index.html", "page d", false}, // not in the previous site
	} {
		if got := st.Reuse(tc.name, sum(tc.data)); got != tc.want {
			t.Errorf("Reuse(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
	// Writing over a reused name makes a new file: the previous site's
	// copy is not written through.
	if _, err := st.Write("a/index.html", []byte("page A")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "a", "index.html")); string(got) != "page a" {
		t.Errorf("the previous site's file was written through: %q", got)
	}
	st.Abort()
	after, _ := os.Stat(filepath.Join(dest, "a", "index.html"))
	if !os.SameFile(before, after) {
		t.Error("aborting changed the previous site")
	}
}

// TestStageReusesNothingFromAForeignFolder: without gen's marker the
// destination's files are never taken, whatever the manifest says.
func TestStageReusesNothingFromAForeignFolder(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	m := stageSite(t, dest, nil, map[string]string{"index.html": "home"}, nil)
	if err := os.Remove(filepath.Join(dest, Marker)); err != nil {
		t.Fatal(err)
	}
	st, err := Begin(context.Background(), dest, Options{Force: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Abort()
	st.Previous(m)
	if st.Reuse("index.html", sha256.Sum256([]byte("home"))) {
		t.Error("a file was taken from a folder without the marker")
	}
}

// TestStagePublishesReusedFiles: a site made of reused and new files is
// published whole, and its manifest lets the next build reuse them again.
func TestStagePublishesReusedFiles(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	m := stageSite(t, dest, nil, map[string]string{"index.html": "home", "a/index.html": "page a"}, nil)
	m = stageSite(t, dest, m, map[string]string{"index.html": "home 2"}, map[string]string{"a/index.html": "page a"})
	got := readTree(t, dest)
	if len(got) != 3 || got["index.html"] != "home 2" || got["a/index.html"] != "page a" {
		t.Errorf("tree = %v", got)
	}
	st, err := Begin(context.Background(), dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Abort()
	st.Previous(m)
	if !st.Reuse("a/index.html", sha256.Sum256([]byte("page a"))) {
		t.Error("a reused file could not be reused by the next build")
	}
}
