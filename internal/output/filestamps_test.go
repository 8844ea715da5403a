package output

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claritynotes/gen/internal/testutil"
)

// TestFileStampsAreOsStat: FileStamps stamps each file as FileStamp stamps
// what os.Stat reports, following links, and leaves a file it cannot read
// unstamped; an edit that keeps the size shows in the stamp.
func TestFileStampsAreOsStat(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) { testutil.WriteFile(t, dir, name, text) }
	write("a.md", "a")
	write("posts/b.md", "bb")
	write("posts/deep/c.md", "ccc")
	if err := os.Symlink("a.md", filepath.Join(dir, "link.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	names := []string{"a.md", "posts/b.md", "posts/deep/c.md", "link.md", "missing.md", "posts"}
	check := func() []Stamp {
		t.Helper()
		got := FileStamps(dir, names)
		for i, name := range names {
			var want Stamp
			if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
				want = FileStamp(info)
			}
			if got[i] != want {
				t.Errorf("%s: stamp %+v, os.Stat says %+v", name, got[i], want)
			}
		}
		if got[4] != (Stamp{}) {
			t.Errorf("missing.md: stamped %+v", got[4])
		}
		return got
	}
	before := check()
	// Same size, later time: the stamp must differ.
	later := time.Now().Add(time.Hour)
	write("posts/b.md", "BB")
	if err := os.Chtimes(filepath.Join(dir, "posts", "b.md"), later, later); err != nil {
		t.Fatal(err)
	}
	after := check()
	if before[1] == after[1] {
		t.Error("posts/b.md: stamp unchanged after an edit")
	}
	if FileStamps(filepath.Join(dir, "nowhere"), []string{"a.md"})[0] != (Stamp{}) {
		t.Error("a file under a missing folder was stamped")
	}
}
