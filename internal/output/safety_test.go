package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

// site makes a site root with the folders gen reads and returns it.
func site(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	testutil.WriteFile(t, root, "gen.toml", "title = \"x\"\n")
	for _, f := range []string{"content/articles/a.md", "layouts/single.html", "static/logo.svg", "themes/clarity/layouts/baseof.html"} {
		testutil.WriteFile(t, root, f, "x")
	}
	return root
}

func TestCheckDestination(t *testing.T) {
	root := site(t)
	outside := t.TempDir()
	if err := os.Symlink(filepath.Join(root, "content"), filepath.Join(outside, "to-content")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dest, refusal string // refusal "" means allowed
	}{
		{root, "is the site root"},
		{root + "/.", "is the site root"},
		{filepath.Join(root, "content"), "inside the site's content/"},
		{filepath.Join(root, "content/articles/new"), "inside the site's content/"},
		{filepath.Join(root, "layouts"), "inside the site's layouts/"},
		{filepath.Join(root, "static/out"), "inside the site's static/"},
		{filepath.Join(root, "themes/clarity"), "inside the site's themes/"},
		{filepath.Join(outside, "to-content/out"), "inside the site's content/"},
		{filepath.Dir(root), "contains the site"},
		{filepath.Join(root, "gen.toml"), "is a file"},
		{filepath.Join(root, "public"), ""},
		{filepath.Join(root, "docs"), ""},
		{filepath.Join(outside, "site"), ""},
	}
	for _, tt := range tests {
		err := CheckDestination(root, tt.dest)
		switch {
		case tt.refusal == "" && err != nil:
			t.Errorf("%s refused: %v", tt.dest, err)
		case tt.refusal != "" && (err == nil || !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tt.refusal) || !strings.Contains(err.Error(), "hint:")):
			t.Errorf("%s: err = %v, want a refusal saying %q with a hint", tt.dest, err, tt.refusal)
		}
	}
}

// TestPublishRefusesForeignFolder: an existing folder without the marker
// is replaced only when empty, when it looks like an older gen's output,
// or with Force.
func TestPublishRefusesForeignFolder(t *testing.T) {
	files := map[string][]byte{"index.html": []byte("new"), "sitemap.xml": []byte("s"), "robots.txt": []byte("r"), "articles/a/index.html": []byte("a")}
	tests := []struct {
		name     string
		existing map[string]string
		force    bool
		refused  bool
	}{
		{"empty folder", map[string]string{}, false, false},
		{"someone's documents", map[string]string{"thesis.docx": "years of work", "notes/todo.txt": "x"}, false, true},
		{"someone's documents, forced", map[string]string{"thesis.docx": "years of work"}, true, false},
		{"hand-written site", map[string]string{"index.html": "mine", "about.html": "mine"}, false, true},
		{"older gen output", map[string]string{"index.html": "old", "sitemap.xml": "s", "robots.txt": "r", "articles/old-post/index.html": "o"}, false, false},
		{"older gen output plus a stranger", map[string]string{"index.html": "old", "sitemap.xml": "s", "robots.txt": "r", ".git/HEAD": "ref"}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "out")
			if err := os.MkdirAll(dest, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, data := range tt.existing {
				testutil.WriteFile(t, dest, name, data)
			}
			before := readTree(t, dest)
			_, err := Publish(context.Background(), dest, files, Options{Force: tt.force})
			if !tt.refused {
				if err != nil {
					t.Fatal(err)
				}
				if got := readTree(t, dest); got["index.html"] != "new" || got[Marker] == "" || len(got) != len(files)+1 {
					t.Errorf("not replaced: %v", got)
				}
				return
			}
			if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "--force") || !strings.Contains(err.Error(), Marker) {
				t.Fatalf("err = %v, want a refusal naming %s and --force", err, Marker)
			}
			after := readTree(t, dest)
			if fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("refused folder changed: %v", after)
			}
			if names := siblings(t, dest); len(names) != 1 {
				t.Errorf("left behind: %v", names)
			}
		})
	}
	// A file is never replaced, not even with Force.
	file := filepath.Join(t.TempDir(), "gen.toml")
	testutil.WriteFile(t, filepath.Dir(file), "gen.toml", "title = \"x\"\n")
	if _, err := Publish(context.Background(), file, files, Options{Force: true}); !errors.Is(err, ErrRefused) {
		t.Errorf("publishing over a file: %v", err)
	}
	if data, _ := os.ReadFile(file); string(data) != "title = \"x\"\n" {
		t.Error("the file was replaced")
	}
}

