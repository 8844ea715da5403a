package output

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTree(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func siblings(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestPublishReplacesWholeTree(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	ctx := context.Background()
	if _, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("one"), "old/page.html": []byte("gone soon")}, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("two"), "a/b/c.txt": []byte("deep")}, Options{}); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)
	if len(got) != 3 || got["index.html"] != "two" || got["a/b/c.txt"] != "deep" || got[Marker] != markerText {
		t.Errorf("tree = %v", got)
	}
	if names := siblings(t, dest); len(names) != 1 {
		t.Errorf("temporary folders left behind: %v", names)
	}
}

// TestFailedPublishLeavesPreviousSite: a cancelled or failing publish must
// not touch the previous site and must clean up after itself.
func TestFailedPublishLeavesPreviousSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	prev := map[string][]byte{"index.html": []byte("previous"), "css/site.css": []byte("body{}")}
	if _, err := Publish(context.Background(), dest, prev, Options{}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)

	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Publish(cancelled, dest, map[string][]byte{"index.html": []byte("new")}, Options{}); err == nil {
		t.Error("cancelled publish reported success")
	}
	if _, err := Publish(context.Background(), dest, map[string][]byte{"../escape.html": []byte("x")}, Options{}); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("path outside the destination accepted: %v", err)
	}
	after := readTree(t, dest)
	if len(after) != len(before) {
		t.Fatalf("tree changed: %v", after)
	}
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s changed", k)
		}
	}
	if names := siblings(t, dest); len(names) != 1 {
		t.Errorf("temporary folders left behind: %v", names)
	}
}

func TestMinifyKeepsOutlookComments(t *testing.T) {
	m := NewMinifier()
	in := "<!DOCTYPE html><html><head><title>x</title></head><body>\n  <!--[if mso]><table><tr><td><![endif]-->\n  <p class=\"a\">Hi   there</p>\n<!-- plain comment --></body></html>"
	out, err := m.Minify("index.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.Contains(s, "<!--[if mso]>") || strings.Contains(s, "plain comment") || !strings.Contains(s, `class="a"`) || !strings.Contains(s, "</p>") {
		t.Errorf("minified = %s", s)
	}
	same, _ := m.Minify("cover.png", []byte("\x89PNG"))
	if string(same) != "\x89PNG" {
		t.Error("binary file changed")
	}
}

// TestPublishRemovesLeftoverTemporaryFolders: the folders of a build that
// was killed mid-way are removed by the next one, however recent they are,
// since the lock guarantees no build is still writing them.
func TestPublishRemovesLeftoverTemporaryFolders(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	other := filepath.Join(parent, ".docs.tmp-1")
	mine := filepath.Join(parent, ".public.tmp-notes")
	for _, d := range []string{filepath.Join(parent, ".public.tmp-12345/a"), filepath.Join(parent, ".public.tmp-67890.old"), other, mine} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Publish(context.Background(), dest, map[string][]byte{"index.html": []byte("x")}, Options{}); err != nil {
		t.Fatal(err)
	}
	names := siblings(t, dest)
	if len(names) != 3 || names[0] != ".docs.tmp-1" || names[1] != ".public.tmp-notes" || names[2] != "public" {
		t.Errorf("folders beside public/ = %v, want only another destination's, one gen did not name, and public", names)
	}
}
