package themes

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestEmbeddedMatchesFolder fails when the embedded theme differs from the
// folder it is built from: embed leaves out files whose names start with
// "." or "_", so such a file would be in the repository but not in gen.
func TestEmbeddedMatchesFolder(t *testing.T) {
	onDisk := map[string][]byte{}
	err := filepath.WalkDir("clarity", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		onDisk[filepath.ToSlash(p)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	embedded := 0
	err = fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		embedded++
		b, err := fs.ReadFile(FS, p)
		if err != nil {
			return err
		}
		want, ok := onDisk[p]
		switch {
		case !ok:
			t.Errorf("%s is embedded but not in themes/", p)
		case !bytes.Equal(b, want):
			t.Errorf("%s differs from the embedded copy", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if embedded != len(onDisk) {
		for p := range onDisk {
			if _, err := fs.Stat(FS, p); err != nil {
				t.Errorf("themes/%s is not embedded (embed skips names starting with . or _)", p)
			}
		}
	}
	if embedded < 10 {
		t.Errorf("only %d files embedded", embedded)
	}
}