// TestPublishWaitsForTheLock: a publish to a destination whose lock is
// held waits, says who holds it, and gives up with ErrLocked; once the
// lock is released a waiting publish goes ahead.
func TestPublishWaitsForTheLock(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	files := map[string][]byte{"index.html": []byte("x")}
	release, err := Lock(context.Background(), dest, time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	var holder string
	_, err = Publish(context.Background(), dest, files, Options{LockWait: 300 * time.Millisecond, Waiting: func(h string) { holder = h }})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "another gen build") {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if want := fmt.Sprintf("pid %d", os.Getpid()); !strings.Contains(holder, want) {
		t.Errorf("holder = %q, want it to name %s", holder, want)
	}
	if _, err := os.Stat(dest); !os.IsNotExist(err) {
		t.Error("a publish that did not get the lock wrote the destination")
	}

	waiting := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		_, err := Publish(context.Background(), dest, files, Options{Waiting: func(string) { close(waiting) }})
		done <- err
	}()
	<-waiting
	release()
	if err := <-done; err != nil {
		t.Fatalf("publish after the lock was released: %v", err)
	}
	if _, err := os.Stat(LockPath(dest)); !os.IsNotExist(err) {
		t.Error("lock file left behind")
	}
}

// TestPublishTakesOverStaleLock: a lock file left by a build that was
// killed (its process is gone) does not block the next build.
func TestPublishTakesOverStaleLock(t *testing.T) {
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skipf("cannot start a process: %v", err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	stale := fmt.Sprintf("pid %d\nhost x\nstarted 2026-01-01T00:00:00Z\n", dead.Process.Pid)
	if err := os.WriteFile(LockPath(dest), []byte(stale), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(context.Background(), dest, map[string][]byte{"index.html": []byte("x")}, Options{LockWait: time.Second}); err != nil {
		t.Fatalf("stale lock blocked the publish: %v", err)
	}
	if _, err := os.Stat(LockPath(dest)); !os.IsNotExist(err) {
		t.Error("lock file left behind")
	}
}

// TestPublishOldSiteNotRemovable: when the previous site cannot be
// removed after the swap, the new site is in place and Publish succeeds
// with a warning; the next publish removes the leftover.
func TestPublishOldSiteNotRemovable(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	ctx := context.Background()
	if _, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("old"), "sub/stuck.txt": []byte("s")}, Options{}); err != nil {
		t.Fatal(err)
	}
	stuck := filepath.Join(dest, "sub/stuck.txt")
	testutil.Pin(t, stuck)
	warnings, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("new")}, Options{})
	if err != nil {
		t.Fatalf("publish failed although the new site could be swapped in: %v", err)
	}
	if got := readTree(t, dest); got["index.html"] != "new" || len(got) != 2 {
		t.Errorf("destination = %v, want the new site", got)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], ".public.tmp-") || !strings.Contains(warnings[0], "next build removes it") {
		t.Fatalf("warnings = %q", warnings)
	}
	leftover, _, _ := strings.Cut(warnings[0], ": ")
	testutil.Unpin(filepath.Join(leftover, "sub/stuck.txt"))
	if _, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("newer")}, Options{}); err != nil {
		t.Fatal(err)
	}
	if names := siblings(t, dest); len(names) != 1 {
		t.Errorf("the previous site's leftover was not removed: %v", names)
	}
}

// TestPublishFailedSwapKeepsOldSite: when the swap itself fails, the
// previous site stays in place, the error says so, and the new files are
// removed.
func TestPublishFailedSwapKeepsOldSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	ctx := context.Background()
	if _, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("old")}, Options{}); err != nil {
		t.Fatal(err)
	}
	testutil.Pin(t, dest)
	_, err := Publish(ctx, dest, map[string][]byte{"index.html": []byte("new")}, Options{})
	if err == nil || !strings.Contains(err.Error(), "previous site is still in place") || !strings.HasPrefix(err.Error(), dest+": ") {
		t.Fatalf("err = %v, want a failure naming %s", err, dest)
	}
	if got := readTree(t, dest); got["index.html"] != "old" {
		t.Errorf("destination = %v, want the previous site", got)
	}
	if names := siblings(t, dest); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

// TestPublishErrorsNameTheDestination: a file that cannot be written is
// reported by its path in the destination, never the temporary folder's.
func TestPublishErrorsNameTheDestination(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	_, err := Publish(context.Background(), dest, map[string][]byte{"feed.xml": []byte("f"), "feed.xml/index.html": []byte("p")}, Options{})
	if err == nil || strings.Contains(err.Error(), ".tmp-") || !strings.HasPrefix(err.Error(), dest+": ") || !strings.Contains(err.Error(), "feed.xml") {
		t.Errorf("err = %v", err)
	}
}
